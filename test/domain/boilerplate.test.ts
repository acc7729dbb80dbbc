/** Fill boilerplate: the basis by category, and a prose section built only from the table. */
import { checkWorkbook } from "../../src/domain/check";
import {
  DEFAULT_PHRASES,
  EXPLANATION_SHEET,
  explanationLines,
  phraseLibrary,
  planBoilerplate,
} from "../../src/domain/boilerplate";
import { recognize } from "../../src/domain/recognize";
import { emptySnapshot } from "../../src/domain/snapshot";
import { buildSheet, buildTable, CLEAN_HEBEI } from "../support/layouts";
import { cleanWith } from "../support/ruleTester";
import { loadFixture } from "../support/fixtures";
import { applyToSnapshot } from "../support/plans";

const library = DEFAULT_PHRASES;

describe("指标值确定依据", () => {
  it("fills empty bases with the phrase of each second level, and nothing else", () => {
    const { snapshot } = buildTable({
      indicators: cleanWith({ 0: { basis: "" }, 2: { basis: "" }, 6: { basis: "" } }),
    });
    const plan = planBoilerplate([snapshot], { library, explanation: false });
    expect(plan.edits.map((e) => [e.address, e.value])).toEqual([
      ["H10", DEFAULT_PHRASES.quantity],
      ["H12", DEFAULT_PHRASES.timeliness],
      ["H16", DEFAULT_PHRASES.satisfaction],
    ]);
    expect(plan.edits.every((e) => e.previous === null && !e.overwrite && e.asText)).toBe(true);
  });

  it("replaces a basis that repeats the indicator only on request, with consent recorded", () => {
    const { snapshot } = buildTable({ indicators: cleanWith({ 1: { basis: "组卷材料合格率" } }) });
    expect(planBoilerplate([snapshot], { library, explanation: false }).edits).toEqual([]);
    const edits = planBoilerplate([snapshot], {
      library,
      explanation: false,
      replaceRepeats: true,
    }).edits;
    expect(edits).toEqual([
      {
        sheet: "Sheet1",
        address: "H11",
        value: DEFAULT_PHRASES.quality,
        asText: true,
        wrap: true,
        previous: "组卷材料合格率",
        overwrite: true,
      },
    ]);
  });

  it("uses an office's own wording over the defaults", () => {
    const own = phraseLibrary({ quantity: "依据本局年度任务清单", unknown: "x", quality: 5 });
    expect(own.quantity).toBe("依据本局年度任务清单");
    expect(own.quality).toBe(DEFAULT_PHRASES.quality);
    const { snapshot } = buildTable({ indicators: cleanWith({ 0: { basis: "" } }) });
    expect(planBoilerplate([snapshot], { library: own, explanation: false }).edits[0].value).toBe(
      "依据本局年度任务清单"
    );
  });
});

