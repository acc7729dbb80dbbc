/** The line that names a folder's files that are not workbooks (files.ts). */
import { notWorkbooksLine } from "../../src/cli/files";

describe("notWorkbooksLine", () => {
  it("counts each kind, the most common first, files without an extension last", () => {
    expect(notWorkbooksLine([".pdf", "", ".docx", ".pdf", ".pdf"])).toBe(
      "另有 5 个文件不是工作簿，未检查（.pdf 3 个、.docx 1 个、无扩展名 1 个） / " +
        "not workbooks, not checked: 5 (.pdf 3, .docx 1, no extension 1)"
    );
  });

  it("names five kinds and counts the rest together", () => {
    const line = notWorkbooksLine([".a", ".b", ".c", ".d", ".e", ".f", ".g", ".g"]);
    expect(line).toMatch(
      /^另有 8 个文件不是工作簿，未检查（\.g 2 个、\.a 1 个、\.b 1 个、\.c 1 个、\.d 1 个、其他 2 个） \/ /
    );
    expect(line).toMatch(/\(\.g 2, \.a 1, \.b 1, \.c 1, \.d 1, other 2\)$/);
  });

  it("an extension too long to be a kind is counted as none", () => {
    expect(notWorkbooksLine([".thisisnotakind"])).toBe(
      "另有 1 个文件不是工作簿，未检查（无扩展名 1 个） / " +
        "not workbooks, not checked: 1 (no extension 1)"
    );
  });
});
