/**
 * A plain grid of the fake workbook's active sheet: values, fills, notes and the selection.
 * It shows the whole used range; a long sheet is windowed (only the rows near the visible
 * part are in the page), so a sheet of a thousand tables scrolls to any of them.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { FakeWorkbook } from "../hosts/fake-excel";
import { CellRange, columnLetters, parseRangeA1, toA1 } from "../domain/snapshot";
import { rowAt } from "../taskpane/components/VirtualRows";

/** Sheets up to this many rows are rendered whole; longer ones are windowed. */
const WHOLE_ROWS = 1500;
/** A row's height before it was rendered and measured (one line of 12 px text). */
const ROW_ESTIMATE_PX = 22;
/** Rows rendered beyond each edge of the visible part, in pixels. */
const OVERSCAN_PX = 600;
/** The visible height where there is no layout (tests): a screenful. */
const FALLBACK_VIEW_PX = 900;

const useStyles = makeStyles({
  scroller: { flexGrow: 1, minWidth: 0, overflow: "auto" },
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
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
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

/** The rows to render: all of a short sheet, else those near the visible part. */
function windowOf(
  offsets: readonly number[],
  bottom: number,
  scrollTop: number,
  view: number
): { first: number; last: number } {
  if (bottom < WHOLE_ROWS) return { first: 0, last: bottom };
  return {
    first: rowAt(offsets, Math.max(0, scrollTop - OVERSCAN_PX)),
    last: Math.min(bottom, rowAt(offsets, scrollTop + view + OVERSCAN_PX)),
  };
}

export function SheetGrid({ workbook, label }: { workbook: FakeWorkbook; label: string }) {
  const styles = useStyles();
  // The fake workbook tells when anything changed (values, fills, notes, selection, sheet).
  const [version, refresh] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => workbook.onChange(refresh), [workbook]);
  const sheet = workbook.activeSheetName;
  // Recomputed after a change only: a render scrolling a long sheet reads just its window.
  const { used, merges } = React.useMemo(() => workbook.layout(sheet), [workbook, sheet, version]);
  // A blank sheet shows its A1.
  const bottom = used?.bottom ?? 0;
  const right = used?.right ?? 0;
  const selection =
    workbook.selection.sheet === sheet ? parseRangeA1(workbook.selection.address) : null;
  const scroller = React.useRef<HTMLDivElement>(null);
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  const [editing, setEditing] = React.useState<string | null>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  // Measured row heights by sheet, then by row; rows not rendered yet are estimated. Keyed by
  // number, not by a `sheet!row` text: the offsets are summed over every row of a long sheet.
  const measured = React.useRef(new Map<string, Map<number, number>>());
  const [measuredVersion, remeasured] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => setScrollTop(scroller.current?.scrollTop ?? 0), [sheet]);

  const offsets = React.useMemo(() => {
    const heights = measured.current.get(sheet);
    const sums = [0];
    for (let r = 0; r <= bottom; r++) sums.push(sums[r] + (heights?.get(r) ?? ROW_ESTIMATE_PX));
    return sums;
  }, [bottom, sheet, measuredVersion]);
  const view = scroller.current?.clientHeight || FALLBACK_VIEW_PX;
  const shown = windowOf(offsets, bottom, scrollTop, view);

  // A selection outside the rendered rows (a finding far down) scrolls there first.
  React.useEffect(() => {
    const element = scroller.current;
    if (!selection || !element || (selection.top >= shown.first && selection.top <= shown.last))
      return;
    const to = Math.max(0, offsets[selection.top] - Math.round(view / 3));
    element.scrollTop = to;
    setScrollTop(to);
  }, [version]);
  // scrollIntoView returns a promise in newer browsers: an effect must return nothing.
  React.useEffect(() => {
    void selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [version, shown.first]);
  React.useLayoutEffect(() => {
    let changed = false;
    let heights = measured.current.get(sheet);
    if (!heights) measured.current.set(sheet, (heights = new Map()));
    for (const row of scroller.current?.querySelectorAll<HTMLElement>("tr[data-row]") ?? []) {
      const key = Number(row.dataset.row);
      const size = row.offsetHeight;
      if (size > 0 && Math.abs((heights.get(key) ?? -1) - size) > 0.5) {
        heights.set(key, size);
        changed = true;
      }
    }
    if (changed) remeasured();
  });

  // A merge that begins above the window and reaches into it is rendered from its top row
  // (which may lie in a merge that begins higher still).
  let first = shown.first;
  for (let earlier = -1; earlier !== first;) {
    earlier = first;
    first = merges.reduce((top, m) => (m.top < top && m.bottom >= top ? m.top : top), first);
  }
  const near = merges.filter((m) => m.bottom >= first && m.top <= shown.last);
  const mergeAt = new Map(near.map((m) => [`${m.top},${m.left}`, m]));
  const covered = new Set<string>();
  for (const m of near)
    for (let r = Math.max(m.top, first); r <= Math.min(m.bottom, shown.last); r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);

  const rows: React.ReactNode[] = [];
  for (let r = first; r <= shown.last; r++) {
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
          // A merge reaching below the rendered rows spans only those.
          rowSpan={merge ? Math.min(merge.bottom, shown.last) - merge.top + 1 : undefined}
          colSpan={merge ? merge.right - merge.left + 1 : undefined}
          // Marks are light colours: their text stays dark in the dark theme too.
          style={view.fill ? { backgroundColor: view.fill, color: "#1f1f1f" } : undefined}
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
    rows.push(
      <tr key={r} data-row={r}>
        {cells}
      </tr>
    );
  }
  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} aria-hidden style={{ height: `${height}px` }}>
        <td colSpan={right + 2} style={{ padding: 0, border: "none" }} />
      </tr>
    );
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
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
        <tbody>
          {spacer(offsets[first], "above")}
          {rows}
          {spacer(offsets[bottom + 1] - offsets[shown.last + 1], "below")}
        </tbody>
      </table>
    </div>
  );
}
