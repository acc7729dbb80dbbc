import fc from "fast-check";
import { parseA1, parseRangeA1 } from "../../src/domain/snapshot";

/** The address reader as first written, with a regular expression: the reference. */
function referenceA1(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

function referenceRange(address: string) {
  const [startText, endText] = address.split(":");
  const start = referenceA1(startText);
  const end = endText === undefined ? start : referenceA1(endText);
  if (!start || !end) return null;
  const [top, bottom] = [start.row, end.row].sort((a, b) => a - b);
  const [left, right] = [start.col, end.col].sort((a, b) => a - b);
  return { top, left, bottom, right };
}

/** Text made of the characters an address has, and some it must not. */
const addressLike = fc
  .array(
    fc.constantFrom(
      ..."AaBZzxy$0123456789:: \t@[`{/０Ａ"
        .split("")
        .concat(["XFD", "1048576", "12345678", "AAAA", "中"])
    ),
    { maxLength: 14 }
  )
  .map((parts) => parts.join(""));

it("reads A1 addresses as the regular expression did, for every text", () => {
  for (const text of [
    "B12",
    "$B$12",
    "b12",
    " C3 ",
    "XFD1048576",
    "A0",
    "A",
    "1",
    "AAAA1",
    "A12345678",
    "A1:B2",
    "",
    "$",
    "A$",
    "$A$",
  ])
    expect(parseA1(text)).toEqual(referenceA1(text));
  fc.assert(
    fc.property(addressLike, (text) => {
      expect(parseA1(text)).toEqual(referenceA1(text));
    }),
    { numRuns: 5000 }
  );
});

it("reads ranges as the regular expression and split did, for every text", () => {
  for (const text of ["A3:H14", "H14:A3", "B2", "A1:B2:C3", ":B2", "A1:", "a1:$b$2", " A1 : B2 "])
    expect(parseRangeA1(text)).toEqual(referenceRange(text));
  fc.assert(
    fc.property(addressLike, (text) => {
      expect(parseRangeA1(text)).toEqual(referenceRange(text));
    }),
    { numRuns: 5000 }
  );
});
