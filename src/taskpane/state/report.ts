/**
 * 导出审核意见 from the pane: the last check's result as the review report (the same rows
 * and sheets as the CLI's `--report` and the web page's export), to open as a workbook
 * of its own or to add to this one under sheet names not yet taken.
 */
import { LayoutPlan } from "../../domain/edits";
import { CheckedFile, reviewReport, reviewWorkbookPlans } from "../../domain/report";
import type { PaneState } from "./controller";

/** What the pane's last finished check found in `file` (ignored findings left out); null before one. */
export function checkedFileOf(state: PaneState, file: string, link?: string): CheckedFile | null {
  if (state.status !== "done") return null;
  return {
    file,
    link,
    tables: state.tables.map((table) => ({
      sheet: table.sheet,
      range: table.range,
      form: table.form,
      projectName: table.name,
      findings: table.findings.filter((view) => !view.ignored).map((view) => view.finding),
    })),
    findings: state.notes,
  };
}

/** The report's sheets; without links when `file.link` is null (nothing to link to). */
export function reportPlans(file: CheckedFile, links: boolean): LayoutPlan[] {
  const plans = reviewWorkbookPlans(reviewReport([file]));
  return links ? plans : plans.map((plan) => ({ ...plan, links: [] }));
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/** The plans under names none of `taken` has (`汇总 (2)`…), compared as Excel does, ignoring case. */
export function apartFrom(plans: readonly LayoutPlan[], taken: readonly string[]): LayoutPlan[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  return plans.map((plan) => {
    let name = plan.sheet;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = plan.sheet.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return { ...plan, sheet: name, edits: plan.edits.map((edit) => ({ ...edit, sheet: name })) };
  });
}
