import * as React from "react";
import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { PaneController, PaneState } from "../state/controller";
import { Translate } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "6px" },
  row: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" },
});

/**
 * 导出审核意见: the review report of the result shown, as a new workbook, or (ticked, or
 * where Excel cannot open one) as sheets added to this workbook.
 */
export function ReportExport({
  controller,
  state,
  text,
  canOpenWorkbook,
}: {
  controller: PaneController;
  state: PaneState;
  text: Translate;
  canOpenWorkbook: boolean;
}) {
  const styles = useStyles();
  const [asSheets, setAsSheets] = React.useState(false);
  const { exported } = state;
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button
          onClick={() => void controller.exportReport(asSheets)}
          disabled={state.exporting || state.status !== "done"}
        >
          {text("pane.exportReport")}
        </Button>
        {canOpenWorkbook && (
          <Checkbox
            checked={asSheets}
            label={text("pane.exportAsSheets")}
            onChange={(_, data) => setAsSheets(data.checked === true)}
          />
        )}
        {state.exporting && <Spinner size="tiny" label={text("pane.exportingReport")} />}
      </div>
      {exported && (
        <MessageBar intent={exported.key === "pane.reportFailed" ? "error" : "success"}>
          <MessageBarBody>{text(exported.key, exported.data)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
