/**
 * A windowed list: only the rows near the visible part of a scrolling box are in the DOM,
 * so a result of a thousand tables scrolls as smoothly as one of ten. Rows may differ in
 * height: each is estimated until it was rendered once and measured.
 */
import * as React from "react";

/** Rows rendered beyond each edge of the visible part, in pixels. */
const OVERSCAN_PX = 400;

interface Props<Row> {
  rows: readonly Row[];
  keyOf(row: Row): string;
  /** A row's height in pixels before it was measured. */
  estimate(row: Row): number;
  render(row: Row): React.ReactNode;
  /** The box's height in pixels (also the visible height where layout is unknown). */
  height: number;
  /** A row to bring into view whenever this changes. */
  revealKey?: string;
  label: string;
}

/** The index of the last offset at or before `y` (offsets ascend, offsets[0] = 0). */
export function rowAt(offsets: readonly number[], y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (offsets[mid] <= y) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

export function VirtualRows<Row>(props: Props<Row>) {
  const { rows, keyOf, estimate, render, height, revealKey } = props;
  const box = React.useRef<HTMLDivElement>(null);
  const measured = React.useRef(new Map<string, number>());
  const [scrollTop, setScrollTop] = React.useState(0);
  const [version, remeasured] = React.useReducer((n: number) => n + 1, 0);

  const offsets = React.useMemo(() => {
    const sums = [0];
    for (const row of rows)
      sums.push(sums[sums.length - 1] + (measured.current.get(keyOf(row)) ?? estimate(row)));
    return sums;
  }, [rows, keyOf, estimate, version]); // `version` changes when rows were measured anew

  const visible = box.current?.clientHeight || height;
  const first = rowAt(offsets, Math.max(0, scrollTop - OVERSCAN_PX));
  const last = Math.min(rows.length - 1, rowAt(offsets, scrollTop + visible + OVERSCAN_PX));
  const total = offsets[rows.length];

  React.useLayoutEffect(() => {
    let changed = false;
    for (const element of box.current?.querySelectorAll<HTMLElement>("[data-row-key]") ?? []) {
      const key = element.dataset.rowKey ?? "";
      const size = element.offsetHeight;
      // Unlaid-out rows (0) keep their estimate.
      if (size > 0 && Math.abs((measured.current.get(key) ?? -1) - size) > 0.5) {
        measured.current.set(key, size);
        changed = true;
      }
    }
    if (changed) remeasured();
  });

  React.useEffect(() => {
    if (revealKey === undefined || !box.current) return;
    const index = rows.findIndex((row) => keyOf(row) === revealKey);
    if (index < 0) return;
    const top = offsets[index];
    const bottom = offsets[index + 1];
    const element = box.current;
    const view = element.clientHeight || height;
    if (top >= element.scrollTop && bottom <= element.scrollTop + view) return;
    // A third down the box, so the headings above it (sheet, table) stay in sight.
    const to = Math.max(0, top - Math.round(view / 3));
    element.scrollTop = to;
    setScrollTop(to);
    // Only a new row to reveal scrolls: neither re-measuring nor another change of the list
    // (a filter, an ignored finding) pulls the view back to it.
  }, [revealKey]);

  return (
    <div
      ref={box}
      role="group"
      aria-label={props.label}
      style={{ maxHeight: `${height}px`, overflowY: "auto", position: "relative" }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: `${offsets[first]}px` }} aria-hidden />
      {rows.slice(first, last + 1).map((row) => {
        const key = keyOf(row);
        return (
          <div key={key} data-row-key={key}>
            {render(row)}
          </div>
        );
      })}
      <div style={{ height: `${total - offsets[last + 1]}px` }} aria-hidden />
    </div>
  );
}
