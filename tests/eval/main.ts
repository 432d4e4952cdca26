/** `npm run eval` (through tests/eval/run.js): prints the evaluation; exits 1 only when a golden fixture's claim no longer holds. */
import { runEval } from "./harness";
import { renderEval } from "./print";

runEval()
  .then((run) => {
    const { text, fixturesHold } = renderEval(run);
    process.stdout.write(text + "\n");
    process.exitCode = fixturesHold ? 0 : 1;
  })
  .catch((e: unknown) => {
    process.stderr.write(`eval: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  });
