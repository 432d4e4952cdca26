import { normalizeText } from "./number";
import { fail, ok, textOf, type Result } from "./result";

/** A calendar day; `year` is absent when the text names only a month and day (`12月底`). */
export interface DayOfYear {
  year?: number;
  month: number;
  day: number;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function lastDay(month: number, year?: number): number {
  if (month === 2 && year !== undefined) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

function valid(d: DayOfYear): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= lastDay(d.month, d.year);
}

const FULL_DATE = /^(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?/;
const YEAR_MONTH_END = /^(\d{4})年(\d{1,2})月(?:底|末)/;
const YEAR_END = /^(\d{4})年(?:底|末)/;
const MONTH_DAY = /^(\d{1,2})月(\d{1,2})日/;
const MONTH_END = /^(\d{1,2})月(?:底|末|份)?/;
const YEAR_ONLY_END = /^(?:年底|年末)/;

/** Reads a date at the start of text: 2019年12月31日, 2019-12-31, 12月20日, 12月底, 2019年底, 年底. */
export function parseDayText(input: string): Result<DayOfYear & { rest: string }> {
  if (typeof input !== "string") return fail("bad-date", textOf(input));
  const s = normalizeText(input);
  let m: RegExpExecArray | null;
  let d: DayOfYear;
  if ((m = FULL_DATE.exec(s))) d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  else if ((m = YEAR_MONTH_END.exec(s))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    d = { year, month, day: lastDay(month, year) };
  } else if ((m = YEAR_END.exec(s))) d = { year: Number(m[1]), month: 12, day: 31 };
  else if ((m = MONTH_DAY.exec(s))) d = { month: Number(m[1]), day: Number(m[2]) };
  else if ((m = MONTH_END.exec(s))) {
    const month = Number(m[1]);
    d = { month, day: lastDay(month) };
  } else if ((m = YEAR_ONLY_END.exec(s))) d = { month: 12, day: 31 };
  else return fail("bad-date", input);
  if (!valid(d)) return fail("bad-date", input);
  const rest = s.slice(m[0].length);
  // Spelled out rather than spread (a hot path); a day without a year has no `year` key at all.
  return ok(d.year === undefined ? { month: d.month, day: d.day, rest } : { year: d.year, month: d.month, day: d.day, rest });
}

/** The day without the text after it; no `year` key when the year is unknown. */
export function dayOnly(d: DayOfYear): DayOfYear {
  return d.year === undefined ? { month: d.month, day: d.day } : { year: d.year, month: d.month, day: d.day };
}

/** Excel serial day number (1900 system) to a calendar day. */
export function fromExcelSerial(serial: number): DayOfYear | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const ms = Math.round((serial - 25569) * 86400000); // 25569 = 1970-01-01
  const dt = new Date(ms);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

/** A JS Date as a calendar day. Hosts hand dates over as UTC midnight, so UTC fields are read. */
export function fromDate(d: Date): DayOfYear | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Compares two days; a missing year on either side compares month and day only.
 * Returns negative when a is before b.
 */
export function compareDays(a: DayOfYear, b: DayOfYear): number {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return a.year - b.year;
  if (a.month !== b.month) return a.month - b.month;
  return a.day - b.day;
}

export function formatDay(d: DayOfYear): string {
  return `${d.year !== undefined ? d.year + "年" : ""}${d.month}月${d.day}日`;
}
