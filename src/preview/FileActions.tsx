/** The page's file buttons: 保存为 .xlsx (the opened file, patched) and 导出审核意见. */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import { Language } from "../domain/messages/catalog";
import { workbookStem } from "../hosts/xlsx/workbook-files";
import { withSheetJSWhenNeeded } from "../hosts/xlsx/sheetjs-when-needed";
import { translator } from "../taskpane/i18n";
import { downloadFile } from "./download";
import { errorText } from "./error-text";
import type { Loaded } from "./Preview";

export interface Notice {
  intent: "success" | "warning" | "error";
  text: string;
}

export function FileActions(props: {
  loaded: Loaded;
  language: Language;
  onNotice(notice: Notice): void;
}) {
  const { loaded, language, onNotice } = props;
  const text = translator(language);
  const state = React.useSyncExternalStore(
    loaded.controller.subscribe,
    loaded.controller.getSnapshot
  );
  const [busy, setBusy] = React.useState(false);

  const save = async () => {
    setBusy(true);
    try {
      // The writer is loaded on demand, like the reader: the page renders without it. It reads
      // the written file back for its values, which needs SheetJS only for a package the direct
      // reader leaves to it: then SheetJS is loaded and the file written again.
      const { savedFileName, savedWorkbook } = await import("./save");
      const { bytes, changes } = await withSheetJSWhenNeeded(() =>
        savedWorkbook(loaded.bytes, loaded.opened(), loaded.workbook, loaded.host.layouts)
      );
      const file = savedFileName(loaded.name, text("preview.savedSuffix"));
      downloadFile(bytes, file);
      const cells = changes.edits.length;
      onNotice({
        intent: "success",
        text: text("preview.saved", { file, cells, sheets: changes.newSheets.length }),
      });
    } catch (reason) {
      onNotice({
        intent: "error",
        text: text("preview.saveFailed", { reason: errorText(reason, language) }),
      });
    } finally {
      setBusy(false);
    }
  };

  const exportReport = async () => {
    setBusy(true);
    try {
      const { checkedFileOf, reviewReportWorkbook } = await import("./report");
      const checked = checkedFileOf(state, loaded.name);
      if (!checked) {
        onNotice({ intent: "warning", text: text("preview.reportNeedsCheck") });
        return;
      }
      const name = workbookStem(loaded.name);
      const file = text("preview.reportFile", { name });
      downloadFile(reviewReportWorkbook(checked), file);
      onNotice({ intent: "success", text: text("preview.reportSaved", { file }) });
    } catch (reason) {
      onNotice({
        intent: "error",
        text: text("preview.saveFailed", { reason: errorText(reason, language) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" appearance="primary" disabled={busy} onClick={() => void save()}>
        {text("preview.save")}
      </Button>
      <Button
        size="small"
        disabled={busy || state.status !== "done"}
        onClick={() => void exportReport()}
      >
        {text("preview.exportReport")}
      </Button>
    </>
  );
}
