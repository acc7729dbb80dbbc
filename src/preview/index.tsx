/** The browser preview: the pane without Office, on the fake Excel and a bundled sample. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { languageFromLocale } from "../taskpane/i18n";
import { Preview } from "./Preview";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Preview
        language={languageFromLocale(new URLSearchParams(location.search).get("lang") ?? "zh-CN")}
      />
    </FluentProvider>
  );
}

// Offline use: the service worker keeps the page and its files (not under `webpack serve`,
// where files change with every edit; not from file://, where browsers have none).
if (
  process.env.NODE_ENV === "production" &&
  "serviceWorker" in navigator &&
  location.protocol !== "file:"
)
  void navigator.serviceWorker.register("sw.js").catch(() => undefined);
