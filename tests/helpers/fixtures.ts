/**
 * The golden workbooks live in ../shared/fixtures and are read in place, never copied into the project
 * (see that folder's README). Tests fail with this message, not a bare ENOENT, when it is missing.
 */
import fs from "fs";
import os from "os";
import path from "path";

// JIXIAO_ROOT: set by tests/eval/run.js, which runs this file compiled into a temp dir.
export const ROOT = process.env.JIXIAO_ROOT ?? path.resolve(__dirname, "..", "..");
export const FIXTURES = path.resolve(ROOT, "..", "shared", "fixtures");

export function fixture(name: string): string {
  if (!fs.existsSync(FIXTURES)) {
    throw new Error(`The fixture folder ${FIXTURES} is missing. Golden tests read ../shared/fixtures in place; restore it rather than copying workbooks into the project.`);
  }
  const file = path.join(FIXTURES, name);
  if (!fs.existsSync(file)) throw new Error(`Fixture ${name} is missing from ${FIXTURES}.`);
  return file;
}

/** A fresh temporary folder; remove it with removeTempDir in afterAll. */
export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `jixiao-${prefix}-`));
}

export function removeTempDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
