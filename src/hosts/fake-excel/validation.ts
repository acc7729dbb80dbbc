/** Data validation (ExcelApi 1.8): list rules only, the one kind the adapter writes. */
import { cellKey, mapCells } from "./address";
import { FakeClientObject, FakeRequestContext, Handle } from "./context";
import { FakeOfficeError } from "./errors";
import { ListRuleData } from "./model";
import type { RangeTarget } from "./range";

/** Excel keeps at most 255 characters of a list typed as its source. */
export const MAX_LIST_SOURCE = 255;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `{ list: { inCellDropDown, source } }` with a string source; anything else is refused. */
function listRule(rule: unknown): ListRuleData {
  const refuse = (what: string) =>
    new FakeOfficeError("NotModeled", `dataValidation.rule: ${what}`);
  if (!isRecord(rule)) throw refuse("not an object");
  const kinds = Object.keys(rule).filter((key) => rule[key] !== undefined);
  if (kinds.length !== 1 || kinds[0] !== "list" || !isRecord(rule.list))
    throw refuse(`only list rules are modeled, not ${kinds.join(", ")}`);
  const { source, inCellDropDown } = rule.list;
  if (typeof source !== "string") throw refuse("the list source must be a string");
  if (source.length > MAX_LIST_SOURCE)
    throw new FakeOfficeError(
      "InvalidArgument",
      `a list source is at most ${MAX_LIST_SOURCE} characters`
    );
  if (inCellDropDown !== undefined && typeof inCellDropDown !== "boolean")
    throw new FakeOfficeError("InvalidArgument", "inCellDropDown must be a boolean");
  return { source, inCellDropDown: inCellDropDown ?? true };
}

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, rangeHandle: Handle<RangeTarget>) {
    super(context, new Handle(null, () => rangeHandle.get()), ["rule", "type"]);
  }

  /** The range's rule when every cell has the same one; `type` is `Inconsistent` otherwise. */
  protected readProperty(name: string): unknown {
    const { sheet, range } = this.handle.get();
    const rules = mapCells(range, (r, c) => sheet.validations.get(cellKey(r, c)) ?? null).flat();
    const first = rules[0] ?? null;
    const same = rules.every(
      (rule) =>
        rule === first ||
        (rule !== null &&
          first !== null &&
          rule.source === first.source &&
          rule.inCellDropDown === first.inCellDropDown)
    );
    if (name === "type") return !same ? "Inconsistent" : first ? "List" : "None";
    if (!same) return null;
    return first ? { list: { ...first } } : {};
  }

  get type(): string {
    return this.property("type");
  }
  get rule(): { list?: ListRuleData } {
    return this.property("rule");
  }
  /** Replaces the validation of every cell of the range. */
  set rule(rule: unknown) {
    this.context.enqueue(
      "write",
      () => {
        const list = listRule(rule);
        const { sheet, range } = this.handle.get();
        mapCells(range, (r, c) => sheet.validations.set(cellKey(r, c), { ...list }));
      },
      rule
    );
  }

  clear(): void {
    this.context.enqueue("write", () => {
      const { sheet, range } = this.handle.get();
      mapCells(range, (r, c) => sheet.validations.delete(cellKey(r, c)));
    });
  }
}
