import * as React from "react";
import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  CounterBadge,
  makeStyles,
} from "@fluentui/react-components";
import { Severity } from "../../domain/findings";
import { Language } from "../../domain/messages/catalog";
import { FindingView, TableView } from "../state/controller";
import { Translate } from "../i18n";
import { FindingItem } from "./FindingItem";
import { ReadingView } from "./ReadingView";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", gap: "6px", width: "100%" },
  name: { flexGrow: 1, textAlign: "left" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  meta: { display: "flex", alignItems: "center", gap: "8px", paddingBottom: "4px" },
});

interface Props {
  table: TableView;
  language: Language;
  text: Translate;
  filter: Record<Severity, boolean>;
  showIgnored: boolean;
  onSelectTable(table: TableView): void;
  onSelect(view: FindingView): void;
  onIgnore(view: FindingView): void;
  onUnignore(view: FindingView): void;
}

export function TableSection(props: Props) {
  const { table, text, filter, showIgnored } = props;
  const styles = useStyles();
  const active = table.findings.filter((view) => !view.ignored);
  const errors = active.filter((view) => view.finding.severity === "error").length;
  const warnings = active.filter((view) => view.finding.severity === "warning").length;
  const shown = table.findings.filter(
    (view) => filter[view.finding.severity] && (showIgnored || !view.ignored)
  );
  const name = text("pane.table", { index: table.index, name: table.name || text("cli.unnamed") });
  const [showReading, setShowReading] = React.useState(false);
  return (
    <AccordionItem value={table.index} data-table={table.range}>
      <AccordionHeader>
        <span className={styles.header}>
          <span className={styles.name}>{name}</span>
          {errors > 0 && (
            <CounterBadge
              count={errors}
              color="danger"
              size="small"
              aria-label={`${errors} ${text("severity.error")}`}
            />
          )}
          {warnings > 0 && (
            <CounterBadge
              count={warnings}
              color="important"
              size="small"
              aria-label={`${warnings} ${text("severity.warning")}`}
            />
          )}
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.meta}>
          <Caption1>
            {text("pane.tableRange", {
              form: text(`form.${table.form}`),
              range: table.range,
              count: table.indicatorCount,
              filled: table.filledIndicatorCount,
              profile: table.profile,
            })}
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
        {showReading && <ReadingView reading={table.reading} text={text} />}
        {shown.length === 0 ? (
          <Caption1>{text("pane.noFindings")}</Caption1>
        ) : (
          <ul className={styles.list} aria-label={name}>
            {shown.map((view) => (
              <FindingItem
                key={view.key}
                view={view}
                language={props.language}
                text={text}
                onSelect={props.onSelect}
                onIgnore={props.onIgnore}
                onUnignore={props.onUnignore}
              />
            ))}
          </ul>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}
