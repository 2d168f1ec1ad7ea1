// Debian's Chromium for every browser the project starts (tests, fallbacks, benchmarks):
// CHROMIUM_PATH or /usr/bin/chromium. Nothing here downloads a browser. The flags keep a
// headless Chromium off the network it would otherwise try to reach at start-up.
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
