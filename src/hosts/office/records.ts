/** The record of marked cells kept in the document settings, so marks can be cleared after a reopen. */

export const MARKS_SETTING = "perfgoal.marks";

export interface MarkRecord {
  sheet: string;
  address: string;
  /** The fill before the first mark: a colour, or null for none. */
  originalFill: string | null;
  /** The fill we applied; a cell no longer showing it was changed by the user and is left alone. */
  markFill: string;
  /** Whether the note on the cell is ours (to delete when clearing). */
  noteAdded: boolean;
}

export function recordKey(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}

function isRecord(value: unknown): value is MarkRecord {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.sheet === "string" &&
    typeof r.address === "string" &&
    (r.originalFill === null || typeof r.originalFill === "string") &&
    typeof r.markFill === "string" &&
    typeof r.noteAdded === "boolean"
  );
}

/** Reads the stored records, dropping anything malformed (a hand-edited or older document). */
export function parseRecords(stored: unknown): MarkRecord[] {
  return Array.isArray(stored)
    ? stored.filter(isRecord).map((r) => ({
        sheet: r.sheet,
        address: r.address,
        originalFill: r.originalFill,
        markFill: r.markFill,
        noteAdded: r.noteAdded,
      }))
    : [];
}
