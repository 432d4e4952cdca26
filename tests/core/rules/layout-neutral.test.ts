/**
 * Rules read blocks through the layout-neutral accessors of src/core/layouts/access.ts, so no rule branches on
 * the kind of block (issue 9 §2). This reads the rule sources: a rule file that names a block kind ("funds",
 * "indicators", "line-items") or reads a block's `kind` fails here. Row kinds (item, total) and token kinds are
 * not block kinds and stay allowed.
 */
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const RULES = path.join(ROOT, "src/core/rules");

/** The block kinds, as blocks.ts declares them (`kind: "line-items" | "funds"` on a *Block interface). */
function blockKinds(): string[] {
  const src = fs.readFileSync(path.join(ROOT, "src/core/layouts/blocks.ts"), "utf8");
  const kinds: string[] = [];
  for (const m of src.matchAll(/export interface \w+Block \{[^}]*?\bkind: ([^;]+);/g)) {
    for (const k of (m[1] as string).matchAll(/"([^"]+)"/g)) kinds.push(k[1] as string);
  }
  return kinds;
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** The lines of a source that branch on a block's kind: a block kind named as a string, or `.kind` read off a block. */
export function kindBranches(code: string, kinds: readonly string[]): string[] {
  const named = new RegExp(`["'\`](${kinds.map((k) => k.replace(/[-]/g, "\\-")).join("|")})["'\`]`);
  const read = /\b(block|blocks\[\w+\]|b|blk|x)\s*\??\.\s*kind\b|\[\s*["']kind["']\s*\]|\{\s*kind\s*[,}][^=]*=\s*(block|b)\b|["']kind["']\s+in\s/;
  return stripComments(code)
    .split("\n")
    .filter((line) => named.test(line) || read.test(line))
    .map((l) => l.trim());
}

const kinds = blockKinds();

describe("rules never branch on the kind of block", () => {
  it("knows the block kinds from blocks.ts", () => {
    expect(kinds.sort()).toEqual(["funds", "indicators", "line-items"]);
  });

  it("catches a planted branch in each of its forms", () => {
    expect(kindBranches(`if (block.kind === "indicators") continue;`, kinds)).toHaveLength(1);
    expect(kindBranches(`for (const b of blocks) if (b.kind !== "funds") continue;`, kinds)).toHaveLength(1);
    expect(kindBranches(`switch (block.kind) {\n case "x": break; }`, kinds)).toHaveLength(1);
    expect(kindBranches(`const t = kind === 'line-items';`, kinds)).toHaveLength(1);
    expect(kindBranches(`if ("kind" in block) return;`, kinds)).toHaveLength(1);
    // …and lets through what is not a block's kind.
    expect(kindBranches(`if (row.kind === "item" || tok.kind === "ref" || t.value.kind === "numeric") x();`, kinds)).toEqual([]);
    expect(kindBranches(`// block.kind === "funds" in a comment`, kinds)).toEqual([]);
  });

  const files = fs.readdirSync(RULES).filter((f) => f.endsWith(".ts"));

  it("reads every rule file", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)("%s reads blocks through the accessors", (file) => {
    const code = fs.readFileSync(path.join(RULES, file), "utf8");
    expect(kindBranches(code, kinds)).toEqual([]);
  });
});
