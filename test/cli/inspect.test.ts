/** `perfgoal inspect`: how each table was read, in text and in JSON of the check command's shape. */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { buildCorpusWorkbook, corpusWorkbookPath } from "../support/corpus";
import { fixturePath } from "../support/fixtures";

// Each run checks its files in child processes that load the TypeScript sources.
jest.setTimeout(60_000);

const KIND_COLUMN = corpusWorkbookPath("selfeval-yunnan-2022-yongde-yingyang");
const NO_LEVELS = corpusWorkbookPath("chongqing2-2023-tongnan-wugui");

describe("perfgoal inspect, text", () => {
  it("names the form, the profile, the header fields with their cells and every column's role", async () => {
    const { code, stdout } = await runCli("inspect", KIND_COLUMN);
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

describe("perfgoal inspect on a self-evaluation", () => {
  const EZHOU = corpusWorkbookPath("selfeval-hubei-2019-ezhou-czj");

  it("lists the funds lines, the goal pair and the total row, each cell with its address", async () => {
    const { code, stdout } = await runCli("inspect", EZHOU);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "资金 B6 “年度资金总额”：年初预算数 C6 “287” · 全年预算数 D6 “287” · 全年执行数 E6 “171” · 分值 F6 “10” · 执行率 G6 “60%” · 得分 H6 “6”"
    );
    expect(stdout).toContain("总体目标 预期目标 B11 “287” · 实际完成情况 F11 “171”");
    expect(stdout).toContain("总分 A19 “总分”：分值 G19 “100” · 得分 H19 “90”");
  });

  it("gives the same parts in JSON, and none on a goal table", async () => {
    const { stdout } = await runCli("inspect", EZHOU, NO_LEVELS, "--format", "json");
    const [ezhou, goal] = JSON.parse(stdout).files;
    const parts = ezhou.tables[0].selfEvaluation;
    expect(parts.funds[0]).toMatchObject({
      kind: "total",
      label: { address: "B6" },
      cells: expect.arrayContaining([{ column: "rate", cell: { address: "G6", text: "60%" } }]),
    });
    expect(parts.total).toEqual({
      label: { address: "A19", text: "总分" },
      points: { address: "G19", text: "100" },
      score: { address: "H19", text: "90" },
    });
    expect(goal.tables[0].selfEvaluation).toBeUndefined();
  });
});

describe("perfgoal inspect, JSON", () => {
  it("has the check command's shape: files → tables, with form, header fields and column roles", async () => {
    const { code, stdout } = await runCli(
      "inspect",
      NO_LEVELS,
      fixturePath("hebei-2020-seed.xlsx"),
      "--format",
      "json"
    );
    const report = JSON.parse(stdout);
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

  it("says nothing of unreadable headers where every table was read", async () => {
    const { stdout: text } = await runCli("inspect", fixturePath("hebei-2020-seed.xlsx"));
    expect(text).not.toContain("找到了指标表头");
  });
});

describe("a sheet with an indicator header but no target column", () => {
  const file = join(mkdtempSync(join(tmpdir(), "perfgoal-inspect-")), "unreadable.xlsx");
  writeFileSync(
    file,
    buildCorpusWorkbook({
      id: "unreadable",
      source: "",
      region: "",
      place: "",
      level: "",
      year: 2024,
      forms: ["project"],
      sheets: [
        {
          name: "表",
          rows: [
            ["项目名称", "农村公路养护"],
            ["一级指标", "二级指标", "三级指标", "考核部门"],
            ["产出指标", "数量指标", "养护里程", "县交通局"],
          ],
        },
      ],
    })
  );

  it("check and inspect say why instead of “no table found”", async () => {
    const check = await runCli("check", file);
    expect(check.stdout).toContain("找到了指标表头（第 2 行），但无法确定指标值所在的列");
    expect(check.stdout).not.toContain("未找到绩效目标表");
    const json = JSON.parse((await runCli("check", file, "--format", "json")).stdout);
    expect(json.files[0].findings[0]).toMatchObject({
      ruleId: "recognize/unreadable-header",
      severity: "info",
      sheet: "表",
      address: "A2",
    });
    const inspect = JSON.parse((await runCli("inspect", file, "--format", "json")).stdout);
    expect(inspect.files[0].unreadable).toEqual([{ sheet: "表", row: 2, reason: "noValueColumn" }]);
  });
});

describe("text from a workbook reaches the terminal shown, not obeyed", () => {
  const dir = mkdtempSync(join(tmpdir(), "perfgoal-escape-"));
  const file = join(dir, "hostile.xlsx");
  // C0 and C1 controls (U+009B is CSI on some terminals) and a right-to-left override.
  const hostileName = "项目\n✔ 共 1 个文件、8 张表：0 个错误\u001b[2J\u009b31m\u202e反";
  writeFileSync(
    file,
    buildCorpusWorkbook({
      id: "hostile",
      source: "",
      region: "",
      place: "",
      level: "",
      year: 2024,
      forms: ["project"],
      sheets: [
        {
          name: "表\u001b(31m",
          rows: [
            ["项目名称", hostileName, null, null],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "养护里程\r\n", "≥12个\u0007"],
          ],
        },
      ],
    })
  );

  it.each(["check", "inspect"])(
    "perfgoal %s prints no control character and no forged line",
    async (command) => {
      const { stdout } = await runCli(command, file);
      expect(stdout.replace(/\n/g, "")).not.toMatch(OBEYED);
      expect(stdout).not.toMatch(/^✔ 共 1 个文件、8 张表：0 个错误/m);
      expect(stdout).toContain("项目\\n✔ 共 1 个文件");
      expect(stdout).toContain("␛[2J");
    }
  );

  /** What a terminal may obey: C0 and C1 controls, DEL, bidirectional overrides and isolates. */
  // eslint-disable-next-line no-control-regex
  const OBEYED = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it.each([
    ["check", "json"],
    ["inspect", "json"],
  ])(
    "perfgoal %s --format %s escapes them all, and reads back as the workbook's text",
    async (command, format) => {
      const { stdout } = await runCli(command, file, "--format", format);
      expect(stdout.replace(/\n/g, "")).not.toMatch(OBEYED);
      expect(stdout).toContain("\\u009b31m\\u202e反");
      expect(JSON.stringify(JSON.parse(stdout))).toContain(
        JSON.stringify(hostileName).slice(1, -1)
      );
    }
  );

  it("perfgoal check --format csv prints none of them but the line breaks that end its lines", async () => {
    const { stdout } = await runCli("check", file, "--format", "csv");
    expect(stdout.replace(/\r\n/g, "")).not.toMatch(OBEYED);
    expect(stdout).toContain(",表␛(31m,");
  });

  it("perfgoal template --from lists the workbook's project names shown, not obeyed", async () => {
    const out = join(dir, "自评.xlsx");
    const args = ["template", "--form", "self-evaluation", "--from", file, "--name", "别的项目"];
    const { code, stderr } = await runCli(...args, "--out", out);
    expect(code).toBe(2);
    // eslint-disable-next-line no-control-regex
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(stderr).toContain("项目\\n✔ 共 1 个文件");
  });
});
