/**
 * The bounds on rendering number formats (FormatBudget): codes beyond Excel's limit, one
 * render per code and value, and a budget of renders per workbook. The formatter is a spy.
 */
import { MAX_FORMAT_CODE } from "../../src/hosts/sheet-limits";
import { FormatBudget, MAX_RENDERS } from "../../src/hosts/xlsx/format-budget";
import { libraryText, RenderFormat } from "../../src/hosts/xlsx/number-text";

function spied(): { calls: Array<[string, unknown]>; library: RenderFormat } {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    library: (code, value) => (calls.push([code, value]), `${code}|${String(value)}`),
  };
}

describe("FormatBudget", () => {
  it("renders as the formatter does within its bounds", () => {
    const budget = new FormatBudget();
    for (const [code, value] of [
      ['yyyy"年"m"月"d"日"', 45292],
      ["0.0%", 0.256],
      ["#,##0.00_);[Red](#,##0.00)", -1234.5],
      ['@"元"', "拨付"],
      ["0;-0;-", -0],
    ] as const)
      expect(budget.render(code, value)).toBe(libraryText(code, value));
    expect(budget.unrendered).toBe(0);
  });

  it("does not render a code longer than Excel's limit: General text, counted", () => {
    const { calls, library } = spied();
    const budget = new FormatBudget(library);
    const long = "0.0".repeat(MAX_FORMAT_CODE);
    expect(budget.render(long, 12.5)).toBe("12.5");
    expect(budget.render(long, "文字")).toBe("文字");
    expect(budget.render(long, true)).toBe("TRUE");
    expect(budget.render("0".repeat(MAX_FORMAT_CODE), 1)).toBe(`${"0".repeat(MAX_FORMAT_CODE)}|1`);
    expect(calls).toHaveLength(1);
    expect(budget.unrendered).toBe(3);
  });

  it("renders a code and value once, telling apart 1 and '1', 0 and -0", () => {
    const { calls, library } = spied();
    const budget = new FormatBudget(library);
    for (let i = 0; i < 3; i++) {
      budget.render("0.00", 1);
      budget.render("0.00", "1");
      budget.render("0.0", 1);
      budget.render("0.00", -0);
    }
    expect(calls).toEqual([
      ["0.00", 1],
      ["0.00", "1"],
      ["0.0", 1],
      ["0.00", -0],
      ["0.00", -0],
      ["0.00", -0],
    ]);
    expect(budget.unrendered).toBe(0);
  });

  it("does not keep texts longer than a label: each is rendered when it comes", () => {
    const { calls, library } = spied();
    const budget = new FormatBudget(library);
    const long = "长".repeat(256);
    budget.render("@", long);
    budget.render("@", long);
    budget.render("@", "长".repeat(255));
    budget.render("@", "长".repeat(255));
    expect(calls.map(([, value]) => String(value).length)).toEqual([256, 256, 255]);
  });

  it("keeps a formatter that gave up to its answer (no text) without asking again", () => {
    let asked = 0;
    const budget = new FormatBudget(() => (asked++, undefined));
    expect(budget.render("[bad", 1)).toBeUndefined();
    expect(budget.render("[bad", 1)).toBeUndefined();
    expect(asked).toBe(1);
  });

  it("past its budget, new codes and values show General text; those rendered before still show", () => {
    const { calls, library } = spied();
    const budget = new FormatBudget(library);
    for (let i = 0; i < MAX_RENDERS; i++) budget.render("0.0", i + 0.5);
    expect(budget.render("0.0", MAX_RENDERS + 0.5)).toBe(`${MAX_RENDERS}.5`);
    expect(budget.render("0.0", 0.5)).toBe("0.0|0.5");
    expect(calls).toHaveLength(MAX_RENDERS);
    expect(budget.unrendered).toBe(1);
  });
});
