import * as React from "react";
import { Badge } from "@fluentui/react-components";
import { Severity } from "../../domain/findings";

/**
 * A count on a heading, coloured like its severity's icon (red errors, orange warnings);
 * its label is the tooltip and what a screen reader says. Without a label (the legend's
 * sample) it is hidden from screen readers.
 */
export function CountBadge(props: { severity: Severity; count: number; label: string }) {
  const { severity, count, label } = props;
  return (
    <Badge
      size="small"
      shape="circular"
      color={severity === "error" ? "danger" : severity === "warning" ? "warning" : "informative"}
      role={label ? "img" : undefined}
      aria-label={label || undefined}
      aria-hidden={label ? undefined : true}
      title={label || undefined}
      data-count={severity}
    >
      {count}
    </Badge>
  );
}
