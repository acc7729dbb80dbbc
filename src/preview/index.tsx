/** The browser preview: the pane without Office, on the fake Excel and a bundled sample. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { languageFromLocale } from "../taskpane/i18n";
import { Preview } from "./Preview";

const DARK = "(prefers-color-scheme: dark)";

/** The system's light or dark setting, followed as it changes (the pane follows Office's). */
function usePrefersDark(): boolean {
  const query = React.useMemo(() => window.matchMedia?.(DARK), []);
  return React.useSyncExternalStore(
    (changed) => {
      query?.addEventListener("change", changed);
      return () => query?.removeEventListener("change", changed);
    },
    () => query?.matches ?? false
  );
}

function Page() {
  const dark = usePrefersDark();
  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      data-theme={dark ? "dark" : "light"}
    >
      <Preview
        initialLanguage={languageFromLocale(
          new URLSearchParams(location.search).get("lang") ?? "zh-CN"
        )}
        onFirstShown={keepForOffline}
      />
    </FluentProvider>
  );
}

/**
 * Offline use: the service worker keeps the page and its files (not under `webpack serve`,
 * where files change with every edit; not from file://, where browsers have none). Registered
 * once the sample is on screen: installing fetches and compiles every script, which on a first
 * visit competed with the page's own first render.
 */
function keepForOffline(): void {
  if (
    process.env.NODE_ENV === "production" &&
    "serviceWorker" in navigator &&
    location.protocol !== "file:"
  )
    void navigator.serviceWorker.register("sw.js").catch(() => undefined);
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Page />);
