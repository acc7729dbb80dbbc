/** Planned marks: which cells to colour, in what colour, with what note. Hosts only apply them. */
import { Finding, Severity } from "./findings";

/** Fill colours by severity: light enough to read the cell's text through. */
export const MARK_FILLS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export interface PlannedMark {
  sheet: string;
  address: string;
  severity: Severity;
  fill: string;
  /** Text for a cell note, where the host supports notes. */
  note: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One mark a cell: the most severe finding's colour, every finding's message in the note. */
export function planMarks(findings: readonly Finding[]): PlannedMark[] {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.sheet}!${finding.address}`;
    const list = byCell.get(key);
    if (list) list.push(finding);
    else byCell.set(key, [finding]);
  }
  return [...byCell.values()].map((list) => {
    const worst = list.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a));
    return {
      sheet: worst.sheet,
      address: worst.address,
      severity: worst.severity,
      fill: MARK_FILLS[worst.severity],
      note: `绩效目标表助手：\n${list.map((f) => `· ${f.message}`).join("\n")}`,
    };
  });
}

/** A stable key for a finding, for the user's list of ignored findings. */
export function findingKey(
  finding: Pick<Finding, "ruleId" | "sheet" | "address" | "message">
): string {
  return `${finding.ruleId}|${finding.sheet}|${finding.address}|${finding.message}`;
}
