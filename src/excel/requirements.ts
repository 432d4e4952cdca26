/**
 * The Office.js requirement sets the Excel adapter needs, stated once. Everything in src/excel is
 * written against these; `checkRequirements()` runs before any Excel.run.
 */
import { HostError } from "../host";

export interface RequirementSet {
  name: string;
  version: string;
  /** What in src/excel needs it, for the reader of this file. */
  usedFor: string;
}

/** Needed for any audit, lowest first. A host with the last one has all of them. */
export const REQUIRED_SETS: readonly RequirementSet[] = [
  { name: "ExcelApi", version: "1.4", usedFor: "getUsedRangeOrNullObject, *OrNullObject lookups, workbook settings" },
  { name: "ExcelApi", version: "1.7", usedFor: "getRangeByIndexes, cell hyperlinks, workbook protection, freezePanes" },
  { name: "ExcelApi", version: "1.9", usedFor: "getCellProperties, RangeAreas (getRanges), fill pattern" },
  { name: "ExcelApi", version: "1.10", usedFor: "workbook.comments (a threaded comment blocks a note)" },
  { name: "ExcelApi", version: "1.13", usedFor: "getMergedAreasOrNullObject (merged cells in the Grid)" },
];

/** Notes are optional: without them highlights are fills only and highlight() says so. */
export const NOTES_SET: RequirementSet = { name: "ExcelApi", version: "1.18", usedFor: "workbook.notes" };

export function requirementName(set: RequirementSet): string {
  return `${set.name} ${set.version}`;
}

function isSupported(set: RequirementSet): boolean {
  // `Office` is a global only where office.js has loaded.
  if (typeof Office === "undefined") return false;
  const requirements = Office.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return false;
  return requirements.isSetSupported(set.name, set.version);
}

/** The required sets this host lacks, lowest first. */
export function missingRequirements(): RequirementSet[] {
  return REQUIRED_SETS.filter((set) => !isSupported(set));
}

/**
 * Throws HostError("unsupported", "ExcelApi 1.x") naming the highest missing set, which is the
 * version the user has to update to. Cheap (no round trip); call it before every Excel.run.
 */
export function checkRequirements(): void {
  const missing = missingRequirements();
  const highest = missing[missing.length - 1];
  if (highest) throw new HostError("unsupported", requirementName(highest));
}

/** True when notes (ExcelApi 1.18) can be read and written. */
export function notesSupported(): boolean {
  return isSupported(NOTES_SET);
}
