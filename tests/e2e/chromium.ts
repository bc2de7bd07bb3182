/**
 * Debian's Chromium (the machine cannot download Playwright's own browser builds), with the
 * flags that keep it quiet on a closed network. Used by the end-to-end tests and the benchmark.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
