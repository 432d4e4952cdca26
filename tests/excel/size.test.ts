/** The adapter stays readable: no file in src/excel over 300 lines, no function over 80 (issue 8 §3). */
import fs from "fs";
import path from "path";

const DIR = path.resolve(__dirname, "../../src/excel");
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;

/** Lines of each function or method body, found by its opening line and its matching brace. */
export function functionLengths(source: string): { name: string; lines: number }[] {
  const lines = source.split("\n");
  const out: { name: string; lines: number }[] = [];
  const opener = /^(\s*)(?:export\s+)?(?:async\s+)?(?:function\s*\*?\s*(\w+)|(?:const|let)\s+(\w+)\s*=\s*(?:async\s*)?(?:\([^)]*\)|\w+)\s*(?::[^=]+)?=>|(?:get\s+|async\s+)?(\w+)\s*\([^)]*\)\s*(?::[^{]+)?\{\s*$)/;
  lines.forEach((line, i) => {
    const m = opener.exec(line);
    if (!m || /^\s*(if|for|while|switch|catch|return)\b/.test(line)) return;
    let depth = 0;
    let opened = false;
    for (let j = i; j < lines.length; j++) {
      for (const ch of lines[j] as string) {
        if (ch === "{") {
          depth++;
          opened = true;
        } else if (ch === "}") depth--;
      }
      if (opened && depth <= 0) {
        out.push({ name: `${m[2] ?? m[3] ?? m[4]}:${i + 1}`, lines: j - i + 1 });
        return;
      }
      // An arrow with an expression body ends at its first line without a brace.
      if (!opened && j > i + 1) return;
    }
  });
  return out;
}

describe("src/excel stays readable", () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".ts"));

  it.each(files)("%s has at most 300 lines and no function over 80", (file) => {
    const source = fs.readFileSync(path.join(DIR, file), "utf8");
    expect(source.split("\n").length).toBeLessThanOrEqual(MAX_FILE_LINES);
    const long = functionLengths(source).filter((f) => f.lines > MAX_FUNCTION_LINES);
    expect(long).toEqual([]);
  });

  it("the check finds a long function, so it can fail", () => {
    const body = Array.from({ length: 90 }, (_, i) => `  const x${i} = ${i};`).join("\n");
    expect(functionLengths(`export async function big(a: number): Promise<void> {\n${body}\n}\n`)).toEqual([{ name: "big:1", lines: 92 }]);
    expect(functionLengths(`const f = (a: number): number => {\n  return a;\n};\n`)).toEqual([{ name: "f:1", lines: 3 }]);
    expect(functionLengths(`  async highlight(findings: Finding[]): Promise<void> {\n    x();\n  },\n`)).toEqual([{ name: "highlight:1", lines: 3 }]);
  });
});
