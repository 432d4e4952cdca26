/**
 * Column roles a user assigned, per sheet: picked for a header cell in the pane or the web page (kept in the
 * workbook settings), or given to the CLI with --map "Sheet!D=actual,E=rate" / --map-file. Stored by column
 * letter, so they read as the user wrote them; runAudit takes them as a ColumnMap (role → column number).
 */
import { columnLetters } from "../core/grid/grid";
import type { ColumnMap } from "../core/layouts/detect";
import { ROLES, type Role } from "../core/vocabulary";

/** What a user may pick for a column: a role, or "ignore" to read past it (不参与审核). */
export type PickedRole = Role | "ignore";
/** Column letter → role, for one sheet. */
export type SheetColumnRoles = Record<string, PickedRole>;
/** Sheet name → its column roles; "*" applies to every sheet without its own (the CLI's --map "D=actual"). */
export type ColumnMaps = Record<string, SheetColumnRoles>;

/** Short names a user may type in --map, besides the role ids themselves. */
const ALIASES: Record<string, Role> = { actual: "amountActual", spent: "amountActual", item: "name", explain: "explanation", value: "indicatorActual", reason: "explanation" };

/** A role id, "ignore", or one of their short names (case-insensitive), or undefined. */
export function roleOf(text: string): PickedRole | undefined {
  const t = text.trim();
  if (t.toLowerCase() === "ignore" || t.toLowerCase() === "skip") return "ignore";
  return (ROLES as readonly string[]).includes(t) ? (t as Role) : ALIASES[t.toLowerCase()];
}

/** "D" → 4, "aa" → 27; undefined for anything that is not one to three letters. */
export function columnNumber(letters: string): number | undefined {
  const t = letters.trim();
  if (!/^[A-Za-z]{1,3}$/.test(t)) return undefined;
  let n = 0;
  for (const ch of t.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The column maps read back from settings: bad sheets, letters and roles are left out (a role a newer version
 * knows and this one does not), never an error. Letters come back upper case.
 */
export function parseColumnMaps(raw: unknown): ColumnMaps {
  const out: ColumnMaps = {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return out;
  for (const [sheet, cols] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof cols !== "object" || cols === null || Array.isArray(cols)) continue;
    const roles: SheetColumnRoles = {};
    for (const [col, role] of Object.entries(cols as Record<string, unknown>)) {
      const n = columnNumber(col);
      const r = typeof role === "string" ? roleOf(role) : undefined;
      if (n !== undefined && r !== undefined) roles[columnLetters(n)] = r;
    }
    if (Object.keys(roles).length > 0) out[sheet] = roles;
  }
  return out;
}

/** `Sheet!D=actual,E=rate` (or `D=actual` for every sheet) and a --map-file's JSON → column maps. Throws on a bad entry. */
export function parseMapSpecs(specs: readonly string[], json?: unknown): ColumnMaps {
  const out: ColumnMaps = {};
  const add = (sheet: string, col: string, roleText: string): void => {
    const role = roleOf(roleText);
    const n = columnNumber(col);
    if (!role || n === undefined) throw new Error(`--map: "${col}=${roleText}"`);
    out[sheet] = { ...out[sheet], [columnLetters(n)]: role };
  };
  for (const spec of specs) {
    const bang = spec.lastIndexOf("!");
    const sheet = bang >= 0 ? spec.slice(0, bang) : "*";
    for (const part of spec.slice(bang + 1).split(",")) {
      const [col, role] = part.split("=");
      if (col === undefined || role === undefined) throw new Error(`--map: "${part}"`);
      add(sheet, col, role);
    }
  }
  if (json && typeof json === "object") {
    for (const [sheet, cols] of Object.entries(json as Record<string, unknown>)) {
      if (cols && typeof cols === "object") for (const [col, role] of Object.entries(cols as Record<string, unknown>)) add(sheet, col, String(role));
    }
  }
  return out;
}

/** The sheet's roles as runAudit takes them (its own, else those for every sheet), or undefined when none. */
export function columnMapOf(maps: ColumnMaps | undefined, sheet: string): ColumnMap | undefined {
  const roles = maps?.[sheet] ?? maps?.["*"];
  if (!roles) return undefined;
  const map: ColumnMap = {};
  const ignored: number[] = [];
  for (const [col, role] of Object.entries(roles)) {
    const n = columnNumber(col);
    if (n === undefined) continue;
    if (role === "ignore") ignored.push(n);
    else map[role] = n;
  }
  if (ignored.length > 0) map.ignored = ignored;
  return Object.keys(map).length > 0 ? map : undefined;
}

/**
 * The maps with one pick changed: `role` for the sheet's column, or null to take the pick away (the header's
 * words decide again). A role sits in one column only, so giving it to another column moves it; any number
 * of columns may be read past ("ignore").
 */
export function withColumnRole(maps: ColumnMaps | undefined, sheet: string, col: number, role: PickedRole | null): ColumnMaps {
  const letter = columnLetters(col);
  const roles: SheetColumnRoles = {};
  for (const [c, r] of Object.entries(maps?.[sheet] ?? {})) if (c !== letter && (r !== role || role === "ignore")) roles[c] = r;
  if (role !== null) roles[letter] = role;
  const next: ColumnMaps = { ...maps };
  if (Object.keys(roles).length > 0) next[sheet] = roles;
  else delete next[sheet];
  return next;
}

/** Audit options for one sheet: `options` with the sheet's column roles as `mapping`, when it has any. */
export function withSheetMapping<O extends object>(options: O, maps: ColumnMaps | undefined, sheet: string): O & { mapping?: ColumnMap } {
  const mapping = columnMapOf(maps, sheet);
  return mapping ? { ...options, mapping } : options;
}
