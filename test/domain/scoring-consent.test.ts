/** Consent per cell to replace a differing score (the pane's ticks), and the edit each difference offers. */
import { planScoreFill } from "../../src/domain/scoring/fill";
import { DEFAULT_SCORING } from "../../src/domain/scoring/settings";
import { recognize } from "../../src/domain/recognize";
import { changed, selfEvaluationSheet } from "../support/approved-goals";

// Two written scores off the computed ones (H13 15, H14 14.21), no 总分.
const [table] = recognize(
  selfEvaluationSheet({
    indicators: changed({ 0: { score: 11 }, 1: { score: 12 } }),
    total: { score: null },
  }),
  {}
);
const plan = (replaceScores: boolean | ReadonlySet<string>) =>
  planScoreFill(table, { scoring: DEFAULT_SCORING, replaceScores });
const writes = (replaceScores: boolean | ReadonlySet<string>) =>
  Object.fromEntries(plan(replaceScores).edits.map((edit) => [edit.address, edit.value]));

it("replaces only the cells consented to, and sums the total from what will stand", () => {
  // 9.6 + 11 + 12 + 10 + 9.38 + 30 + 10, then with 14.21 for 12, then with 15 for 11 as well.
  expect(writes(new Set())).toEqual({ H19: 91.98 });
  expect(writes(new Set(["自评表!H14"]))).toEqual({ H14: 14.21, H19: 94.19 });
  expect(writes(new Set(["自评表!H13", "自评表!H14"]))).toEqual(writes(true));
  expect(writes(true)).toEqual({ H13: 15, H14: 14.21, H19: 98.19 });
});

it("offers each difference's replacement, from what the cell holds, whether consented or not", () => {
  const differences = plan(new Set(["自评表!H14"])).differences;
  expect(differences.map((d) => [d.address, d.written, d.computed, d.replaced])).toEqual([
    ["H13", "11", 15, false],
    ["H14", "12", 14.21, true],
  ]);
  expect(differences[0].edit).toEqual({
    sheet: "自评表",
    address: "H13",
    value: 15,
    asText: false,
    previous: 11,
    overwrite: true,
  });
});
