/**
 * What `fill` and `template` refuse before writing, and what they report: protected and hidden
 * sheets, extensions that do not match the workbook, inputs that cannot be written, paths
 * that cannot be, usage, exit codes and the JSON plan.
 */
import * as fs from "fs";
import { join } from "path";
import * as XLSX from "@e965/xlsx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/fixtures";
import { encryptedWorkbook } from "../support/hostile";
import { scratchFolder } from "../support/scratch";

const SEED = fixturePath("hebei-2020-seed.xlsx");
const { dir: scratch, fresh } = scratchFolder("perfgoal-refusals-");

interface PlannedEdit {
  sheet: string;
  address: string;
  previous: unknown;
  value: unknown;
}

interface FillJson {
  input: string;
  out: string | null;
  dryRun: boolean;
  written: boolean;
  edits: PlannedEdit[];
  newSheets: string[];
  hiddenSheets: { sheet: string; state: string; cells: number }[];
}

async function dryRunJson(input: string): Promise<FillJson> {
  const { code, stdout } = await runCli("fill", input, "--dry-run", "--format", "json");
  expect(code).toBe(0);
  return JSON.parse(stdout) as FillJson;
}

/**
 * The seed with one basis blanked (项目1!H11, so that fill writes into an existing sheet)
 * and some parts changed; written to a new file.
 */
function seedWith(change: (parts: Record<string, string>) => void, extension = ".xlsx"): string {
  const entries = unzipSync(fs.readFileSync(SEED));
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(entries))
    if (/\.(xml|rels)$/.test(name)) parts[name] = strFromU8(data);
  const first = "xl/worksheets/sheet1.xml";
  parts[first] = parts[first].replace(
    /<c r="H11" s="(\d+)" t="s"><v>\d+<\/v><\/c>/,
    '<c r="H11" s="$1"/>'
  );
  change(parts);
  for (const [name, xml] of Object.entries(parts)) entries[name] = strToU8(xml);
  const path = fresh(extension);
  fs.writeFileSync(path, zipSync(entries));
  return path;
}

/** The part of the sheet named `sheet` (the seed's sheets are in order: sheet1.xml for 项目1, …). */
function sheetPartOf(parts: Record<string, string>, sheet: string): string {
  const names = [...parts["xl/workbook.xml"].matchAll(/<sheet [^>]*name="([^"]+)"/g)].map(
    (m) => m[1]
  );
  return `xl/worksheets/sheet${names.indexOf(sheet) + 1}.xml`;
}

function protect(parts: Record<string, string>, sheet: string, attributes = 'sheet="1"'): void {
  const part = sheetPartOf(parts, sheet);
  parts[part] = parts[part].replace("</sheetData>", `</sheetData><sheetProtection ${attributes}/>`);
}

/** Every cell style unlocked: a protected sheet whose cells may still be written. */
function unlockAllStyles(parts: Record<string, string>): void {
  parts["xl/styles.xml"] = parts["xl/styles.xml"].replace(
    /<cellXfs[^>]*>.*<\/cellXfs>/s,
    (cellXfs) =>
      cellXfs
        .replace(/<xf([^>]*)\/>/g, '<xf$1><protection locked="0"/></xf>')
        .replace(/<\/xf>/g, (end, offset: number, text: string) =>
          text.slice(0, offset).endsWith('<protection locked="0"/>')
            ? end
            : `<protection locked="0"/>${end}`
        )
  );
}

function setSheetState(parts: Record<string, string>, sheet: string, state: string): void {
  parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
    new RegExp(`(<sheet [^>]*name="${sheet}"[^>]*?)state="visible"`),
    `$1state="${state}"`
  );
}

const MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const PLAIN_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

function asMacroEnabled(parts: Record<string, string>): void {
  parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
    PLAIN_WORKBOOK,
    MACRO_WORKBOOK
  );
}

/** The plan on the seed: the first existing sheet that gets edits, and its edits. */
const BLANKED = seedWith(() => undefined);
let seedPlan: FillJson;
let plannedSheet: string;
let plannedOnSheet: PlannedEdit[];
beforeAll(async () => {
  seedPlan = await dryRunJson(BLANKED);
  plannedSheet = seedPlan.edits.filter((edit) => !seedPlan.newSheets.includes(edit.sheet))[0].sheet;
  plannedOnSheet = seedPlan.edits.filter((edit) => edit.sheet === plannedSheet);
});

