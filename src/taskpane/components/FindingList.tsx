/**
 * The findings grouped sheet → table, each group foldable, errors first within a table,
 * windowed: only the rows near the visible part are rendered.
 */
import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Severity, SEVERITIES } from "../../domain/findings";
import {
  Counts,
  FindingView,
  PaneController,
  PaneState,
  SheetView,
  sheetGroup,
  tableGroup,
  TableView,
} from "../state/controller";
import { plural, Translate } from "../i18n";
import { FindingItem } from "./FindingItem";
import { ListLegend, useShowIds } from "./ListLegend";
import { SheetHeader, TableHeader } from "./TableSection";
import { VirtualRows } from "./VirtualRows";

/** The list's height: room for a dozen findings in a task pane. */
const LIST_HEIGHT_PX = 560;

type Row =
  | { kind: "sheet"; key: string; sheet: SheetView; open: boolean }
  | { kind: "table"; key: string; table: TableView; open: boolean }
  | { kind: "finding"; key: string; view: FindingView; current: boolean }
  /** Under a table: the findings the severity filter hides, or that there are none. */
  | { kind: "rest"; key: string; hidden: Counts };

const ESTIMATES: Record<Row["kind"], number> = { sheet: 36, table: 64, finding: 84, rest: 26 };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const useStyles = makeStyles({
  rest: { display: "block", padding: "4px 0 6px 28px", color: tokens.colorNeutralForeground3 },
});

/** The list's rows for the state: folded groups contribute only their heading. */
export function listRows(state: PaneState): Row[] {
  const folded = new Set(state.collapsed);
  const rows: Row[] = [];
  for (const sheet of state.sheets) {
    const sheetOpen = sheet.checked && !folded.has(sheetGroup(sheet.name));
    // A sheet check's one sheet is named in the summary above the list.
    if (state.scope === "workbook")
      rows.push({ kind: "sheet", key: `s|${sheet.name}`, sheet, open: sheetOpen });
    if (!sheetOpen) continue;
    for (const table of state.tables) {
      if (table.sheet !== sheet.name) continue;
      const group = tableGroup(table);
      const open = !folded.has(group);
      rows.push({ kind: "table", key: `t|${group}`, table, open });
      if (!open) continue;
      const hidden: Counts = { error: 0, warning: 0, info: 0 };
      const shown = table.findings.filter((view) => {
        if (!state.showIgnored && view.ignored) return false;
        if (state.filter[view.finding.severity]) return true;
        if (!view.ignored) hidden[view.finding.severity]++;
        return false;
      });
      // Errors first; within a severity the reading order the engine gave.
      shown.sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity]);
      for (const view of shown)
        rows.push({
          kind: "finding",
          key: `f|${view.key}`,
          view,
          current: view.key === state.currentKey,
        });
      const hiddenCount = hidden.error + hidden.warning + hidden.info;
      if (shown.length === 0 || hiddenCount > 0)
        rows.push({ kind: "rest", key: `r|${group}`, hidden });
    }
  }
  return rows;
}

/** "已隐藏 3 项警告，1 项提示", or "没有发现问题" when nothing is hidden either. */
function restText(hidden: Counts, text: Translate): string {
  const parts = SEVERITIES.filter((severity) => hidden[severity] > 0).map((severity) =>
    plural(text, `pane.hidden.${severity}`, hidden[severity])
  );
  return parts.length > 0
    ? text("pane.hidden", { items: parts.join(text("pane.itemSeparator")) })
    : text("pane.noFindings");
}

export function FindingList({
  controller,
  state,
  text,
}: {
  controller: PaneController;
  state: PaneState;
  text: Translate;
}) {
  const styles = useStyles();
  const [showIds, setShowIds] = useShowIds();
  const rows = React.useMemo(() => listRows(state), [state]);
  const keyOf = React.useCallback((row: Row) => row.key, []);
  const estimate = React.useCallback((row: Row) => ESTIMATES[row.kind], []);
  const render = (row: Row): React.ReactNode => {
    switch (row.kind) {
      case "sheet":
        return (
          <SheetHeader
            sheet={row.sheet}
            open={row.open}
            text={text}
            onToggle={() => controller.toggleGroup(sheetGroup(row.sheet.name))}
          />
        );
      case "table":
        return (
          <TableHeader
            table={row.table}
            open={row.open}
            text={text}
            showIds={showIds}
            onToggle={() => controller.toggleGroup(tableGroup(row.table))}
            onSelectTable={(table) => void controller.selectTable(table)}
            readingOf={(table) => controller.readingOf(table)}
            onSelectCell={(address) => void controller.selectCell(row.table.sheet, address)}
          />
        );
      case "finding":
        return (
          <FindingItem
            view={row.view}
            current={row.current}
            language={state.language}
            text={text}
            showIds={showIds}
            onSelect={(view) => void controller.selectFinding(view.finding)}
            onIgnore={(view) => void controller.ignore(view)}
            onUnignore={(view) => void controller.unignore(view)}
            onIgnoreRule={(view) => void controller.ignoreRule(view.finding.ruleId)}
            onFix={(view) => controller.fixes.previewFinding(view.finding)}
          />
        );
      case "rest":
        return <Caption1 className={styles.rest}>{restText(row.hidden, text)}</Caption1>;
    }
  };
  return (
    <>
      <ListLegend text={text} showIds={showIds} onShowIds={setShowIds} />
      <VirtualRows
        rows={rows}
        keyOf={keyOf}
        estimate={estimate}
        render={render}
        height={LIST_HEIGHT_PX}
        revealKey={state.currentKey && `f|${state.currentKey}`}
        label={text("pane.findings")}
      />
    </>
  );
}
