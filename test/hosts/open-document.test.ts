/**
 * OpenDocument spreadsheets (.ods: LibreOffice's own, and what WPS and other suites write
 * when asked) are read through SheetJS once their package is checked, to the tables and
 * findings of the workbook they were saved from; an encrypted one, or an OpenDocument file
 * that is no spreadsheet, gets a clear line; none is written.
 */
import { readFileSync } from "fs";
import { basename } from "path";
import * as XLSX from "@e965/xlsx";
import { strFromU8, strToU8, zipSync } from "fflate";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { WorkbookWriteError } from "../../src/hosts/xlsx/ooxml";
import { applyEditsToWorkbook } from "../../src/hosts/xlsx/patch";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { encryptedOpenDocument, OPEN_DOCUMENT_TYPE, openDocumentParts } from "../support/hostile";
import { itWithLibreOffice, withConverted } from "../support/office";
import { outcomeOf, outcomeWithoutBlankMerges, WORKBOOKS } from "../support/outcome";
import { readError } from "../support/read-error";

/** A workbook as SheetJS writes it in .ods. */
function odsOf(workbook: XLSX.WorkBook): Uint8Array {
  return new Uint8Array(XLSX.write(workbook, { type: "array", bookType: "ods" }) as ArrayBuffer);
}

/** Calls to the console while `work` runs. */
function consoleCalls(work: () => void): unknown[][] {
  const spies = (["log", "warn", "error"] as const).map((name) =>
    jest.spyOn(console, name).mockImplementation(() => undefined)
  );
  try {
    work();
    return spies.flatMap((spy) => spy.mock.calls);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

describe("an .ods reads to the tables and findings of the workbook it was saved from", () => {
  it.each(WORKBOOKS.map((file) => [file.slice(file.lastIndexOf("/") + 1), file]))(
    "as SheetJS writes it: %s",
    (_name, file) => {
      const xlsx = new Uint8Array(readFileSync(file));
      const expected = outcomeWithoutBlankMerges(xlsx);
      expect(expected.length).toBeGreaterThan(0);
      // Read with the number formats, which the .ods keeps.
      expect(outcomeOf(odsOf(XLSX.read(xlsx, { cellNF: true })))).toEqual(expected);
    }
  );

  itWithLibreOffice(
    "as LibreOffice writes it: every fixture and corpus workbook, with nothing on the console",
    () => {
      const sources = new Map(WORKBOOKS.map((file) => [basename(file, ".xlsx"), file]));
      withConverted(
        "ods",
        () => WORKBOOKS,
        (name, path) => {
          const ods = new Uint8Array(readFileSync(path));
          let read: string[] = [];
          // LibreOffice writes number formats with conditions, which SheetJS doubts aloud.
          expect(consoleCalls(() => (read = outcomeOf(ods)))).toEqual([]);
          const source = sources.get(basename(name, ".ods")) ?? "";
          expect({ name, read }).toEqual({ name, read: outcomeOf(readFileSync(source)) });
        }
      );
    },
    300000
  );

  it("SheetJS's doubts about a number format with a condition stay off the console", () => {
    const parts = openDocumentParts();
    const doubted =
      '<number:number-style style:name="N99"><number:number number:min-integer-digits="1"/>' +
      '<style:map style:condition="value()&lt;0" style:apply-style-name="N98"/></number:number-style>';
    parts["content.xml"] = strToU8(
      strFromU8(parts["content.xml"]).replace(
        "<office:automatic-styles>",
        `<office:automatic-styles>${doubted}`
      )
    );
    const bytes = zipSync(parts);
    // SheetJS alone says it: the file does reach the code that doubts.
    expect(consoleCalls(() => XLSX.read(bytes))).not.toEqual([]);
    let snapshots: SheetSnapshot[] = [];
    expect(consoleCalls(() => (snapshots = readWorkbookSnapshots(bytes)))).toEqual([]);
    expect(snapshots[0].values).toEqual([["项目名称", 12]]);
  });
});

describe("an OpenDocument file that cannot be checked says why in one line", () => {
  it("an .ods saved with a password: encrypted", () => {
    const error = readError(encryptedOpenDocument());
    expect(error.key).toBe("read.encrypted");
    expect(error.message).toMatch(/^工作簿设有打开密码（已加密），请去除密码后再检查 \/ /);
  });

  it("an OpenDocument text (.odt) or an .ods without its content: no workbook", () => {
    const text = openDocumentParts();
    text["mimetype"] = strToU8("application/vnd.oasis.opendocument.text");
    expect(readError(zipSync(text)).key).toBe("read.noWorkbookPart");
    const empty = openDocumentParts();
    delete empty["content.xml"];
    expect(empty["mimetype"]).toEqual(strToU8(OPEN_DOCUMENT_TYPE));
    expect(readError(zipSync(empty)).message).toMatch(
      /^压缩包中没有工作簿内容（既没有 Excel 的 xl\/workbook\.xml，也不是 OpenDocument 表格） \/ /
    );
  });

  it("is never written: edits to an .ods are refused with what it is", () => {
    const ods = zipSync(openDocumentParts());
    let refused: unknown;
    try {
      applyEditsToWorkbook(ods, []);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(WorkbookWriteError);
    expect((refused as WorkbookWriteError).key).toBe("openDocument");
    expect((refused as WorkbookWriteError).message).toMatch(/OpenDocument 表格（\.ods），不能写入/);
  });
});
