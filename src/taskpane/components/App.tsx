import * as React from "react";
import { Button, makeStyles, Subtitle1, Tab, TabList } from "@fluentui/react-components";
import { PaneController } from "../state/controller";
import { AuthoringController } from "../state/authoring";
import { translator } from "../i18n";
import { AuthoringView } from "./AuthoringView";
import { CheckView } from "./CheckView";
import { ShowIdsContext } from "./ListLegend";
import { PhrasesView } from "./PhrasesView";
import { SettingsView } from "./SettingsView";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "10px",
    padding: "12px",
    minHeight: "100%",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px" },
});

type View = "check" | "author" | "phrases" | "settings";

/** The pane: a header with the language switch, and four views behind tabs. */
export function App({
  controller,
  authoring,
}: {
  controller: PaneController;
  authoring: AuthoringController;
}) {
  const state = React.useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const styles = useStyles();
  const text = translator(state.language);
  const [view, setView] = React.useState<View>("check");
  const [showIds, setShowIds] = React.useState(false);
  const showIdsValue = React.useMemo(() => ({ showIds, setShowIds }), [showIds]);
  React.useEffect(() => controller.start(), [controller]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1">{text("pane.title")}</Subtitle1>
        <Button
          size="small"
          appearance="transparent"
          onClick={() => controller.setLanguage(state.language === "zh" ? "en" : "zh")}
        >
          {text("pane.language")}
        </Button>
      </header>
      <TabList
        size="small"
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as View)}
      >
        <Tab value="check">{text("pane.tab.check")}</Tab>
        <Tab value="author">{text("pane.tab.author")}</Tab>
        <Tab value="phrases">{text("pane.tab.phrases")}</Tab>
        <Tab value="settings">{text("pane.tab.settings")}</Tab>
      </TabList>
      {view === "check" && (
        <ShowIdsContext.Provider value={showIdsValue}>
          <CheckView controller={controller} />
        </ShowIdsContext.Provider>
      )}
      {view === "author" && <AuthoringView controller={authoring} text={text} />}
      {view === "phrases" && <PhrasesView controller={authoring} text={text} />}
      {view === "settings" && (
        <SettingsView controller={controller.settings} language={state.language} text={text} />
      )}
    </main>
  );
}
