/** .xlsx packages for the CLI and the web page: a bounded reader into Grids, and a patching writer for highlighted copies. No Node APIs here. */
export { readWorkbook, readWorkbookData, readWorkbookDataAsync, gridsOf, type ReadWorkbookResult, type WorkbookData, type WorkbookInfo, type ReadOptions } from "./reader/workbook";
export { classifyWorkbookBytes, WorkbookInputError, isWorkbookInputError, type InputErrorParams } from "./input";
export {
  DEFAULT_LIMITS,
  DEFAULT_LIMIT_SETTINGS,
  LIMIT_FIELDS,
  LIMIT_FIELD_OF,
  limitsFrom,
  limitValue,
  parseLimitSettings,
  type LimitField,
  type ReadLimits,
  type LimitSettings,
} from "./limits";
export { highlightRequest, writeHighlightedCopy, internalLink } from "./highlight";
export { patchWorkbook } from "./patch/patch";
export type { CellMark, LinkCell, FormattedNumber, FilledText, ResultCell, ResultsTable, PatchRequest, PatchResult } from "./patch/types";
export type { InputErrorCode, LimitErrorCode } from "../core/messages";
