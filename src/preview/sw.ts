/**
 * The web page's service worker, for use offline: on install it stores the page and
 * everything it may load (scripts, the lazily loaded reader and writer, the sample, the
 * icons), listed by the build in place of PRECACHE, but for the reader's worker, which it
 * keeps when first used; afterwards it answers from that store first. Each build lists new
 * hashed names, so the worker changes, installs afresh and drops the previous store.
 * Nothing here reaches another origin.
 */
import { READ_WORKER_SCRIPT } from "./read-worker-script";

/** The build's list of files, relative to this script; `./` is the page itself. */
const PRECACHE: string[] = JSON.parse("__PRECACHE__");
const PREFIX = "perfgoal-web-";
const CACHE = `${PREFIX}${hashOf(PRECACHE.join("|"))}`;

/** The parts of a service worker's global scope and events used here (lib "dom" has none). */
interface WaitingEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchingEvent extends WaitingEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: WaitingEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchingEvent) => void): void;
}

const worker = self as unknown as WorkerScope;

function hashOf(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}

worker.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => worker.skipWaiting())
  );
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key))
        )
      )
      .then(() => worker.clients.claim())
  );
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== worker.location.origin) return;
  // The page is stored as `./`; `index.html` and `?lang=en` ask for the same page. The
  // add-in's pages (taskpane.html) are not stored and go to the network.
  const page = new URL("./", worker.location.href);
  const isPage = url.pathname === page.pathname || url.pathname === `${page.pathname}index.html`;
  const stored = isPage
    ? caches.match(page.href, { cacheName: CACHE })
    : caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  event.respondWith(stored.then((response) => response ?? fetchAndKeep(request, url)));
});

/**
 * Scripts stored when first used rather than at install: the reader's worker (a megabyte that
 * only .xls, .xlsb and .ods files need). Dropped with the store when the build changes.
 */
const KEPT_ON_FIRST_USE = [READ_WORKER_SCRIPT];

function fetchAndKeep(request: Request, url: URL): Promise<Response> {
  const kept = KEPT_ON_FIRST_USE.some(
    (name) => url.pathname === new URL(name, worker.location.href).pathname
  );
  return fetch(request).then((response) => {
    if (kept && response.ok) {
      const copy = response.clone();
      void caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  });
}
