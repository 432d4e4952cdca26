/** Colours as Office.js takes them: host's ARGB table converted once, and a readable font on our tints. */
import { SEVERITY_FILL } from "../host";
import type { Severity } from "../core/types";

/** `"FFFFC7CE"` (ARGB, as host/marks and .xlsx use) → `"#FFC7CE"` (what Office.js wants). */
export function officeColour(argb: string): string {
  if (!/^[0-9A-Fa-f]{8}$/.test(argb)) throw new Error(`not an ARGB colour: ${argb}`);
  return `#${argb.slice(2).toUpperCase()}`;
}

/** Fill by severity for Office.js, from the one table every host shares. */
export function severityFill(severity: Severity): string {
  return officeColour(SEVERITY_FILL[severity]);
}

/** Text colour used only where the cell's own font would be unreadable on the tint (white text). */
export const SEVERITY_FONT: Readonly<Record<Severity, string>> = {
  error: "#9C0006",
  warning: "#9C5700",
  info: "#1F4E79",
};

/** Office.js cannot set a gradient back, so such cells keep their fill and get a note only. */
export const GRADIENTS: ReadonlySet<string> = new Set(["LinearGradient", "RectangularGradient"]);

const lightCache = new Map<string, boolean>();

/** Light text (white, pale grey) would vanish on our pale tints. */
export function isLight(color: string): boolean {
  let light = lightCache.get(color);
  if (light === undefined) {
    light = luminance(color) > 0.6;
    if (lightCache.size < 1000) lightCache.set(color, light);
  }
  return light;
}

function luminance(color: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return 0;
  const hex = m[1] as string;
  const channel = (i: number): number => parseInt(hex.slice(i, i + 2), 16) / 255;
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}
