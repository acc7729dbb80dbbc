/** The profiles' indicator vocabulary, units and qualitative words (DOMAIN.md §2). */
import { levelKey, memoize } from "./text";

/**
 * The indicator systems, named after the rules they follow: 财预〔2015〕88号 (`mof-2015`),
 * its older national template with satisfaction under 效益指标 (`mof-2015-legacy`),
 * 财预〔2021〕101号 (`mof-2021`), the evaluation framework of 财预〔2020〕10号
 * (`mof-2020-eval`: 决策 · 过程 · 产出 · 效益), on which some self-evaluations are scored, and the
 * 国家发展改革委 template for 中央预算内投资计划绩效目标表 (`ndrc-investment`: 实施效果 · 过程管理).
 */
export type ProfileId =
  "mof-2015" | "mof-2015-legacy" | "mof-2021" | "mof-2020-eval" | "ndrc-investment";
export const PROFILE_IDS: readonly ProfileId[] = [
  "mof-2015",
  "mof-2015-legacy",
  "mof-2021",
  "mof-2020-eval",
  "ndrc-investment",
];

/** Ids of earlier versions, still accepted in flags and config. */
const PROFILE_ALIASES: Record<string, ProfileId> = { "hebei-2020": "mof-2015" };

/** The profile a flag or setting names (an id or an old alias), or undefined. */
export function parseProfileId(text: string): ProfileId | undefined {
  if ((PROFILE_IDS as readonly string[]).includes(text)) return text as ProfileId;
  return PROFILE_ALIASES[text];
}

/** What a flag or setting may say, for messages. */
export const PROFILE_CHOICES = [...PROFILE_IDS, ...Object.keys(PROFILE_ALIASES)].join(", ");

/** The category a second level belongs to, independent of wording. */
export type Category =
  | "quantity"
  | "quality"
  | "timeliness"
  | "cost"
  | "economic-benefit"
  | "social-benefit"
  | "ecological-benefit"
  | "sustainability"
  | "satisfaction"
  | "economic-cost"
  | "social-cost"
  | "ecological-cost"
  | "decision"
  | "process"
  | "output"
  | "benefit";

/**
 * First levels as categories: what a project must cover, and the evaluation framework's
 * levels that judge how it was decided and run (决策, 过程).
 */
export type FirstLevel =
  "output" | "benefit" | "satisfaction" | "cost" | "decision" | "process" | "effect";

interface SecondLevelEntry {
  names: string[];
  category: Category;
}

interface FirstLevelEntry {
  name: string;
  /** Older templates' own names for it (四川 before 2022: 项目完成指标 for 产出指标). */
  aliases?: string[];
  kind: FirstLevel;
  second: SecondLevelEntry[];
  /**
   * The evaluation framework's 决策 and 过程: scored against a standard, not held to a target
   * (a blank or `—` 指标值 is how they are filled in), their second levels the evaluator's own
   * (any name, or none), and not every table has them.
   */
  scoredByStandard?: true;
}

/**
 * The output's second levels, also written with the first level before them (产出数量指标,
 * 宁晋 2019; the evaluation framework's 产出数量): the same level, named in full.
 */
const QUANTITY: SecondLevelEntry = { names: ["数量指标", "产出数量指标"], category: "quantity" };
const QUALITY: SecondLevelEntry = { names: ["质量指标", "产出质量指标"], category: "quality" };
const TIMELINESS: SecondLevelEntry = {
  names: ["时效指标", "产出时效指标"],
  category: "timeliness",
};
const OUTPUT_COST: SecondLevelEntry = { names: ["成本指标", "产出成本指标"], category: "cost" };
const BENEFITS: SecondLevelEntry[] = [
  { names: ["经济效益指标"], category: "economic-benefit" },
  { names: ["社会效益指标"], category: "social-benefit" },
  { names: ["生态效益指标", "环境效益指标"], category: "ecological-benefit" },
  { names: ["可持续影响指标"], category: "sustainability" },
];
const SATISFACTION_NAMES = [
  "服务对象满意度指标",
  "社会公众或服务对象满意度指标",
  "社会公众满意度指标",
  "满意度指标",
];
const SATISFACTION: FirstLevelEntry = {
  name: "满意度指标",
  kind: "satisfaction",
  second: [{ names: SATISFACTION_NAMES, category: "satisfaction" }],
};
const OUTPUT_2015: FirstLevelEntry = {
  name: "产出指标",
  aliases: ["项目完成指标"],
  kind: "output",
  second: [QUANTITY, QUALITY, TIMELINESS, OUTPUT_COST],
};

