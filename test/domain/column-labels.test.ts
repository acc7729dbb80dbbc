/**
 * Column labels of the 财预〔2021〕101号 template family that no rule reads, or that give last
 * year's values, have their roles: they are neither reported as not understood nor read as
 * the target.
 */
import { columnKeyOf } from "../../src/domain/recognize/labels";
import { normalizeLabel } from "../../src/domain/text";

describe("a column label", () => {
  it.each([
    ["数据来源", "remark"],
    ["指标数据来源", "remark"],
    ["佐证材料", "remark"],
    ["考核方式", "remark"],
    ["备注", "remark"],
    ["历史参考值", "history"],
    ["历史值", "history"],
    ["近三年平均值", "history"],
    ["上年实际值", "history"],
    ["年度指标值", "value"],
  ])("%s is the %s column", (label, key) => {
    expect(columnKeyOf(normalizeLabel(label))).toBe(key);
  });
});
