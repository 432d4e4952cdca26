import { normalizeText } from "../parse/number";
import { matchHeader, normalizeHeader, type Role } from "../vocabulary";

export type { Role } from "../vocabulary/roles";

/** Header text made comparable: full-width folded, spaces and units in brackets removed, lower case. */
export function headerKey(text: string): { key: string; unit: string | null } {
  let s = normalizeText(text).toLowerCase();
  const unit = normalizeHeader(text).unit;
  s = s.replace(/[(（][^)）]*[)）]/g, "");
  s = s.replace(/[*＊:：]/g, "");
  return { key: s, unit };
}

/** The role a header names (by the vocabulary's words, with its overrides), or null. */
export function classifyHeader(text: string): Role | null {
  const m = matchHeader(text);
  return m === null || m.role === "ignore" ? null : m.role;
}
