/** The payload measure counts JSON's UTF-8 bytes without writing the JSON: same count. */
import fc from "fast-check";
import { jsonBytes, utf8Length } from "../../src/hosts/payload";

const stringified = (value: unknown) => {
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? 0 : utf8Length(json);
};

describe("jsonBytes", () => {
  it("counts what JSON.stringify writes, for any JSON-like value", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (value) => expect(jsonBytes(value)).toBe(stringified(value))
      ),
      { numRuns: 2000 }
    );
  });

  it("counts escapes, lone surrogates and characters outside the BMP", () => {
    const texts = [
      '"\\',
      "\b\f\n\r\t\u0001\u001f\u007f",
      "\ud800x",
      "x\udc00",
      "😀",
      "绩效目标",
      "",
    ];
    for (const text of texts) expect(jsonBytes(text)).toBe(stringified(text));
    expect(jsonBytes([texts, { [texts[0]]: texts }])).toBe(
      stringified([texts, { [texts[0]]: texts }])
    );
  });

  it("leaves out what JSON leaves out, and writes null where JSON does", () => {
    const values = [undefined, () => 1, Symbol("s"), NaN, -Infinity, -0, 1e21, 5e-7];
    for (const value of values) expect(jsonBytes(value)).toBe(stringified(value));
    expect(jsonBytes(values)).toBe(stringified(values));
    expect(jsonBytes({ a: undefined, b: () => 1, c: 1 })).toBe(stringified({ c: 1 }));
    expect(jsonBytes({ toJSON: () => "x" })).toBe(3);
  });
});
