/**
 * Fill only what is finished: bases on rows with a name and a target, a 情况说明 only for
 * tables without errors (unless asked anyway), and prose that never quotes a defective
 * value, names a row by number, carries a cell reference or doubles 项目.
 */
import { checkWorkbook } from "../../src/domain/check";
import {
  DEFAULT_PHRASES,
  EXPLANATION_SHEET,
  EXPLANATION_WIDTH,
  explanationLines,
  planBoilerplate,
} from "../../src/domain/boilerplate";
import { rowSizedPieces, wrappedRowHeight } from "../../src/domain/edits";
import { recognize } from "../../src/domain/recognize";
import { emptySnapshot, parseA1 } from "../../src/domain/snapshot";
import { completeFunds, planTemplate, templateTitle } from "../../src/domain/template";
import { findSecondLevel, PROFILE_IDS, PROFILES } from "../../src/domain/vocabulary";
import { buildTable } from "../support/layouts";
import { DEPARTMENT_TABLE } from "../support/forms";
import { loadFixture } from "../support/fixtures";
import { applyToSnapshot } from "../support/plans";
import { cleanWith } from "../support/ruleTester";

const library = DEFAULT_PHRASES;

/** What generated prose must never contain. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ["a row named by its number", /第\s*\d+\s*行/],
  ["a cell reference", /![A-Z]{1,3}\d+|[A-Z]{1,3}\d+:[A-Z]{1,3}\d+/],
  ["项目 doubled", /项目项目|项目绩效目标表项目/],
  ["a placeholder for a blank field", /尚未填写|未填写/],
];

function expectCleanProse(texts: string[]): void {
  for (const text of texts)
    for (const [what, pattern] of FORBIDDEN)
      expect({ text, what, found: pattern.test(text) }).toEqual({ text, what, found: false });
}

describe.each(PROFILE_IDS)("fill on a blank %s template", (profile) => {
  const plan = planTemplate(profile, { sheet: "新表" });
  const blank = applyToSnapshot(emptySnapshot("新表"), plan.edits, plan);

  it("plans nothing, and says why the table gets no 情况说明", () => {
    const fill = planBoilerplate([blank], { library });
    expect(fill.edits).toEqual([]);
    expect(fill.newSheets).toEqual([]);
    expect(fill.notes).toHaveLength(1);
    expect(fill.notes[0]).toMatchObject({ reason: "errors", written: false });
    expect(fill.notes[0].message).toMatch(/^新表 表 1（（未填项目名称））有 \d+ 个错误，请先改正/);
    expect(fill.notes[0].messageEn).toMatch(/^新表 table 1 .* errors: correct them first/);
  });

  it("leaves the basis/missing findings of placeholder rows in place", () => {
    const fill = planBoilerplate([blank], { library, explanationAnyway: true });
    expect(fill.edits.some((e) => e.sheet !== EXPLANATION_SHEET)).toBe(false);
  });

  it("when asked anyway, writes only what the table holds: no placeholders, no row numbers", () => {
    const named = applyToSnapshot(
      emptySnapshot("新表"),
      planTemplate(profile, { sheet: "新表", projectName: "耕地保护项目", fundsTotal: 30 }).edits
    );
    for (const snapshot of [blank, named]) {
      const fill = planBoilerplate([snapshot], { library, explanationAnyway: true });
      expect(fill.notes[0].written).toBe(true);
      const texts = fill.edits.map((e) => String(e.value));
      expectCleanProse(texts);
      expect(texts).not.toContain("（三）绩效指标及评价标准");
      expect(texts.some((text) => /共设置/.test(text))).toBe(false);
    }
  });
});

describe("rows that are not finished", () => {
  const { snapshot } = buildTable({
    indicators: cleanWith({
      0: { basis: "" },
      1: { basis: "", level3: "" }, // a target without a name
      2: { basis: "", value: "", symbol: "", unit: "" }, // a name without a target
    }),
  });
  const plan = planBoilerplate([snapshot], { library, explanationAnyway: true });

  it("get no basis: only the row with a name and a target does", () => {
    expect(plan.edits.filter((e) => e.sheet === "Sheet1").map((e) => e.address)).toEqual(["H10"]);
  });

  it("are not named by row number in the prose; a row without a target is named without one", () => {
    const texts = plan.edits
      .filter((e) => e.sheet === EXPLANATION_SHEET)
      .map((e) => String(e.value));
    expectCleanProse(texts);
    const timely = texts.find((text) => text.includes("按期完成率（时效指标）"));
    expect(timely).toBeDefined();
    expect(timely).not.toContain("目标值");
  });
});

describe("a table with a defective target", () => {
  const { snapshot } = buildTable({
    indicators: cleanWith({ 6: { symbol: "文字描述", value: 100, unit: "完成数据库" } }),
  });

  it("gets no 情况说明 and is told why", () => {
    const plan = planBoilerplate([snapshot], { library });
    expect(plan.edits.some((e) => e.sheet === EXPLANATION_SHEET)).toBe(false);
    expect(plan.notes.map((n) => n.message)).toEqual([
      "Sheet1 表 1（土地征收组卷报批项目）有 1 个错误，请先改正；未生成情况说明",
    ]);
  });

  it("asked anyway, names the indicator but does not quote its defective value", () => {
    const plan = planBoilerplate([snapshot], { library, explanationAnyway: true });
    const texts = plan.edits.map((e) => String(e.value));
    const line = texts.find((text) => text.startsWith("7. 用地单位满意度"));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/文字描述|完成数据库|目标值/);
    expect(plan.notes[0].message).toContain("有错误的指标值未引用");
    expectCleanProse(texts);
  });
});

describe.each(["hebei-2020-seed.xlsx", "hebei-2020-stacked.xlsx"])("filling %s", (name) => {
  const snapshots = loadFixture(name);

  it.each([false, true])("never quotes the defective row (anyway: %s)", (anyway) => {
    const plan = planBoilerplate(snapshots, { library, explanationAnyway: anyway });
    const prose = plan.edits
      .filter((e) => e.sheet === EXPLANATION_SHEET)
      .map((e) => String(e.value));
    expect(prose.length).toBeGreaterThan(50);
    expect(prose.some((text) => /文字描述|\b100\s*完成数据库/.test(text))).toBe(false);
    expectCleanProse(prose);
    // 第三次全国国土调查 writes 文字描述 · 100 · 完成数据库: its section waits, or leaves the target out.
    const start = prose.indexOf("第三次全国国土调查项目绩效目标指标情况说明");
    if (!anyway) {
      expect(start).toBe(-1);
      return;
    }
    const end = prose.findIndex((text, i) => i > start && text.endsWith("绩效目标指标情况说明"));
    const line = prose.slice(start, end).find((text) => /^\d+\. 形成数据库/.test(text));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/目标值|100/);
  });

  it("writes bases only on finished rows of every table", () => {
    const plan = planBoilerplate(snapshots, { library, replaceRepeats: true });
    const tables = checkWorkbook(snapshots).sheets.flatMap((s) => s.tables.map((t) => t.table));
    const finished = new Set(
      tables.flatMap((table) =>
        table.indicators
          .filter((row) => row.filled && row.level3.text !== "" && row.basis)
          .map((row) => `${table.sheet}!${row.basis?.address}`)
      )
    );
    const bases = plan.edits.filter((e) => e.sheet !== EXPLANATION_SHEET);
    expect(bases.length).toBeGreaterThan(0);
    for (const edit of bases) expect(finished.has(`${edit.sheet}!${edit.address}`)).toBe(true);
  });
});

describe("the phrase set", () => {
  it("has a wording for every second level of every profile, the categories told apart", () => {
    const categories = PROFILE_IDS.flatMap((profile) =>
      PROFILES[profile].first.flatMap((first) => first.second.map((second) => second.category))
    );
    const kinds = new Set(categories.filter((c) => c !== "economic-cost" && c !== "cost"));
    const wordings = new Set([...kinds].map((category) => DEFAULT_PHRASES[category]));
    expect(wordings.size).toBe(kinds.size);
    for (const profile of PROFILE_IDS)
      for (const first of PROFILES[profile].first)
        for (const second of first.second)
          for (const name of second.names) {
            const category = findSecondLevel(profile, name)?.entry.category;
            expect(category).toBeDefined();
            expect(DEFAULT_PHRASES[category as keyof typeof DEFAULT_PHRASES]).toMatch(/\S{6,}/);
          }
  });
});

describe("the form kinds the engine reads", () => {
  it("a department-wide table: the department's whole spending, 该部门", () => {
    const [table] = recognize(DEPARTMENT_TABLE);
    expect(table.form).toBe("department");
    const lines = explanationLines(table, library);
    expect(lines[2]).toMatch(/^县农业农村局部门整体支出。/);
    expect(lines[2]).toContain("年度主要任务：推进高标准农田建设");
    expect(lines[2]).toContain("基本支出800万元");
    expect(lines.some((line) => line.startsWith("该部门共设置"))).toBe(true);
    expectCleanProse(lines);
  });

  it("a special fund: named as written, 该专项", () => {
    const { snapshot } = buildTable({
      labels: { projectName: "专项名称" },
      header: { projectName: "农田水利建设专项资金" },
    });
    const [table] = recognize(snapshot);
    expect(table.form).toBe("specialFund");
    const lines = explanationLines(table, library);
    expect(lines[2]).toMatch(/^农田水利建设专项资金由/);
    expect(lines.some((line) => line.startsWith("该专项共设置"))).toBe(true);
    expectCleanProse(lines);
  });

  it("a project named …项目 is not called …项目项目", () => {
    const [table] = recognize(buildTable({ header: { projectName: "耕地保护项目" } }).snapshot);
    expect(explanationLines(table, library)[2]).toMatch(/^耕地保护项目由/);
  });
});

describe("template prefill", () => {
  it("never doubles 项目 in the title", () => {
    expect(templateTitle("耕地保护项目")).toBe("耕地保护项目绩效目标表");
    expect(templateTitle("耕地保护")).toBe("耕地保护项目绩效目标表");
    expect(templateTitle(undefined)).toBe("项目绩效目标表");
  });

  it("completes the funds so they add up, and says when the total was taken as fiscal", () => {
    expect(completeFunds(120, 100, undefined)).toMatchObject({ fundsOther: 20, notices: [] });
    expect(completeFunds(120, undefined, 20)).toMatchObject({ fundsFiscal: 100 });
    expect(completeFunds(undefined, 100, 20)).toMatchObject({ fundsTotal: 120 });
    expect(completeFunds(0.3, 0.1, undefined).fundsOther).toBe(0.2);
    expect(completeFunds(30, undefined, undefined)).toEqual({
      fundsTotal: 30,
      fundsFiscal: 30,
      fundsOther: undefined,
      notices: [{ key: "template.fiscalFromTotal", data: { total: 30 } }],
    });
    // Amounts that cannot add up are kept as given, for the rule to flag.
    expect(completeFunds(100, 120, undefined)).toMatchObject({ fundsOther: undefined });
  });

  it.each([
    [{ fundsTotal: 30 }, [30, 30, ""]],
    [{ fundsTotal: 120, fundsFiscal: 100 }, [120, 100, 20]],
    [{ fundsFiscal: 100, fundsOther: 20 }, [120, 100, 20]],
  ])("a new table with %j starts without a funds finding", (funds, [total, fiscal, other]) => {
    const plan = planTemplate("mof-2015", { sheet: "新表", projectName: "耕地保护项目", ...funds });
    const snapshot = applyToSnapshot(emptySnapshot("新表"), plan.edits, plan);
    const [result] = checkWorkbook([snapshot]).sheets[0].tables;
    const { header } = result.table;
    expect([
      header.fundsTotal?.value.value,
      header.fundsFiscal?.value.value,
      header.fundsOther?.value.value ?? "",
    ]).toEqual([total, fiscal, other]);
    expect(result.findings.filter((f) => f.ruleId.startsWith("funds/"))).toEqual([]);
    expect(header.projectName?.value.text).toBe("耕地保护项目");
    expect(snapshot.values[0][0]).toBe("耕地保护项目绩效目标表");
  });
});

describe("a paragraph longer than a row can hold", () => {
  const goal = "全面完成年度土地变更调查任务，保持数据现势性。".repeat(120);
  const { snapshot } = buildTable({ header: { goal } });

  it("goes on over several rows, each within Excel's 409 pt, the text whole", () => {
    const [layout] = planBoilerplate([snapshot], { library }).layouts;
    const pieces = layout.edits.filter((e) => goal.includes(String(e.value)));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((e) => e.value).join("")).toBe(goal);
    for (const edit of pieces) {
      const row = parseA1(edit.address)?.row ?? -1;
      const needed = Math.ceil(wrappedRowHeight(String(edit.value), EXPLANATION_WIDTH, 12));
      expect(layout.rowHeights?.[row]).toBe(needed);
      expect(needed).toBeLessThan(409);
      expect(String(edit.value).endsWith("。")).toBe(true);
    }
  });

  it("is cut anywhere when one sentence is too long", () => {
    const sentence = "测".repeat(5000);
    const pieces = rowSizedPieces(sentence, EXPLANATION_WIDTH, 12);
    expect(pieces.join("")).toBe(sentence);
    for (const piece of pieces)
      expect(wrappedRowHeight(piece, EXPLANATION_WIDTH, 12)).toBeLessThan(409);
  });
});
