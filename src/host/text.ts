/** Replaces each `{name}` in `template` with `params[name]`; unknown names stay as they are. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** "错误" / "Error": a word capitalised for English headings; Chinese is unchanged. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A plain decimal as typed in a flag or a form field ("20", "0.10", " .5 "); undefined for anything else ("", "-1", "1e2", "0x10"). */
export function plainNumber(text: string): number | undefined {
  return /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(text) ? Number(text) : undefined;
}
