/**
 * @jest-environment jsdom
 */
/**
 * 规则设置 on the fake Excel with the seed workbook: a rule switched off or given another
 * severity changes the next check; the setting is stored in the workbook in the CLI's
 * config shape and survives a reopen; import refuses what parseConfig refuses; export
 * gives back what was set.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { PaneController } from "../../src/taskpane/state/controller";
import { CONFIG_SETTING } from "../../src/taskpane/state/settings";
import { parseConfig } from "../../src/domain/config";
import { RULE_IDS } from "../../src/domain/rules";
import { loadFixture } from "../support/fixtures";
import { hostOn } from "../hosts/support";
import {
  button,
  checkWorkbook,
  click,
  findingsOf,
  mount,
  named,
  settle,
  SLOW,
  tab,
} from "./support";

jest.setTimeout(120_000);

const SEED = loadFixture("hebei-2020-seed.xlsx");
const PERCENT = "style/percent-word";

/** Waits until the settings controller has stored the last change. */
async function saved(controller: PaneController) {
  await act(async () => {
    while (controller.settings.getSnapshot().busy)
      await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe("rule settings on the seed workbook", () => {
  it("turns style/percent-word off: its findings go on the next check and after a reopen", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = mount(workbook);
    await checkWorkbook();
    const before = findingsOf(controller, PERCENT).length;
    expect(before).toBeGreaterThan(0);
    const total = () => Object.values(controller.state.counts).reduce((sum, n) => sum + n, 0);
    const shownBefore = total();

    await tab("规则设置");
    const toggle = named('input[role="switch"]', `启用 ${PERCENT}`) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await click(toggle);
    await saved(controller);
    expect((named('input[role="switch"]', `启用 ${PERCENT}`) as HTMLInputElement).checked).toBe(
      false
    );

    await tab("检查");
    await checkWorkbook();
    expect(findingsOf(controller, PERCENT)).toHaveLength(0);
    expect(total()).toBe(shownBefore - before);

    // Stored in the workbook in the CLI's config shape, and read back on a reopen.
    const reopened = workbook.reopen();
    const stored = reopened.settings.get(CONFIG_SETTING);
    expect(parseConfig(stored, RULE_IDS)).toEqual({ rules: { [PERCENT]: "off" } });
    const again = new PaneController(hostOn(reopened), "zh");
    expect(again.settings.settingOf(PERCENT)).toBe("off");
    await again.checkWorkbook();
    expect(again.state.status).toBe("done");
    expect(findingsOf(again, PERCENT)).toHaveLength(0);
  });

  it("全部忽略 on a finding switches its rule off and checks again", async () => {
    const controller = mount(FakeWorkbook.fromSnapshots(SEED));
    await checkWorkbook();
    const label = `关闭规则 ${PERCENT}（可在规则设置中重新开启）`;
    const first = document.querySelector<HTMLElement>(`button[aria-label="${label}"]`);
    expect(first).not.toBeNull();
    await click(first as HTMLElement);
    await waitFor(() => {
      expect(controller.state.status).toBe("done");
      expect(findingsOf(controller, PERCENT)).toHaveLength(0);
    }, SLOW);
    expect(document.querySelector(`button[aria-label="${label}"]`)).toBeNull();
    expect(controller.settings.settingOf(PERCENT)).toBe("off");
  });

  it("makes style/percent-word an error: the verdict changes", async () => {
    const controller = mount(FakeWorkbook.fromSnapshots(SEED));
    await checkWorkbook();
    expect(screen.getByText("暂不能报送：有 1 个错误需要修改")).toBeTruthy();
    const count = findingsOf(controller, PERCENT).length;

    await tab("规则设置");
    await settle(() =>
      fireEvent.change(named("select", `${PERCENT} 的级别`), { target: { value: "error" } })
    );
    await saved(controller);
    await tab("检查");
    await checkWorkbook();
    expect(findingsOf(controller, PERCENT).every((f) => f.severity === "error")).toBe(true);
    expect(screen.getByText(`暂不能报送：有 ${1 + count} 个错误需要修改`)).toBeTruthy();
  });

  it("imports a valid config, refuses an invalid one with parseConfig's message, exports what was set", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = mount(workbook);
    await tab("规则设置");
    const paste = (text: string) =>
      settle(() =>
        fireEvent.change(screen.getByLabelText("粘贴配置 JSON"), { target: { value: text } })
      );

    const config = {
      profile: "mof-2015",
      rules: { [PERCENT]: "error", "style/stray-spaces": "off" },
    };
    await paste(JSON.stringify(config));
    await click(button("导入配置"));
    await saved(controller);
    expect(screen.getByText("配置已导入并保存到工作簿")).toBeTruthy();
    expect(controller.settings.getSnapshot().config).toEqual(config);
    expect((named("select", `${PERCENT} 的级别`) as HTMLSelectElement).value).toBe("error");

    await paste(JSON.stringify({ rules: { "style/no-such-rule": "off" } }));
    await click(button("导入配置"));
    expect(screen.getByText(/未知的规则 “rules.style\/no-such-rule”/)).toBeTruthy();
    await paste("{ not json");
    await click(button("导入配置"));
    expect(screen.getByText(/^不是有效的 JSON：/)).toBeTruthy();
    // Nothing refused was applied.
    expect(controller.settings.getSnapshot().config).toEqual(config);

    await click(button("导出配置"));
    const exported = (screen.getByLabelText("配置 JSON") as HTMLTextAreaElement).value;
    expect(parseConfig(JSON.parse(exported), RULE_IDS)).toEqual(config);
    expect(JSON.parse(exported)).toEqual(config);
    expect(workbook.reopen().settings.get(CONFIG_SETTING)).toEqual(config);
  });
});
