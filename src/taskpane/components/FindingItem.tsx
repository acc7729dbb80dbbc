import * as React from "react";
import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { FindingView } from "../state/controller";
import { Language } from "../../domain/messages/catalog";
import { pick, Translate } from "../i18n";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "6px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  line: { display: "flex", alignItems: "flex-start", gap: "6px" },
  jump: {
    minWidth: "auto",
    padding: "0 4px",
    fontFamily: tokens.fontFamilyMonospace,
    flexShrink: 0,
  },
  message: { flexGrow: 1 },
  detail: { color: tokens.colorNeutralForeground3, paddingLeft: "22px" },
  ignored: { opacity: 0.6 },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
});

interface Props {
  view: FindingView;
  /** The finding 下一个 / 上一个 stand on. */
  current: boolean;
  language: Language;
  text: Translate;
  /** Shows the finding's rule id. */
  showIds: boolean;
  onSelect(view: FindingView): void;
  onIgnore(view: FindingView): void;
  onUnignore(view: FindingView): void;
  /** 全部忽略: switches the finding's rule off in the rule settings. */
  onIgnoreRule(view: FindingView): void;
  /** Shows the preview of the finding's fix. */
  onFix(view: FindingView): void;
}

export function FindingItem(props: Props) {
  const { view, current, language, text, showIds } = props;
  const { onSelect, onIgnore, onUnignore, onIgnoreRule, onFix } = props;
  const styles = useStyles();
  const { finding } = view;
  const message = language === "zh" ? finding.message : finding.messageEn;
  const suggestion = language === "zh" ? finding.suggestion : finding.suggestionEn;
  const severityLabel = text(`severity.${finding.severity}`);
  return (
    <div
      role="listitem"
      className={[styles.item, view.ignored && styles.ignored, current && styles.current]
        .filter(Boolean)
        .join(" ")}
      aria-current={current || undefined}
      data-finding={finding.address}
      data-sheet={finding.sheet}
    >
      <div className={styles.line}>
        <SeverityIcon severity={finding.severity} label={severityLabel} />
        <Button
          className={styles.jump}
          appearance="subtle"
          size="small"
          aria-label={text("pane.goToFinding", {
            cell: text("pane.goToCell", { address: finding.address }),
            severity: severityLabel,
            message,
          })}
          onClick={() => onSelect(view)}
        >
          {finding.address}
        </Button>
        <Text className={styles.message}>{message}</Text>
        {finding.fix && !view.ignored && (
          <Button
            size="small"
            appearance="subtle"
            aria-label={text("pane.fixLabel", { address: finding.address })}
            onClick={() => onFix(view)}
          >
            {text("pane.fix")}
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          onClick={() => (view.ignored ? onUnignore(view) : onIgnore(view))}
        >
          {view.ignored ? text("pane.unignore") : text("pane.ignore")}
        </Button>
        {!view.ignored && (
          <Button
            size="small"
            appearance="subtle"
            aria-label={text("pane.ignoreRuleLabel", { ruleId: finding.ruleId })}
            onClick={() => onIgnoreRule(view)}
          >
            {text("settings.ignoreAll")}
          </Button>
        )}
      </div>
      {suggestion && (
        <Caption1 className={styles.detail}>
          {text("pane.labelled", { label: text("pane.suggestion"), text: suggestion })}
        </Caption1>
      )}
      {view.why && (
        <Caption1 className={styles.detail}>
          {text("pane.labelled", { label: text("pane.why"), text: pick(view.why, language) })}
        </Caption1>
      )}
      {showIds && (
        <Caption1 className={styles.detail} data-rule-id={finding.ruleId}>
          {finding.ruleId}
        </Caption1>
      )}
    </div>
  );
}
