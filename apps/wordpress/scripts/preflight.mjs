#!/usr/bin/env node
// What the WordPress tests need besides Node and Chromium (the root preflight checks those):
// Debian's WordPress, MariaDB and PHP. Installs them with apt-get when running as root (once:
// `apt-get update` first); otherwise says exactly what to install. Nothing is configured or
// started system-wide: the tests copy WordPress into a temporary folder and start their own
// MariaDB and PHP server on 127.0.0.1 (test/global-setup.ts).
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Debian package → a file it installs that the tests use. */
const NEEDED = {
  wordpress: '/usr/share/wordpress/wp-load.php',
  'wordpress-theme-twentytwentythree':
    '/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json',
  'mariadb-server': '/usr/sbin/mariadbd',
  'php-cli': '/usr/bin/php',
  'php-mysql': '/etc/php/8.2/mods-available/mysqli.ini',
};

const missing = Object.entries(NEEDED)
  .filter(([, file]) => !existsSync(file))
  .map(([pkg]) => pkg);

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `The WordPress plugin tests need Debian's ${missing.join(', ')}.\n` +
        `Install them with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing.join(' ')}\n` +
        '(the tests start their own MariaDB and PHP server on 127.0.0.1 and stop them afterwards).',
    );
    process.exit(1);
  }
  console.log(`[wordpress] installing Debian's ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Installing Apache (a dependency of the wordpress package) and MariaDB would start both as
  // system services listening on every interface where an init system runs. The tests need
  // neither service: a policy-rc.d that answers 101 ("not allowed") keeps them stopped, unless
  // the machine already has a policy of its own.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy)
    writeFileSync(
      policy,
      '#!/bin/sh\n# nato-viz WordPress preflight: no service starts during this install.\nexit 101\n',
      { mode: 0o755 },
    );
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync(
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', ...Object.keys(NEEDED)],
      { stdio: 'inherit', env },
    );
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  const still = Object.entries(NEEDED).filter(([, file]) => !existsSync(file));
  if (still.length > 0) {
    console.error(`apt-get finished but ${still.map(([, f]) => f).join(', ')} is still missing.`);
    process.exit(1);
  }
}
