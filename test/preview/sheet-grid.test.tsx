/**
 * @jest-environment jsdom
 */
/**
 * The web page's grid shows the whole used range: every column, and every row of a long
 * sheet (windowed: the rows near the view are rendered, and a selection far down is
 * scrolled to and rendered, merged areas reaching into the view included).
 */
import "../support/jsdom";
import * as React from "react";
import { act, render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { CellValue, snapshotFromRows } from "../../src/domain/snapshot";
import { SheetGrid } from "../../src/preview/SheetGrid";

function mount(workbook: FakeWorkbook) {
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetGrid workbook={workbook} label="grid" />
    </FluentProvider>
  );
}

const cell = (address: string) => document.querySelector(`td[data-address="${address}"]`);

it("shows every column of the used range, beyond the fortieth", () => {
  const wide: CellValue[][] = [Array.from({ length: 60 }, (_, c) => `c${c}`)];
  mount(FakeWorkbook.fromSnapshots([snapshotFromRows("Wide", wide)]));
  expect(cell("BH1")?.textContent).toBe("c59");
  expect(document.querySelectorAll("thead th")).toHaveLength(61);
});

it("renders a short sheet whole", () => {
  const rows: CellValue[][] = Array.from({ length: 300 }, (_, r) => [`row ${r + 1}`]);
  mount(FakeWorkbook.fromSnapshots([snapshotFromRows("Short", rows)]));
  expect(document.querySelectorAll("tbody tr[data-row]")).toHaveLength(300);
  expect(cell("A300")?.textContent).toBe("row 300");
});

it("windows a long sheet and renders a selection far down with the merge above it", () => {
  const rows: CellValue[][] = Array.from({ length: 5000 }, (_, r) => [`row ${r + 1}`, r]);
  // B4490:B4500 is one merged cell reaching the selected row; B4541:B4800 reaches far below.
  const merges = [
    { top: 4489, left: 1, bottom: 4499, right: 1 },
    { top: 4540, left: 1, bottom: 4799, right: 1 },
  ];
  const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows("Long", rows, { merges })]);
  mount(workbook);
  const rendered = document.querySelectorAll("tbody tr[data-row]").length;
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(200);
  expect(cell("A4500")).toBeNull();

  act(() => workbook.select("Long", "A4500"));
  expect(cell("A4500")?.textContent).toBe("row 4500");
  expect(cell("A4500")?.getAttribute("aria-selected")).toBe("true");
  // The merged cell starts above the rendered rows' first and is rendered with its span.
  expect(cell("B4490")?.getAttribute("rowspan")).toBe("11");
  expect(cell("B4500")).toBeNull();
  // The one reaching below spans only the rendered rows.
  const below = [...document.querySelectorAll("tbody tr[data-row]")].filter(
    (row) => Number(row.getAttribute("data-row")) >= 4540
  );
  expect(below.length).toBeGreaterThan(1);
  expect(cell("B4541")?.getAttribute("rowspan")).toBe(String(below.length));
  // The last row is reachable too.
  act(() => workbook.select("Long", "B5000"));
  expect(cell("B5000")?.textContent).toBe("4999");
});
