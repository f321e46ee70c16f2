/**
 * What people type as an evidence link, made into the http(s) address the server accepts:
 * `www.acme.it/report` becomes `https://www.acme.it/report`, `//acme.it` becomes `https://acme.it`.
 * Returns '' for nothing and null for something that is no web address (another scheme, spaces, no dot).
 * The server normalises the same way and stays the authority.
 */
export function normalizeLink(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  if (/\s/.test(trimmed)) return null;
  if (/^https?:\/\/[^/?#]+/i.test(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^:/]+:\d+(\/|$)/.test(trimmed)) return null; // ftp:, mailto:, …
  const bare = trimmed.replace(/^\/\//, '');
  // a host name with a dot (or localhost), optionally a port, then a path, query or fragment
  if (/^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(:\d+)?([/?#].*)?$/i.test(bare)) return `https://${bare}`;
  return null;
}
