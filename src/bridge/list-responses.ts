/** Responses larger than this are not read again by us: no list or activity comes near it. */
const MAX_JSON_CHARS = 5_000_000;

/**
 * Watches the page's own `fetch` and `XMLHttpRequest` responses and hands a copy of the JSON
 * of those `wanted` picks to `onJson`. The page's requests and responses pass through
 * untouched (a fetch body is read from a clone, an XHR's from its text once loaded), and
 * nothing is ever requested by us. Runs in the page's world: nothing here may throw at it.
 */
export function watchJsonResponses(
  win: Window & typeof globalThis,
  wanted: (url: URL) => boolean,
  onJson: (url: URL, json: unknown) => void,
): void {
  const wantedUrl = (address: string): URL | null => {
    try {
      const url = new URL(address, win.location.href);
      return wanted(url) ? url : null;
    } catch {
      return null;
    }
  };

  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    win.fetch = function fetch(this: unknown, ...args: Parameters<typeof originalFetch>) {
      const pending = originalFetch.apply(this, args);
      void pending
        .then((response) => {
          const url = wantedUrl(response.url);
          if (url === null || !response.ok) return;
          return response
            .clone()
            .json()
            .then((json: unknown) => onJson(url, json));
        })
        .catch(() => undefined);
      return pending;
    } as typeof originalFetch;
  }

  const XHR = win.XMLHttpRequest;
  if (typeof XHR === 'function') {
    const originalOpen = XHR.prototype.open;
    XHR.prototype.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
      this.addEventListener('load', () => {
        try {
          const url = wantedUrl(this.responseURL);
          if (url === null || this.status < 200 || this.status > 299) return;
          const json = jsonOf(this);
          if (json !== undefined) onJson(url, json);
        } catch {
          // Not JSON, or not ours to read: the page's request is unaffected either way.
        }
      });
      return (originalOpen as (...openArgs: unknown[]) => void).apply(this, args);
    } as typeof originalOpen;
  }
}

function jsonOf(xhr: XMLHttpRequest): unknown {
  if (xhr.responseType === 'json') return xhr.response as unknown;
  if (xhr.responseType !== '' && xhr.responseType !== 'text') return undefined;
  const text = String(xhr.responseText);
  return text.length > MAX_JSON_CHARS ? undefined : (JSON.parse(text) as unknown);
}
