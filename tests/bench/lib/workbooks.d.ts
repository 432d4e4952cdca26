/** Types for workbooks.js, so TypeScript tests can generate the benchmark workbooks. */
export type LineItemRow = [number, string, number, number, number, string, string];

export interface LineItemData {
  title: string;
  unitNote: string;
  header: string[];
  items: LineItemRow[];
  totals: { budget: number; spent: number; rate: number };
  formats: string[];
}

export function lineItemData(rows: number, options?: { explainLow?: boolean }): LineItemData;
export function generateLineItems(file: string, rows: number): Promise<void>;
export function mergedRangesWorkbook(count: number): Uint8Array;
