/** Number formatting for messages: the same in both languages (Chinese finance text uses ASCII digits). */

/** 0.7554 → "75.54%". */
export function fmtRate(x: number, decimals = 2): string {
  return `${trimZeros((x * 100).toFixed(decimals))}%`;
}

/** Up to `max` decimals, trailing zeros removed: 17.692307 → "17.69", 1940 → "1940". */
export function fmtNum(x: number, max = 2): string {
  if (!Number.isFinite(x)) return String(x);
  return trimZeros(x.toFixed(max));
}

function trimZeros(s: string): string {
  return s.indexOf(".") >= 0 ? s.replace(/\.?0+$/, "") : s;
}
