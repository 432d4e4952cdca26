/** Types for workbooks.js, so TypeScript tests can generate the benchmark workbooks. */
export function generateLineItems(file: string, rows: number): Promise<void>;
