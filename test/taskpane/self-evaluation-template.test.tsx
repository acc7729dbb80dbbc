/**
 * @jest-environment jsdom
 */
/**
 * 新建与填写 with the 绩效自评表 form: the template prefilled from the workbook's goal table
 * at the selected cell, the year's figures typed in, 填写 computes the scores, and the check
 * afterwards has no score finding; with no room at the selection, a blank one on a new sheet.
 */
import { fireEvent, screen } from "@testing-library/react";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { FARMLAND, goalTableSheet } from "../support/approved-goals";
import { hostOn } from "../hosts/support";
import { button, checkWorkbook, click, findingsOf, mountPane, settle, SLOW, tab } from "./support";

jest.setTimeout(120_000);

/** The rules that hold a score, rate or total against its inputs. */
const SCORE_RULES = [
  "selfeval/rate-mismatch",
  "selfeval/budget-score-mismatch",
  "selfeval/total-mismatch",
  "selfeval/score-above-points",
  "selfeval/score-not-following",
  "selfeval/tier-mismatch",
];

async function chooseSelfEvaluation(): Promise<void> {
  await tab("新建与填写");
  await click(screen.getByLabelText("项目支出绩效自评表（年终自评）"));
}

it("inserts a self-evaluation prefilled from the goal table, fills its scores, and checks clean", async () => {
  const workbook = FakeWorkbook.fromSnapshots([goalTableSheet()]);
  workbook.addSheet("自评");
  workbook.select("自评", "C3");
  const controller = mountPane(hostOn(workbook));
  await chooseSelfEvaluation();

  const prefill = (await screen.findByLabelText(
    /^从绩效目标表预填/,
    undefined,
    SLOW
  )) as HTMLSelectElement;
  expect(prefill.selectedOptions[0].textContent).toMatch(
    /^高标准农田建设项目（目标表!A\d+:E\d+）$/
  );
  // The goal table's profile is used: no profile to choose.
  expect(screen.getByText("指标体系随所选绩效目标表")).toBeTruthy();
  await click(button("插入模板"));
  await screen.findByText("已在“自评”插入模板，光标位于 H14", undefined, SLOW);

  // At the selected cell: title at C3, indicators and targets copied, actual values blank.
  const value = (address: string) => workbook.cell("自评", address).value;
  expect(value("C3")).toBe("项目支出绩效自评表");
  expect(value("D4")).toBe("高标准农田建设项目");
  expect(value("F7")).toBe(100); // 年初预算数, the approved total
  FARMLAND.forEach((indicator, i) => {
    expect([value(`F${14 + i}`), value(`G${14 + i}`), value(`H${14 + i}`)]).toEqual([
      indicator.name,
      indicator.target,
      "",
    ]);
  });
  expect(workbook.selection).toEqual({ sheet: "自评", address: "H14" });

  // The year's figures, as a user types them: budget, spending, actuals, points, the
  // qualitative row's score (the evaluator's judgement).
  workbook.setValue("自评", "G7", 100);
  workbook.setValue("自评", "H7", 96);
  FARMLAND.forEach((indicator, i) => {
    workbook.setValue("自评", `H${14 + i}`, String(indicator.actual));
    workbook.setValue("自评", `I${14 + i}`, Number(indicator.points));
  });
  workbook.setValue("自评", "J16", 10);

  await click(button("生成预览"));
  await screen.findByText(/^将写入 \d+ 个单元格$/, undefined, SLOW);
  const written = [...document.querySelectorAll("[data-preview]")].map((item) =>
    item.getAttribute("data-preview")
  );
  expect(written).toEqual(["J7", "K7", "J14", "J15", "J17", "J18", "J19", "J20"]);
  await click(button(/^应用所选/));
  await screen.findByText("已写入 8 个单元格", undefined, SLOW);
  expect(value("J7")).toBe("96%");
  expect(value("J20")).toBe(98.19);

  await tab("检查");
  await checkWorkbook();
  const evaluation = controller.state.tables.find((table) => table.sheet === "自评");
  expect([evaluation?.form, evaluation?.scores?.total?.score]).toEqual(["selfEvaluation", 98.19]);
  const scoreFindings = SCORE_RULES.flatMap((rule) => findingsOf(controller, rule));
  expect(scoreFindings).toEqual([]);
});

it("inserts a blank self-evaluation on a new sheet when the selected area is not empty", async () => {
  const workbook = FakeWorkbook.fromSnapshots([]);
  workbook.addSheet("草稿");
  workbook.setValue("草稿", "B5", "已有内容");
  workbook.select("草稿", "A1");
  mountPane(hostOn(workbook));
  await chooseSelfEvaluation();

  await screen.findByText("本工作簿中没有填有指标的绩效目标表，将插入空白自评表", undefined, SLOW);
  await click(screen.getByLabelText(/^财预〔2021〕101号/));
  await settle(() =>
    fireEvent.change(screen.getByLabelText("项目名称（可选）"), {
      target: { value: "耕地保护项目" },
    })
  );
  await click(button("插入模板"));
  // Named, the cursor goes to the first indicator's name.
  await screen.findByText("已在“新项目绩效自评表”插入模板，光标位于 D12", undefined, SLOW);
  expect(workbook.cell("草稿", "B5").value).toBe("已有内容");
  expect(workbook.cell("新项目绩效自评表", "A1").value).toBe("项目支出绩效自评表");
  expect(workbook.cell("新项目绩效自评表", "B2").value).toBe("耕地保护项目");
  expect(workbook.cell("新项目绩效自评表", "B12").value).toBe("产出指标");
  expect(workbook.selection).toEqual({ sheet: "新项目绩效自评表", address: "D12" });
});
