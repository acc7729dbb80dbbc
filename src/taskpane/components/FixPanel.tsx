import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { CellValue } from "../../domain/snapshot";
import { findRule } from "../../domain/rules";
import { Language } from "../../domain/messages/catalog";
import { PaneController, PaneState } from "../state/controller";
import { pick, plural, Translate } from "../i18n";
import { StatusArea } from "./StatusArea";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "6px" },
  row: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, maxHeight: "240px", overflowY: "auto" },
  item: {
    display: "flex",
    gap: "8px",
    padding: "2px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  address: { fontFamily: tokens.fontFamilyMonospace, minWidth: "96px" },
});

function ruleName(ruleId: string, language: Language): string {
  const rule = findRule(ruleId);
  return rule ? pick(rule.meta.docs.description, language) : ruleId;
}

/** The fixable rules of the result with how many findings each can change, in rule order. */
function fixableRules(controller: PaneController): { ruleId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const finding of controller.fixableFindings())
    counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return [...counts].map(([ruleId, count]) => ({ ruleId, count }));
}

/**
 * 全部更改 for each fixable rule, the preview of a batch (every cell, before → after) with
 * confirm and cancel, 撤销更改, and what the last write did.
 */
export function FixPanel({
  controller,
  state,
  text,
}: {
  controller: PaneController;
  state: PaneState;
  text: Translate;
}) {
  const fixes = React.useSyncExternalStore(
    controller.fixes.subscribe,
    controller.fixes.getSnapshot
  );
  const styles = useStyles();
  const rules = React.useMemo(() => fixableRules(controller), [controller, state]);
  const shown = (value: CellValue) =>
    value === null || value === "" ? text("pane.fixEmpty") : String(value);
  const { preview, done } = fixes;

  return (
    <div className={styles.root}>
      {rules.length > 0 && (
        <div className={styles.row} role="group" aria-label={text("pane.fixable")}>
          <Caption1>{text("pane.fixable")}</Caption1>
          {rules.map(({ ruleId, count }) => (
            <Button
              key={ruleId}
              size="small"
              data-rule={ruleId}
              disabled={fixes.busy}
              aria-label={text("pane.fixAllLabel", { rule: ruleName(ruleId, state.language) })}
              onClick={() => controller.fixes.previewRule(ruleId)}
            >
              {text("pane.labelled", {
                label: text("pane.fixAll"),
                text: text("pane.fixableRule", { rule: ruleName(ruleId, state.language), count }),
              })}
            </Button>
          ))}
        </div>
      )}
      {preview && (
        <section aria-label={plural(text, "pane.fixPreview", preview.edits.length)}>
          <Body1>{plural(text, "pane.fixPreview", preview.edits.length)}</Body1>
          <ul className={styles.list}>
            {preview.edits.map((edit) => (
              <li
                key={`${edit.sheet}!${edit.address}`}
                className={styles.item}
                data-fix={`${edit.sheet}!${edit.address}`}
              >
                <span className={styles.address}>
                  {edit.sheet}!{edit.address}
                </span>
                <Caption1>
                  {shown(edit.previous)} → {shown(edit.value)}
                </Caption1>
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={fixes.busy || preview.edits.length === 0}
              onClick={() => void controller.fixes.apply()}
            >
              {text("pane.fixConfirm")}
            </Button>
            <Button disabled={fixes.busy} onClick={() => controller.fixes.cancelPreview()}>
              {text("pane.fixCancel")}
            </Button>
          </div>
        </section>
      )}
      {fixes.lastBatch && !preview && (
        <div className={styles.row}>
          <Button disabled={fixes.busy} onClick={() => void controller.fixes.undo()}>
            {text("pane.fixUndo")}
          </Button>
        </div>
      )}
      <StatusArea busy={fixes.busy} error={fixes.error}>
        {done && (
          <MessageBar intent={done.skipped.length > 0 ? "warning" : "success"}>
            <MessageBarBody>
              {plural(text, done.kind === "fixed" ? "pane.fixed" : "pane.fixUndone", done.count)}
              {done.skipped.length > 0 &&
                ` ${text(done.kind === "fixed" ? "pane.fixSkipped" : "pane.undoSkipped", {
                  cells: done.skipped.join(text("pane.itemSeparator")),
                })}`}
            </MessageBarBody>
          </MessageBar>
        )}
      </StatusArea>
    </div>
  );
}
