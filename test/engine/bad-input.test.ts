/**
 * Files that are not workbooks, broken workbooks and unusual ones: an unreadable
 * file gives a WorkbookReadError with a Chinese message; a readable one never
 * makes the engine throw.
 */
import { readFileSync } from "fs";
import * as path from "path";
import * as XLSX from "@e965/xlsx";
import { unzipSync, zipSync } from "fflate";
import { checkWorkbook } from "../../src/domain/check";
import { CellValue, SheetSnapshot } from "../../src/domain/snapshot";
import { readWorkbookSnapshots, WorkbookReadError } from "../../src/hosts/xlsx/read";
import { readInChild } from "../support/child-read";
import { encryptedWorkbook } from "../support/hostile";
import { readError } from "../support/read-error";

const ROOT = path.resolve(__dirname, "../..");
const SEED = readFileSync(path.join(ROOT, "test/fixtures/hebei-2020-seed.xlsx"));

/** The seed with `length` bytes from `offset` inverted. */
function flipped(offset: number, length = 16): Buffer {
  const bytes = Buffer.from(SEED);
  for (let i = offset; i < offset + length; i++) bytes[i] ^= 0xff;
  return bytes;
}

function expectClearMessage(error: WorkbookReadError, key: string): void {
  expect(error.key).toBe(key);
  // zh-CN first, then English.
  expect(error.message).toMatch(/^[^/]*[\u4e00-\u9fff]/);
  expect(error.message).toContain(" / ");
  expect(error.message).not.toMatch(/undefined|\{\w+\}/);
}

