/**
 * What SheetJS does not read of an OpenDocument spreadsheet: which sheets are hidden. A
 * sheet (`<table:table>`) is hidden by its table style, whose properties say
 * `table:display="false"`.
 */
import { attribute, decodeXml, startTags } from "./xml-text";

const DISPLAY_FALSE = /\btable:display\s*=\s*["']false["']/;

/**
 * The names of the table styles whose properties hide a sheet. One pass: each search starts
 * where the last element ended (styles do not nest).
 */
function hidingStyles(content: string): Set<string> {
  const styles = new Set<string>();
  const open = "<style:style ";
  const close = "</style:style>";
  let at = content.indexOf(open);
  while (at >= 0) {
    const tagEnd = content.indexOf(">", at);
    if (tagEnd < 0) break;
    const tag = content.slice(at + open.length, tagEnd);
    let next = tagEnd + 1;
    if (!tag.endsWith("/")) {
      const end = content.indexOf(close, tagEnd);
      if (end < 0) break;
      next = end + close.length;
      const name = attribute(tag, "name");
      if (
        attribute(tag, "family") === "table" &&
        name !== undefined &&
        DISPLAY_FALSE.test(content.slice(tagEnd, end))
      )
        styles.add(decodeXml(name));
    }
    at = content.indexOf(open, next);
  }
  return styles;
}

/** The sheets `content.xml` hides, by name. */
export function hiddenSheetNames(content: string): Set<string> {
  const styles = hidingStyles(content);
  const hidden = new Set<string>();
  if (styles.size === 0) return hidden;
  for (const tag of startTags(content, "table")) {
    const style = attribute(tag, "style-name");
    const name = attribute(tag, "name");
    if (style !== undefined && name !== undefined && styles.has(decodeXml(style)))
      hidden.add(decodeXml(name));
  }
  return hidden;
}
