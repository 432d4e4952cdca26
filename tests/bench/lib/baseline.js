/**
 * An older commit's src/core, extracted from git into a temp dir, so a benchmark can time today's code and
 * the code before a piece of work side by side in one run (lib/compile.js compiles either the same way).
 * Needs the git history (a full clone); without it `extractCore` says why and the caller skips the baseline.
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { ROOT } = require("./compile");

function git(args) {
  return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** The commit before the first one that touched `firstPath` (issue 9 began by adding src/core/vocabulary). */
function commitBefore(firstPath) {
  if (git(["rev-parse", "--is-shallow-repository"]) === "true") throw new Error("this clone is shallow (git clone --depth)");
  const first = git(["rev-list", "--reverse", "HEAD", "--", firstPath]).split("\n")[0];
  if (!first) throw new Error(`no commit in this clone touches ${firstPath}`);
  return git(["rev-parse", "--short", `${first}^`]);
}

/**
 * src/core of `commit` under a temp dir: returns { commit, srcRoot } (srcRoot holds core/…), or
 * { error } when the history or git is not there. The dir is removed when the process exits.
 */
function extractCore(commit) {
  try {
    const rev = git(["rev-parse", "--short", "--verify", `${commit}^{commit}`]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-baseline-"));
    process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
    const tar = execFileSync("git", ["archive", "--format=tar", rev, "src/core"], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
    execFileSync("tar", ["-x", "-C", dir], { input: tar });
    return { commit: rev, srcRoot: path.join(dir, "src") };
  } catch (e) {
    const why = e && e.stderr ? String(e.stderr).trim().split("\n")[0] : String(e && e.message ? e.message : e);
    return { error: why };
  }
}

module.exports = { commitBefore, extractCore };
