/** jsdom lacks the TextEncoder / TextDecoder that Node and every browser have; import this first. */
import { TextDecoder, TextEncoder } from "util";

const g = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown };
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
