/** Host adapter over ExcelJS: bytes → workbook → Grids, and findings → a highlighted copy. No Node APIs here. */
export { loadWorkbook, classifyWorkbookBytes, WorkbookInputError, isWorkbookInputError } from "./load";
export { readGrids, readGrid, readMerges, toCellValue } from "./read";
export { highlightWorkbook, writeHighlightedCopy, appendNote, internalLink, SEVERITY_FILL } from "./highlight";
export { xlsxLabels, XLSX_LABELS, type XlsxLabels, type InputErrorCode } from "./labels";
