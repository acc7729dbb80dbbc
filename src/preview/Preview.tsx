/**
 * The web page: the pane on the fake Excel, beside a grid of the sheet, with a file picker;
 * the workbook is saved as .xlsx (the opened file patched) and the review report exported,
 * all in the browser.
 */
import * as React from "react";
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { anyOverlap, FakeWorkbook } from "../hosts/fake-excel";
import { WORKBOOK_ACCEPT } from "../hosts/xlsx/workbook-files";
import type { Finding } from "../domain/findings";
import { Language } from "../domain/messages/catalog";
import { PaneController } from "../taskpane/state/controller";
import { AuthoringController } from "../taskpane/state/authoring";
import { App } from "../taskpane/components/App";
import { translator } from "../taskpane/i18n";
import { errorText } from "./error-text";
import { readInLibraryWorker } from "./library-worker";
import { FileActions, Notice } from "./FileActions";
import { RecordingHost } from "./recording-host";
import { SheetGrid } from "./SheetGrid";

export const SAMPLE_URL = "samples/hebei-2020-stacked.xlsx";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh" },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: "12px",
    padding: "8px 12px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  sheet: { flexGrow: 1, display: "flex", flexDirection: "column", minWidth: 0 },
  // SheetGrid scrolls within it.
  grid: { flexGrow: 1, minHeight: 0, display: "flex" },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface Loaded {
  /** Counts the files opened, so the pane starts afresh with each new file. */
  generation: number;
  name: string;
  /** The file as opened: what saving patches. */
  bytes: Uint8Array;
  workbook: FakeWorkbook;
  /**
   * The workbook as opened, made again from what was read when first asked: saving writes
   * what differs from it. Made at once, it would cost every open a copy of the workbook.
   */
  opened: () => FakeWorkbook;
  host: RecordingHost;
  controller: PaneController;
  authoring: AuthoringController;
  /**
   * What the reader left out of sheets too big to hold (the check's `read/sheet-cut` notes):
   * the page's workbook, as Excel's, knows nothing of it, so the page says it on opening.
   */
  cutNotes: Finding[];
}

let generation = 0;

let readerModules:
  Promise<[typeof import("../hosts/xlsx/read"), typeof import("../domain/check")]> | undefined;

/**
 * The workbook reader is loaded on demand: the page renders without it. It is asked for as a
 * file is asked for, so that both arrive together (the sample, at once). SheetJS comes later
 * still, if ever (sheetjs-library.browser.ts).
 */
function readerLoaded() {
  readerModules ??= Promise.all([import("../hosts/xlsx/read"), import("../domain/check")]).catch(
    (error: unknown) => {
      // Asked for again by the next file (a page offline whose scripts were not stored yet).
      readerModules = undefined;
      throw error;
    }
  );
  return readerModules;
}

async function load(name: string, bytes: Uint8Array, language: Language): Promise<Loaded> {
  const [
    { readWorkbookSnapshotsUnpackedAhead, readWithSheetJSLoaded, WorkbookReadError },
    { cutNote },
  ] = await readerLoaded();
  // A workbook left to SheetJS (.xls, .et, .xlsb, .ods) is read in a worker the page can stop.
  const snapshots = await readWorkbookSnapshotsUnpackedAhead(bytes, (library) =>
    readInLibraryWorker(library, readWithSheetJSLoaded)
  );
  // The page's own workbook: nothing travels, so syncs are not held to Excel on the web's limit.
  const asRead = () => FakeWorkbook.fromSnapshots(snapshots, { payloadLimit: false });
  let workbook: FakeWorkbook;
  try {
    workbook = asRead();
  } catch (error) {
    // Merged areas that overlap: Excel repairs such a file as it opens it, and the page's
    // workbook, as Excel's, refuses them. Looked for only now: on every open it cost ~25 ms.
    const overlapping = snapshots.find((snapshot) => anyOverlap(snapshot.merges ?? []));
    if (overlapping)
      throw new WorkbookReadError("read.overlappingMerges", { sheet: overlapping.sheetName });
    throw error;
  }
  let opened: FakeWorkbook | undefined;
  const host = new RecordingHost({
    run: workbook.run,
    isSetSupported: workbook.isSetSupported,
    settings: workbook.settings,
  });
  return {
    generation: ++generation,
    name,
    bytes,
    workbook,
    opened: () => (opened ??= asRead()),
    host,
    // The page's own 导出审核意见 downloads the report.
    controller: new PaneController(host, language, { reportExport: false }),
    authoring: new AuthoringController(host),
    cutNotes: snapshots.flatMap((snapshot) => cutNote(snapshot)),
  };
}

