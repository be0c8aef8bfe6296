import type { PageChecks } from '../sites/site';

/**
 * Runs a site's named checks on the page: each selector matched or not, each pattern found
 * in an inline script or not. Sent into the page as it is (scripting.executeScript), so it
 * uses nothing from outside itself. Never throws: a check that cannot run is false.
 */
export function runPageChecks(checks: PageChecks, activityId: string): Record<string, boolean> {
  const withId = (text: string) => text.split('{id}').join(activityId);
  const results: Record<string, boolean> = {};
  const scripts: string[] = [];
  for (const script of document.querySelectorAll('script:not([src])')) scripts.push(script.textContent ?? '');
  for (const [name, selector] of Object.entries(checks.selectors)) {
    try {
      results[name] = document.querySelector(withId(selector)) !== null;
    } catch {
      results[name] = false;
    }
  }
  for (const [name, pattern] of Object.entries(checks.scripts)) {
    try {
      const regex = new RegExp(withId(pattern));
      results[name] = scripts.some((text) => regex.test(text));
    } catch {
      results[name] = false;
    }
  }
  return results;
}
