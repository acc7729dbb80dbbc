import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Checkbox,
  ProgressBar,
  Select,
  Spinner,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { Severity, SEVERITIES } from "../../domain/findings";
import { CheckProgress, PaneController, PaneState } from "../state/controller";
import { plural, Translate, translator } from "../i18n";
import { FindingList } from "./FindingList";
import { FixPanel } from "./FixPanel";
import { ReportExport } from "./ReportExport";
import { SeverityIcon } from "./SeverityIcon";
import { StatusArea } from "./StatusArea";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  row: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" },
  intro: { color: tokens.colorNeutralForeground3 },
});

/** What the spinner says: the sheets and blocks read, then that it is being checked. */
function progressLabel(progress: CheckProgress | undefined, text: Translate): string {
  if (!progress) return text("pane.checking");
  const { done, total, sheet, sheetsDone, sheetCount } = progress;
  if (sheet !== undefined && sheetsDone !== undefined && sheetCount !== undefined) {
    if (sheetsDone >= sheetCount)
      return text("pane.progressWorkbookChecking", { count: sheetCount });
    const at = { index: sheetsDone + 1, count: sheetCount, sheet };
    return total > 0 && done < total
      ? text("pane.progressSheetBlocks", { ...at, done: done + 1, total })
      : text("pane.progressSheet", at);
  }
  return done < total
    ? text("pane.progress", { done, total })
    : text("pane.progressChecking", { total });
}

/** How far the read is, as a fraction of its sheets (a big sheet's blocks count within it). */
function progressValue({ done, total, sheetsDone, sheetCount }: CheckProgress): {
  value: number;
  max: number;
} {
  if (sheetsDone === undefined || sheetCount === undefined) return { value: done, max: total };
  return { value: sheetsDone + (total > 0 ? done / total : 0), max: sheetCount };
}

/** "整个工作簿 · 8 张工作表 · 8 张表 · 1 个错误 · …" */
function summary(state: PaneState, text: Translate): string {
  const where =
    state.scope === "workbook"
      ? [
          text("pane.workbook"),
          plural(text, "pane.n.sheet", state.sheets.filter((sheet) => sheet.checked).length),
        ]
      : [text("pane.sheet", { name: state.sheetName ?? "" })];
  return [
    ...where,
    plural(text, "pane.n.table", state.tables.length),
    plural(text, "pane.n.error", state.counts.error),
    plural(text, "pane.n.warning", state.counts.warning),
    plural(text, "pane.n.info", state.counts.info),
  ].join(" · ");
}

/** Where focus is in a text field, Alt+↓/↑ belong to it (and open drop-downs). */
function typingIn(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ||
    target.getAttribute("role") === "combobox"
  );
}

