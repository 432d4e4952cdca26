/** Turns whatever a host call rejected with into a HostError the panel can show. */
import { HostError, type HostErrorCode } from "./host";

/**
 * A HostError passes through; anything else becomes `fallback` with its message as the detail,
 * so an unexpected failure is still shown to the user rather than lost.
 */
export function toHostError(error: unknown, fallback: HostErrorCode = "unknown"): HostError {
  if (error instanceof HostError) return error;
  if (error instanceof Error) {
    if (error.name === "AbortError") return new HostError("cancelled", "", error);
    return new HostError(fallback, error.message, error);
  }
  return new HostError(fallback, error === undefined || error === null ? "" : String(error), error);
}
