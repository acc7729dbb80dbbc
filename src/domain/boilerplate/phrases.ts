/**
 * The phrase library: the wording of generated 指标值确定依据 by category. An office can
 * keep its own (stored in the workbook by the pane; a JSON file for the CLI).
 */
import { Category } from "../vocabulary";

export type PhraseKey = Category | "default";

export type PhraseLibrary = Record<PhraseKey, string>;

const COST = "根据预算批复和相关支出标准确定";

export const DEFAULT_PHRASES: PhraseLibrary = {
  quantity: "根据项目实施方案和年度工作计划确定",
  quality: "依据国家或行业相关标准确定",
  timeliness: "根据项目实施进度安排确定",
  cost: COST,
  "economic-cost": COST,
  "social-cost": "根据项目实施对社会可能造成的影响测算确定",
  "ecological-cost": "根据项目实施对生态环境可能造成的影响测算确定",
  "economic-benefit": "根据项目预期经济效益测算，参考近三年历史数据确定",
  "social-benefit": "根据相关规划目标，参考近三年历史数据确定",
  "ecological-benefit": "根据生态环境保护相关规划和标准确定",
  sustainability: "根据相关规划目标和项目长效运行安排确定",
  satisfaction: "满意度=满意人数/调查总人数×100%，通过问卷调查取得",
  decision: "根据项目立项、绩效目标设定和资金投入的相关规定确定",
  process: "根据资金管理和项目组织实施的相关制度规定确定",
  output: "根据项目实施方案确定的产出任务确定",
  benefit: "根据项目预期效益和相关规划目标确定",
  default: "根据项目实施方案和年度工作计划确定",
};

export const PHRASE_KEYS = Object.keys(DEFAULT_PHRASES) as PhraseKey[];

/** The library with an office's own wording laid over the defaults; unknown keys and non-text are ignored. */
export function phraseLibrary(overrides: unknown): PhraseLibrary {
  const library = { ...DEFAULT_PHRASES };
  if (typeof overrides !== "object" || overrides === null) return library;
  for (const key of PHRASE_KEYS) {
    const value = (overrides as Record<string, unknown>)[key];
    if (typeof value === "string" && value.trim() !== "") library[key] = value.trim();
  }
  return library;
}
