/**
 * Above the findings: what the icons and the numbers on a heading mean, and the switch that
 * shows each finding's rule id and each table's profile id (off by default).
 */
import * as React from "react";
import { Caption1, makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { SEVERITIES } from "../../domain/findings";
import { Translate } from "../i18n";
import { CountBadge } from "./CountBadge";
import { SeverityIcon } from "./SeverityIcon";

/** Whether rule and profile ids are shown; App holds it so that it outlives each check. */
export const ShowIdsContext = React.createContext<{
  showIds: boolean;
  setShowIds(show: boolean): void;
} | null>(null);

/** The shared switch when App provides it, else one local to the list. */
export function useShowIds(): [boolean, (show: boolean) => void] {
  const shared = React.useContext(ShowIdsContext);
  const [local, setLocal] = React.useState(false);
  return shared ? [shared.showIds, shared.setShowIds] : [local, setLocal];
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: "10px",
    rowGap: "2px",
    color: tokens.colorNeutralForeground3,
  },
  item: { display: "inline-flex", alignItems: "center", gap: "3px" },
  toggle: { marginLeft: "auto" },
});

export function ListLegend(props: {
  text: Translate;
  showIds: boolean;
  onShowIds(show: boolean): void;
}) {
  const { text } = props;
  const styles = useStyles();
  return (
    <div className={styles.root} role="note" aria-label={text("pane.legend")} data-legend="">
      <Caption1>{text("pane.legend")}</Caption1>
      {SEVERITIES.map((severity) => (
        <span key={severity} className={styles.item}>
          <SeverityIcon severity={severity} label="" />
          <Caption1>{text(`severity.${severity}`)}</Caption1>
        </span>
      ))}
      <span className={styles.item}>
        <CountBadge severity="error" count={1} label="" />
        <CountBadge severity="warning" count={1} label="" />
        <Caption1>{text("pane.legend.counters")}</Caption1>
      </span>
      <ToggleButton
        className={styles.toggle}
        size="small"
        appearance="subtle"
        checked={props.showIds}
        onClick={() => props.onShowIds(!props.showIds)}
      >
        {text("pane.showIds")}
      </ToggleButton>
    </div>
  );
}
