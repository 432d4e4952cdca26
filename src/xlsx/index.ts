/** Host adapter over ExcelJS: bytes → workbook → Grids, and findings → a highlighted copy. No Node APIs here. */
export { loadWorkbook, classifyWorkbookBytes, WorkbookInputError, isWorkbookInputError } from "./load";
export { readGrids, readGrid, readMerges, toCellValue } from "./read";
export { highlightWorkbook, writeHighlightedCopy, appendNote, internalLink } from "./highlight";
export type { InputErrorCode } from "../core/messages";