describe("绩效目标指标情况说明", () => {
  it("names every indicator of the table and no other, with counts by category", () => {
    const [table] = recognize(buildTable().snapshot);
    const lines = explanationLines(table, library);
    expect(lines.slice(0, 2)).toEqual(["绩效目标指标情况说明", "（一）基本情况"]);
    expect(lines[2]).toBe(
      "土地征收组卷报批项目由承德高新区国土资源分局主管，河北省欣航测绘院实施。年度资金总额48万元，其中财政拨款48万元。项目负责人：张明 0314-2379895。"
    );
    expect(lines[6]).toBe(
      "该项目共设置 7 项绩效指标，其中产出指标 4 项（完成组卷个数、组卷材料合格率、按期完成率、单宗组卷测绘费用）、效益指标 2 项（重点项目用地保障率、耕地保护成效）、满意度指标 1 项（用地单位满意度）。"
    );
    expect(lines[7]).toBe(
      "1. 完成组卷个数（数量指标）：年度完成土地征收组卷的个数；目标值≥12个；确定依据：根据年度工作计划。"
    );
    expect(lines.filter((line) => /^\d+\. /.test(line))).toHaveLength(CLEAN_HEBEI.length);
  });

  it("quotes a range target with both its bounds", () => {
    const indicators = cleanWith({ 0: { symbol: "", value: "10-15" } });
    const [table] = recognize(buildTable({ indicators }).snapshot);
    expect(explanationLines(table, library)[7]).toContain("目标值10-15个；");
  });

  it("goes on the 情况说明 sheet, laid out to print on A4 portrait, each section titled", () => {
    const { snapshot } = buildSheet({
      tables: [{}, { header: { projectName: "第二个项目" } }],
      gap: 2,
    });
    const plan = planBoilerplate([snapshot], { library });
    expect(plan.newSheets).toEqual([EXPLANATION_SHEET]);
    const titles = plan.edits.filter((e) => String(e.value).endsWith("绩效目标指标情况说明"));
    expect(titles.map((e) => [e.sheet, e.address, e.value])).toEqual([
      [EXPLANATION_SHEET, "A1", "土地征收组卷报批项目绩效目标指标情况说明"],
      [EXPLANATION_SHEET, "A17", "第二个项目绩效目标指标情况说明"],
    ]);
    const [layout] = plan.layouts;
    expect(layout.edits).toEqual(plan.edits.filter((e) => e.sheet === EXPLANATION_SHEET));
    expect(layout.page).toMatchObject({ orientation: "portrait", fitToWidth: 1, fitToHeight: 0 });
    expect(layout.styles.find((s) => s.range.top === 0)?.style).toBe("title");
    expect(layout.styles.find((s) => s.range.top === 1)?.style).toBe("heading");
    expect(layout.styles.find((s) => s.range.top === 2)?.style).toBe("paragraph");
    // A long paragraph gets a row several lines high; a heading one line.
    const heights = layout.rowHeights ?? {};
    expect(heights[6]).toBeGreaterThan(3 * 12);
    expect(heights[1]).toBeLessThan(2 * 12 * 1.45);
  });

  it("appends to an existing 情况说明 sheet after what it holds", () => {
    const { snapshot } = buildTable();
    const existing = { ...emptySnapshot(EXPLANATION_SHEET), values: [["已有说明"]] };
    const plan = planBoilerplate([snapshot, existing], { library });
    expect(plan.newSheets).toEqual([]);
    expect(plan.layouts).toEqual([]);
    expect(plan.edits.find((e) => e.sheet === EXPLANATION_SHEET)?.address).toBe("A3");
  });

  it("never writes over a non-empty cell", () => {
    const { snapshot } = buildTable({ footer: ["", "", "说明：本表另附情况说明"] });
    const plan = planBoilerplate([snapshot], { library });
    expect(plan.edits.every((e) => e.previous === null)).toBe(true);
  });
});

describe.each(["hebei-2020-stacked.xlsx", "hebei-2020-seed.xlsx"])("filling %s", (name) => {
  const snapshots = loadFixture(name);
  const plan = planBoilerplate(snapshots, { library, replaceRepeats: true });

  it("leaves no basis finding afterwards", () => {
    const filled = snapshots.map((snapshot) => applyToSnapshot(snapshot, plan.edits));
    const findings = checkWorkbook(filled).sheets.flatMap((s) =>
      s.tables.flatMap((t) => t.findings)
    );
    expect(findings.filter((f) => f.ruleId.startsWith("basis/"))).toEqual([]);
  });

  it("writes a section per table that names only indicators present in that table", () => {
    expect(plan.tables).toHaveLength(8);
    const sections = plan.edits.filter((e) => String(e.value).endsWith("绩效目标指标情况说明"));
    // One table has an error (文字描述 with a number): it waits to be corrected.
    expect(sections).toHaveLength(7);
    expect(plan.notes).toHaveLength(1);
    expect(plan.notes[0].message).toMatch(
      /^\S+ 表 \d（第三次全国国土调查）有 1 个错误，请先改正；未生成情况说明$/
    );
    for (const table of plan.tables) {
      const lines = explanationLines(table, library);
      const named = lines
        .filter((line) => /^\d+\. /.test(line))
        .map((line) => line.replace(/^\d+\. /, "").split("（")[0]);
      expect(named).toEqual(table.indicators.map((row) => row.level3.text));
    }
  });
});
