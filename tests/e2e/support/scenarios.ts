import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import type { Driver, DriverPage, OpenOptions } from './driver';
import { type FixtureServer, startFixtureServer } from './fixture-server';

/** What a scenario group gets: pages opened through it are closed after each test. */
export interface ScenarioContext {
  open(url: string, options?: OpenOptions): Promise<DriverPage>;
  openExtensionPage(path: string): Promise<DriverPage>;
  /** The browser under test (started before the first test). */
  driver(): Driver;
}

export type ScenarioGroup = (context: ScenarioContext) => void;

/**
 * Runs the same user-visible scenarios against one browser build: a fresh fixture server
 * and browser per build, pages closed after every test.
 */
export function describeExtension(
  label: string,
  makeDriver: (server: FixtureServer) => Promise<Driver>,
  groups: readonly ScenarioGroup[],
): void {
  describe(label, () => {
    let server: FixtureServer | undefined;
    let driver: Driver | undefined;
    const pages: DriverPage[] = [];

    beforeAll(async () => {
      server = await startFixtureServer();
      driver = await makeDriver(server);
    });

    afterEach(async () => {
      for (const page of pages.splice(0)) await page.close().catch(() => undefined);
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    const ready = () => {
      if (!driver) throw new Error('The browser did not start.');
      return driver;
    };
    const context: ScenarioContext = {
      driver: ready,
      open: async (url, options) => {
        const page = await ready().openPage(url, options);
        pages.push(page);
        return page;
      },
      openExtensionPage: async (path) => {
        const page = await ready().openExtensionPage(path);
        pages.push(page);
        return page;
      },
    };
    for (const group of groups) group(context);
  });
}
