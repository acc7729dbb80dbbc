/** `perfgoal template` prefill and `perfgoal fill` on unfinished tables, end to end. */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkWorkbook } from "../../src/domain/check";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { runCli } from "../support/cli";

const scratch = mkdtempSync(join(tmpdir(), "perfgoal-prefill-"));
const read = (path: string) => readWorkbookSnapshots(new Uint8Array(readFileSync(path)));

describe("perfgoal template prefill", () => {
  it("titles 耕地保护项目 once, takes a lone total as fiscal funds and says so", async () => {
    const out = join(scratch, "total.xlsx");
    const args = ["template", "--profile", "mof-2015", "--out", out];
    const { code, stdout } = await runCli(...args, "--name", "耕地保护项目", "--funds", "30");
    expect(code).toBe(0);
    expect(stdout).toContain("只填了年度资金总额：财政拨款按 30 万元填入");
    const [snapshot] = read(out);
    expect(snapshot.values[0][0]).toBe("耕地保护项目绩效目标表");
    const [result] = checkWorkbook([snapshot]).sheets[0].tables;
    expect(result.table.header.fundsFiscal?.value.value).toBe(30);
    expect(result.findings.filter((f) => f.ruleId.startsWith("funds/"))).toEqual([]);
  });

  it("completes 其他资金 from the total and the fiscal amount", async () => {
    const out = join(scratch, "split.xlsx");
    const args = ["template", "--profile", "mof-2021", "--out", out];
    expect((await runCli(...args, "--funds", "120", "--fiscal", "100")).code).toBe(0);
    const [result] = checkWorkbook(read(out)).sheets[0].tables;
    expect(result.table.header.fundsOther?.value.value).toBe(20);
    expect(result.findings.filter((f) => f.ruleId.startsWith("funds/"))).toEqual([]);
  });
});

describe("perfgoal fill on a blank template", () => {
  const input = join(scratch, "blank.xlsx");
  beforeAll(async () => {
    expect((await runCli("template", "--profile", "mof-2015", "--out", input)).code).toBe(0);
  });

  it("writes nothing and says why the table gets no 情况说明", async () => {
    const { code, stdout } = await runCli("fill", input, "--dry-run");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /绩效目标表 表 1（（未填项目名称））有 \d+ 个错误，请先改正；未生成情况说明/
    );
    expect(stdout).toContain("试运行：将写入 0 个单元格");
  });

  it("with --explain-anyway writes what the table holds, without placeholders or row numbers", async () => {
    const { code, stdout } = await runCli("fill", input, "--dry-run", "--explain-anyway");
    expect(code).toBe(0);
    expect(stdout).toContain("按要求仍生成情况说明");
    expect(stdout).toContain("情况说明!A1  绩效目标指标情况说明（绩效目标表 表 1）");
    expect(stdout).not.toMatch(/第\d+行|尚未填写|项目绩效目标表项目|![A-Z]+\d+:/);
  });
});
