/**
 * The A1 text of a shared formula's follower: the master's formula with its relative references
 * moved by the follower's offset. Strings, quoted sheet names and function names are left alone;
 * whole-column and whole-row references (A:A, 1:1) are not moved.
 */
const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!.])|[A-Za-z_\\][A-Za-z0-9_.]*/g;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula.replace(TOKEN, (whole: string, colAbs?: string, letters?: string, rowAbs?: string, digits?: string, offset?: number) => {
    if (letters === undefined || digits === undefined) return whole;
    // Part of a longer name (`Sheet1A1`, `_A1`) when glued to a letter, digit or underscore before it.
    const before = offset !== undefined && offset > 0 ? formula[offset - 1] : "";
    if (before && /[A-Za-z0-9_.]/.test(before)) return whole;
    let col = colNumber(letters);
    let row = Number(digits);
    if (col > 16384 || row > 1048576) return whole;
    if (!colAbs) col += dCol;
    if (!rowAbs) row += dRow;
    if (col < 1 || row < 1) return "#REF!";
    return `${colAbs ?? ""}${colLetters(col)}${rowAbs ?? ""}${row}`;
  });
}
