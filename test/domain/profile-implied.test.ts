import { profileImpliedBy } from "../../src/domain/vocabulary";

describe("the profile a row's levels point to", () => {
  it.each([
    ["成本指标", "经济成本指标", "mof-2021"],
    ["产出指标", "社会成本指标", "mof-2021"],
    ["效益指标", "服务对象满意度指标", "mof-2015-legacy"],
    ["效益指标 ", "服务对象满意度", "mof-2015-legacy"],
    ["满意度指标", "服务对象满意度指标", undefined],
    ["产出指标", "成本指标", undefined],
    ["产出指标", "数量指标", undefined],
    ["", "", undefined],
  ])("%s · %s: %s", (level1, level2, expected) => {
    expect(profileImpliedBy(level1, level2)).toBe(expected);
  });
});
