/**
 * Notes on marked cells: where the workbook's notes and threaded comments are (a cell with a
 * threaded comment cannot take a note), the text of user notes we are about to extend, and ours.
 */
import { a1 } from "../core/grid/grid";
import type { Lang } from "../core/types";
import { noteText, type CellMark } from "../host";
import { parseAreas } from "./address";
import { backupKey } from "./backup";
import { runOps, type QueuedOp } from "./batch";

/** Estimated request + response bytes to locate one note or comment, or read a note's text. */
export const READ_BYTES_PER_NOTE = 400;

/** Where the workbook's notes and threaded comments are, by backupKey(sheet, cell). */
export interface Annotations {
  notes: Map<string, Excel.Note>;
  comments: Set<string>;
}

export interface AnnotationLists {
  notes?: Excel.NoteCollection;
  comments?: Excel.CommentCollection;
}

export const NO_ANNOTATIONS: Readonly<Annotations> = Object.freeze({ notes: new Map<string, Excel.Note>(), comments: new Set<string>() });

/** The note a marked cell gets: the user's own note (if it has any text), the separator, then ours. */
export function annotatedNote(mark: CellMark, lang: Lang, original: string | null | undefined): string {
  return noteText(mark, lang, original && original.trim() !== "" ? original : "");
}

/**
 * Queues loading the workbook's notes and threaded comments as lists. Items carry one short
 * property only: what matters is where they are, and the text of a few.
 */
export function queueAnnotationLists(context: Excel.RequestContext, reads: QueuedOp[], withComments = true): AnnotationLists {
  const lists: AnnotationLists = {};
  reads.push({
    bytes: 4000,
    queue: () => {
      lists.notes = context.workbook.notes; // guarded: notesSupported()
      lists.notes.load("items/authorName");
      if (withComments) {
        lists.comments = context.workbook.comments;
        lists.comments.load("items/id");
      }
    },
  });
  return lists;
}

/** One more round trip, only when the workbook has notes or threaded comments: their cells. */
export async function locateAnnotations(context: Excel.RequestContext, lists: AnnotationLists, budget: number): Promise<Annotations> {
  const located: { note?: Excel.Note; range: Excel.Range }[] = [];
  const ops: QueuedOp[] = [];
  const locate = (item: Excel.Note | Excel.Comment, note: Excel.Note | undefined): QueuedOp => ({
    bytes: READ_BYTES_PER_NOTE,
    queue: () => {
      const range = item.getLocation(); // guarded: notesSupported()
      range.load("address");
      located.push(note ? { note, range } : { range });
    },
  });
  for (const note of lists.notes?.items ?? []) ops.push(locate(note, note));
  for (const comment of lists.comments?.items ?? []) ops.push(locate(comment, undefined));
  await runOps(context, ops, { budget, code: "read-failed", detail: "" });
  const out: Annotations = { notes: new Map(), comments: new Set() };
  for (const { note, range } of located) {
    const key = cellKeyOf(range.address);
    if (!key) continue;
    if (note) out.notes.set(key, note);
    else out.comments.add(key);
  }
  return out;
}

/** Queues reading the text of the user notes on `keys` (cells whose original is not on record yet). */
export function queueNoteContents(annotations: Annotations, keys: Iterable<string>): QueuedOp[] {
  const ops: QueuedOp[] = [];
  for (const key of keys) {
    const note = annotations.notes.get(key);
    if (note) ops.push({ bytes: READ_BYTES_PER_NOTE, queue: () => void note.load("content") });
  }
  return ops;
}

function unquote(sheet: string): string {
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** backupKey of a one-cell address such as `'My sheet'!D44`. */
function cellKeyOf(address: string): string | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return undefined;
  const area = parseAreas(address.slice(bang + 1))[0];
  return area ? backupKey(unquote(address.slice(0, bang)), a1(area.top, area.left)) : undefined;
}
