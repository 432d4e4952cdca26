/** Types for validate-manifest.js, so TypeScript tests can import its checks. */
export interface ValidateOptions {
  manifestPath?: string;
  schemaDir?: string;
  assetsDir?: string;
  /** false skips xmllint (the schema step). */
  schema?: boolean;
}

export interface ValidateResult {
  errors: string[];
  summary: string;
}

export function validateManifest(options?: ValidateOptions): ValidateResult;
export function pngSize(file: string): { width: number; height: number } | undefined;
export const DEFAULTS: Required<Omit<ValidateOptions, "schema">>;
