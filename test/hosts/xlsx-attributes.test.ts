/**
 * A start tag's attributes (parseAttributes) are read as the pattern searched from each place
 * read them, in time proportional to the tag: a tag from another office's file may be long.
 */
import { parseAttributes } from "../../src/hosts/xlsx/ooxml";
import { runInChild } from "../support/child-read";
import { differences } from "../support/generated-texts";

/** The attributes as the search from every place found them. */
function searchedFromEveryPlace(tag: string) {
  const attributes: { name: string; raw: string }[] = [];
  const pattern = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const nameEnd = tag.search(/[\s/>]/);
  pattern.lastIndex = nameEnd < 0 ? tag.length : nameEnd;
  for (let match = pattern.exec(tag); match; match = pattern.exec(tag))
    attributes.push({ name: match[1], raw: match[2] ?? match[3].replace(/"/g, "&quot;") });
  return attributes;
}

/** Pieces of tags after `<c`: names, white space, quotes and values, and what ends a tag. */
const PIECES = [
  " ",
  "\t",
  "\n",
  "r",
  "s",
  "x:t",
  "=",
  '"',
  "'",
  '"1"',
  "'a\"b'",
  "/",
  ">",
  "<",
  "A1",
];

it("reads the attributes the search from every place read, well-formed or not", () => {
  const read = (reader: (tag: string) => unknown) => (pieces: string) =>
    JSON.stringify(reader(`<c${pieces}`));
  expect(differences(PIECES, read(parseAttributes), read(searchedFromEveryPlace), 12)).toEqual([]);
  expect(parseAttributes(`<c r="B2" s='3' t="s"/>`)).toEqual([
    { name: "r", raw: "B2" },
    { name: "s", raw: "3" },
    { name: "t", raw: "s" },
  ]);
});

it("reads a tag of half a million characters without an attribute at once", () => {
  // Searched from every place, such a tag took minutes: run where it can be stopped.
  const script = [
    'const { parseAttributes } = require("./src/hosts/xlsx/ooxml.ts");',
    'const junk = "a".repeat(250000) + " b=" + "1".repeat(250000);',
    'console.log(JSON.stringify(parseAttributes(`<c ${junk} r="A1"/>`)));',
  ].join("\n");
  expect(runInChild(script, 60_000)).toEqual({
    signal: null,
    out: JSON.stringify([{ name: "r", raw: "A1" }]),
  });
}, 70_000);
