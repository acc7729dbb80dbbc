/**
 * A string item's phonetic runs are left out as the pattern that looked for each run's end
 * from every `<rPh` left them out, in time proportional to the item: an item from another
 * office's file may hold tens of thousands of runs that never close.
 */
import { withoutPhoneticRuns } from "../../src/hosts/xlsx/workbook-parts";
import { runInChild } from "../support/child-read";
import { differences } from "../support/generated-texts";

const PHONETIC_RUN = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** Pieces of string items: runs, texts, phonetic runs (prefixed or not) and their ends. */
const PIECES = [
  "<rPh>",
  '<rPh sb="0" eb="2">',
  "<x:rPh>",
  "<rPhx>",
  "<rPh",
  "</rPh>",
  "</x:rPh>",
  "</rPh",
  "<t>",
  "</t>",
  "<r>",
  "中",
  "a",
  "<",
  ">",
  " ",
];

it("leaves out what the pattern left out, well-formed or not", () => {
  const before = (item: string) => item.replace(PHONETIC_RUN, "");
  expect(differences(PIECES, withoutPhoneticRuns, before, 12)).toEqual([]);
  expect(
    withoutPhoneticRuns(
      '<r><t>漢字</t></r><rPh sb="0" eb="2"><t>カンジ</t></rPh><r><t>かな</t></r>'
    )
  ).toBe("<r><t>漢字</t></r><r><t>かな</t></r>");
});

it("reads a shared string of 200,000 phonetic runs that never close at once", () => {
  // Looked for from every run, the end took minutes: run where it can be stopped.
  const script = [
    'const { readSharedStrings } = require("./src/hosts/xlsx/workbook-parts.ts");',
    `const item = "<r><t>中</t></r>" + '<rPh sb="0"><t>x</t>'.repeat(200000);`,
    "const [text] = readSharedStrings(`<sst><si>${item}</si></sst>`);",
    'console.log(text === "中" + "x".repeat(200000) ? "read" : "misread");',
  ].join("\n");
  expect(runInChild(script, 60_000)).toEqual({ signal: null, out: "read" });
}, 70_000);