const BENEFIT_2015: FirstLevelEntry = {
  name: "效益指标",
  aliases: ["项目效益指标"],
  kind: "benefit",
  second: BENEFITS,
};

/**
 * The evaluation framework (财预〔2020〕10号, 附件2: 决策 · 过程 · 产出 · 效益) and its older
 * form (投入 · 过程 · 产出 · 效果, or 投入 · 管理 · 产出 · 效果 as 江苏 2016 heads them), as
 * self-evaluations write it: 项目决策 · 项目管理 · 项目产出 ·
 * 项目效益 (银川 2021), with the 2015 system's second levels under 产出 and 效益 beside the
 * framework's own (产出数量, 项目效益).
 */
const DECISION_2020: FirstLevelEntry = {
  name: "决策",
  aliases: ["项目决策", "投入", "项目投入"],
  kind: "decision",
  // 绩效目标, a header label too, is known as a level here: a row under a merged 决策 that
  // starts with it stays in the indicator block instead of ending it (the template's own).
  second: [{ names: ["项目立项", "绩效目标", "资金投入", "资金落实"], category: "decision" }],
  scoredByStandard: true,
};
const PROCESS_2020: FirstLevelEntry = {
  name: "过程",
  aliases: ["项目过程", "项目管理", "管理"],
  kind: "process",
  second: [{ names: ["资金管理", "组织实施", "业务管理", "财务管理"], category: "process" }],
  scoredByStandard: true,
};
const OUTPUT_2020: FirstLevelEntry = {
  name: "产出",
  aliases: ["项目产出"],
  kind: "output",
  second: [{ names: ["项目产出"], category: "output" }, QUANTITY, QUALITY, TIMELINESS, OUTPUT_COST],
};
const BENEFIT_2020: FirstLevelEntry = {
  name: "效益",
  aliases: ["项目效益", "效果", "项目效果"],
  kind: "benefit",
  second: [
    { names: ["项目效益"], category: "benefit" },
    ...BENEFITS,
    { names: SATISFACTION_NAMES, category: "satisfaction" },
  ],
};

/**
 * The 国家发展改革委 template for 中央预算内投资计划绩效目标表 (舒城 2023): 实施效果指标, with 产出 ·
 * 效益 · 满意度 as its second levels, and 过程管理指标 (计划 · 资金 · 项目管理, 监督检查), each row
 * with a target of its own.
 */
const EFFECT_NDRC: FirstLevelEntry = {
  name: "实施效果指标",
  kind: "effect",
  second: [
    { names: ["产出指标"], category: "output" },
    { names: ["效益指标"], category: "benefit" },
    { names: SATISFACTION_NAMES, category: "satisfaction" },
  ],
};
const PROCESS_NDRC: FirstLevelEntry = {
  name: "过程管理指标",
  kind: "process",
  second: [
    {
      names: ["计划管理指标", "资金管理指标", "项目管理指标", "监督检查指标"],
      category: "process",
    },
  ],
};

export const PROFILES: Record<ProfileId, { name: string; first: FirstLevelEntry[] }> = {
  "mof-2015": {
    name: "财预〔2015〕88号",
    first: [OUTPUT_2015, BENEFIT_2015, SATISFACTION],
  },
  "mof-2015-legacy": {
    name: "财预〔2015〕88号（旧版模板：满意度列在效益指标下）",
    first: [
      OUTPUT_2015,
      {
        ...BENEFIT_2015,
        second: [...BENEFITS, { names: SATISFACTION_NAMES, category: "satisfaction" }],
      },
    ],
  },
  "mof-2021": {
    name: "财政部 2021（财预〔2021〕101号）",
    first: [
      { name: "产出指标", kind: "output", second: [QUANTITY, QUALITY, TIMELINESS] },
      {
        name: "成本指标",
        kind: "cost",
        second: [
          { names: ["经济成本指标"], category: "economic-cost" },
          { names: ["社会成本指标"], category: "social-cost" },
          { names: ["生态环境成本指标"], category: "ecological-cost" },
        ],
      },
      { name: "效益指标", kind: "benefit", second: BENEFITS },
      SATISFACTION,
    ],
  },
  "mof-2020-eval": {
    name: "财预〔2020〕10号评价指标体系框架",
    first: [DECISION_2020, PROCESS_2020, OUTPUT_2020, BENEFIT_2020],
  },
  "ndrc-investment": {
    name: "国家发展改革委中央预算内投资绩效目标表",
    first: [EFFECT_NDRC, PROCESS_NDRC],
  },
};

