import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/e2e/support/browser.ts';

/**
 * `npm run screenshots`: walks a seeded retro through every phase and writes PNGs at desktop
 * and phone width (light, plus dark for a few) into docs/screenshots/. Not part of `npm test`.
 */
export default defineConfig({
  testDir: 'tests/e2e/screenshots',
  globalSetup: './tests/e2e/support/globalSetup.ts',
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/screenshots',
  use: { browserName: 'chromium', launchOptions },
});
