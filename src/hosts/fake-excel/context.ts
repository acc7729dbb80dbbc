/**
 * The request context and proxy plumbing: commands queue up and run, in order, only
 * at `sync()`; a property can be read only after it was loaded and synced.
 */
import type { DocumentModel } from "./document";
import { FakeOfficeError, notLoaded } from "./errors";
import { COMMAND_BYTES, jsonBytes, PAYLOAD_LIMIT_BYTES, payloadTooLarge } from "./payload";

type CommandKind = "resolve" | "load" | "write" | "event";

interface Command {
  kind: CommandKind;
  /** Runs the command; a load answers with the bytes of what it read. */
  run: () => number | void;
  /** Bytes the command adds to the request. */
  requestBytes: number;
}

export class FakeRequestContext {
  private queue: Command[] = [];

  constructor(readonly doc: DocumentModel) {}

  /** Queues a command; `argument` is what it sends (a written value), measured as JSON. */
  enqueue(kind: CommandKind, run: () => number | void, argument?: unknown): void {
    this.queue.push({ kind, run, requestBytes: COMMAND_BYTES + this.bytesOf(argument) });
  }

  /** Bytes a value takes on the wire; 0 where the workbook does not hold syncs to the limit. */
  bytesOf(value: unknown): number {
    return this.doc.payloadLimit ? jsonBytes(value) : 0;
  }

  /** Queues a failing command when this Excel lacks the API set, as a real host fails the batch. */
  requireApi(version: string, api: string): void {
    if (this.doc.supports(version)) return;
    const have = this.doc.apiVersion;
    this.enqueue("write", () => {
      throw new FakeOfficeError(
        "ApiNotFound",
        `${api} needs ExcelApi ${version}; this Excel has ${have}`
      );
    });
  }

  /**
   * Sends the queue: commands run in order; the first failure rejects and drops the rest.
   * As Excel on the web, a request over the payload limit is refused before anything
   * runs, and a sync whose request and response together exceed it is rejected after
   * running (its loaded values are not to be used). Every sync's payload is recorded.
   */
  async sync(): Promise<void> {
    await Promise.resolve();
    this.doc.syncCount++;
    const commands = this.queue;
    this.queue = [];
    const request = commands.reduce((sum, command) => sum + command.requestBytes, 0);
    if (request > PAYLOAD_LIMIT_BYTES) {
      this.doc.syncPayloads.push(request);
      throw payloadTooLarge("request", request);
    }
    let response = 0;
    let mutated = false;
    try {
      for (const command of commands) {
        const bytes = command.run();
        if (typeof bytes === "number") response += bytes;
        if (command.kind === "write") mutated = true;
      }
    } finally {
      this.doc.syncPayloads.push(request + response);
      if (mutated) this.doc.changed();
    }
    if (request + response > PAYLOAD_LIMIT_BYTES)
      throw payloadTooLarge("response", request + response);
  }

  /** Whether anything besides object lookups waits to be sent. */
  hasPendingWork(): boolean {
    return this.queue.some((command) => command.kind !== "resolve");
  }
}

type HandleState<T> = { kind: "pending" } | { kind: "ready"; value: T } | { kind: "null" };

/**
 * What a proxy points at. Objects returned by methods are looked up at their place in
 * the queue (`eager`); navigation properties (`range.format`) follow their parent.
 */
export class Handle<T> {
  private state: HandleState<T> = { kind: "pending" };

  constructor(
    context: FakeRequestContext | null,
    private readonly resolver: () => T | null
  ) {
    if (context) context.enqueue("resolve", () => this.resolve());
  }

  static of<T>(value: T): Handle<T> {
    const handle = new Handle<T>(null, () => value);
    handle.resolve();
    return handle;
  }

  private resolve(): void {
    if (this.state.kind !== "pending") return;
    const value = this.resolver();
    this.state = value === null ? { kind: "null" } : { kind: "ready", value };
  }

  /** The target, during a sync; a null object cannot be used. */
  get(): T {
    this.resolve();
    if (this.state.kind === "ready") return this.state.value;
    throw new FakeOfficeError("InvalidOperation", "the object is a null object (isNullObject)");
  }

  /** The target during a sync, or null for a null object. */
  peek(): T | null {
    this.resolve();
    return this.state.kind === "ready" ? this.state.value : null;
  }

  get isNull(): boolean {
    if (this.state.kind === "pending") throw notLoaded("isNullObject");
    return this.state.kind === "null";
  }
}

export type LoadSpec = string | string[] | { select?: string };

export function loadNames(spec: LoadSpec | undefined): string[] {
  const text =
    spec === undefined
      ? []
      : Array.isArray(spec)
        ? spec
        : typeof spec === "string"
          ? [spec]
          : [spec.select ?? ""];
  return text
    .flatMap((part) => part.split(","))
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/** A proxy with Office's load rules: read after `load()` + `sync()`, or throw. */
export abstract class FakeClientObject<T> {
  private readonly loaded = new Map<string, unknown>();

  protected constructor(
    readonly context: FakeRequestContext,
    protected readonly handle: Handle<T>,
    private readonly loadable: readonly string[]
  ) {}

  /** Reads a property from the document; runs during a sync. */
  protected abstract readProperty(name: string): unknown;

  get isNullObject(): boolean {
    return this.handle.isNull;
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec);
    for (const name of names)
      if (!this.loadable.includes(name))
        throw new FakeOfficeError("NotModeled", `${this.constructor.name} cannot load ${name}`);
    const toLoad = names.length > 0 ? names : this.loadable;
    this.beforeLoad(toLoad);
    this.context.enqueue("load", () => {
      if (this.handle.peek() === null) return 0;
      let bytes = 0;
      for (const name of toLoad) {
        const value = this.readProperty(name);
        this.loaded.set(name, value);
        bytes += this.context.bytesOf(value);
      }
      return bytes;
    });
    return this;
  }

  /** A hook for API-version checks of particular properties. */
  protected beforeLoad(_names: readonly string[]): void {}

  /** Marks properties as loaded without a sync (objects that arrive loaded, like collection items). */
  protected preload(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected property<V>(name: string): V {
    if (!this.loaded.has(name)) {
      if (this.isNullObjectSafe())
        throw new FakeOfficeError("InvalidOperation", `${name} of a null object`);
      throw notLoaded(`${this.constructor.name}.${name}`);
    }
    return this.loaded.get(name) as V;
  }

  private isNullObjectSafe(): boolean {
    try {
      return this.handle.isNull;
    } catch {
      return false;
    }
  }
}

/** `OfficeExtension.ClientResult`: its value exists after the sync that computed it. */
export class FakeClientResult<T> {
  private result: { value: T } | null = null;

  constructor(context: FakeRequestContext, compute: () => T) {
    context.enqueue("load", () => {
      this.result = { value: compute() };
      return context.bytesOf(this.result.value);
    });
  }

  get value(): T {
    if (!this.result) throw notLoaded("ClientResult.value");
    return this.result.value;
  }
}
