/**
 * Document settings like `Office.context.document.settings`: `set` changes the
 * in-memory copy, `saveAsync` writes it into the document, and only saved settings
 * survive a reopen. Values are stored as JSON, as Office does.
 */
export interface SaveResult {
  status: "succeeded" | "failed";
  error?: { message: string };
}

export class FakeSettings {
  private readonly live: Map<string, string>;
  /** Set by a test to make the next save fail, as a read-only document would. */
  failNextSave = false;

  constructor(
    private readonly saved: Map<string, string>,
    private readonly onSaved: () => void = () => undefined
  ) {
    this.live = new Map(saved);
  }

  get(name: string): unknown {
    const json = this.live.get(name);
    return json === undefined ? null : (JSON.parse(json) as unknown);
  }

  set(name: string, value: unknown): void {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError(`setting ${name} is not JSON-serializable`);
    this.live.set(name, json);
  }

  remove(name: string): void {
    this.live.delete(name);
  }

  saveAsync(callback?: (result: SaveResult) => void): void {
    setTimeout(() => {
      if (this.failNextSave) {
        this.failNextSave = false;
        callback?.({ status: "failed", error: { message: "the document is read-only" } });
        return;
      }
      this.saved.clear();
      for (const [key, json] of this.live) this.saved.set(key, json);
      this.onSaved();
      callback?.({ status: "succeeded" });
    }, 0);
  }

  /** The settings as saved in the document (what a reopen sees). */
  savedValue(name: string): unknown {
    const json = this.saved.get(name);
    return json === undefined ? undefined : (JSON.parse(json) as unknown);
  }
}
