/**
 * 规则设置 keeps the config's `scoring` part: stored in the workbook, exported and
 * imported in the CLI's shape (only what differs from the defaults), and kept when the
 * profile or a rule changes.
 */
import { parseConfig } from "../../src/domain/config";
import { RULE_IDS } from "../../src/domain/rules";
import { scoringChanges } from "../../src/domain/scoring/changes";
import { DEFAULT_SCORING } from "../../src/domain/scoring/settings";
import { snapshotFromRows } from "../../src/domain/snapshot";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import {
  CONFIG_SETTING,
  configJson,
  RuleSettingsController,
  storedConfig,
} from "../../src/taskpane/state/settings";
import { hostOn } from "../hosts/support";

const PERCENT = "style/percent-word";
const FILE = {
  profile: "mof-2021",
  rules: { [PERCENT]: "off" },
  scoring: {
    budgetPoints: 20,
    partPoints: { satisfaction: 20 },
    tiers: { partly: { from: 0.5, to: 0.8 } },
    reasonBelowRate: 0.85,
  },
};

function settingsOn(workbook: FakeWorkbook) {
  return new RuleSettingsController(hostOn(workbook), () => "zh");
}

describe("scoring in the rule settings", () => {
  it("writes only what differs from the defaults, and nothing when nothing does", () => {
    expect(scoringChanges(DEFAULT_SCORING)).toBeUndefined();
    expect(scoringChanges(parseConfig(FILE, RULE_IDS).scoring!)).toEqual(FILE.scoring);
    expect(JSON.parse(configJson(parseConfig(FILE, RULE_IDS)))).toEqual(FILE);
    const defaults = parseConfig({ rules: {}, scoring: { budgetPoints: 10 } }, RULE_IDS);
    expect(JSON.parse(configJson(defaults))).toEqual({ rules: {} });
  });

  it("imports scoring, stores it in the workbook, exports it again and reads it after a reopen", async () => {
    const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows("Sheet1", [["x"]])]);
    const settings = settingsOn(workbook);
    await settings.importText(JSON.stringify(FILE));
    expect(settings.getSnapshot().message?.kind).toBe("success");
    expect(settings.getSnapshot().config.scoring?.budgetPoints).toBe(20);
    expect(JSON.parse(settings.exportText())).toEqual(FILE);

    const reopened = workbook.reopen();
    expect(reopened.settings.get(CONFIG_SETTING)).toEqual(FILE);
    const config = storedConfig(hostOn(reopened));
    expect(config.scoring).toEqual({
      ...DEFAULT_SCORING,
      budgetPoints: 20,
      partPoints: { ...DEFAULT_SCORING.partPoints, satisfaction: 20 },
      tiers: { ...DEFAULT_SCORING.tiers, partly: { from: 0.5, to: 0.8 } },
      reasonBelowRate: 0.85,
    });
    expect(JSON.parse(settingsOn(reopened).exportText())).toEqual(FILE);
  });

  it("keeps scoring when the profile or a rule changes", async () => {
    const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows("Sheet1", [["x"]])]);
    const settings = settingsOn(workbook);
    await settings.importText(JSON.stringify(FILE));
    await settings.setProfile(undefined);
    await settings.setSeverity("style/stray-spaces", "error");
    await settings.setEnabled(PERCENT, true);
    const expected = { rules: { "style/stray-spaces": "error" }, scoring: FILE.scoring };
    expect(JSON.parse(settings.exportText())).toEqual(expected);
    await settings.setProfile("mof-2015");
    expect(workbook.reopen().settings.get(CONFIG_SETTING)).toEqual({
      profile: "mof-2015",
      ...expected,
    });
  });

  it("refuses a bad scoring setting with the CLI's message and keeps what was stored", async () => {
    const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows("Sheet1", [["x"]])]);
    const settings = settingsOn(workbook);
    await settings.importText(JSON.stringify(FILE));
    await settings.importText(JSON.stringify({ rules: {}, scoring: { budgetPoints: -1 } }));
    expect(settings.getSnapshot().message).toEqual({
      kind: "error",
      text: expect.stringContaining("scoring.budgetPoints"),
    });
    expect(JSON.parse(settings.exportText())).toEqual(FILE);
  });
});
