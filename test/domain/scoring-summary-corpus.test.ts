/**
 * The score summary of every real self-evaluation in the corpus. The expectations were
 * written from the published tables (test/fixtures/real/sources/selfeval-*.json), reading
 * each 分值 and 得分 cell; figures are [points, score].
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { recognize } from "../../src/domain/recognize";
import { scoreSummary, ScoreSummary } from "../../src/domain/scoring/summary";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { CORPUS } from "../support/corpus";

type Pair = [number | null, number | null];

interface Expected {
  budget: Pair | null;
  /** name, stated points, points, score, indicators, the level's cell. */
  levels: [string, number | null, number | null, number | null, number, string][];
  total: Pair | null;
  summed: Pair;
  /** The score cells of the indicators short of full marks. */
  shortfalls: string[] | null;
}

const EXPECTED: Record<string, Expected[]> = {
  // Truncated after the 效益 rows: no total. The funds line is scored 0 of 10 (all amounts 0).
  "anhui-2022-guichi-tangxi-cunji": [
    {
      budget: [10, 0],
      levels: [
        ["产出", 50, 50, 50, 6, "B13"],
        ["效益", 30, 20, 20, 2, "B19"],
      ],
      total: null,
      summed: [80, 70],
      shortfalls: [],
    },
  ],
  // A department scoring table (no target column), truncated inside 执行: no funds block, no total.
  "anhui-2023-shouxian-dept": [
    {
      budget: null,
      levels: [["规划", 15, 15, 15, 5, "B4"]],
      total: null,
      summed: [15, 15],
      shortfalls: [],
    },
  ],
  // The 得分 of 年度资金总额 is blank.
  "anhui-2023-jinzhai-meilixiangcun-dept": [
    {
      budget: [10, null],
      levels: [["产出", null, 60, 60, 8, "B12"]],
      total: null,
      summed: [70, 60],
      shortfalls: [],
    },
  ],
  // The 生态效益指标 row holds only a score of 0: no name, no target, no indicator.
  "anhui-2022-huoqiu-kejitepaiyuan": [
    {
      budget: [10, 10],
      levels: [
        ["产出", 50, 50, 50, 4, "B13"],
        ["效益", 30, 30, 30, 3, "B17"],
        ["满意度", 10, 10, 10, 1, "B21"],
      ],
      total: [100, 100],
      summed: [100, 100],
      shortfalls: [],
    },
  ],
  // 其中… rows carry no points of their own.
  "anhui-2023-xiaoxian-tezhongyang": [
    {
      budget: [10, 10],
      levels: [
        ["产出", 50, 50, 50, 12, "B12"],
        ["效益", 30, 30, 30, 2, "B26"],
      ],
      total: null,
      summed: [90, 90],
      shortfalls: [],
    },
  ],
  // 效益指标 is written in two merged cells (A26, A35); 指标2 / …… rows are template filler.
  "hebei-2019-langfang-shipin": [
    {
      budget: [10, 9],
      levels: [
        ["产出", null, 50, 49, 5, "A14"],
        ["效益", null, 30, 30, 3, "A26"],
        ["满意度", null, 10, 10, 1, "A38"],
      ],
      total: null,
      summed: [100, 98],
      shortfalls: ["G14"],
    },
  ],
  // 江苏's old template: levels as heading rows (一、投入目标 …), no funds block, no 分值 in the
  // headings. Truncated inside 产出目标: no total.
  "jiangsu-2016-yixing-gongwei": [
    {
      budget: null,
      levels: [
        ["投入", null, 4, 4, 4, "A3"],
        ["管理", null, 6, 5.5, 3, "A8"],
        ["产出", null, 10, 10, 2, "A12"],
      ],
      total: null,
      summed: [20, 19.5],
      shortfalls: ["I10"],
    },
  ],
  // Two tables; 社会效益指标 (row 17) stands in the merged 产出指标 cell.
  // 预算执行情况(20分) and the first levels carry points only in their labels: no 分值 column.
  // Scores merged down over two or three indicators count once. Truncated: no total.
  "hubei-2022-huangshi-gongxiang": [
    {
      budget: [null, 20],
      levels: [
        ["产出", 40, null, 40, 6, "B13"],
        ["效益", 30, null, 30, 6, "B19"],
      ],
      total: null,
      summed: [null, 90],
      shortfalls: null,
    },
  ],
  "hubei-2019-ezhou-czj": [
    {
      budget: [10, 6],
      levels: [
        ["产出", null, 85, 75, 5, "B13"],
        ["满意度", null, 15, 15, 1, "B18"],
      ],
      total: [100, 90],
      summed: [110, 96],
      shortfalls: ["H16"],
    },
    {
      budget: [10, 5],
      levels: [
        ["产出", null, 60, 40, 3, "B33"],
        ["效益", null, 20, 20, 1, "B36"],
      ],
      total: null,
      summed: [90, 65],
      shortfalls: ["H33", "H34"],
    },
  ],
  // No 分值 column anywhere: only scores.
  "hubei-2020-tongcheng-tanghu-dept": [
    {
      budget: [null, 20],
      levels: [
        ["产出", null, null, 40, 3, "B8"],
        ["效益", null, null, 20, 2, "B11"],
        ["满意度", null, null, 20, 1, "B13"],
      ],
      total: [null, 100],
      summed: [null, 100],
      shortfalls: null,
    },
  ],
  // A department scoring table (no target column), truncated inside 预算管理: 过程's stated 40
  // points cover rows not transcribed. No funds block, no total.
  "hunan-2019-yueyang-glj-dept": [
    {
      budget: null,
      levels: [
        ["投入", 15, 15, 15, 3, "A2"],
        ["过程", 40, 21, 21, 6, "A5"],
      ],
      total: null,
      summed: [36, 36],
      shortfalls: [],
    },
  ],
  // No 分值 or 得分 columns at all.
  "hunan-2020-hengshan-chubeiliang": [
    {
      budget: null,
      levels: [
        ["产出", null, null, null, 9, "B11"],
        ["效益", null, null, null, 5, "B20"],
        ["满意度", null, null, null, 2, "B25"],
      ],
      total: null,
      summed: [null, null],
      shortfalls: null,
    },
  ],
  // On the evaluation framework; the funds block carries no points (the budget is scored as the
  // indicator 预算执行率 under 项目管理). Truncated inside 项目效益: no satisfaction rows, no total.
  // The stand-in rows `指标1:` `指标2:` are no indicators.
  "ningxia-2021-yinchuan-gongyong": [
    {
      budget: null,
      levels: [
        ["项目决策", 10, 10, 10, 4, "A9"],
        ["项目管理", 25, 25, 24, 4, "A13"],
        ["项目产出", 30, 30, 29, 6, "A17"],
        ["项目效益", 35, 25, 21, 2, "A26"],
      ],
      total: null,
      summed: [90, 84],
      shortfalls: ["G13", "G21", "G28", "G31"],
    },
  ],
  // The funds block carries no points; 项目总得分 stands in the title rows, not as a 总分 row.
  // Truncated after the 效益 rows.
  "ningxia-2022-yuanzhou-malingshu": [
    {
      // A funds line with no 分值 or 得分 cell scores nothing: no budget pair.
      budget: null,
      levels: [
        ["产出", 40, 40, 40, 6, "B13"],
        ["效益", 40, 40, 39, 5, "B19"],
      ],
      total: null,
      summed: [80, 79],
      shortfalls: ["H23"],
    },
  ],
  "shanghai-2022-putuo-tiyu": [
    {
      budget: [10, 8.62],
      levels: [
        ["产出", null, 50, 50, 3, "B13"],
        ["效益", null, 30, 30, 1, "B16"],
        ["满意度", null, 10, 10, 1, "B17"],
      ],
      total: [100, 98.62],
      summed: [100, 98.62],
      shortfalls: [],
    },
  ],
  // The written total (94) is not the sum of the scores (93).
  // Truncated after the 经济效益 rows: no total. The first levels are written as points only,
  // `(50分)` and `(30分)`, their names lost; each `-` row is a spare row under its second level, not an indicator.
  "shandong-2019-licheng-wenhuaguan": [
    {
      budget: [10, 10],
      levels: [
        ["", 50, 50, 50, 4, "A13"],
        ["", 30, 10, 10, 1, "A22"],
      ],
      total: null,
      summed: [70, 70],
      shortfalls: [],
    },
  ],
  "shanxi-2020-jishan-yibao": [
    {
      budget: [10, 9],
      levels: [
        ["产出", 50, 50, 48, 4, "B13"],
        ["效益", 30, 30, 27, 1, "B17"],
        ["满意度", 10, 10, 9, 1, "B18"],
      ],
      total: [100, 94],
      summed: [100, 93],
      shortfalls: ["H13", "H17", "H18"],
    },
  ],
  // 预算执行情况(20分) and 产出指标(40分) carry points only in their labels: no 分值 column.
  // Cut inside the 产出 block.
  "yunnan-2022-changning-shengzhu": [
    {
      budget: [null, 4],
      levels: [["产出", 40, null, 29, 18, "B11"]],
      total: null,
      summed: [null, 33],
      shortfalls: null,
    },
  ],
  // The 昌宁 template: points only in the labels, no 分值 column. Truncated after 效益's first row.
  "yunnan-2022-longyang-huafei": [
    {
      budget: [null, 2.16],
      levels: [
        ["产出", null, null, 90, 13, "B10"],
        ["效益", null, null, 5, 1, "B23"],
      ],
      total: null,
      summed: [null, 97.16],
      shortfalls: null,
    },
  ],
  "yunnan-2022-yongde-yingyang": [
    {
      budget: [10, 10],
      levels: [
        ["产出", null, 40, 37, 4, "A14"],
        ["效益", null, 30, 29, 3, "A18"],
        ["满意度", null, 20, 20, 2, "A22"],
      ],
      total: [100, 96],
      summed: [100, 96],
      shortfalls: ["I16", "I19"],
    },
  ],
  // Truncated after its first indicator row; the funds line scores 5 of 10 at a 50 % rate.
  "beijing-2016-xueyuanlu-baojie": [
    {
      budget: [10, 5],
      levels: [["产出", 50, 12.5, 12.5, 1, "B10"]],
      total: null,
      summed: [22.5, 17.5],
      shortfalls: [],
    },
  ],
  // The national transfer payments' self-evaluation reports values, not scores: no 分值 or
  // 得分 anywhere. Its first levels, left blank over the 产出 and 效益 rows, make one unnamed level.
  "sichuan-2021-langzhong-chegoushui": [
    {
      budget: null,
      levels: [
        ["", null, null, null, 6, ""],
        ["满意度", null, null, null, 1, "B24"],
      ],
      total: null,
      summed: [null, null],
      shortfalls: null,
    },
  ],
  "yunnan-2023-linxiang-shourongsuo": [
    {
      budget: [10, 9],
      levels: [
        ["产出", null, 50, 50, 4, "B11"],
        ["效益", null, 30, 30, 3, "B15"],
      ],
      total: null,
      summed: [90, 89],
      shortfalls: [],
    },
  ],
};

