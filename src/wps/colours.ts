/**
 * Colours and fills between ET's integers and the shared backup record. ET colours are BGR integers
 * (red = 0x0000FF, as in VBA); the record keeps "#RRGGBB" and Excel's pattern names, so a workbook
 * marked in Excel can be cleared in WPS and the other way round.
 */
import type { Severity } from "../core/types";
import { SEVERITY_FILL, type FillState } from "../host";
import { XL_NONE, XL_PATTERN_SOLID } from "./et";

/** `"FFFFC7CE"` (ARGB, as host/marks has it) → BGR integer. */
export function argbToBgr(argb: string): number {
  if (!/^[0-9A-Fa-f]{8}$/.test(argb)) throw new Error(`not an ARGB colour: ${argb}`);
  const r = parseInt(argb.slice(2, 4), 16);
  const g = parseInt(argb.slice(4, 6), 16);
  const b = parseInt(argb.slice(6, 8), 16);
  return (b << 16) | (g << 8) | r;
}

/** BGR integer → `"#RRGGBB"`. */
export function bgrToHex(bgr: number): string {
  const n = Math.max(0, Math.min(0xffffff, Math.round(bgr)));
  const hex = (v: number): string => v.toString(16).toUpperCase().padStart(2, "0");
  return `#${hex(n & 0xff)}${hex((n >> 8) & 0xff)}${hex((n >> 16) & 0xff)}`;
}

/** `"#RRGGBB"` → BGR integer; undefined for anything else. */
export function hexToBgr(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  return argbToBgr(`FF${m[1] as string}`);
}

export function severityBgr(severity: Severity): number {
  return argbToBgr(SEVERITY_FILL[severity]);
}

/** Text colour used only where the cell's own font would vanish on the tint (white text); as in Excel. */
export const SEVERITY_FONT_BGR: Readonly<Record<Severity, number>> = {
  error: hexToBgr("#9C0006") as number,
  warning: hexToBgr("#9C5700") as number,
  info: hexToBgr("#1F4E79") as number,
};

/** Light text (white, pale grey) would vanish on our pale tints. */
export function isLightBgr(bgr: number): boolean {
  const r = (bgr & 0xff) / 255;
  const g = ((bgr >> 8) & 0xff) / 255;
  const b = ((bgr >> 16) & 0xff) / 255;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.6;
}

/** XlPattern values and Excel.FillPattern names (both follow VBA's XlPattern). */
const PATTERNS: readonly [number, string][] = [
  [XL_NONE, "None"],
  [XL_PATTERN_SOLID, "Solid"],
  [-4125, "Gray50"],
  [-4126, "Gray75"],
  [-4124, "Gray25"],
  [-4128, "Horizontal"],
  [-4166, "Vertical"],
  [-4121, "Down"],
  [-4162, "Up"],
  [9, "Checker"],
  [10, "SemiGray75"],
  [11, "LightHorizontal"],
  [12, "LightVertical"],
  [13, "LightDown"],
  [14, "LightUp"],
  [15, "Grid"],
  [16, "CrissCross"],
  [17, "Gray16"],
  [18, "Gray8"],
  [4000, "LinearGradient"],
  [4001, "RectangularGradient"],
];
const NAME_OF = new Map(PATTERNS);
const NUMBER_OF = new Map(PATTERNS.map(([n, s]) => [s, n]));

/** A pattern WPS reports that has no Excel name (xlPatternAutomatic …) is kept as `xl:<n>`, so it still comes back exactly. */
export function patternName(pattern: number): string {
  return NAME_OF.get(pattern) ?? `xl:${pattern}`;
}

export function patternNumber(name: string): number | undefined {
  const known = NUMBER_OF.get(name);
  if (known !== undefined) return known;
  const m = /^xl:(-?\d+)$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** Gradients cannot be set back through Interior: such cells keep their fill and get a comment only. */
export const GRADIENT_PATTERNS: ReadonlySet<string> = new Set(["LinearGradient", "RectangularGradient"]);

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** One cell's interior as the shared record keeps it. */
export function fillOf(interior: { Color: unknown; Pattern: unknown; PatternColor: unknown; TintAndShade: unknown }): FillState {
  const pattern = num(interior.Pattern) ?? XL_NONE;
  if (pattern === XL_NONE) return { color: "#FFFFFF", pattern: "None" };
  const state: FillState = { color: bgrToHex(num(interior.Color) ?? 0xffffff), pattern: patternName(pattern) };
  if (pattern !== XL_PATTERN_SOLID) {
    const pc = num(interior.PatternColor);
    if (pc !== undefined) state.patternColor = bgrToHex(pc);
  }
  const tint = num(interior.TintAndShade);
  if (tint) state.tintAndShade = tint;
  return state;
}
