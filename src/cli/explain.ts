/** `jixiao audit --explain` and `--map`: the account of what was recognised, and column roles given by the user. */
import { rowRangeText, type SheetAccount } from "../core/layouts/explain";
import { messages } from "../core/messages";
import type { Lang } from "../core/types";
import type { Role } from "../core/vocabulary";
import { columnLetters } from "../core/grid/grid";

const WORDS = {
  "zh-CN": {
    sheet: "工作表「{sheet}」",
    header: "  {block}：表头在第 {rows} 行，数据读到第 {last} 行",
    column: "    {col} 列「{text}」→ {role}",
    ignored: "（不读取）",
    mapped: "（--map 指定）",
    rows: "    读作{as}的行：{rows}",
    unread: "  第 {row} 行像是{block}的表头，但未能读取：找到了{found}列，没有找到{missing}列；可用 --map 指定，例如 --map \"{sheet}!D=target\"",
    noHeader: "  没有找到表头行。查找的表头文字：",
    lookedFor: "    {role}：{words}",
    hint: "  可用 --map \"{sheet}!C=budget,D=actual\" 指定各列的含义。",
  },
  "en-US": {
    sheet: 'Sheet "{sheet}"',
    header: "  {block}: header in row {rows}, data read to row {last}",
    column: '    column {col} "{text}" → {role}',
    ignored: "(read past)",
    mapped: "(from --map)",
    rows: "    rows read as {as}: {rows}",
    unread: '  row {row} looks like the header of {block} but could not be read: found {found}; no {missing} column. Use --map, e.g. --map "{sheet}!D=target"',
    noHeader: "  No header row found. Header words looked for:",
    lookedFor: "    {role}: {words}",
    hint: '  Use --map "{sheet}!C=budget,D=actual" to say what each column holds.',
  },
} as const;

const fillIn = (s: string, p: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ""));

/** The account of one sheet in words a user can act on. */
export function renderAccount(a: SheetAccount, lang: Lang): string {
  const w = WORDS[lang];
  const { roles, blocks, readings } = messages(lang);
  const lines = [fillIn(w.sheet, { sheet: a.sheet })];
  for (const b of a.blocks) {
    lines.push(fillIn(w.header, { block: blocks[b.kind], rows: b.headerRows.join("–"), last: b.lastRow }));
    for (const c of b.columns) {
      const role = c.role === null ? w.ignored : roles[c.role] + (c.mapped ? w.mapped : "");
      lines.push(fillIn(w.column, { col: columnLetters(c.col), text: c.text.replace(/\s+/g, ""), role }));
    }
    const byKind = new Map<string, string[]>();
    for (const r of b.rows) byKind.set(r.as, [...(byKind.get(r.as) ?? []), rowRangeText(r)]);
    for (const [as, rows] of byKind) lines.push(fillIn(w.rows, { as: readings[as as keyof typeof readings], rows: rows.join(", ") }));
  }
  for (const u of a.unread) {
    const sep = lang === "zh-CN" ? "" : ", ";
    const name = (r: Role): string => (lang === "zh-CN" ? `「${roles[r]}」` : roles[r]);
    lines.push(fillIn(w.unread, { row: u.row, block: blocks[u.expected], found: u.found.map(name).join(sep), missing: u.missing.map(name).join(sep), sheet: a.sheet }));
  }
  if (a.noHeader) {
    lines.push(w.noHeader);
    for (const [role, words] of Object.entries(a.noHeader.lookedFor)) lines.push(fillIn(w.lookedFor, { role: roles[role as Role], words: words.join(lang === "zh-CN" ? "、" : ", ") }));
    lines.push(fillIn(w.hint, { sheet: a.sheet }));
  }
  return lines.join("\n");
}
