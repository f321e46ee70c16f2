import { defineConfig } from '@playwright/test';

// End-to-end tests against the real running stack (backend on :8080 serving this app, Keycloak on :8180),
// started by infra/e2e.sh. Browsers are not downloaded: Debian's Chromium is used.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/e2e-artifacts',
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  workers: 1,
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:8080',
    browserName: 'chromium',
    locale: 'en-US',
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
