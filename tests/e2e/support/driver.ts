/**
 * The little the scenarios need from a browser, so the same user-visible checks run in
 * Chromium (Playwright) and Firefox (Puppeteer over WebDriver BiDi).
 */
export interface DriverPage {
  /** Runs a self-contained function in the page and returns its (serializable) result. */
  evaluate<T>(fn: () => T): Promise<T>;
  /** Waits until the JavaScript expression is truthy in the page (web pages only: extension pages forbid eval). */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** Waits until an element matches the selector. */
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  textOf(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: string;
  openPage(url: string): Promise<DriverPage>;
  /** Opens one of the extension's own pages (popup.html, sidepanel.html…) in a tab. */
  openExtensionPage(path: string): Promise<DriverPage>;
  close(): Promise<void>;
}

export const DEFAULT_WAIT_MS = 10_000;