/** Nothing planned or written: no plan lines, one reason line, exit 2. */
function expectRefusedBeforePlanning(
  result: Awaited<ReturnType<typeof runCli>>,
  out: string | undefined,
  reason: string
): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toContain(reason);
  if (out) expect(fs.existsSync(out)).toBe(false);
}

describe("protected sheets", () => {
  it("refuses every locked cell of a protected sheet and names the sheet and cells", async () => {
    const input = seedWith((parts) => protect(parts, plannedSheet));
    const out = fresh();
    const result = await runCli("fill", input, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("工作表受保护，以下锁定的单元格不能写入");
    expect(result.stderr).toContain(`${plannedSheet}!${plannedOnSheet[0].address}`);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(scratch).filter((name) => name.includes(".perfgoal-"))).toEqual([]);
  });

  it("a bare <sheetProtection/> is taken as protection", async () => {
    const input = seedWith((parts) => protect(parts, plannedSheet, ""));
    expect((await runCli("fill", input, "--dry-run")).stderr).toContain("锁定的单元格不能写入");
  });

  it("writes into a protected sheet whose cells are unlocked, and one protected with sheet=0", async () => {
    for (const change of [
      (parts: Record<string, string>) => {
        protect(parts, plannedSheet);
        unlockAllStyles(parts);
      },
      (parts: Record<string, string>) => protect(parts, plannedSheet, 'sheet="0"'),
    ]) {
      const out = fresh();
      const result = await runCli("fill", seedWith(change), "--out", out);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(fs.existsSync(out)).toBe(true);
    }
  });

  it("a workbook with a protected structure takes no new sheet", async () => {
    const input = seedWith((parts) => {
      parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        "<sheets>",
        '<workbookProtection lockStructure="1"/><sheets>'
      );
    });
    const before = fs.readFileSync(input);
    const result = await runCli(
      "template",
      "--profile",
      "mof-2021",
      "--out",
      input,
      "--sheet",
      "新表"
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("工作簿结构受保护，不能新增工作表“新表”");
    expect(Buffer.compare(fs.readFileSync(input), before)).toBe(0);
  });
});

describe("hidden sheets", () => {
  it.each([
    ["hidden", "隐藏的工作表"],
    ["veryHidden", "深度隐藏的工作表"],
  ])("a write into a %s sheet is reported, one line for the sheet", async (state, words) => {
    const input = seedWith((parts) => setSheetState(parts, plannedSheet, state));
    const plan = await dryRunJson(input);
    const count = plan.edits.filter((edit) => edit.sheet === plannedSheet).length;
    expect(count).toBeGreaterThan(0);
    expect(plan.hiddenSheets).toEqual([{ sheet: plannedSheet, state, cells: count }]);
    const out = fresh();
    const result = await runCli("fill", input, "--out", out);
    expect(result.code).toBe(0);
    const notes = result.stdout.split("\n").filter((line) => line.includes(words));
    expect(notes).toEqual([
      expect.stringContaining(`${count} 个单元格写入${words}“${plannedSheet}”`),
    ]);
    // The sheet keeps its state.
    const workbook = strFromU8(unzipSync(fs.readFileSync(out))["xl/workbook.xml"]);
    expect(workbook).toMatch(new RegExp(`name="${plannedSheet}"[^>]*state="${state}"`));
  });

  it("visible sheets give no such line", async () => {
    const result = await runCli("fill", SEED, "--out", fresh());
    expect(result.stdout).not.toContain("隐藏的工作表");
  });
});

