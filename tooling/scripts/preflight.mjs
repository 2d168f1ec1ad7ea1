#!/usr/bin/env node
// Checks what the README's two commands need before Turbo runs: Node 20.19+, and (with
// --browser) a Chromium for the browser tests. Installs Chromium with apt-get when running as
// root; otherwise says exactly what to install. Never downloads a browser build of its own.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const wantBrowser = process.argv.includes('--browser');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`nato-viz needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

if (wantBrowser) {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot) {
      console.error(
        `The browser tests need Chromium at ${chromium}.\n` +
          'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
          'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
      );
      process.exit(1);
    }
    console.log(`Chromium not found at ${chromium}; installing Debian's chromium with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], {
      stdio: 'inherit',
      env,
    });
    if (!existsSync(chromium)) {
      console.error(`apt-get finished but ${chromium} is still missing.`);
      process.exit(1);
    }
  }
}
