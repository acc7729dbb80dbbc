/**
 * "已检查 12/400 个文件" on stderr while a long run goes on, for a person at a terminal: drawn
 * only once the run has lasted a while, redrawn in place, and cleared before any other output.
 */
import { t } from "../domain/messages/catalog";

const CLEAR_LINE = "\r\u001b[K";

export class Progress {
  private done = 0;
  private visible = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly write: (text: string) => void,
    private readonly total: number,
    afterMs: number
  ) {
    this.timer = setTimeout(() => {
      this.visible = true;
      this.draw();
    }, afterMs);
    this.timer.unref();
  }

  advance(): void {
    this.done++;
    if (this.visible) this.draw();
  }

  /** Other output goes where the progress line was; the line comes back below it. */
  around(print: () => void): void {
    if (this.visible) this.write(CLEAR_LINE);
    print();
    if (this.visible) this.draw();
  }

  stop(): void {
    clearTimeout(this.timer);
    if (this.visible) this.write(CLEAR_LINE);
    this.visible = false;
  }

  private draw(): void {
    this.write(`\r${t("cli.progress", { done: this.done, total: this.total })}\u001b[K`);
  }
}