describe("the output's extension must match the workbook", () => {
  it("an .xlsm input is refused as .xlsx, and written as .xlsm with its content type", async () => {
    const input = seedWith(asMacroEnabled, ".xlsm");
    const wrong = fresh(".xlsx");
    expectRefusedBeforePlanning(
      await runCli("fill", input, "--out", wrong),
      wrong,
      `输出文件 ${wrong} 的扩展名应为 .xlsm：工作簿是启用宏的工作簿`
    );
    const right = fresh(".xlsm");
    expect((await runCli("fill", input, "--out", right)).code).toBe(0);
    const types = strFromU8(unzipSync(fs.readFileSync(right))["[Content_Types].xml"]);
    expect(types).toContain(MACRO_WORKBOOK);
  });

  it("an .xlsx input is refused as .xlsm", async () => {
    const out = fresh(".xlsm");
    expectRefusedBeforePlanning(
      await runCli("fill", SEED, "--out", out),
      out,
      "扩展名应为 .xlsx：工作簿是不含宏的普通工作簿"
    );
  });

  it("a new template must be .xlsx", async () => {
    const out = fresh(".xlsm");
    expectRefusedBeforePlanning(
      await runCli("template", "--profile", "mof-2015", "--out", out),
      out,
      "扩展名应为 .xlsx"
    );
  });
});

describe("inputs that cannot be written are refused before planning", () => {
  it("a legacy .xls", async () => {
    const workbook = XLSX.read(fs.readFileSync(SEED));
    const input = fresh(".xls");
    fs.writeFileSync(input, XLSX.write(workbook, { type: "buffer", bookType: "xls" }) as Buffer);
    // It can be checked...
    expect(readWorkbookSnapshots(new Uint8Array(fs.readFileSync(input))).length).toBe(8);
    // ...but not written, and no plan is printed first.
    const out = fresh();
    expectRefusedBeforePlanning(
      await runCli("fill", input, "--out", out),
      out,
      `${input}：这是旧版 .xls 工作簿`
    );
    expectRefusedBeforePlanning(
      await runCli("fill", input, "--dry-run"),
      undefined,
      "另存为 .xlsx"
    );
  });

  it("a binary .xlsb", async () => {
    const input = seedWith((parts) => {
      parts["[Content_Types].xml"] = parts["[Content_Types].xml"]
        .replace('PartName="/xl/workbook.xml"', 'PartName="/xl/workbook.bin"')
        .replace(PLAIN_WORKBOOK, "application/vnd.ms-excel.sheet.binary.macroEnabled.main");
      parts["_rels/.rels"] = parts["_rels/.rels"].replace("xl/workbook.xml", "xl/workbook.bin");
    }, ".xlsb");
    const entries = unzipSync(fs.readFileSync(input));
    entries["xl/workbook.bin"] = entries["xl/workbook.xml"];
    delete entries["xl/workbook.xml"];
    fs.writeFileSync(input, zipSync(entries));
    const out = fresh(".xlsb");
    expectRefusedBeforePlanning(
      await runCli("fill", input, "--out", out),
      out,
      `${input}：这是二进制 .xlsb 工作簿`
    );
  });

  it.each([".ods", ".xlsx"])(
    "an OpenDocument spreadsheet, its output named %s",
    async (extension) => {
      const workbook = XLSX.read(fs.readFileSync(SEED), { cellNF: true });
      const input = fresh(".ods");
      fs.writeFileSync(input, XLSX.write(workbook, { type: "buffer", bookType: "ods" }) as Buffer);
      // It can be checked...
      expect(readWorkbookSnapshots(new Uint8Array(fs.readFileSync(input))).length).toBe(8);
      // ...but not written: said as what it is, not as an output of the wrong extension.
      const out = fresh(extension);
      expectRefusedBeforePlanning(
        await runCli("fill", input, "--out", out),
        out,
        `${input}：这是 OpenDocument 表格（.ods），不能写入`
      );
    }
  );

  it("an encrypted workbook", async () => {
    const input = fresh();
    fs.writeFileSync(input, encryptedWorkbook());
    const out = fresh();
    expectRefusedBeforePlanning(
      await runCli("fill", input, "--out", out),
      out,
      `${input}：工作簿设有打开密码（已加密）`
    );
  });
});

describe("a damaged input is named, in one line", () => {
  it.each([
    ["cut short", (bytes: Buffer) => bytes.subarray(0, 3000)],
    ["text", () => Buffer.from("项目名称,一级指标\n")],
  ])("%s", async (_name, damage) => {
    const input = fresh();
    fs.writeFileSync(input, damage(fs.readFileSync(SEED)));
    const out = fresh();
    expectRefusedBeforePlanning(await runCli("fill", input, "--out", out), out, `${input}：`);
  });
});

