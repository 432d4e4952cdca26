/** The one error type hosts raise, and the one conversion from whatever a host call rejected with. */

export type HostErrorCode =
  | "protected"
  | "too-large"
  | "unsupported"
  | "cancelled"
  | "no-workbook"
  | "read-failed"
  | "write-failed"
  | "unknown";

/** A failure the panel shows as a MessageBar, in the user's language, never a silent console.log. */
export class HostError extends Error {
  readonly code: HostErrorCode;
  /** Sheet, requirement set or size involved, for the message. */
  readonly detail: string;

  constructor(code: HostErrorCode, detail = "", cause?: unknown) {
    super(`${code}${detail ? `: ${detail}` : ""}`);
    this.name = "HostError";
    this.code = code;
    this.detail = detail;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/**
 * A HostError passes through; anything else becomes `fallback` with its message as the detail,
 * so an unexpected failure is still shown to the user rather than lost.
 */
export function toHostError(error: unknown, fallback: HostErrorCode = "unknown", detail?: string): HostError {
  if (error instanceof HostError) return error;
  if (error instanceof Error) {
    if (error.name === "AbortError") return new HostError("cancelled", "", error);
    return new HostError(fallback, detail ?? error.message, error);
  }
  return new HostError(fallback, detail ?? (error === undefined || error === null ? "" : String(error)), error);
}
