/**
 * A self-evaluation's 评分汇总 under its heading: the total, budget execution, each first
 * level and the indicators short of full marks; a figure written in one cell selects it.
 */
import * as React from "react";
import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { Field } from "../../domain/model";
import { LevelScore, ScoreSummary } from "../../domain/scoring/summary";
import { plural, Translate } from "../i18n";

/** Shortfalls listed by their cells; more are counted, not listed. */
const LISTED_SHORTFALLS = 8;

const useStyles = makeStyles({
  scores: {
    display: "flex",
    alignItems: "baseline",
    flexWrap: "wrap",
    columnGap: "4px",
    paddingLeft: "28px",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  // Links keep the size of the captions around them.
  link: { fontSize: "inherit", lineHeight: "inherit" },
  separator: { color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A figure as staff write it: up to two decimals, `—` where there is none. */
function shown(value: number | null): string {
  return value === null ? "—" : String(Math.round(value * 100) / 100);
}

interface Figure {
  key: string;
  label: string;
  cell?: Field;
  muted?: boolean;
}

/** A known first level in the pane's language; another keeps the table's own words. */
function levelName(level: LevelScore, text: Translate): string {
  if (level.kind) return text(`pane.scores.kind.${level.kind}`);
  return level.name || text("pane.scores.indicators");
}

function figuresOf(summary: ScoreSummary, text: Translate): Figure[] {
  const figures: Figure[] = [];
  const { total, summed, budget } = summary;
  const written = { score: total?.score ?? null, points: total?.points ?? null };
  const totalScore = written.score ?? summed.score;
  const totalPoints = written.points ?? summed.points;
  if (totalScore !== null || totalPoints !== null)
    figures.push({
      key: "total",
      label: text("pane.scores.total", { score: shown(totalScore), points: shown(totalPoints) }),
      cell: total?.scoreCell ?? total?.pointsCell,
    });
  // A total row that the parts do not add up to: both are shown.
  const differs = (a: number | null, b: number | null) => a !== null && shown(a) !== shown(b);
  if (total && (differs(written.score, summed.score) || differs(written.points, summed.points)))
    figures.push({
      key: "summed",
      label: text("pane.scores.summed", {
        score: shown(summed.score),
        points: shown(summed.points),
      }),
      muted: true,
    });
  if (budget)
    figures.push({
      key: "budget",
      label: text("pane.scores.budget", {
        score: shown(budget.score),
        points: shown(budget.points),
      }),
      cell: budget.scoreCell ?? budget.pointsCell,
    });
  summary.levels.forEach((level, i) => {
    const points = level.statedPoints ?? level.points;
    if (level.score === null && points === null) return;
    figures.push({
      key: `level${i}`,
      label: text("pane.scores.level", {
        name: levelName(level, text),
        score: shown(level.score),
        points: shown(points),
      }),
      cell: level.cell,
    });
  });
  return figures;
}

export function ScoreSummaryView(props: {
  summary: ScoreSummary;
  text: Translate;
  onSelectCell(address: string): void;
}) {
  const { summary, text, onSelectCell } = props;
  const styles = useStyles();
  const figures = figuresOf(summary, text);
  const shortfalls = summary.shortfalls;
  const separator = (
    <span className={styles.separator} aria-hidden>
      ·
    </span>
  );
  return (
    <div className={styles.scores} role="group" aria-label={text("pane.scores")}>
      {figures.map((figure, i) => (
        <React.Fragment key={figure.key}>
          {i > 0 && separator}
          {figure.cell ? (
            <Link
              as="button"
              inline
              className={styles.link}
              aria-label={text("pane.scores.select", {
                figure: figure.label,
                address: figure.cell.address,
              })}
              onClick={() => figure.cell && onSelectCell(figure.cell.address)}
            >
              {figure.label}
            </Link>
          ) : (
            <Caption1 className={figure.muted ? styles.muted : undefined}>{figure.label}</Caption1>
          )}
        </React.Fragment>
      ))}
      {shortfalls && (
        <>
          {figures.length > 0 && separator}
          <Caption1>{plural(text, "pane.scores.shortfalls", shortfalls.length)}</Caption1>
          {shortfalls.slice(0, LISTED_SHORTFALLS).map((shortfall) => (
            <Link
              key={shortfall.scoreCell.address}
              as="button"
              inline
              className={styles.link}
              aria-label={text("pane.scores.shortfall", {
                name: shortfall.name.text,
                score: shown(shortfall.score),
                points: shown(shortfall.points),
                address: shortfall.scoreCell.address,
              })}
              onClick={() => onSelectCell(shortfall.scoreCell.address)}
            >
              {shortfall.scoreCell.address}
            </Link>
          ))}
          {shortfalls.length > LISTED_SHORTFALLS && <Caption1>…</Caption1>}
        </>
      )}
    </div>
  );
}
