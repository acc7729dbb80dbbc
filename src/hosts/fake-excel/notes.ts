/** Cell notes (ExcelApi 1.18): one note a cell, keyed by the cell's address. */
import { CellRange, toA1 } from "../../domain/snapshot";
import { cellKey, isSingleCell, parseLocalAddress } from "./address";
import { FakeClientObject, FakeClientResult, FakeRequestContext, Handle } from "./context";
import { FakeOfficeError } from "./errors";
import { SheetModel } from "./model";
import { FakeRange } from "./range";

interface NoteTarget {
  sheet: SheetModel;
  row: number;
  col: number;
}

const AUTHOR = "Fake Excel";

function singleCell(range: CellRange, address: string): { row: number; col: number } {
  if (!isSingleCell(range))
    throw new FakeOfficeError("InvalidArgument", `a note needs a single cell, not ${address}`);
  return { row: range.top, col: range.left };
}

export class FakeNoteCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheetHandle: Handle<SheetModel>
  ) {}

  add(cellAddress: FakeRange | string, content: unknown): FakeNote {
    const sheetHandle = this.sheetHandle;
    let added: NoteTarget | null = null;
    this.context.enqueue(
      "write",
      () => {
        const sheet = sheetHandle.get();
        let cell: { row: number; col: number };
        if (typeof cellAddress === "string") {
          cell = singleCell(parseLocalAddress(cellAddress, sheet.name), cellAddress);
        } else {
          const target = cellAddress.target();
          if (target.sheet !== sheet)
            throw new FakeOfficeError("InvalidArgument", "the range is on another sheet");
          cell = singleCell(target.range, toA1(target.range.top, target.range.left));
        }
        const key = cellKey(cell.row, cell.col);
        if (sheet.notes.has(key))
          throw new FakeOfficeError(
            "InvalidArgument",
            `${toA1(cell.row, cell.col)} already has a note`
          );
        sheet.notes.set(key, { content: String(content), author: AUTHOR });
        added = { sheet, ...cell };
      },
      [typeof cellAddress === "string" ? cellAddress : null, content]
    );
    return new FakeNote(this.context, new Handle(this.context, () => added));
  }

  private lookup(key: string, orNull: boolean): FakeNote {
    const sheetHandle = this.sheetHandle;
    return new FakeNote(
      this.context,
      new Handle(this.context, () => {
        const sheet = sheetHandle.get();
        const cell = singleCell(parseLocalAddress(key, sheet.name), key);
        if (sheet.notes.has(cellKey(cell.row, cell.col))) return { sheet, ...cell };
        if (orNull) return null;
        throw new FakeOfficeError("ItemNotFound", `no note at ${key}`);
      })
    );
  }

  getItem(key: string): FakeNote {
    return this.lookup(key, false);
  }

  getItemOrNullObject(key: string): FakeNote {
    return this.lookup(key, true);
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, () => this.sheetHandle.get().notes.size);
  }
}

export class FakeNote extends FakeClientObject<NoteTarget> {
  constructor(context: FakeRequestContext, handle: Handle<NoteTarget>) {
    super(context, handle, ["content", "authorName"]);
  }

  private data(): { content: string; author: string } {
    const { sheet, row, col } = this.handle.get();
    const note = sheet.notes.get(cellKey(row, col));
    if (!note) throw new FakeOfficeError("ItemNotFound", "the note was deleted");
    return note;
  }

  protected readProperty(name: string): unknown {
    const note = this.data();
    return name === "content" ? note.content : note.author;
  }

  get content(): string {
    return this.property("content");
  }
  set content(content: string) {
    this.context.enqueue(
      "write",
      () => {
        this.data().content = String(content);
      },
      content
    );
  }
  get authorName(): string {
    return this.property("authorName");
  }

  delete(): void {
    this.context.enqueue("write", () => {
      const { sheet, row, col } = this.handle.get();
      if (!sheet.notes.delete(cellKey(row, col)))
        throw new FakeOfficeError("ItemNotFound", "the note was already deleted");
    });
  }
}