function summariesOf(id: string): ScoreSummary[] {
  const bytes = readFileSync(join(CORPUS, `selfeval-${id}.xlsx`));
  return readWorkbookSnapshots(bytes)
    .flatMap((snapshot) => recognize(snapshot))
    .map((table) => scoreSummary(table))
    .filter((summary): summary is ScoreSummary => summary !== null);
}

function compact(summary: ScoreSummary): Expected {
  const pair = (figures: { points: number | null; score: number | null } | null): Pair | null =>
    figures && [figures.points, figures.score];
  return {
    budget: pair(summary.budget),
    levels: summary.levels.map((level) => [
      level.name,
      level.statedPoints,
      level.points,
      level.score,
      level.indicatorCount,
      level.cell?.address ?? "",
    ]),
    total: pair(summary.total),
    summed: [summary.summed.points, summary.summed.score],
    shortfalls: summary.shortfalls && summary.shortfalls.map((s) => s.scoreCell.address),
  };
}

describe("score summaries of the real self-evaluations", () => {
  it.each(Object.keys(EXPECTED))("%s", (id) => {
    expect(summariesOf(id).map(compact)).toEqual(EXPECTED[id]);
  });

  // 自评得分 spans three columns (单项指标得分 · 权重占比(%) · 单项指标折算得分): the weight is
  // 权重占比 and the score the 折算得分 that counts; the column headed 指标分值 holds each
  // indicator's explanation and is no weight.
  it("hebei-2020-chengan-gaoling: its weights from 权重占比, its scores from 折算得分", () => {
    const [summary] = summariesOf("hebei-2020-chengan-gaoling");
    expect(
      summary.levels.map((level) => [
        level.name,
        level.kind,
        level.indicatorCount,
        level.points,
        level.score,
      ])
    ).toEqual([
      ["产出", "output", 2, 50, 12.5],
      // Not a first level of the index system (a listed defect): no kind.
      ["效果", undefined, 1, 30, 9],
      ["满意度", "satisfaction", 1, 10, 1],
    ]);
    expect([summary.summed.points, summary.summed.score]).toEqual([90, 22.5]);
  });

  it("covers every self-evaluation of the corpus", () => {
    const ids = [...Object.keys(EXPECTED), "hebei-2020-chengan-gaoling"].sort();
    const files = readdirSync(CORPUS)
      .filter((name) => /^selfeval-.*\.xlsx$/.test(name))
      .map((name) => name.replace(/^selfeval-|\.xlsx$/g, ""))
      .sort();
    expect(ids).toEqual(files);
  });
});
