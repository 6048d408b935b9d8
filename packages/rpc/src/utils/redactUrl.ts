/**
 * Removes userinfo and query string from a URL so it can appear in logs and errors.
 * @internal
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) {
      parsed.username = '';
      parsed.password = '';
    }
    if (parsed.search) parsed.search = '?[REDACTED]';
    return parsed.toString();
  } catch {
    return '[invalid url]';
  }
}

/**
 * True for `localhost`, `127.0.0.0/8`, `::1` and `[::1]`.
 * @internal
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
