import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_HELP, findChromium } from '../../scripts/find-chromium.js';

const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_HELP);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/playwright',
  // Each test derives Argon2id keys (~1 s, 256 MiB): one worker fits a 2-core machine.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    locale: 'fr-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
});
