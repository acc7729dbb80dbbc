/** `perfgoal template --form self-evaluation` and `perfgoal fill` on self-evaluations. */
import { readFileSync, writeFileSync } from "fs";
import { checkWorkbook } from "../../src/domain/check";
import { filledIndicators, GoalTable } from "../../src/domain/model";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { runCli } from "../support/cli";
import { scratchFolder } from "../support/scratch";
import {
  changed,
  FARMLAND,
  FARMLAND_NAME,
  goalTableSheet,
  selfEvaluationSheet,
  writeWorkbook,
} from "../support/approved-goals";

jest.setTimeout(60_000);

const scratch = scratchFolder("perfgoal-selfeval-");

function read(path: string): SheetSnapshot[] {
  return readWorkbookSnapshots(new Uint8Array(readFileSync(path)));
}

function tablesOf(path: string): GoalTable[] {
  return checkWorkbook(read(path)).sheets.flatMap((s) => s.tables.map((t) => t.table));
}

describe("perfgoal template --form self-evaluation", () => {
  it.each(["mof-2015", "mof-2021"])(
    "writes a %s self-evaluation the engine reads",
    async (profile) => {
      const out = scratch.fresh();
      const { code, stdout } = await runCli(
        "template",
        "--form",
        "self-evaluation",
        "--profile",
        profile,
        "--out",
        out
      );
      expect(code).toBe(0);
      expect(stdout).toContain(`已写出 ${profile} 绩效自评表`);
      const [table, ...others] = tablesOf(out);
      expect(others).toEqual([]);
      expect(table.sheet).toBe("绩效自评表");
      expect(table.form).toBe("selfEvaluation");
      expect(table.profile).toBe(profile);
      expect(table.columns).toMatchObject({ actual: 5, weight: 6, score: 7, reason: 8 });
    }
  );

  it("prefills the indicators and targets from the approved goal table", async () => {
    const goals = scratch.fresh();
    writeWorkbook(goals, [
      goalTableSheet({ sheet: "公路", projectName: "农村公路养护项目" }),
      goalTableSheet(),
    ]);
    const out = scratch.fresh();
    const args = ["template", "--form", "self-evaluation", "--out", out, "--from", goals];
    const { code, stdout } = await runCli(...args, "--name", `${FARMLAND_NAME} `);
    expect(code).toBe(0);
    expect(stdout).toContain("已写出 mof-2015 绩效自评表");
    const [table] = tablesOf(out);
    const rows = filledIndicators(table);
    expect(rows.map((row) => [row.level3.text, row.value.text, row.actual?.text])).toEqual(
      FARMLAND.map((indicator) => [indicator.name, indicator.target, ""])
    );
    // Held against the goals it came from, nothing was changed or left out.
    const check = await runCli("check", out, "--goals", goals, "--format", "json");
    expect(check.stdout).not.toContain("selfeval/target-changed");
    expect(check.stdout).not.toContain("selfeval/approved-indicator-missing");
  });

  it("says which goal table it took when there are several, and refuses a project not there", async () => {
    const goals = scratch.fresh();
    writeWorkbook(goals, [
      goalTableSheet(),
      goalTableSheet({ sheet: "公路", projectName: "公路养护" }),
    ]);
    const args = ["template", "--form", "self-evaluation", "--from", goals];
    const first = await runCli(...args, "--out", scratch.fresh());
    expect(first.stdout).toContain(`有 2 张绩效目标表，按 目标表!A2:E14（${FARMLAND_NAME}）预填`);
    const missing = await runCli(...args, "--out", scratch.fresh(), "--name", "河道治理");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("没有项目“河道治理”的绩效目标表；其中的项目：");
  });

  it("takes --from only for a self-evaluation, and an unknown form not at all", async () => {
    const project = await runCli(
      "template",
      "--profile",
      "mof-2015",
      "--from",
      "x.xlsx",
      "--out",
      scratch.fresh()
    );
    expect(project.code).toBe(2);
    expect(project.stderr).toContain("--from 只用于 --form self-evaluation");
    const unknown = await runCli(
      "template",
      "--form",
      "自评",
      "--profile",
      "mof-2015",
      "--out",
      scratch.fresh()
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("未知的表格类型 “自评”");
  });
});

describe("perfgoal fill on a self-evaluation", () => {
  const blank = FARMLAND.map((indicator, i) => ({ ...indicator, score: i === 2 ? 10 : null }));
  const input = scratch.fresh();
  beforeAll(() => writeWorkbook(input, [selfEvaluationSheet({ indicators: blank })]));

  it("computes every quantitative score and lists the cells it writes", async () => {
    const out = scratch.fresh();
    const { code, stdout } = await runCli("fill", input, "--out", out);
    expect(code).toBe(0);
    expect(stdout).toContain("自评表!H14  14.21");
    const [table] = tablesOf(out);
    expect(filledIndicators(table).map((row) => row.score?.value)).toEqual([
      15, 14.21, 10, 9.38, 30, 10,
    ]);
  });

  it("fills the rate, the budget score, every score and the total so that no score rule objects", async () => {
    const generated = scratch.fresh();
    writeWorkbook(generated, [
      selfEvaluationSheet({
        indicators: blank,
        funds: { executed: 92.5, rate: null, score: null },
        total: { score: null },
      }),
    ]);
    const out = scratch.fresh();
    expect((await runCli("fill", generated, "--out", out)).code).toBe(0);
    const result = checkWorkbook(read(out)).sheets[0].tables[0];
    const line = result.table.selfEvaluation?.funds?.lines[0];
    expect([line?.rate?.text, line?.score?.value]).toEqual(["92.5%", 9.25]);
    expect(result.table.selfEvaluation?.total?.score?.value).toBe(97.84);
    const scoreFindings = result.findings.filter((f) =>
      /^selfeval\/.*(rate|score|total|points)/.test(f.ruleId)
    );
    expect(scoreFindings.map((f) => `${f.address} ${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it("lists a score that differs, and replaces it only with --replace-scores", async () => {
    const differing = scratch.fresh();
    writeWorkbook(differing, [selfEvaluationSheet({ indicators: changed({ 1: { score: 15 } }) })]);
    const listed = await runCli("fill", differing, "--dry-run", "--format", "json");
    const plan = JSON.parse(listed.stdout);
    expect(plan.edits.filter((e: { address: string }) => e.address === "H14")).toEqual([]);
    expect(plan.scores).toContainEqual({
      sheet: "自评表",
      address: "H14",
      kind: "score",
      written: "15",
      computed: 14.21,
      replaced: false,
    });
    const out = scratch.fresh();
    const replaced = await runCli("fill", differing, "--out", out, "--replace-scores");
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain("自评表!H14 的得分“15”与计算值 14.21 不一致，替换为计算值");
    expect(filledIndicators(tablesOf(out)[0])[1].score?.value).toBe(14.21);
  });

  it("scores by the config's scoring settings, and refuses a bad one", async () => {
    const differing = scratch.fresh();
    writeWorkbook(differing, [
      selfEvaluationSheet({ indicators: changed({ 1: { score: 14.5 } }) }),
    ]);
    const config = scratch.fresh(".json");
    writeFileSync(config, JSON.stringify({ scoring: { scoreTolerance: 0.5 } }));
    const args = ["fill", differing, "--dry-run", "--format", "json"];
    const strict = JSON.parse((await runCli(...args)).stdout);
    expect(strict.scores.map((d: { address: string }) => d.address)).toEqual(["H14"]);
    const lenient = JSON.parse((await runCli(...args, "--config", config)).stdout);
    expect(lenient.scores).toEqual([]);
    writeFileSync(config, JSON.stringify({ scoring: { scoreTolerance: -1 } }));
    const refused = await runCli(...args, "--config", config);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("scoring.scoreTolerance");
  });
});
