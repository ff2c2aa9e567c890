// Headless Chromium for the tests and the benchmarks: Debian's `chromium` (or CHROMIUM_PATH), launched
// through playwright-core with the flags that keep it from calling out or updating itself.
import { chromium, type Browser } from 'playwright-core'

/** Launches headless Chromium; close the returned browser when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
  })
}
