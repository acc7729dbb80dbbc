import * as React from "react";
import {
  Accordion,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { Severity, SEVERITIES } from "../../domain/findings";
import { PaneController } from "../state/controller";
import { Translate, translator } from "../i18n";
import { ReadProgress } from "../../hosts/host";
import { SeverityIcon } from "./SeverityIcon";
import { TableSection } from "./TableSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  row: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" },
  intro: { color: tokens.colorNeutralForeground3 },
});

/** What the spinner says: the blocks read of a big sheet, then that it is being checked. */
function progressLabel(progress: ReadProgress | undefined, text: Translate): string {
  if (!progress) return text("pane.checking");
  const { done, total } = progress;
  return done < total
    ? text("pane.progress", { done, total })
    : text("pane.progressChecking", { total });
}

export function CheckView({ controller }: { controller: PaneController }) {
  const state = React.useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const styles = useStyles();
  const text = translator(state.language);
  const busy = state.status === "checking";
  const done = state.status === "done";
  const tableCount = state.tables.length;

  return (
    <div className={styles.root} aria-busy={busy}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void controller.check()} disabled={busy}>
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
      {busy && state.progress && state.progress.total > 0 && (
        <ProgressBar
          value={state.progress.done}
          max={state.progress.total}
          aria-label={text("pane.progress", {
            done: state.progress.done,
            total: state.progress.total,
          })}
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

      <div role="status" aria-live="polite">
        {state.status === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{text("pane.failed", { reason: state.error ?? "" })}</MessageBarBody>
          </MessageBar>
        )}
        {done && tableCount > 0 && (
          <MessageBar intent={state.counts.error === 0 ? "success" : "error"}>
            <MessageBarBody>
              <MessageBarTitle>
                {state.counts.error === 0
                  ? text("pane.ready")
                  : text("pane.notReady", { errors: state.counts.error })}
              </MessageBarTitle>
              {state.sheetName && `${text("pane.sheet", { name: state.sheetName })} · `}
              {text("pane.counts", {
                tables: tableCount,
                errors: state.counts.error,
                warnings: state.counts.warning,
                infos: state.counts.info,
              })}
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
      </div>

      {done && tableCount === 0 && state.notes.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{text("pane.empty")}</MessageBarTitle>
            {text("pane.emptyHint")}
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
          <Accordion
            multiple
            collapsible
            defaultOpenItems={state.tables.map((table) => table.index)}
          >
            {state.tables.map((table) => (
              <TableSection
                key={`${table.sheet}!${table.range}`}
                table={table}
                language={state.language}
                text={text}
                filter={state.filter}
                showIgnored={state.showIgnored}
                onSelectTable={(t) => void controller.selectTable(t)}
                onSelect={(view) => void controller.selectFinding(view.finding)}
                onIgnore={(view) => void controller.ignore(view)}
                onUnignore={(view) => void controller.unignore(view)}
              />
            ))}
          </Accordion>
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
