/**
 * Opening planned sheets as a workbook of its own (`Excel.createWorkbook`, ExcelApi 1.8):
 * the .xlsx is built by the file host's writer, loaded only then, and handed over as
 * base64. Excel on the web takes it as one request, so it is held to the payload budget.
 */
import { LayoutPlan } from "../../domain/edits";
import { HostMessageError } from "../host";
import { READ_BUDGET_BYTES } from "./read";

/** Bytes a call to `String.fromCharCode` takes at once (its arguments are bounded). */
const CHUNK = 0x8000;

export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/**
 * The file name in the document's path or web address (`C:\\报送\\报送稿.xlsx`,
 * `https://…/%E6%8A%A5%E9%80%81%E7%A8%BF.xlsx?web=1`), or null before a first save.
 */
export function fileNameOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const web = /^https?:/i.test(url);
  const path = web ? url.split(/[?#]/)[0] : url;
  const name = path.split(/[\\/]/).pop() ?? "";
  if (!web) return name || null;
  try {
    return decodeURIComponent(name) || null;
  } catch {
    return name || null;
  }
}

/** Builds the workbook and opens it; refuses one too big to hand over in one request. */
export async function openAsWorkbook(
  create: (base64: string) => Promise<void>,
  plans: LayoutPlan[]
): Promise<void> {
  const { createWorkbook } = await import("../xlsx/create");
  const base64 = base64Of(createWorkbook(plans));
  if (base64.length > READ_BUDGET_BYTES)
    throw new HostMessageError("host.newWorkbookTooBig", {
      mb: (base64.length / 1e6).toFixed(1),
    });
  await create(base64);
}
