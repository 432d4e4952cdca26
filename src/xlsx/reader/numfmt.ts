/**
 * Number formats as the audit has always seen them (through ExcelJS 4.4): built-in ids map to the
 * codes below, locale-dependent ids (27–36, 50–58: the CJK dates) to none, custom codes have their
 * backslash escapes removed; a number in a date format is a date.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** A custom format code as stored in styles.xml, unescaped the way the audit's number reading expects. */
export function customFormat(code: string): string {
  return code.replace(/[\\](.)/g, "$1");
}

/** True when a format shows dates or times (text in quotes and brackets aside). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** An Excel serial as a Date (UTC), in the 1900 or the 1904 date system. */
export function serialToDate(serial: unknown, date1904: boolean): Date {
  return new Date(Math.round((Number(serial) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}
