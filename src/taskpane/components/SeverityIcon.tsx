import * as React from "react";
import { tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { Severity } from "../../domain/findings";

const COLORS: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorPaletteBlueForeground2,
};

export function SeverityIcon({ severity, label }: { severity: Severity; label: string }) {
  const Icon =
    severity === "error"
      ? ErrorCircle16Filled
      : severity === "warning"
        ? Warning16Filled
        : Info16Filled;
  return <Icon role="img" aria-label={label} style={{ color: COLORS[severity], flexShrink: 0 }} />;
}
