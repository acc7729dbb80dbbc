/**
 * The bench's web figure is timed in the page: from the file input's change to the opened
 * file on screen, from the click to the verdict on screen. Proves the page's timer sees all
 * four moments (a missed one would throw), on the seed workbook.
 */
import { webCheck } from "../../scripts/bench-pane";
import { SEED, WEB_ROOT } from "./support";

jest.setTimeout(120_000);

it("times the open and the check inside the page, and as the test driver sees them", async () => {
  const run = await webCheck(WEB_ROOT, SEED);
  if (typeof run === "string") throw new Error(run);
  for (const ms of [run.loadMs, run.checkMs, run.driverLoadMs, run.driverCheckMs]) {
    expect(Number.isFinite(ms)).toBe(true);
    expect(ms).toBeGreaterThan(0);
  }
});
