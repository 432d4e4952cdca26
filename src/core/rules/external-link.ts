import { externalRefs } from "../formula/tokens";
import type { WorkbookFacts } from "../grid/grid";
import { shownFormula } from "./formula-helpers";
import type { RawFinding, Rule } from "./rule";

/** `[1]` names the first linked workbook in a file; Excel (through its API) and users write the file name itself. */
function bookName(book: string, facts: WorkbookFacts | undefined): string {
  const m = /^\[(\d+)\]$/.exec(book);
  if (m) {
    const name = facts?.externalBooks?.[Number(m[1]) - 1];
    return name ?? book;
  }
  const close = book.lastIndexOf("]");
  const open = book.lastIndexOf("[", close);
  return open >= 0 && close > open ? book.slice(open + 1, close) : book;
}

/** A formula that takes its value from another workbook (last year's file), anywhere on the sheet. */
export const externalLink: Rule = {
  id: "external-link",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ grid }) {
    const out: RawFinding[] = [];
    grid.forEachFormula((row, col, formula) => {
      const refs = externalRefs(formula);
      const first = refs[0];
      if (!first || first.book === null) return;
      out.push({ code: "external-link", row, col, params: { formula: shownFormula(formula), book: bookName(first.book, grid.workbook) } });
    });
    return out;
  },
};
