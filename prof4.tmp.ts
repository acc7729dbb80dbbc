import { buildSheet, CLEAN_HEBEI } from "./test/support/layouts";
import { checkWorkbook } from "./src/domain/check";
const tables = Array.from({ length: 1000 }, (_, i) => ({ header: { projectName: `项目${i}` }, indicators: CLEAN_HEBEI.map((x) => ({ ...x, level3: `${x.level3}${i}`, description: `${i}${x.description}`, basis: `${i}${x.basis}` })) }));
const { snapshot } = buildSheet({ tables });
const texts = snapshot.values.map((r) => r.map((v) => (v === null ? "" : String(v))));
const withTexts = { ...snapshot, texts };
for (let k = 0; k < 40; k++) checkWorkbook([withTexts]);
