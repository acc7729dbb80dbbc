import * as React from "react";
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";

/**
 * A view's live status: a spinner while it works, its error, then what the last action did
 * (the children). A screen reader announces what appears here.
 */
export function StatusArea(props: { busy?: boolean; error?: string; children?: React.ReactNode }) {
  return (
    <div role="status" aria-live="polite">
      {props.busy && <Spinner size="tiny" />}
      {props.error && (
        <MessageBar intent="error">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      )}
      {props.children}
    </div>
  );
}
