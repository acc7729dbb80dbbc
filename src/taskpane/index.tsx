/** The add-in's pane: waits for Office, then renders the pane on the Office.js host. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { OfficeWorkbookHost } from "../hosts/office";
import { PaneController } from "./state/controller";
import { AuthoringController } from "./state/authoring";
import { App } from "./components/App";
import { languageFromLocale } from "./i18n";
import { themeFor } from "./theme";

Office.onReady(() => {
  const host = new OfficeWorkbookHost({
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document?.settings ?? null,
  });
  const controller = new PaneController(host, languageFromLocale(Office.context.displayLanguage));
  const authoring = new AuthoringController(host);
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <FluentProvider
      theme={themeFor(Office.context.officeTheme?.bodyBackgroundColor)}
      style={{ minHeight: "100vh" }}
    >
      <App controller={controller} authoring={authoring} />
    </FluentProvider>
  );
});