/** Lookups by level key, built once per profile; they run for every row of every rule. */
const FIRST_BY_KEY = new Map<ProfileId, Map<string, FirstLevelEntry>>();
const SECOND_BY_KEY = new Map<
  ProfileId,
  Map<string, { entry: SecondLevelEntry; first: FirstLevelEntry }>
>();
for (const profile of Object.keys(PROFILES) as ProfileId[]) {
  const firsts = new Map<string, FirstLevelEntry>();
  const seconds = new Map<string, { entry: SecondLevelEntry; first: FirstLevelEntry }>();
  for (const first of PROFILES[profile].first) {
    for (const name of [first.name, ...(first.aliases ?? [])]) firsts.set(levelKey(name), first);
    for (const entry of first.second) {
      for (const name of entry.names)
        if (!seconds.has(levelKey(name))) seconds.set(levelKey(name), { entry, first });
    }
  }
  FIRST_BY_KEY.set(profile, firsts);
  SECOND_BY_KEY.set(profile, seconds);
}

/** Every first- and second-level key of every profile: one lookup per row while recognizing. */
const KNOWN_LEVEL_KEYS = new Set<string>(
  [...FIRST_BY_KEY.values(), ...SECOND_BY_KEY.values()].flatMap((byKey) => [...byKey.keys()])
);

type SecondLevelMatch = { entry: SecondLevelEntry; first: FirstLevelEntry };

/** What a level text names in each profile: read once per text and check. */
export interface LevelNames {
  first: Partial<Record<ProfileId, FirstLevelEntry>>;
  second: Partial<Record<ProfileId, SecondLevelMatch>>;
  known: boolean;
}

/** What a text that names no level names: one shared answer. */
export const NOT_A_LEVEL: LevelNames = Object.freeze({ first: {}, second: {}, known: false });

/**
 * The known level keys by their first and by their last character: one bit per key. A key
 * is what remains of a text after folding and cutting (levelKey), and folding turns no
 * character into an ideograph, so a text that names a known level holds both ends of its key.
 */
const KEYS_STARTING_WITH = new Map<number, number>();
const KEYS_ENDING_WITH = new Map<number, number>();
/** One bit per character code that starts or ends a key: most characters are passed over by it. */
const KEY_ENDS = new Uint32Array(0x10000 / 32);
[...KNOWN_LEVEL_KEYS].forEach((key, i) => {
  // Keys beyond 31 share bits: a shared bit can only let more texts through to the lookup.
  const bit = 1 << (i % 31);
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(key.length - 1);
  KEYS_STARTING_WITH.set(first, (KEYS_STARTING_WITH.get(first) ?? 0) | bit);
  KEYS_ENDING_WITH.set(last, (KEYS_ENDING_WITH.get(last) ?? 0) | bit);
  for (const code of [first, last]) KEY_ENDS[code >>> 5] |= 1 << (code & 31);
});

function mayNameKnownLevel(text: string): boolean {
  let started = 0;
  let ended = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (((KEY_ENDS[code >>> 5] >>> (code & 31)) & 1) === 0) continue;
    started |= KEYS_STARTING_WITH.get(code) ?? 0;
    ended |= KEYS_ENDING_WITH.get(code) ?? 0;
  }
  return (started & ended) !== 0;
}

/**
 * The answers for the level names as the profiles spell them (`产出指标`, `数量指标`), which
 * nearly every level cell holds: one lookup (the engine hashes the text itself, once per
 * string) where any other text is scanned and hashed by the code below. Made when first asked.
 */
