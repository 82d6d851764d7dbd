import { defineConfig } from '@playwright/test';

// PW_PORT: serve the preview on another port (several worktrees may run the suite on one machine).
const port = Number(process.env.PW_PORT ?? 4173);

/**
 * End-to-end tests against the production build (`vite build` + `vite preview` on port 4173, or PW_PORT),
 * in the system Chromium (the Playwright browser download is not used).
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.spec\.ts$/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 1,
  retries: 0,
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1440, height: 900 },
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx vite build && npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !!process.env.PW_REUSE,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
