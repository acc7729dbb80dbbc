/** Sizes of what travels between the pane and Excel: JSON, counted in UTF-8 bytes. */

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one character outside the BMP
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of a string as JSON writes it: quoted, with its escapes. */
function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x80) bytes += code === 0x22 || code === 0x5c ? 2 : 1;
    else if (code < 0x20)
      // \b \t \n \f \r have two-character escapes, other controls \u00XX
      bytes += code === 8 || code === 9 || code === 10 || code === 12 || code === 13 ? 2 : 6;
    else if (code < 0x800) bytes += 2;
    else if (code < 0xd800 || code > 0xdfff) bytes += 3;
    else {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4; // a surrogate pair: one character outside the BMP
        i++;
      } else bytes += 6; // a lone surrogate is written as \uXXXX
    }
  }
  return bytes;
}

/** Characters of a number as JSON writes it; a whole number's counted without writing it. */
function numberBytes(value: number): number {
  if (!Number.isFinite(value)) return 4; // null
  if (!Number.isSafeInteger(value)) return String(value).length;
  let bytes = value < 0 ? 2 : 1;
  for (let n = Math.abs(value); n >= 10; n = Math.floor(n / 10)) bytes++;
  return bytes;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (
    (prototype === Object.prototype || prototype === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  );
}

/**
 * UTF-8 bytes of a value's JSON, or undefined where JSON.stringify writes nothing.
 * Counted without writing the JSON: a read of a big sheet measures megabytes of cells.
 */
function measure(value: unknown): number | undefined {
  switch (typeof value) {
    case "string":
      return jsonStringBytes(value);
    case "number":
      return numberBytes(value);
    case "boolean":
      return value ? 4 : 5;
    case "object":
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let bytes = 1 + Math.max(1, value.length); // brackets and commas
        // Indexed: the first read of a big sheet measures it before V8 has compiled this.
        for (let i = 0; i < value.length; i++) bytes += measure(value[i]) ?? 4; // null in its place
        return bytes;
      }
      if (isPlainObject(value)) {
        let bytes = 1;
        let fields = 0;
        for (const key of Object.keys(value)) {
          const size = measure(value[key]);
          if (size === undefined) continue;
          bytes += jsonStringBytes(key) + 1 + size;
          fields++;
        }
        return bytes + Math.max(1, fields);
      }
      break;
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
  }
  // Anything else (dates, typed arrays, BigInt's error) as JSON.stringify has it.
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? undefined : utf8Length(json);
}

/** UTF-8 bytes of a value's JSON (0 for nothing). */
export function jsonBytes(value: unknown): number {
  return measure(value) ?? 0;
}
