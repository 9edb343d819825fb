// The app's one origin, app://concerto, and the URL checks built on it. Origins are compared
// field by field on parsed URLs, never with string prefixes ("app://concerto.evil/" must fail).
// No 'electron' import here: these are unit-tested under plain Node.

export const APP_SCHEME = 'app';
export const APP_HOST = 'concerto';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for app://concerto/... (no port, no credentials). Node's URL gives origin "null" for custom schemes, so compare the parts. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Requests the window may make at all: its own files, and object/data URLs it created itself. Nothing from the network. */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:') return true;
  if (parsed.protocol === 'blob:') return isAppUrl(parsed.pathname);
  // The developer tools of an unpackaged build load their own pages.
  return parsed.protocol === 'devtools:';
}

/** Downloads the app may offer (the roster CSV export builds a blob: URL in the window). */
export function isAllowedDownloadUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'blob:' && isAppUrl(parsed.pathname);
}

/**
 * A mailto: link (the session's invitation): handed to the user's mail program, never loaded in
 * the window. Only the mailto scheme, so no other external protocol can be launched this way.
 */
export function isMailtoUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'mailto:';
}