function xlsxBytes(sheets: Record<string, XLSX.WorkSheet>): Buffer {
  const workbook = XLSX.utils.book_new();
  for (const [name, sheet] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(workbook, sheet, name);
  return XLSX.write(workbook, { type: "buffer", bookType: "xlsx" }) as Buffer;
}

function tableCount(snapshots: SheetSnapshot[]): number {
  return checkWorkbook(snapshots).sheets.reduce((n, sheet) => n + sheet.tables.length, 0);
}

describe("not a workbook", () => {
  it.each<[string, Uint8Array]>([
    ["text", Buffer.from("项目名称,一级指标,二级指标\n土地征收,产出指标,数量指标\n", "utf8")],
    ["no bytes", new Uint8Array(0)],
    ["three bytes", new Uint8Array([0x50, 0x4b, 0x03])],
  ])("%s", (_name, bytes) => {
    expectClearMessage(readError(bytes), "read.notXlsx");
  });
});

it("a table saved as a web page: named as one", () => {
  const page = Buffer.from("<html><body><table><tr><td>一级指标</td></tr></table></body></html>");
  expectClearMessage(readError(page), "read.html");
});

describe("a broken .xlsx", () => {
  it.each<[string, Uint8Array]>([
    ["only the ZIP signature", SEED.subarray(0, 4)],
    ["cut after 1,000 bytes", SEED.subarray(0, 1000)],
    ["cut in half", SEED.subarray(0, Math.floor(SEED.length / 2))],
    ["the end-of-directory record cut off", SEED.subarray(0, SEED.length - 22)],
    ["a local header's sizes inverted", flipped(5007, 4)],
    ["bytes inverted near the start", flipped(10)],
  ])("%s", (_name, bytes) => {
    expectClearMessage(readError(bytes), "read.corrupt");
  });

  it("says what is damaged in Chinese in the Chinese message, the technical words in the English one", () => {
    const damaged = [
      SEED.subarray(0, 1000),
      SEED.subarray(0, SEED.length - 22),
      flipped(5007, 4),
      flipped(10),
      flipped(200),
      flipped(12000),
      flipped(17800),
    ];
    const seen = new Set<string>();
    for (const bytes of damaged) {
      const error = readError(bytes);
      seen.add(error.en.replace(/^[^:]*: /, "").replace(/^xl\/\S+: |^\S+\.rels: /, ""));
      // Part names aside, no English words in the Chinese text.
      expect(error.zh.replace(/[\w/.[\]]+\.(xml|rels)/g, "")).not.toMatch(/[A-Za-z]{2,}/);
      expect(error.en).toMatch(/^the workbook is corrupt and cannot be unpacked: \S/);
    }
    // The damage differs between these files: more than one reason is told.
    expect(seen.size).toBeGreaterThan(1);
  });

  // SheetJS alone lists sheets whose parts it could not read, and reads a damaged
  // xl/workbook.xml as a workbook without sheets: the archive check catches both.
  it("damaged _rels/.rels is a read error, not a TypeError", () => {
    expect(readError(flipped(200)).message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("damaged xl/sharedStrings.xml is a read error, not a TypeError", () => {
    expect(readError(flipped(12000)).message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("damaged xl/workbook.xml is a read error, not a workbook without sheets", () => {
    expect(readError(flipped(17800)).message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("cut after 100 bytes, or with a damaged local header, ends in a read error", async () => {
    // In a child that is killed after a time: some damage once sent SheetJS's inflater into an
    // endless loop, and a hang must fail the test, not stall it.
    const outcomes = await Promise.all(
      [SEED.subarray(0, 100), flipped(5000), flipped(17500)].map((bytes) =>
        readInChild(bytes, { timeoutMs: 6000 })
      )
    );
    for (const outcome of outcomes) expect(outcome).toMatch(/^WorkbookReadError read\.corrupt: /);
  }, 20000);
});

describe("readable but unusual workbooks", () => {
  it("an empty workbook has one empty sheet and no table", () => {
    const bytes = xlsxBytes({ Sheet1: XLSX.utils.aoa_to_sheet([]) });
    const snapshots = readWorkbookSnapshots(bytes);
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0].values).toEqual([]);
    expect(tableCount(snapshots)).toBe(0);
  });

  it("a sheet of random values and error cells has no table", () => {
    let state = 20240531;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const errors: Array<[number, string]> = [
      [0x2a, "#N/A"],
      [0x07, "#DIV/0!"],
      [0x0f, "#VALUE!"],
      [0x17, "#REF!"],
      [0x1d, "#NAME?"],
    ];
    const words = ["一级指标", "≥", "%", "好", "十二", "填表人：", "", " ", "符号", "产出指标"];
    const sheet: XLSX.WorkSheet = {};
    const expectedErrors: Array<[string, string]> = [];
    for (let r = 0; r < 60; r++) {
      for (let c = 0; c < 12; c++) {
        const address = XLSX.utils.encode_cell({ r: r + 3, c: c + 2 });
        const pick = random();
        if (pick < 0.3) continue;
        if (pick < 0.45) sheet[address] = { t: "n", v: (random() - 0.5) * 1e6 };
        else if (pick < 0.55) sheet[address] = { t: "b", v: random() < 0.5 };
        else if (pick < 0.65) {
          const [code, text] = errors[Math.floor(random() * errors.length)];
          sheet[address] = { t: "e", v: code };
          expectedErrors.push([address, text]);
        } else if (pick < 0.8)
          sheet[address] = { t: "s", v: words[Math.floor(random() * words.length)] };
        else sheet[address] = { t: "s", v: random().toString(36).slice(2) };
      }
    }
    sheet["!ref"] = "C4:N63";
    const snapshots = readWorkbookSnapshots(xlsxBytes({ 随机: sheet }));
    const [snapshot] = snapshots;
    expect(snapshot.originRow).toBe(3);
    expect(snapshot.originCol).toBe(2);
    expect(expectedErrors.length).toBeGreaterThan(0);
    for (const [address, text] of expectedErrors) {
      const { r, c } = XLSX.utils.decode_cell(address);
      const value: CellValue = snapshot.values[r - 3][c - 2];
      expect(value).toEqual({ error: text });
    }
    expect(tableCount(snapshots)).toBe(0);
  });

  it("a sheet of 100,000 rows is read and checked", () => {
    const rows: Array<Array<string | number>> = [];
    for (let i = 0; i < 100000; i++) rows.push([i, i * 1.5, `项目${i % 100}`, i % 7 ? 95 : "好"]);
    const sheet = XLSX.utils.aoa_to_sheet(rows, { dense: true } as XLSX.AOA2SheetOpts);
    const snapshots = readWorkbookSnapshots(xlsxBytes({ Data: sheet }));
    expect(snapshots[0].values).toHaveLength(100000);
    expect(snapshots[0].values[99999]).toEqual([99999, 149998.5, "项目99", 95]);
    expect(tableCount(snapshots)).toBe(0);
  }, 20000);
});

describe("hostile workbooks", () => {
  it("an encrypted workbook gets its own message, not “damaged”", () => {
    const bytes = encryptedWorkbook();
    const error = readError(bytes);
    expectClearMessage(error, "read.encrypted");
    expect(error.message).toContain("工作簿设有打开密码（已加密），请去除密码后再检查");
  });
});

describe("part names differing in case (OPC names are case-insensitive)", () => {
  /** The seed with some entries stored under another case than the package refers to. */
  function withNamesCased(rename: Record<string, string>): Uint8Array {
    const parts = unzipSync(SEED);
    const renamed: Record<string, Uint8Array> = {};
    for (const [name, data] of Object.entries(parts)) renamed[rename[name] ?? name] = data;
    return zipSync(renamed);
  }

  it("a workbook part and a sheet stored in another case are found", () => {
    const snapshots = readWorkbookSnapshots(
      withNamesCased({
        "xl/workbook.xml": "xl/Workbook.xml",
        "xl/worksheets/sheet1.xml": "xl/worksheets/Sheet1.xml",
        "xl/_rels/workbook.xml.rels": "xl/_rels/Workbook.xml.rels",
      })
    );
    expect(snapshots).toHaveLength(8);
    expect(tableCount(snapshots)).toBe(8);
    expect(snapshots[0]).toEqual(readWorkbookSnapshots(SEED)[0]);
  });

  it("a package with no workbook part in any case is still refused clearly", () => {
    const parts = unzipSync(SEED);
    delete parts["xl/workbook.xml"];
    expectClearMessage(readError(zipSync(parts)), "read.noWorkbookPart");
  });
});
