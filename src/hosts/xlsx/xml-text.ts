/**
 * Text and attributes in workbook XML, decoded as SheetJS decodes them: the five named
 * entities and numeric character references, `_xHHHH_` escapes, CDATA sections. There
 * is no DTD processing, so nothing is ever entity-expanded.
 */

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const ESCAPE = /_x([\da-fA-F]{4})_/gi;
const NAMED: Record<string, string> = {
  "&quot;": '"',
  "&apos;": "'",
  "&gt;": ">",
  "&lt;": "<",
  "&amp;": "&",
};

function entity(match: string, code: string | undefined): string {
  const named = NAMED[match.toLowerCase()];
  if (named !== undefined) return named;
  const point = parseInt(code ?? "", match.indexOf("x") > -1 || match.indexOf("X") > -1 ? 16 : 10);
  return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : match;
}

function escaped(_match: string, code: string): string {
  return String.fromCharCode(parseInt(code, 16));
}

function decodeSection(text: string): string {
  const withEntities = text.indexOf("&") < 0 ? text : text.replace(ENTITY, entity);
  return withEntities.indexOf("_") < 0 ? withEntities : withEntities.replace(ESCAPE, escaped);
}

/** Decodes XML character data; `cellText` also turns CRLF into LF, as cell strings are read. */
export function decodeXml(text: string, cellText = false): string {
  let out: string;
  const cdata = text.indexOf("<![CDATA[");
  if (cdata < 0) out = decodeSection(text);
  else {
    const end = text.indexOf("]]>", cdata);
    const close = end < 0 ? text.length : end;
    out =
      decodeSection(text.slice(0, cdata)) +
      text.slice(cdata + 9, close) +
      (end < 0 ? "" : decodeXml(text.slice(end + 3)));
  }
  return cellText && out.indexOf("\r\n") >= 0 ? out.replace(/\r\n/g, "\n") : out;
}

/** Where an attribute's raw value lies in the XML: `xml.slice(start, end)`. */
export class ValueSpan {
  start = 0;
  end = 0;
}

/**
 * Finds the raw value of attribute `name` (any namespace prefix) in the start tag text
 * `xml[from, to)`, which runs from after the element name to before `>`; false when the
 * tag has no such attribute. Nothing is allocated: the value is where `span` says.
 */
export function findAttribute(
  xml: string,
  from: number,
  to: number,
  name: string,
  span: ValueSpan
): boolean {
  const first = name.charCodeAt(0);
  // Searched for within the tag only: a tag without the attribute costs no more than its length.
  let at = from;
  while (at + name.length <= to) {
    if (xml.charCodeAt(at) !== first || !xml.startsWith(name, at)) {
      at++;
      continue;
    }
    const before = at === from ? 32 : xml.charCodeAt(at - 1);
    at += name.length;
    // The name must stand alone (after a space or a prefix's colon) and be followed by `=`.
    if (before !== 32 && before !== 58 && before !== 9 && before !== 10 && before !== 13) continue;
    let i = at;
    while (i < to && xml.charCodeAt(i) === 32) i++;
    if (i >= to || xml.charCodeAt(i) !== 61) continue;
    i++;
    while (i < to && xml.charCodeAt(i) === 32) i++;
    const quote = i < to ? xml.charCodeAt(i) : 0;
    if (quote !== 34 && quote !== 39) continue;
    let end = i + 1;
    while (end < to && xml.charCodeAt(end) !== quote) end++;
    if (end >= to) return false;
    span.start = i + 1;
    span.end = end;
    return true;
  }
  return false;
}

const found = new ValueSpan();

/**
 * The raw value of attribute `name` (any namespace prefix) in a start tag's text, or
 * undefined. `tag` runs from after the element name to before `>`.
 */
export function attribute(tag: string, name: string): string | undefined {
  return findAttribute(tag, 0, tag.length, name, found)
    ? tag.slice(found.start, found.end)
    : undefined;
}

/** Every start tag `<prefix:name ...>` (or `<name ...>`) in `xml`: the text between name and `>`. */
export function* startTags(
  xml: string,
  name: string,
  from = 0,
  to = xml.length
): Generator<string> {
  let at = from;
  for (;;) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || lt >= to) return;
    const end = xml.indexOf(">", lt);
    if (end < 0) return;
    at = end + 1;
    let i = lt + 1;
    let nameStart = i;
    for (let c = xml.charCodeAt(i); i < end && !isSpaceOrEnd(c); c = xml.charCodeAt(++i))
      if (c === 58) nameStart = i + 1;
    if (i - nameStart === name.length && xml.startsWith(name, nameStart))
      yield xml.slice(i, xml.charCodeAt(end - 1) === 47 ? end - 1 : end);
  }
}

function isSpaceOrEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
}

/** Where the element `name` (any prefix) starts and its content lies, or undefined. */
export function elementContent(
  xml: string,
  name: string
): { start: number; contentStart: number; contentEnd: number } | undefined {
  const open = new RegExp(`<(?:\\w+:)?${name}\\b[^<>]*>`, "g");
  const match = open.exec(xml);
  if (!match) return undefined;
  const contentStart = match.index + match[0].length;
  if (match[0].endsWith("/>"))
    return { start: match.index, contentStart, contentEnd: contentStart };
  const close = new RegExp(`</(?:\\w+:)?${name}>`, "g");
  close.lastIndex = contentStart;
  const end = close.exec(xml);
  return { start: match.index, contentStart, contentEnd: end ? end.index : xml.length };
}