function cutNotice(notes: readonly Finding[], language: Language): Notice {
  const lines = notes.map((note) => (language === "zh" ? note.message : note.messageEn));
  return { intent: "warning", text: lines.join(language === "zh" ? "；" : "; ") };
}

/**
 * The page starts in `initialLanguage` and then follows the pane's language switch;
 * `onFirstShown` is called once the first workbook (the sample) is on screen, or refused.
 */
export function Preview({
  initialLanguage,
  onFirstShown,
}: {
  initialLanguage: Language;
  onFirstShown?: () => void;
}) {
  const styles = useStyles();
  const [language, setLanguage] = React.useState(initialLanguage);
  // What a file opened next starts in, without reloading the sample when the language changes.
  const languageRef = React.useRef(language);
  languageRef.current = language;
  const text = translator(language);
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [, refresh] = React.useReducer((n: number) => n + 1, 0);

  // The file opened last: one opened before it and read more slowly does not replace it.
  const latestOpen = React.useRef(0);
  const open = React.useCallback(async (name: string, bytes: () => Promise<ArrayBuffer>) => {
    const ticket = ++latestOpen.current;
    setError(null);
    setNotice(null);
    void readerLoaded().catch(() => undefined);
    try {
      const opened = await load(name, new Uint8Array(await bytes()), languageRef.current);
      if (ticket !== latestOpen.current) return;
      setLoaded(opened);
      if (opened.cutNotes.length > 0) setNotice(cutNotice(opened.cutNotes, languageRef.current));
    } catch (reason) {
      if (ticket !== latestOpen.current) return;
      const language = languageRef.current;
      setError(translator(language)("preview.loadFailed", { reason: errorText(reason, language) }));
    }
  }, []);

  const loadSample = React.useCallback(
    () =>
      open("hebei-2020-stacked.xlsx", async () => {
        const response = await fetch(SAMPLE_URL);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.arrayBuffer();
      }),
    [open]
  );

  React.useEffect(() => void loadSample(), [loadSample]);
  const shownFirst = React.useRef(false);
  React.useEffect(() => {
    if (shownFirst.current || (!loaded && !error)) return;
    shownFirst.current = true;
    onFirstShown?.();
  }, [loaded, error, onFirstShown]);
  React.useEffect(() => loaded?.workbook.onChange(refresh), [loaded]);
  React.useEffect(() => {
    if (!loaded) return;
    const follow = () => setLanguage(loaded.controller.getSnapshot().language);
    const unsubscribe = loaded.controller.subscribe(follow);
    return () => void unsubscribe();
  }, [loaded]);
  React.useEffect(() => {
    document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
    document.title = translator(language)("preview.title");
  }, [language]);

  return (
    <div className={styles.page}>
      <header className={styles.bar}>
        <Subtitle2 as="h1">{text("preview.title")}</Subtitle2>
        <label>
          <Body1>{text("pane.labelled", { label: text("preview.open"), text: "" })}</Body1>
          <input
            type="file"
            accept={WORKBOOK_ACCEPT}
            aria-label={text("preview.open")}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void open(file.name, () => file.arrayBuffer());
            }}
          />
        </label>
        <Button size="small" onClick={() => void loadSample()}>
          {text("preview.sample")}
        </Button>
        {loaded && <Body1>{loaded.name}</Body1>}
        {loaded && <FileActions loaded={loaded} language={language} onNotice={setNotice} />}
      </header>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {!loaded && !error && <Body1>{text("preview.loading")}</Body1>}
      {loaded && (
        <div className={styles.main}>
          <section className={styles.sheet} aria-label={text("preview.grid")}>
            <TabList
              size="small"
              aria-label={text("preview.sheets")}
              selectedValue={loaded.workbook.activeSheetName}
              onTabSelect={(_, data) => loaded.workbook.activateSheet(String(data.value))}
            >
              {loaded.workbook.sheetNames.map((name) => (
                <Tab key={name} value={name}>
                  {name}
                </Tab>
              ))}
            </TabList>
            <div className={styles.grid}>
              <SheetGrid workbook={loaded.workbook} label={text("preview.grid")} />
            </div>
          </section>
          <aside className={styles.pane}>
            <App
              key={loaded.generation}
              controller={loaded.controller}
              authoring={loaded.authoring}
            />
          </aside>
        </div>
      )}
    </div>
  );
}
