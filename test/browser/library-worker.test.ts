/**
 * The page reads what SheetJS reads (.xls, .et, .xlsb, .ods) in a worker it can stop
 * (src/preview/library-worker.ts): a good .xls opens through it, and an .xlsb that makes
 * SheetJS loop until memory runs out leaves the page answering. Each case has a page of its
 * own, closed at its end, which ends the worker with it.
 */
import { metadataCountXlsb, seedXls } from "../support/hostile";
import { chooseFile, openSample, Session } from "./support";

jest.setTimeout(120_000);

async function withPage(work: (session: Session) => Promise<void>): Promise<void> {
  const session = await openSample();
  try {
    await work(session);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
}

async function openFile(session: Session, name: string, bytes: Uint8Array): Promise<void> {
  const workerAsked = session.page.waitForRequest(/\/read-worker\.js$/);
  await chooseFile(session.page, name, bytes);
  await workerAsked;
}

it("a good .xls is read in the worker and opens", async () => {
  await withPage(async (session) => {
    await openFile(session, "种子.xls", seedXls());
    await session.page.locator("header").getByText("种子.xls", { exact: true }).waitFor();
    await expect(session.page.getByText(/^无法打开文件/).count()).resolves.toBe(0);
  });
});

it("an .xlsb that makes SheetJS loop: the page's own thread stays free", async () => {
  await withPage(async (session) => {
    await openFile(session, "循环.xlsb", metadataCountXlsb());
    // Read in the page's thread, the file held it until memory ran out (minutes), and nothing
    // the driver asked of the page was answered; in the worker, the page answers each time.
    for (let probe = 0; probe < 5; probe++) {
      const frozen = new Promise<string>((resolve) => setTimeout(() => resolve("frozen"), 20_000));
      const answer = session.page.evaluate(() => document.querySelector("header")?.textContent);
      await expect(Promise.race([answer, frozen])).resolves.toContain("绩效目标表助手");
      await session.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    }
    // Still reading: the sample stays open meanwhile.
    await expect(session.page.getByText("循环.xlsb").count()).resolves.toBe(0);
  });
});
