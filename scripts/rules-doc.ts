/** Writes docs/rules.md from the rule catalogue's metadata: `npx tsx scripts/rules-doc.ts`. */
import { writeFileSync } from "fs";
import { join } from "path";
import { RULES } from "../src/domain/rules";
import { t } from "../src/domain/messages/catalog";

export function rulesMarkdown(): string {
  const lines = [
    "# 规则目录 / Rule catalogue",
    "",
    "Generated from each rule's `meta` by `npx tsx scripts/rules-doc.ts`; `test/engine/catalogue.test.ts` fails when it is stale.",
    "",
    "| id | 级别 severity | 说明 | description | profiles |",
    "| --- | --- | --- | --- | --- |",
  ];
  const sorted = [...RULES].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  for (const { meta } of sorted) {
    const severity = `${t(`severity.${meta.severity}`)} ${meta.severity}`;
    lines.push(
      `| \`${meta.id}\` | ${severity} | ${meta.docs.description.zh} | ${meta.docs.description.en} | ${meta.profiles.join(", ")} |`
    );
  }
  lines.push("", "## 为什么 / Why it matters", "");
  for (const { meta } of sorted) {
    lines.push(`### \`${meta.id}\``, "", meta.docs.why.zh, "", meta.docs.why.en, "");
  }
  return `${lines.join("\n")}`;
}

if (require.main === module) {
  writeFileSync(join(__dirname, "..", "docs", "rules.md"), rulesMarkdown());
}