const SPELLED_NAMES = new Map<string, LevelNames | null>();
for (const profile of PROFILE_IDS)
  for (const first of PROFILES[profile].first) {
    for (const name of [first.name, ...(first.aliases ?? [])]) SPELLED_NAMES.set(name, null);
    for (const entry of first.second) for (const name of entry.names) SPELLED_NAMES.set(name, null);
  }

/** What a level text names in every profile: most names of indicators are ruled out by a scan. */
export function levelNamesOf(text: string): LevelNames {
  const spelled = SPELLED_NAMES.get(text);
  if (spelled === null) {
    const names = namesOfKey(levelKey(text));
    SPELLED_NAMES.set(text, names);
    return names;
  }
  if (spelled !== undefined) return spelled;
  return mayNameKnownLevel(text) ? knownLevelNamesOf(text) : NOT_A_LEVEL;
}

/** Rules ask about the same few level names on every row: one cached answer for all profiles. */
const knownLevelNamesOf = memoize((text: string): LevelNames => namesOfKey(levelKey(text)));

function namesOfKey(key: string): LevelNames {
  if (!KNOWN_LEVEL_KEYS.has(key)) return NOT_A_LEVEL;
  const names: LevelNames = { first: {}, second: {}, known: true };
  for (const profile of PROFILE_IDS) {
    const first = FIRST_BY_KEY.get(profile)?.get(key);
    if (first) names.first[profile] = first;
    const second = SECOND_BY_KEY.get(profile)?.get(key);
    if (second) names.second[profile] = second;
  }
  return names;
}

export function findFirstLevel(profile: ProfileId, text: string): FirstLevelEntry | undefined {
  return levelNamesOf(text).first[profile];
}

/** The second level's entry when the name is known under any first level of the profile. */
export function findSecondLevel(profile: ProfileId, text: string): SecondLevelMatch | undefined {
  return levelNamesOf(text).second[profile];
}

/** A first level of any profile (`产出指标`, `成本指标`). */
export function isFirstLevelName(text: string): boolean {
  return Object.keys(levelNamesOf(text).first).length > 0;
}

/** A second level of any profile (`数量指标`, `社会效益指标`). */
export function isSecondLevelName(text: string): boolean {
  return Object.keys(levelNamesOf(text).second).length > 0;
}

export function isKnownLevelName(text: string): boolean {
  return levelNamesOf(text).known;
}

/** Whether some profile files the second level `level2` under the first level `level1`. */
export function belongsUnder(level1: string, level2: string): boolean {
  const first = levelNamesOf(level1).first;
  const second = levelNamesOf(level2).second;
  return PROFILE_IDS.some((profile) => {
    const parent = first[profile];
    return parent !== undefined && second[profile]?.first === parent;
  });
}

/**
 * The older framework's 投入 (and 效果) are also written, in error, as first levels of goal
 * tables (福建 2017 `投入 · 成本目标`, 河北 2020 `效果指标`): they are read as the framework's
 * levels in a table that is on it, and do not put a table on it.
 */
const INPUT_LEVEL_KEYS = new Set(["投入", "项目投入"]);

/**
 * The profile a row's levels point to: mof-2021 by its own words (成本指标 as a first level,
 * or one of its cost second levels), the 中央预算内投资 template by its 实施效果 or 过程管理, the
 * evaluation framework by its 决策 or 过程 (项目管理),
 * else the older template by its habit (a satisfaction second level under 效益指标); undefined
 * for none. Each text is looked up once.
 */
export function profileImpliedBy(level1: string, level2: string): ProfileId | undefined {
  const first = levelNamesOf(level1).first;
  const second = levelNamesOf(level2).second;
  if (first["mof-2021"]?.kind === "cost" || second["mof-2021"]?.first.kind === "cost")
    return "mof-2021";
  if (first["ndrc-investment"]) return "ndrc-investment";
  const framework = first["mof-2020-eval"];
  if (framework?.scoredByStandard && !INPUT_LEVEL_KEYS.has(levelKey(level1)))
    return "mof-2020-eval";
  if (
    first["mof-2015"]?.kind === "benefit" &&
    second["mof-2015"]?.entry.category === "satisfaction"
  )
    return "mof-2015-legacy";
  return undefined;
}

