/** A plain grid of the fake workbook's active sheet: values, fills, notes and the selection. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { FakeWorkbook } from "../hosts/fake-excel";
import { CellRange, columnLetters, parseRangeA1, toA1 } from "../domain/snapshot";

const MAX_ROWS = 2000;
const MAX_COLS = 40;

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: "12px", tableLayout: "auto" },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: "normal",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    zIndex: 1,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    textAlign: "right",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    maxWidth: "260px",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    color: "#1f1f1f",
    backgroundColor: "#ffffff",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  note: { boxShadow: "inset -6px 6px 0 -3px #d13438" },
});

/** What a person typing into Excel gets: numbers as numbers, the rest as typed. */
function typedValue(text: string): string | number | null {
  if (text.trim() === "") return null;
  const number = Number(text);
  return /^[+-]?\d+(\.\d+)?$/.test(text.trim()) && Number.isFinite(number) ? number : text;
}

/** An in-cell editor: Enter or leaving the cell keeps the text, Escape cancels. */
function CellEditor(props: { initial: string; label: string; onDone(text: string | null): void }) {
  const [text, setText] = React.useState(props.initial);
  // Removing the editor may blur it after Enter or Escape: answer once.
  const finished = React.useRef(false);
  const finish = (result: string | null) => {
    if (finished.current) return;
    finished.current = true;
    props.onDone(result);
  };
  return (
    <input
      autoFocus
      aria-label={props.label}
      value={text}
      style={{ width: "100%", boxSizing: "border-box", font: "inherit" }}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => finish(text)}
      onKeyDown={(event) => {
        if (event.key === "Enter") finish(text);
        if (event.key === "Escape") finish(null);
      }}
    />
  );
}

function contains(range: CellRange | null, row: number, col: number): boolean {
  return (
    !!range && row >= range.top && row <= range.bottom && col >= range.left && col <= range.right
  );
}

export function SheetGrid({ workbook, label }: { workbook: FakeWorkbook; label: string }) {
  const styles = useStyles();
  // The fake workbook tells when anything changed (values, fills, notes, selection, sheet).
  const [version, refresh] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => workbook.onChange(refresh), [workbook]);
  const sheet = workbook.activeSheetName;
  const used = parseRangeA1(workbook.usedAddress(sheet) ?? "A1");
  const selection =
    workbook.selection.sheet === sheet ? parseRangeA1(workbook.selection.address) : null;
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  const [editing, setEditing] = React.useState<string | null>(null);
  // scrollIntoView returns a promise in newer browsers: an effect must return nothing.
  React.useEffect(() => {
    void selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [version]);
  if (!used) return null;
  const bottom = Math.min(used.bottom, MAX_ROWS - 1);
  const right = Math.min(used.right, MAX_COLS - 1);
  const merges = workbook
    .merges(sheet)
    .map(parseRangeA1)
    .filter((m): m is CellRange => m !== null);
  const mergeAt = new Map(merges.map((m) => [`${m.top},${m.left}`, m]));
  const covered = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);

  const rows: React.ReactNode[] = [];
  for (let r = 0; r <= bottom; r++) {
    const cells: React.ReactNode[] = [
      <th key="h" scope="row" className={styles.rowHead}>
        {r + 1}
      </th>,
    ];
    for (let c = 0; c <= right; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const address = toA1(r, c);
      const view = workbook.cell(sheet, address);
      const merge = mergeAt.get(`${r},${c}`);
      const selected = selection !== null && selection.top === r && selection.left === c;
      const inSelection = contains(selection, r, c);
      const classes = [
        styles.cell,
        inSelection ? styles.selected : "",
        view.note ? styles.note : "",
      ].join(" ");
      cells.push(
        <td
          key={c}
          ref={selected ? selectedRef : undefined}
          data-address={address}
          aria-selected={inSelection}
          className={classes}
          rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
          colSpan={merge ? merge.right - merge.left + 1 : undefined}
          style={view.fill ? { backgroundColor: view.fill } : undefined}
          title={view.note ?? undefined}
          onClick={() => workbook.select(sheet, address)}
          onDoubleClick={() => setEditing(address)}
        >
          {editing === address ? (
            <CellEditor
              initial={view.formula ?? (view.value === "" ? "" : String(view.value))}
              label={address}
              onDone={(text) => {
                setEditing(null);
                if (text !== null) workbook.setValue(sheet, address, typedValue(text));
              }}
            />
          ) : (
            view.text
          )}
        </td>
      );
    }
    rows.push(<tr key={r}>{cells}</tr>);
  }
  return (
    <table className={styles.table} role="grid" aria-label={label}>
      <thead>
        <tr>
          <th className={styles.head} />
          {Array.from({ length: right + 1 }, (_, c) => (
            <th key={c} scope="col" className={styles.head}>
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}
