/** Row and cell lists in messages: runs of rows joined (4–11), at most a few items shown. */

/** Sorted, de-duplicated rows as runs: [4,5,6,7,43] → ["4–7", "43"]. */
export function rowRuns(rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    out.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return out;
}

/** The first `max` items joined with `sep`, and whether some were left out. */
export function listed(items: readonly string[], sep: string, max = 8): { text: string; more: boolean } {
  return { text: items.slice(0, max).join(sep), more: items.length > max };
}
