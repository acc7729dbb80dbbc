/** The pane's host on the page's workbook, remembering the layouts it applied, for saving. */
import { LayoutPlan } from "../domain/edits";
import { OfficeWorkbookHost } from "../hosts/office";

export class RecordingHost extends OfficeWorkbookHost {
  private readonly applied: LayoutPlan[] = [];

  /** The layouts applied so far, in order. */
  get layouts(): readonly LayoutPlan[] {
    return this.applied;
  }

  override async applyLayout(plan: LayoutPlan): Promise<void> {
    await super.applyLayout(plan);
    this.applied.push(plan);
  }
}
