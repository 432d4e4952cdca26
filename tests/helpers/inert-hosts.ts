/**
 * Hosts whose URLs appear in our bundles only as data, never fetched: XML namespaces (OOXML, Dublin
 * Core, mammoth's own, React DOM's) and links inside error messages and licence fields (React, docx,
 * JSZip). A new host here means reading where it comes from first.
 */
export const INERT_HOSTS: ReadonlySet<string> = new Set([
  "schemas.openxmlformats.org",
  "schemas.microsoft.com",
  "www.w3.org",
  "purl.org",
  "purl.oclc.org",
  "schemas.zwobble.org",
  "github.com",
  "stuk.github.io",
  "answers.microsoft.com",
  "reactjs.org",
  "react.dev",
]);
