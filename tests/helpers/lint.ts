/** Lints code snippets with the project's eslint.config.mjs as if they were files at the given paths. */
import { execFileSync } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const BOUNDARY_RULES = new Set(["no-restricted-imports", "no-restricted-globals", "no-restricted-syntax"]);

export interface LintMessage {
  ruleId: string | null;
  line: number;
  message: string;
}

export interface Snippet {
  code: string;
  filePath: string;
}

/** Lints every snippet in one ESLint run (the Node API runs in tests/tools/lint-snippets.js; see why there). */
export function lint(snippets: Snippet[]): LintMessage[][] {
  const stdout = execFileSync(process.execPath, [path.join(ROOT, "tests/tools/lint-snippets.js")], {
    cwd: ROOT,
    input: JSON.stringify(snippets),
    encoding: "utf8",
    timeout: 60_000,
  });
  return JSON.parse(stdout) as LintMessage[][];
}

/** Only the messages of the boundary rules (imports, globals, syntax bans). */
export function boundaryOnly(messages: LintMessage[]): LintMessage[] {
  return messages.filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId));
}
