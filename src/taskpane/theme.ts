/** Follows the Office theme: a dark body background means the dark Fluent theme. */
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export function isDarkColor(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(color ?? "");
  if (!match) return false;
  const value = parseInt(match[1], 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

export function themeFor(bodyBackground: string | undefined): Theme {
  return isDarkColor(bodyBackground) ? webDarkTheme : webLightTheme;
}
