/**
 * Level names are told from other text by a scan before any lookup: the scan must never
 * pass over a text that names a known level, however it is written.
 */
import fc from "fast-check";
import { levelKey, withTextCaches } from "../../src/domain/text";
import { isKnownLevelName, PROFILES } from "../../src/domain/vocabulary";

const NAMES = Object.values(PROFILES).flatMap((profile) =>
  profile.first.flatMap((first) => [
    first.name,
    ...(first.aliases ?? []),
    ...first.second.flatMap((s) => s.names),
  ])
);
const KEYS = new Set(NAMES.map(levelKey));

/** Whether the text's key is a known level's key, looked up without any shortcut. */
const namesKnownLevel = (text: string) => KEYS.has(levelKey(text));

describe("isKnownLevelName", () => {
  const written = NAMES.flatMap((name) => [
    name,
    name.replace(/指标$/, ""),
    `1.${name}(50分)`,
    `（一）${name}`,
    `★${name}等`,
    name.split("").join(" "),
    `${name}【必填】`,
    `${name}：`,
  ]);
  it.each(written)("knows %j", (text) => {
    expect(isKnownLevelName(text)).toBe(namesKnownLevel(text));
    expect(withTextCaches(() => isKnownLevelName(text))).toBe(namesKnownLevel(text));
  });

  it("passes over the names of indicators", () => {
    for (const text of ["完成组卷个数", "组卷材料合格率", "开展修复工程(个)", "指标1", ""])
      expect(isKnownLevelName(text)).toBe(false);
  });

  it("agrees with the plain lookup on texts made of level names' pieces", () => {
    const pieces = [...new Set(NAMES.join("").split(""))];
    const piece = fc.constantFrom(
      ...NAMES,
      ...pieces,
      "指标",
      "等",
      "(",
      ")",
      "（",
      "）",
      " ",
      "1.",
      "分"
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const text = parts.join("");
        expect(isKnownLevelName(text)).toBe(namesKnownLevel(text));
      }),
      { numRuns: 2000 }
    );
  });
});
