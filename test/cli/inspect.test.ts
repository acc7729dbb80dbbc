/** `perfgoal inspect`: how each table was read, in text and in JSON of the check command's shape. */
import { runCli } from "../support/cli";
import { corpusWorkbookPath } from "../support/corpus";
import { fixturePath } from "../support/fixtures";

const KIND_COLUMN = corpusWorkbookPath("selfeval-yunnan-2022-yongde-yingyang");
const NO_LEVELS = corpusWorkbookPath("chongqing2-2023-tongnan-wugui");

describe("perfgoal inspect, text", () => {
  const { code, stdout } = runCli("inspect", KIND_COLUMN);

  it("names the form, the profile, the header fields with their cells and every column's role", () => {
    expect(code).toBe(0);
    expect(stdout).toContain("表格类型：绩效自评表 · 指标体系：mof-2015（自动识别）");
    expect(stdout).toMatch(/项目名称\s+A3 “项目名称” → B3 “义务教育营养改善计划专项资金”/);
    expect(stdout).toMatch(/资金总额\s+B6 “年度资金总额” → .* = 38\.766462 万元/);
    expect(stdout).toMatch(/^ {6}D {3}符号\s+D13 “指标性质”$/m);
    expect(stdout).toMatch(/^ {6}G {3}实际完成值\s+G12 “实际完成值”$/m);
    expect(stdout).toMatch(/^ {6}J {3}偏差原因\s+J12 “偏差原因分析及改进措施”$/m);
    expect(stdout).toContain("指标行：10 行，其中已填写 9 行");
  });
});

describe("perfgoal inspect, JSON", () => {
  const { code, stdout } = runCli(
    "inspect",
    NO_LEVELS,
    fixturePath("hebei-2020-seed.xlsx"),
    "--format",
    "json"
  );
  const report = JSON.parse(stdout);

  it("has the check command's shape: files → tables, with form, header fields and column roles", () => {
    expect(code).toBe(0);
    expect(report.files).toHaveLength(2);
    const [first, second] = report.files[0].tables;
    expect(first).toMatchObject({
      sheet: "一般性项目绩效目标表",
      form: "project",
      projectName: "潼南区五桂镇汇总项目库",
      indicatorCount: 5,
      filledIndicatorCount: 5,
      layout: "split",
    });
    expect(second.projectName).toBe("在职村村干部补助");
    expect(
      first.columns.map((c: { role: string; column: string }) => `${c.column}:${c.role}`)
    ).toEqual(["A:side", "B:level3", "C:weight", "D:unit", "E:symbol", "F:value"]);
    expect(first.header).toContainEqual({
      field: "projectName",
      label: { address: "A4", text: "专项资金名称" },
      value: { address: "B4", text: "潼南区五桂镇汇总项目库" },
    });
    expect(report.files[1].tables).toHaveLength(8);
    expect(report.files[1].unreadable).toEqual([]);
  });

  it("says why a header that was found could not be read", () => {
    const { stdout: text } = runCli("inspect", fixturePath("hebei-2020-seed.xlsx"));
    expect(text).not.toContain("找到了指标表头");
  });
});