export function CheckView({ controller }: { controller: PaneController }) {
  const state = React.useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const styles = useStyles();
  const text = translator(state.language);
  const busy = state.status === "checking";
  const done = state.status === "done";
  const tableCount = state.tables.length;
  const steppable = React.useMemo(
    () => (state.status === "done" ? controller.steppable() : []),
    [controller, state]
  );
  const position = steppable.findIndex((view) => view.key === state.currentKey);
  const unchecked = state.sheets.filter((sheet) => !sheet.checked);
  const hasHidden = state.sheets.some((sheet) => sheet.visibility !== "visible");

  /** F8 / Shift+F8 anywhere in the pane; Alt+↓ / Alt+↑ outside text fields. */
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!done) return;
    let direction: 1 | -1 | 0 = 0;
    if (event.key === "F8" && !event.altKey && !event.ctrlKey) direction = event.shiftKey ? -1 : 1;
    else if (event.altKey && !typingIn(event.target)) {
      if (event.key === "ArrowDown") direction = 1;
      if (event.key === "ArrowUp") direction = -1;
    }
    if (direction === 0) return;
    event.preventDefault();
    void controller.step(direction);
  };

  return (
    <div className={styles.root} aria-busy={busy} onKeyDown={onKeyDown}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => void controller.checkWorkbook()}
          disabled={busy}
        >
          {text("pane.checkWorkbook")}
        </Button>
        <Button onClick={() => void controller.check()} disabled={busy}>
          {text("pane.check")}
        </Button>
        <Button onClick={() => void controller.mark()} disabled={!done || busy || tableCount === 0}>
          {text("pane.mark")}
        </Button>
        <Button
          onClick={() => void controller.clearMarks()}
          disabled={busy || state.markedCount === 0}
        >
          {text("pane.clear")}
        </Button>
      </div>

      {state.status === "idle" && <Body1 className={styles.intro}>{text("pane.intro")}</Body1>}
      {busy && (
        <div className={styles.row}>
          <Spinner size="small" label={progressLabel(state.progress, text)} />
          <Button size="small" onClick={() => controller.cancelCheck()}>
            {text("pane.cancel")}
          </Button>
        </div>
      )}
      {busy && state.progress && progressValue(state.progress).max > 0 && (
        <ProgressBar
          {...progressValue(state.progress)}
          aria-label={progressLabel(state.progress, text)}
        />
      )}

      {state.unavailable.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{text("pane.unavailable")}</MessageBarTitle>
            <ul style={{ margin: "4px 0", paddingLeft: "18px" }}>
              {state.unavailable.map((feature) => (
                <li key={feature}>{text(`pane.cap.${feature}`)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <StatusArea
        error={
          state.status === "failed" ? text("pane.failed", { reason: state.error ?? "" }) : undefined
        }
      >
        {done && tableCount > 0 && (
          <MessageBar intent={state.counts.error === 0 ? "success" : "error"}>
            <MessageBarBody>
              <MessageBarTitle>
                {state.counts.error === 0
                  ? text("pane.ready")
                  : plural(text, "pane.notReady", state.counts.error)}
              </MessageBarTitle>
              {summary(state, text)}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.notice && (
          <Caption1>{text(state.notice.key, { count: state.notice.count })}</Caption1>
        )}
        {state.markedCount > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              {text("pane.marksReminder", { count: state.markedCount })}
            </MessageBarBody>
          </MessageBar>
        )}
      </StatusArea>

      {done && controller.reportExport && (
        <ReportExport
          controller={controller}
          state={state}
          text={text}
          canOpenWorkbook={controller.canOpenWorkbook}
        />
      )}

      <div className={styles.row}>
        <Checkbox
          checked={state.live}
          label={text("pane.liveRecheck")}
          onChange={(_, data) => void controller.setLive(data.checked === true)}
        />
      </div>

      {done && state.scope === "workbook" && hasHidden && (
        <div className={styles.row}>
          {unchecked.length > 0 && (
            <Caption1>
              {text("pane.hiddenSheets", {
                names: unchecked
                  .map((sheet) =>
                    text("pane.sheetState", {
                      name: sheet.name,
                      state: text(
                        sheet.visibility === "veryHidden"
                          ? "pane.sheetVeryHidden"
                          : "pane.sheetHidden"
                      ),
                    })
                  )
                  .join(text("pane.itemSeparator")),
              })}
            </Caption1>
          )}
          <Checkbox
            checked={state.includeHidden}
            label={text("pane.checkHidden")}
            onChange={(_, data) => void controller.setIncludeHidden(data.checked === true)}
          />
        </div>
      )}

      {done && tableCount === 0 && state.notes.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>
              {text(state.scope === "workbook" ? "pane.emptyWorkbook" : "pane.empty")}
            </MessageBarTitle>
            {text(state.scope === "workbook" ? "pane.emptyWorkbookHint" : "pane.emptyHint")}
          </MessageBarBody>
        </MessageBar>
      )}
      {done &&
        state.notes.map((note) => (
          <MessageBar key={`${note.sheet}!${note.address}`} intent="warning">
            <MessageBarBody>
              {state.language === "en" ? note.messageEn : note.message}
            </MessageBarBody>
          </MessageBar>
        ))}

      {done && tableCount > 0 && (
        <>
          <div className={styles.row} role="group" aria-label={text("pane.filter")}>
            <Caption1>{text("pane.filter")}</Caption1>
            {SEVERITIES.map((severity: Severity) => (
              <ToggleButton
                key={severity}
                size="small"
                checked={state.filter[severity]}
                icon={<SeverityIcon severity={severity} label="" />}
                onClick={() => controller.toggleSeverity(severity)}
              >
                {text(`severity.${severity}`)} {state.counts[severity]}
              </ToggleButton>
            ))}
          </div>
          <div className={styles.row}>
            <Button
              size="small"
              disabled={steppable.length === 0}
              onClick={() => void controller.step(-1)}
            >
              {text("pane.previous")}
            </Button>
            <Button
              size="small"
              disabled={steppable.length === 0}
              onClick={() => void controller.step(1)}
            >
              {text("pane.next")}
            </Button>
            <Select
              size="small"
              aria-label={text("pane.stepScope")}
              value={state.stepSeverity}
              onChange={(_, data) => controller.setStepSeverity(data.value as Severity | "all")}
            >
              <option value="all">{text("pane.stepAll")}</option>
              {SEVERITIES.map((severity) => (
                <option key={severity} value={severity}>
                  {text(`pane.stepOnly.${severity}`)}
                </option>
              ))}
            </Select>
            {position >= 0 && (
              <Caption1 aria-live="polite">
                {text("pane.stepPosition", { index: position + 1, count: steppable.length })}
              </Caption1>
            )}
          </div>
          <Caption1 className={styles.intro}>{text("pane.shortcuts")}</Caption1>
          <FixPanel controller={controller} state={state} text={text} />
          <div className={styles.row}>
            <Button
              size="small"
              appearance="subtle"
              onClick={() => controller.setAllCollapsed(true)}
            >
              {text("pane.collapseAll")}
            </Button>
            <Button
              size="small"
              appearance="subtle"
              onClick={() => controller.setAllCollapsed(false)}
            >
              {text("pane.expandAll")}
            </Button>
          </div>
          <FindingList controller={controller} state={state} text={text} />
          {state.ignoredCount > 0 && (
            <div className={styles.row}>
              <Caption1>{text("pane.ignored", { count: state.ignoredCount })}</Caption1>
              <Button size="small" onClick={() => controller.setShowIgnored(!state.showIgnored)}>
                {state.showIgnored ? text("pane.hideIgnored") : text("pane.showIgnored")}
              </Button>
              <Button size="small" onClick={() => void controller.resetIgnored()}>
                {text("pane.resetIgnored")}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
