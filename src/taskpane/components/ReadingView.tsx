import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { TableReading } from "../../domain/inspect";
import { MessageKey } from "../../domain/messages/catalog";
import { Translate } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "6px 8px",
    marginBottom: "6px",
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingLeft: "16px" },
  unknown: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** 识别结果: how the table was read, as `perfgoal inspect` prints it. */
export function ReadingView({ reading, text }: { reading: TableReading; text: Translate }) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-reading={reading.range}>
      <Caption1>{text("pane.reading.header")}</Caption1>
      <ul className={styles.list}>
        {reading.header.map((field) => (
          <li key={field.label.address}>
            <Caption1>
              {text("pane.labelled", {
                label: text(`field.${field.field}` as MessageKey),
                text: `${field.label.address} “${field.label.text}” → ${field.value.address} “${field.value.text}”`,
              })}
            </Caption1>
          </li>
        ))}
      </ul>
      <Caption1>{text("pane.reading.columns")}</Caption1>
      <ul className={styles.list}>
        {reading.columns.map((column) => (
          <li key={column.column}>
            <Caption1>
              {column.column} {text(`role.${column.role}` as MessageKey)} “{column.label.text}”
            </Caption1>
          </li>
        ))}
      </ul>
      {reading.unknownColumns.length > 0 && (
        <Caption1 className={styles.unknown}>
          {text("pane.labelled", {
            label: text("pane.reading.unknown"),
            text: reading.unknownColumns
              .map((c) => `${c.address} “${c.text}”`)
              .join(text("pane.itemSeparator")),
          })}
        </Caption1>
      )}
      <Caption1>{text("pane.reading.hint")}</Caption1>
    </div>
  );
}
