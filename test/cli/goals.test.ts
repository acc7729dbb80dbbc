/** `perfgoal check --goals`: self-evaluations held against approved goal tables of other workbooks. */
import { mkdirSync, writeFileSync } from "fs";
import { basename, join } from "path";
import { runCli } from "../support/cli";
import { scratchFolder } from "../support/scratch";
import {
  changed,
  goalTableSheet,
  selfEvaluationSheet,
  writeWorkbook,
} from "../support/approved-goals";

// Each run reads its files in child processes that load the TypeScript sources.
jest.setTimeout(60_000);

const scratch = scratchFolder("perfgoal-goals-");
/** The self-evaluation with the quality target lowered from ≥95% to ≥90% (E14). */
const LOWERED = selfEvaluationSheet({ indicators: changed({ 1: { target: "≥90%" } }) });

/** The rules that hold a self-evaluation against its approved goals. */
const APPROVED_RULES = ["selfeval/target-changed", "selfeval/approved-indicator-missing"];

interface JsonFinding {
  ruleId: string;
  sheet: string;
  address: string;
  message: string;
}

async function approvedFindings(...args: string[]) {
  const { code, stdout, stderr } = await runCli("check", ...args, "--format", "json");
  const report = JSON.parse(stdout) as {
    files: Array<{ file: string; tables: Array<{ form: string; findings: JsonFinding[] }> }>;
  };
  const findings = report.files.flatMap((file) =>
    file.tables.flatMap((table) =>
      table.findings
        .filter((f) => APPROVED_RULES.includes(f.ruleId))
        .map((f) => `${f.ruleId} ${f.sheet}!${f.address} ${f.message}`)
    )
  );
  return { code, findings, stderr };
}

const CHANGED_IN_SHEET = (where: string) =>
  `selfeval/target-changed 自评表!E14 年度指标值“≥90%”与批复的绩效目标“≥95%”不一致（${where}）`;

describe("perfgoal check --goals", () => {
  const selfEvaluation = scratch.fresh();
  const goals = scratch.fresh();
  beforeAll(() => {
    writeWorkbook(selfEvaluation, [LOWERED]);
    writeWorkbook(goals, [goalTableSheet()]);
  });

  it("finds the changed target in one workbook holding both tables", async () => {
    const both = scratch.fresh();
    writeWorkbook(both, [goalTableSheet(), LOWERED]);
    const { findings } = await approvedFindings(both);
    expect(findings).toEqual([CHANGED_IN_SHEET("目标表!D10")]);
  });

  it("finds it against the goal table of a second workbook", async () => {
    const { code, findings, stderr } = await approvedFindings(selfEvaluation, "--goals", goals);
    expect(findings).toEqual([CHANGED_IN_SHEET(`[${basename(goals)}]目标表!D10`)]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("finds nothing to hold it against without --goals", async () => {
    expect((await approvedFindings(selfEvaluation)).findings).toEqual([]);
  });

  it("matches the project by name among the goal tables of a folder", async () => {
    const folder = join(scratch.dir, "批复");
    mkdirSync(join(folder, "2024"), { recursive: true });
    writeWorkbook(join(folder, "公路.xlsx"), [
      goalTableSheet({ sheet: "公路", projectName: "农村公路养护项目" }),
    ]);
    writeWorkbook(join(folder, "2024", "农田.xlsx"), [
      goalTableSheet({
        sheet: "农田",
        indicators: [
          ...changed({}),
          {
            level1: "效益指标",
            level2: "生态效益指标",
            name: "水土流失治理面积",
            target: "≥100亩",
          },
        ],
      }),
    ]);
    const { findings } = await approvedFindings(selfEvaluation, "--goals", folder);
    expect(findings).toEqual([
      "selfeval/approved-indicator-missing 自评表!D12 批复的绩效目标中的指标“水土流失治理面积”（[农田.xlsx]农田!C15）未列入自评表",
      CHANGED_IN_SHEET("[农田.xlsx]农田!D10"),
    ]);
  });

  it("says so when the goals hold no goal table, and still checks", async () => {
    const alone = scratch.fresh();
    writeWorkbook(alone, [selfEvaluationSheet()]);
    const { findings, stderr } = await approvedFindings(selfEvaluation, "--goals", alone);
    expect(findings).toEqual([]);
    expect(stderr).toContain("--goals 给出的工作簿中没有绩效目标表");
  });

  it("names a goals workbook that cannot be read, checks the rest, and exits 2", async () => {
    const broken = scratch.fresh();
    writeFileSync(broken, "not a workbook");
    const { code, findings, stderr } = await approvedFindings(
      selfEvaluation,
      "--goals",
      broken,
      "--goals",
      goals
    );
    expect(findings).toEqual([CHANGED_IN_SHEET(`[${basename(goals)}]目标表!D10`)]);
    expect(stderr.split("\n")[0]).toMatch(new RegExp(`^perfgoal: .*file-\\d+\\.xlsx: `));
    expect(code).toBe(2);
  });

  it("is an option of check only", async () => {
    const { code, stderr } = await runCli("inspect", selfEvaluation, "--goals", goals);
    expect(code).toBe(2);
    expect(stderr).toContain("--goals");
  });
});