export const MONEY_UNITS = ["元", "万元", "亿元", "千元", "百万元"];
export const COUNT_UNITS = [
  "个",
  "次",
  "块",
  "所",
  "台",
  "人",
  "人次",
  "户",
  "家",
  "项",
  "件",
  "套",
  "份",
  "批",
  "宗",
  "处",
  "本",
  "张",
  "篇",
  "期",
  "场",
  "座",
  "条",
  "辆",
  "名",
  "册",
  "宗地",
  "幅",
  "组",
  "株",
  "棵",
  "头",
  "只",
  "羽",
  "尾",
  "枚",
  "颗",
  "盏",
  "间",
  "栋",
  "根",
  "片",
  "门",
  "节",
  "位",
  "班",
  "届",
  "轮",
  "支",
  "队",
  "部",
  "首",
  "集",
  "个次",
  "户次",
  "人天",
  "车次",
  "单",
];
export const MEASURE_UNITS = [
  "亩",
  "公顷",
  "平方米",
  "平方公里",
  "公里",
  "千米",
  "米",
  "厘米",
  "毫米",
  "立方米",
  "吨",
  "千克",
  "公斤",
  "万亩",
  "万人",
  "万人次",
  "万吨",
  "千瓦",
  "小时",
  "分钟",
  "周",
  "季度",
  "学时",
  "课时",
];
export const TIME_UNITS = ["天", "日", "月", "年", "工作日", "个工作日", "个月", "年度"];
const RATIO_UNITS = ["%", "百分比", "‰", "千分比", "倍", "分", "级", "星"];

export const KNOWN_UNITS = new Set<string>([
  ...MONEY_UNITS,
  ...COUNT_UNITS,
  ...MEASURE_UNITS,
  ...TIME_UNITS,
  ...RATIO_UNITS,
]);

/** Counts and measures also written in ten-thousands or hundred-millions (`万立方米`, `亿株`). */
const SCALABLE_UNITS = new Set<string>([...COUNT_UNITS, ...MEASURE_UNITS]);

/**
 * A known unit, a count or measure scaled by 万 or 亿 (`万立方米`), or one counted in times
 * (`亩次`, `台次`: the area or machines of each round, summed).
 */
function isSingleUnit(text: string): boolean {
  if (KNOWN_UNITS.has(text) || unscaledUnit(text) !== text) return true;
  const counted = text.endsWith("次") ? unscaledUnit(text.slice(0, -1)) : "";
  return counted !== "" && !counted.endsWith("次") && SCALABLE_UNITS.has(counted);
}

/** The unit without a 万 or 亿 before it (`万平方米` → `平方米`), or the unit as it is. */
export function unscaledUnit(unit: string): string {
  const scale = unit.charAt(0);
  return (scale === "万" || scale === "亿") && SCALABLE_UNITS.has(unit.slice(1))
    ? unit.slice(1)
    : unit;
}

/** Units are known words, or compounds of them (`元/亩`, `人次/年`). */
export function isUnit(text: string): boolean {
  if (isSingleUnit(text)) return true;
  const slash = text.indexOf("/");
  if (slash < 0 || text.indexOf("/", slash + 1) >= 0) return false;
  return isSingleUnit(text.slice(0, slash)) && isSingleUnit(text.slice(slash + 1));
}

export function isMoneyUnit(unit: string): boolean {
  const head = unit.split("/")[0];
  return MONEY_UNITS.includes(head);
}

/** Names of dimensionless measures that need no unit. */
export const DIMENSIONLESS_WORDS = ["系数", "指数", "比值", "倍数", "等级", "评分"];

/** Markers that say a target is qualitative. */
export const QUALITATIVE_MARKERS = ["文字描述", "定性", "定性指标", "文字", "描述"];

/** Words a qualitative target is typically written with. */
export const QUALITATIVE_WORDS = [
  "好",
  "较好",
  "一般",
  "较差",
  "差",
  "优",
  "良",
  "中",
  "优秀",
  "良好",
  "合格",
  "达标",
  "达到预期",
  "部分达到",
  "未达到",
  "明显改善",
  "有效提升",
  "有所提升",
  "显著提升",
  "逐步提高",
  "持续改善",
  "符合要求",
  "满足要求",
];