describe("paths are checked before anything is planned", () => {
  it("an output in a missing folder names the folder", async () => {
    const folder = join(scratch, "no such folder");
    const out = join(folder, "out.xlsx");
    expectRefusedBeforePlanning(
      await runCli("fill", SEED, "--out", out),
      out,
      `输出文件夹不存在：${folder}`
    );
    expectRefusedBeforePlanning(
      await runCli("template", "--profile", "mof-2015", "--out", out),
      out,
      `输出文件夹不存在：${folder}`
    );
  });

  it("an output inside a file, and an existing output", async () => {
    const file = fresh();
    fs.writeFileSync(file, "a file");
    const inside = join(file, "out.xlsx");
    expectRefusedBeforePlanning(await runCli("fill", SEED, "--out", inside), inside, "不是文件夹");
    expectRefusedBeforePlanning(await runCli("fill", SEED, "--out", file), undefined, "已存在");
    expect(fs.readFileSync(file, "utf8")).toBe("a file");
  });

  it("a missing input names it", async () => {
    const input = join(scratch, "missing.xlsx");
    expectRefusedBeforePlanning(
      await runCli("fill", input, "--out", fresh()),
      undefined,
      `无法读取 ${input}：文件不存在`
    );
  });
});

describe("usage and exit codes", () => {
  it("template and fill usage errors print their own command's usage", async () => {
    const template = await runCli("template", "--out", fresh());
    expect(template.code).toBe(2);
    expect(template.stderr).toContain("请用 --profile 指定指标体系：");
    expect(template.stderr).toContain("用法：perfgoal template --profile");
    expect(template.stderr).not.toContain("perfgoal check");

    const fill = await runCli("fill", SEED, "--out", fresh(), "--bogus");
    expect(fill.code).toBe(2);
    expect(fill.stderr).toContain("未知的选项 “--bogus”");
    expect(fill.stderr).toContain("用法：perfgoal fill");
    expect(fill.stderr).not.toContain("perfgoal check");

    expect((await runCli("fill", SEED, "--format", "xml", "--dry-run")).stderr).toContain(
      "用法：perfgoal fill"
    );
  });

  it("fill exits 0 when it wrote its output, 2 when there was nothing to write", async () => {
    const written = await runCli("fill", SEED, "--out", fresh());
    expect(written.code).toBe(0);

    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([["只有一句话"]]), "Sheet1");
    const input = fresh();
    fs.writeFileSync(input, XLSX.write(workbook, { type: "buffer", bookType: "xlsx" }) as Buffer);
    const out = fresh();
    const nothing = await runCli("fill", input, "--out", out);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain(`没有可写入的内容，未写出 ${out}`);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("fill --format json", () => {
  it("--dry-run prints the plan: sheet, address, previous and new value", async () => {
    const text = (await runCli("fill", BLANKED, "--dry-run")).stdout;
    const count = Number(/将写入 (\d+) 个单元格/.exec(text)?.[1]);
    expect(seedPlan).toMatchObject({ input: BLANKED, out: null, dryRun: true, written: false });
    expect(seedPlan.edits).toHaveLength(count);
    for (const edit of seedPlan.edits) {
      expect(Object.keys(edit).sort()).toEqual(["address", "previous", "sheet", "value"]);
      expect(text).toContain(`${edit.sheet}!${edit.address}`);
    }
  });

  it("a real run prints the same plan with written: true, and the file matches it", async () => {
    const out = fresh();
    const result = await runCli("fill", BLANKED, "--out", out, "--format", "json");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as FillJson;
    expect(report).toMatchObject({ out, dryRun: false, written: true });
    expect(report.edits).toEqual(seedPlan.edits);
    const after = readWorkbookSnapshots(new Uint8Array(fs.readFileSync(out)));
    for (const edit of report.edits.slice(0, 5)) {
      const sheet = after.find((s) => s.sheetName === edit.sheet);
      const cell = XLSX.utils.decode_cell(edit.address);
      const value = sheet?.values[cell.r - sheet.originRow]?.[cell.c - sheet.originCol];
      expect(value).toEqual(edit.value);
    }
  });
});
