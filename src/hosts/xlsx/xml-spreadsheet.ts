/**
 * Workbooks saved as text: an Excel 2003 XML Spreadsheet (SpreadsheetML), which Excel and WPS
 * open as a workbook and which systems that export tables often write under an `.xls` name,
 * and a web page (HTML) saved as `.xls`, which Excel opens too but which holds no workbook.
 * SheetJS reads the first from its text; the text is decoded here, in the encoding the file
 * declares (`GB2312`, `GBK`, UTF-16 with its byte-order mark, UTF-8 when it says nothing),
 * because SheetJS reads any other encoding than UTF-8 as garbage.
 */
import { WorkbookReadError } from "./read-error";
import { MAX_PART_BYTES } from "./zip";

/** The namespace of a SpreadsheetML workbook, on its root element. */
const SPREADSHEET_NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet";

/** The file's head, where the XML declaration and the root element stand. */
const HEAD_BYTES = 4096;

const MB = 1024 * 1024;

/** The encoding of a text file: from its byte-order mark, else from its XML declaration. */
function encodingOf(bytes: Uint8Array): { label: string; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { label: "utf-8", bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: "utf-16le", bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: "utf-16be", bom: 2 };
  // The declaration is ASCII in every encoding a file without a mark may have.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  return { label: declared ?? "utf-8", bom: 0 };
}

/** The head of the file as text, for telling what it is (a wrong guess costs nothing). */
function headText(bytes: Uint8Array): string {
  const { label, bom } = encodingOf(bytes);
  try {
    return new TextDecoder(label).decode(bytes.subarray(bom, bom + HEAD_BYTES));
  } catch {
    return new TextDecoder("utf-8").decode(bytes.subarray(bom, bom + HEAD_BYTES));
  }
}

/**
 * What a file of text is: an Excel 2003 XML Spreadsheet (XML whose root is a SpreadsheetML
 * workbook), a web page or bare HTML table (Excel's "网页" saved as .xls), or neither.
 */
export function textWorkbookKind(bytes: Uint8Array): "xmlSpreadsheet" | "html" | undefined {
  const head = headText(bytes);
  if (/^\s*</.test(head) && head.includes(SPREADSHEET_NAMESPACE) && /<(\w+:)?Workbook\b/.test(head))
    return "xmlSpreadsheet";
  if (/^\s*(<!doctype html|<html\b|<table\b|<meta\b|<head\b)/i.test(head)) return "html";
  return undefined;
}

/**
 * The text of an XML Spreadsheet, decoded as it declares; refused when it is larger than
 * one part of a package may be, or when its bytes are not in the encoding it declares.
 * Throws WorkbookReadError.
 */
export function xmlSpreadsheetText(bytes: Uint8Array): string {
  if (bytes.length > MAX_PART_BYTES)
    throw new WorkbookReadError("read.xmlTooLarge", {
      size: Math.ceil(bytes.length / MB),
      limit: MAX_PART_BYTES / MB,
    });
  const { label, bom } = encodingOf(bytes);
  try {
    // An unknown label throws as the decoder is made, bytes not in the encoding as they are read.
    return new TextDecoder(label, { fatal: true }).decode(bytes.subarray(bom));
  } catch {
    throw new WorkbookReadError("read.xmlEncoding", { encoding: label });
  }
}
