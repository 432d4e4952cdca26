import fs from "fs";
import path from "path";
import { discoverInputs, isWorkbookName, planOutputPaths } from "../../src/cli/files";
import { makeTempDir, removeTempDir } from "../helpers/fixtures";

let dir: string;
beforeAll(() => {
  dir = fs.realpathSync(makeTempDir("files"));
  const touch = (rel: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), "x");
  };
  for (const rel of ["book/b.xlsx", "book/a.xlsx", "book/sub/c.XLSX", "book/~$a.xlsx", "book/.hidden/d.xlsx", "book/.e.xlsx", "book/notes.txt", "book/old.xls", "plain/readme.txt", "single.csv"]) touch(rel);
  fs.mkdirSync(path.join(dir, "empty"));
  // A link back to an ancestor must not loop forever.
  fs.symlinkSync(path.join(dir, "book"), path.join(dir, "book", "sub", "loop"));
});
afterAll(() => removeTempDir(dir));

describe("isWorkbookName", () => {
  it("takes .xlsx in any case but not Office lock files", () => {
    expect(isWorkbookName("a.xlsx")).toBe(true);
    expect(isWorkbookName("A.XLSX")).toBe(true);
    expect(isWorkbookName("~$a.xlsx")).toBe(false);
    expect(isWorkbookName("a.xls")).toBe(false);
    expect(isWorkbookName("a.xlsx.bak")).toBe(false);
  });
});

describe("discoverInputs", () => {
  it("walks folders recursively in name order, skipping lock files, hidden entries and other extensions", async () => {
    const found = await discoverInputs(["book"], dir);
    expect(found).toEqual([
      { kind: "file", display: path.join("book", "a.xlsx"), path: path.join(dir, "book", "a.xlsx") },
      { kind: "file", display: path.join("book", "b.xlsx"), path: path.join(dir, "book", "b.xlsx") },
      { kind: "file", display: path.join("book", "sub", "c.XLSX"), path: path.join(dir, "book", "sub", "c.XLSX") },
    ]);
  });

  it("takes a file named on the command line whatever its extension", async () => {
    expect(await discoverInputs(["single.csv", "book/old.xls"], dir)).toEqual([
      { kind: "file", display: "single.csv", path: path.join(dir, "single.csv") },
      { kind: "file", display: "book/old.xls", path: path.join(dir, "book", "old.xls") },
    ]);
  });

  it("reports missing inputs and folders without workbooks, in input order", async () => {
    expect(await discoverInputs(["nope.xlsx", "empty", "plain", "single.csv"], dir)).toEqual([
      { kind: "failure", display: "nope.xlsx", code: "missing" },
      { kind: "failure", display: "empty", code: "no-xlsx" },
      { kind: "failure", display: "plain", code: "no-xlsx" },
      { kind: "file", display: "single.csv", path: path.join(dir, "single.csv") },
    ]);
  });

  it("audits a file once when it is reached twice", async () => {
    const found = await discoverInputs([path.join(dir, "book", "a.xlsx"), "book", "./book/a.xlsx"], dir);
    expect(found.map((f) => f.display)).toEqual([path.join(dir, "book", "a.xlsx"), path.join("book", "b.xlsx"), path.join("book", "sub", "c.XLSX")]);
  });
});

describe("planOutputPaths", () => {
  it("keeps the file name, numbering repeats", () => {
    expect(planOutputPaths(["/in/x/a.xlsx", "/in/y/a.xlsx", "/in/b.xlsx", "/in/z/a.xlsx"], "/out", false)).toEqual([
      "/out/a.xlsx",
      "/out/a (2).xlsx",
      "/out/b.xlsx",
      "/out/a (3).xlsx",
    ]);
  });

  it("refuses to write over the input itself and steps around other inputs", () => {
    expect(planOutputPaths(["/out/a.xlsx", "/in/a.xlsx", "/in/b.xlsx", "/out/b.xlsx"], "/out", false)).toEqual([null, "/out/a (2).xlsx", "/out/b (2).xlsx", null]);
  });

  it("compares names case-insensitively where the file system does", () => {
    expect(planOutputPaths(["/in/A.xlsx", "/in2/a.xlsx"], "/out", true)).toEqual(["/out/A.xlsx", "/out/a (2).xlsx"]);
    expect(planOutputPaths(["/OUT/a.xlsx"], "/out", true)).toEqual([null]);
  });
});
