import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/e2e/support/browser.ts';

/**
 * End-to-end tests: one real server (started in globalSetup on a random port), the built
 * client (npm run test:e2e builds it first), system Chromium, one browser context per person.
 * Screenshots have their own config (playwright.screenshots.config.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testIgnore: ['**/screenshots/**'],
  globalSetup: './tests/e2e/support/globalSetup.ts',
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    browserName: 'chromium',
    launchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
