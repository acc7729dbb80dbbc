import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { SheetView, TableView } from "../state/controller";
import { plural, Translate } from "../i18n";
import { CountBadge } from "./CountBadge";
import { ReadingView } from "./ReadingView";
import { TableReading } from "../../domain/inspect";
import { ScoreSummaryView } from "./ScoreSummaryView";

const useStyles = makeStyles({
  sheet: {
    display: "flex",
    alignItems: "center",
    gap: "6px",
    padding: "6px 0 2px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { display: "flex", flexDirection: "column", gap: "2px", padding: "4px 0 2px 12px" },
  toggle: { justifyContent: "flex-start", flexGrow: 1, minWidth: 0, textAlign: "left" },
  name: { flexGrow: 1, textAlign: "left", fontWeight: tokens.fontWeightSemibold },
  meta: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: "8px",
    paddingLeft: "28px",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

function Badges({ errors, warnings, text }: { errors: number; warnings: number; text: Translate }) {
  return (
    <>
      {errors > 0 && (
        <CountBadge severity="error" count={errors} label={plural(text, "pane.n.error", errors)} />
      )}
      {warnings > 0 && (
        <CountBadge
          severity="warning"
          count={warnings}
          label={plural(text, "pane.n.warning", warnings)}
        />
      )}
    </>
  );
}

/** A sheet's heading in the list: its name, visibility, counts; folds its tables. */
export function SheetHeader(props: {
  sheet: SheetView;
  open: boolean;
  text: Translate;
  onToggle(): void;
}) {
  const { sheet, open, text } = props;
  const styles = useStyles();
  const visibility =
    sheet.visibility === "visible"
      ? []
      : [text(sheet.visibility === "hidden" ? "pane.sheetHidden" : "pane.sheetVeryHidden")];
  const summary = sheet.checked
    ? [
        plural(text, "pane.n.table", sheet.tableCount),
        plural(text, "pane.n.error", sheet.counts.error),
        plural(text, "pane.n.warning", sheet.counts.warning),
        plural(text, "pane.n.info", sheet.counts.info),
      ]
    : [text("pane.sheetNotChecked")];
  return (
    <div className={styles.sheet} data-sheet-group={sheet.name}>
      <Button
        className={styles.toggle}
        appearance="subtle"
        size="small"
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        disabled={!sheet.checked}
        onClick={props.onToggle}
      >
        <span className={styles.name}>{text("pane.sheet", { name: sheet.name })}</span>
      </Button>
      <Badges errors={sheet.counts.error} warnings={sheet.counts.warning} text={text} />
      <Caption1 className={styles.muted}>{[...visibility, ...summary].join(" · ")}</Caption1>
    </div>
  );
}

/** A table's heading in the list: name and counters (folds its findings), range, 识别结果. */
export function TableHeader(props: {
  table: TableView;
  open: boolean;
  text: Translate;
  /** Shows the table's profile id. */
  showIds: boolean;
  onToggle(): void;
  onSelectTable(table: TableView): void;
  /** How the table was read (识别结果), asked when it is shown. */
  readingOf(table: TableView): TableReading | undefined;
  /** Selects a cell of the table (a figure of a self-evaluation's 评分汇总). */
  onSelectCell?(address: string): void;
}) {
  const { table, open, text } = props;
  const styles = useStyles();
  const active = table.findings.filter((view) => !view.ignored);
  const errors = active.filter((view) => view.finding.severity === "error").length;
  const warnings = active.filter((view) => view.finding.severity === "warning").length;
  const name = text("pane.table", { index: table.index, name: table.name || text("cli.unnamed") });
  const [showReading, setShowReading] = React.useState(false);
  return (
    <div className={styles.table} data-table={table.range} data-sheet={table.sheet}>
      <div className={styles.sheet} style={{ borderBottom: "none", padding: 0 }}>
        <Button
          className={styles.toggle}
          appearance="subtle"
          size="small"
          icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
          aria-expanded={open}
          onClick={props.onToggle}
        >
          <span className={styles.name}>{name}</span>
        </Button>
        <Badges errors={errors} warnings={warnings} text={text} />
      </div>
      <div className={styles.meta}>
        <Caption1>
          {text("pane.tableRange", {
            form: text(`form.${table.form}`),
            range: table.range,
            count: table.indicatorCount,
            filled: table.filledIndicatorCount,
          })}
          {props.showIds && ` · ${text("pane.profileId", { profile: table.profile })}`}
        </Caption1>
        <Button size="small" appearance="secondary" onClick={() => props.onSelectTable(table)}>
          {text("pane.selectTable")}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={showReading}
          onClick={() => setShowReading(!showReading)}
        >
          {showReading ? text("pane.reading.hide") : text("pane.reading")}
        </Button>
      </div>
      {table.scores && (
        <ScoreSummaryView
          summary={table.scores}
          text={text}
          onSelectCell={(address) => props.onSelectCell?.(address)}
        />
      )}
      {showReading && <Reading reading={props.readingOf(table)} text={text} />}
    </div>
  );
}

function Reading({ reading, text }: { reading: TableReading | undefined; text: Translate }) {
  return reading ? <ReadingView reading={reading} text={text} /> : null;
}
