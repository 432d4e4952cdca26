/** Runs the production CLI bundle (dist/cli/jixiao.js) as a real child process. */
import { spawnSync } from "child_process";
import path from "path";
import { DIST } from "./build";

export const CLI = path.join(DIST, "cli", "jixiao.js");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node dist/cli/jixiao.js ...args` with a Chinese locale unless `env` says otherwise; LC_ALL is cleared. */
export function runJixiao(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: undefined, NO_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, env: env as NodeJS.ProcessEnv, encoding: "utf8", timeout: 120_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
