import { fillTemplate } from "../../src/domain/findings";

/** What fillTemplate does, written as a pattern: the reference it is held to. */
function byPattern(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole
  );
}

describe("fillTemplate", () => {
  it("fills the keys it is given and leaves other braces as written", () => {
    expect(fillTemplate("“{name}”以“{unit}”计", { name: "宗地数", unit: "次" })).toBe(
      "“宗地数”以“次”计"
    );
    expect(fillTemplate("{missing} and {} and {a b} and {{x}}", { x: 1 })).toBe(
      "{missing} and {} and {a b} and {1}"
    );
    expect(fillTemplate("no braces")).toBe("no braces");
    expect(fillTemplate("{n}{n}", { n: "{n}" })).toBe("{n}{n}");
  });

  it("fills as the pattern does, on random templates", () => {
    const pieces = ["{", "}", "a", "b", "_", "1", " ", "名", "{a}", "{b}", "{ab}", "{_1}"];
    const data = { a: "A", b: 2, _1: "{a}" };
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 2000; i++) {
      let template = "";
      const length = next() % 12;
      for (let k = 0; k < length; k++) template += pieces[next() % pieces.length];
      expect(fillTemplate(template, data)).toBe(byPattern(template, data));
    }
  });
});
