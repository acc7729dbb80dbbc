/** English mode: singular forms for a count of 1 and half-width punctuation in every text. */
import { CATALOG, MessageKey } from "../../src/domain/messages/catalog";
import { RULES } from "../../src/domain/rules";
import { plural, translator } from "../../src/taskpane/i18n";

const english = translator("en");
const chinese = translator("zh");

it("uses a key's singular form for a count of 1 and the key itself for every other count", () => {
  expect(english("pane.marked", { count: 1 })).toBe("Marked 1 cell");
  expect(english("pane.marked", { count: 0 })).toBe("Marked 0 cells");
  expect(english("pane.marked", { count: 2 })).toBe("Marked 2 cells");
  expect(english("author.filled", { count: 1 })).toBe("Wrote 1 cell");
  expect(english("pane.cleared", { count: 1 })).toBe("Cleared 1 mark; the cell is as it was");
  expect(plural(english, "pane.n.error", 1)).toBe("1 error");
  expect(plural(english, "pane.n.error", 2)).toBe("2 errors");
  expect(chinese("pane.marked", { count: 1 })).toBe("已标记 1 个单元格");
  // A key without a singular form is used as it is.
  expect(english("pane.ignored", { count: 1 })).toBe("1 ignored");
});

/**
 * Every English text that counts something by `{count}` before a plural noun has a singular
 * form beside it (or is itself the `.other` of a pair), so the pane never says "1 cells".
 */
it("gives every English count of a plural noun a singular form", () => {
  const keys = Object.keys(CATALOG) as MessageKey[];
  const missing = keys.filter((key) => {
    if (key.endsWith(".one") || key.endsWith(".other")) return false;
    const text = CATALOG[key].en;
    if (!/\{count\} (\w+ )?\w+s\b/.test(text)) return false;
    return !(`${key}.one` in CATALOG);
  });
  // The CLI speaks Chinese; its English texts are only the second half of a bilingual line.
  expect(missing.filter((key) => !key.startsWith("cli.") && !key.startsWith("read."))).toEqual([]);
});

it("has no full-width colon, comma, semicolon or bracket in any English text", () => {
  const texts: [string, string][] = Object.entries(CATALOG).map(([key, text]) => [key, text.en]);
  for (const rule of RULES) {
    for (const [id, text] of Object.entries(rule.meta.messages))
      texts.push([`${rule.meta.id} ${id}`, text.en]);
    texts.push([`${rule.meta.id} description`, rule.meta.docs.description.en]);
    texts.push([`${rule.meta.id} why`, rule.meta.docs.why.en]);
  }
  // Chinese quoted as Chinese (a template's own `指标1：`) is the one exception.
  const offending = texts.filter(([, text]) =>
    /[：，；（）]/.test(text.replace(/\([^)]*[\u4e00-\u9fff][^)]*\)/g, ""))
  );
  expect(offending).toEqual([]);
});
