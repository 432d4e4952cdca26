/**
 * Which Office.js members a set of files uses, and which requirement set each needs, read from the
 * `[Api set: ExcelApi x.y]` tags of @types/office-js with the TypeScript compiler API. A use above the
 * baseline must be behind a named capability check: a `// guarded: name()` comment on its line or the
 * line above, naming a function of src/excel/requirements.ts that calls isSetSupported.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

export const ROOT = path.resolve(__dirname, "..", "..");
const OFFICE_TYPES = path.join(ROOT, "node_modules", "@types", "office-js", "index.d.ts");

export interface Version {
  major: number;
  minor: number;
}

export interface MemberUse {
  /** `Excel.Workbook.notes` */
  member: string;
  set: Version;
  file: string;
  line: number;
  /** The capability check named at the use, if any. */
  guard: string | null;
}

export const versionText = (v: Version): string => `${v.major}.${v.minor}`;
export const above = (a: Version, b: Version): boolean => a.major > b.major || (a.major === b.major && a.minor > b.minor);

export function parseVersion(text: string): Version {
  const [major, minor] = text.split(".").map(Number);
  return { major: major ?? 0, minor: minor ?? 0 };
}

function apiSetOf(decl: ts.Declaration): Version | null {
  const sf = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
  for (const r of ranges) {
    const m = /\[Api set: ExcelApi (\d+)\.(\d+)/.exec(sf.text.slice(r.pos, r.end));
    if (m) return { major: Number(m[1]), minor: Number(m[2]) };
  }
  return null;
}

/** `Excel.Workbook.notes` for a member declared inside namespace Excel, else null. */
function qualifiedName(decl: ts.Declaration, checker: ts.TypeChecker): string | null {
  const symbol = (decl as { symbol?: ts.Symbol }).symbol;
  if (!symbol) return null;
  const name = checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "");
  return name.startsWith("Excel.") && !name.startsWith("Excel.Interfaces.") ? name : null;
}

function guardAt(sf: ts.SourceFile, line: number): string | null {
  const lines = sf.text.split("\n");
  for (const l of [lines[line], lines[line - 1]]) {
    const m = /\/\/\s*guarded:\s*([A-Za-z_$][\w$]*)\(\)/.exec(l ?? "");
    if (m) return m[1] as string;
  }
  return null;
}

/** Every use of an Excel.* member with an API-set tag in `files`. */
export function excelMemberUses(files: readonly string[]): MemberUse[] {
  const program = ts.createProgram([...files, OFFICE_TYPES], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  });
  const checker = program.getTypeChecker();
  const uses: MemberUse[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`not in the program: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const decl of symbol?.declarations ?? []) {
          if (decl.getSourceFile().fileName !== OFFICE_TYPES.split(path.sep).join("/") && path.resolve(decl.getSourceFile().fileName) !== OFFICE_TYPES) continue;
          const set = apiSetOf(decl);
          const member = qualifiedName(decl, checker);
          if (!set || !member) continue;
          const line = sf.getLineAndCharacterOfPosition(node.name.getStart(sf)).line;
          uses.push({ member, set, file: path.relative(ROOT, file), line: line + 1, guard: guardAt(sf, line) });
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** The capability checks of requirements.ts: exported functions that call isSetSupported, with the set each checks. */
export function capabilityChecks(requirementsFile: string): Map<string, Version> {
  const text = fs.readFileSync(requirementsFile, "utf8");
  const checks = new Map<string, Version>();
  for (const m of text.matchAll(/export function (\w+)\(\): boolean \{\s*return isSupported\((\w+)\);/g)) {
    const set = new RegExp(`const ${m[2]}: RequirementSet = \\{ name: "ExcelApi", version: "(\\d+\\.\\d+)"`).exec(text);
    if (set && /isSetSupported/.test(text)) checks.set(m[1] as string, parseVersion(set[1] as string));
  }
  return checks;
}

/** Uses above the baseline that no capability check (for at least their set) guards. */
export function unguarded(uses: readonly MemberUse[], baseline: Version, checks: ReadonlyMap<string, Version>): MemberUse[] {
  return uses.filter((u) => {
    if (!above(u.set, baseline)) return false;
    const checked = u.guard ? checks.get(u.guard) : undefined;
    return !checked || above(u.set, checked);
  });
}

/** The README's table: each member the adapter uses, the set it needs, and how it is guarded. */
export function memberTable(uses: readonly MemberUse[], baseline: Version): string {
  const byMember = new Map<string, { set: Version; guards: Set<string> }>();
  for (const u of uses) {
    const e = byMember.get(u.member) ?? { set: u.set, guards: new Set<string>() };
    if (u.guard && above(u.set, baseline)) e.guards.add(`${u.guard}()`);
    byMember.set(u.member, e);
  }
  const rows = [...byMember.entries()].sort(([a, x], [b, y]) => (above(x.set, y.set) ? 1 : above(y.set, x.set) ? -1 : a.localeCompare(b)));
  const lines = ["| Office.js member | requirement set | needed |", "|---|---|---|"];
  for (const [member, e] of rows) {
    const when = above(e.set, baseline) ? `only behind ${[...e.guards].sort().join(", ")}` : "always";
    lines.push(`| \`${member}\` | ExcelApi ${versionText(e.set)} | ${when} |`);
  }
  return lines.join("\n");
}
