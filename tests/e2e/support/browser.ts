import { existsSync } from 'node:fs';

/**
 * No browser downloads are possible where Debrief is developed and tested, so Playwright
 * launches the system Chromium: $CHROMIUM_PATH, else /usr/bin/chromium, else its own.
 */
export const chromiumExecutable: string | undefined =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export const launchOptions = { executablePath: chromiumExecutable, args: chromiumArgs };
