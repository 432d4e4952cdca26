/** How a cell shows its value in its number format, roughly as Excel and WPS display it (the web preview, the report draft). */
import { isCellError, type CellValue } from "./grid";

/** The number format's first section without quoted text, escapes, colours and conditions. */
function positiveSection(format: string): string {
  return firstSection(format)
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

function firstSection(format: string): string {
  return format.split(";")[0] ?? "";
}

/** Literal text ("万元", \元) before the first digit placeholder and after the last: `0.00"万元"` → ["", "万元"]. */
function literals(format: string): [string, string] {
  const section = firstSection(format).replace(/\[[^\]]*\]/g, "");
  const parts = [...section.matchAll(/"([^"]*)"|\\(.)|([0#?])/g)];
  const firstDigit = parts.findIndex((m) => m[3] !== undefined);
  let lastDigit = -1;
  parts.forEach((m, i) => {
    if (m[3] !== undefined) lastDigit = i;
  });
  const text = (m: RegExpMatchArray) => m[1] ?? m[2] ?? "";
  if (firstDigit < 0) return ["", ""];
  return [parts.slice(0, firstDigit).map(text).join(""), parts.slice(lastDigit + 1).map(text).join("")];
}

function decimalsOf(section: string): number {
  const m = /\.([0#?]+)/.exec(section);
  return m && m[1] ? m[1].length : 0;
}

function withThousands(fixed: string): string {
  const [whole = "", fraction] = fixed.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + grouped + (fraction !== undefined ? `.${fraction}` : "");
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A number in `General`: integers as they are, others to 10 significant digits without float noise. */
function general(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number.parseFloat(n.toPrecision(10)));
}

/** The text a cell shows for `value` under the number format `format`. */
export function cellText(value: CellValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    // ExcelJS reads serial dates as UTC midnight.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (isCellError(value)) return value.error;
  if (!Number.isFinite(value)) return String(value);
  const section = positiveSection(format);
  if (format === "General" || !/[0#?]/.test(section)) return general(value);
  const decimals = Math.min(decimalsOf(section), 15);
  const [before, after] = literals(format);
  if (section.includes("%")) return `${before}${(value * 100).toFixed(decimals)}%${after}`;
  const fixed = value.toFixed(decimals);
  return before + (section.includes(",") ? withThousands(fixed) : fixed) + after;
}
