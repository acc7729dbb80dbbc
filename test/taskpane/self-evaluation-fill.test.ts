/** The pane's 填写 on a self-evaluation: the computed scores in the preview, applied, undone. */
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { OfficeWorkbookHost } from "../../src/hosts/office";
import { AuthoringController } from "../../src/taskpane/state/authoring";
import { FARMLAND, selfEvaluationSheet } from "../support/approved-goals";

it("previews the empty scores it computes, writes them, and undoes them exactly", async () => {
  const blank = FARMLAND.map((indicator, i) => ({ ...indicator, score: i === 2 ? 10 : null }));
  const workbook = FakeWorkbook.fromSnapshots([
    selfEvaluationSheet({ indicators: blank, funds: { rate: null, score: null }, total: {} }),
  ]);
  workbook.select("自评表", "A1");
  const host = new OfficeWorkbookHost({
    run: workbook.run,
    isSetSupported: workbook.isSetSupported,
    settings: workbook.settings,
  });
  const authoring = new AuthoringController(host);
  const before = ["H6", "H19"].map((address) => workbook.cell("自评表", address).value);
  await authoring.planFill();
  const preview = authoring.getSnapshot().preview ?? [];
  expect(preview.map((item) => [item.edit.address, item.edit.value])).toEqual([
    ["H6", "96%"],
    ["I6", 9.6],
    ["H13", 15],
    ["H14", 14.21],
    ["H16", 9.38],
    ["H17", 30],
    ["H18", 10],
    ["H19", 98.19],
  ]);
  await authoring.applyFill();
  expect(workbook.cell("自评表", "H19").value).toBe(98.19);
  expect(workbook.cell("自评表", "H6").value).toBe("96%");
  await authoring.undoFill();
  expect(["H6", "H19"].map((address) => workbook.cell("自评表", address).value)).toEqual(before);
});
