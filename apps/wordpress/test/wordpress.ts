// A real, throw-away WordPress for the tests: Debian's WordPress 6.1 copied into a temporary
// folder (its own wp-config.php and wp-content), Debian's MariaDB with its own data folder and
// socket (no TCP port), and PHP's built-in web server on 127.0.0.1. Nothing outside the
// temporary folder is written, and stop() ends both servers and removes it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export const WORDPRESS_SOURCE = '/usr/share/wordpress';

export interface WordPress {
  url: string;
  root: string;
  plugins: string;
  /** Runs PHP with WordPress loaded (as no user) and returns what it printed. */
  php(code: string, options?: { installing?: boolean }): string;
  stop(): Promise<void>;
}

/** The users the tests publish as, one per role; every password is `password`. */
export const USERS = {
  administrator: 'nv-admin',
  editor: 'nv-editor',
  author: 'nv-author',
} as const;
export type Role = keyof typeof USERS;
export const PASSWORD = 'password';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function until(
  what: string,
  ok: () => boolean | Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopChild(child: ChildProcess | undefined, group = false): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => (child.pid && group ? process.kill(-child.pid, 'SIGKILL') : child.kill('SIGKILL')),
      10_000,
    );
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // php -S with workers forks: the server leads its own process group; end the group.
    if (child.pid && group) process.kill(-child.pid, 'SIGTERM');
    else child.kill('SIGTERM');
  });
}

/** Runs PHP with this WordPress loaded (as no user) and returns what it printed. */
export function phpRunner(root: string, url: string) {
  const host = new URL(url).host;
  return (code: string, { installing = false } = {}): string => {
    const file = join(root, `nv-run-${process.pid}-${Math.random().toString(36).slice(2)}.php`);
    writeFileSync(
      file,
      `<?php\n$_SERVER['HTTP_HOST'] = '${host}';\n$_SERVER['REQUEST_URI'] = '/';\n$_SERVER['SERVER_NAME'] = '127.0.0.1';\n` +
        `define('WP_USE_THEMES', false);\n${installing ? "define('WP_INSTALLING', true);\n" : ''}require '${root}/wp-load.php';\n${code}\n`,
    );
    try {
      return execFileSync('php', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      throw new Error(`PHP failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
    } finally {
      rmSync(file, { force: true });
    }
  };
}

export async function startWordPress(): Promise<WordPress> {
  const dir = mkdtempSync(join(tmpdir(), 'nato-viz-wp-'));
  const dbDir = join(dir, 'db');
  const socket = join(dir, 'mysqld.sock');
  const root = join(dir, 'wordpress');
  const user = userInfo().username;
  let db: ChildProcess | undefined;
  let web: ChildProcess | undefined;
  const log: string[] = [];
  const stop = async () => {
    await stopChild(web, true);
    await stopChild(db);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB: its own data folder, socket only (--skip-networking), no system config files.
    mkdirSync(dbDir);
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${dbDir}`,
        `--user=${user}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { stdio: 'pipe' },
    );
    db = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${dbDir}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'mysqld.pid')}`,
        `--user=${user}`,
        '--innodb-buffer-pool-size=64M',
        '--skip-log-bin',
        '--skip-name-resolve',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    db.stderr?.on('data', (d) => log.push(String(d)));
    await until('MariaDB to accept connections', () => {
      if (db?.exitCode !== null) throw new Error(`MariaDB exited:\n${log.join('')}`);
      if (!existsSync(socket)) return false;
      try {
        execFileSync(
          'mariadb',
          [
            '--no-defaults',
            `--socket=${socket}`,
            '-uroot',
            '-e',
            'CREATE DATABASE IF NOT EXISTS wordpress',
          ],
          { stdio: 'pipe' },
        );
        return true;
      } catch {
        return false;
      }
    });

    // WordPress: Debian's files (its symlinks to Debian's JavaScript and PHP libraries resolved,
    // as they are relative), a config of our own.
    cpSync(WORDPRESS_SOURCE, root, { recursive: true, dereference: true });
    rmSync(join(root, '.htaccess'), { force: true });
    // Browsers ask every site for /favicon.ico; WordPress answers it only with pretty permalinks,
    // and a 404 would be a console error on every page that is neither WordPress's nor ours.
    copyFileSync(
      join(root, 'wp-includes', 'images', 'w-logo-blue-white-bg.png'),
      join(root, 'favicon.ico'),
    );
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_CONTENT_URL', '${url}/wp-content');
define('FS_METHOD', 'direct');
define('WP_AUTO_UPDATE_CORE', false);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', __DIR__ . '/debug.log');
${[
  'AUTH_KEY',
  'SECURE_AUTH_KEY',
  'LOGGED_IN_KEY',
  'NONCE_KEY',
  'AUTH_SALT',
  'SECURE_AUTH_SALT',
  'LOGGED_IN_SALT',
  'NONCE_SALT',
]
  .map((k, i) => `define('${k}', 'nato-viz-test-${i}-${dir}');`)
  .join('\n')}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    const php = phpRunner(root, url);

    // Install the site (as wp-admin/install.php would) and one user per role. The Editor loses
    // unfiltered_html, as on multisite and on most newsroom hosts.
    php(
      `
      require_once ABSPATH . 'wp-admin/includes/upgrade.php';
      wp_install('nato-viz test site', '${USERS.administrator}', 'admin@example.org', true, '', '${PASSWORD}', 'en_US');
      wp_create_user('${USERS.editor}', '${PASSWORD}', 'editor@example.org');
      (new WP_User(get_user_by('login', '${USERS.editor}')->ID))->set_role('editor');
      wp_create_user('${USERS.author}', '${PASSWORD}', 'author@example.org');
      (new WP_User(get_user_by('login', '${USERS.author}')->ID))->set_role('author');
      get_role('editor')->remove_cap('unfiltered_html');
      switch_theme('twentytwentythree');
      wp_delete_post(1, true); wp_delete_post(2, true); wp_delete_post(3, true);
    `,
      { installing: true },
    );

    web = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
      cwd: root,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    web.stderr?.on('data', (d) => {
      const s = String(d);
      if (/Fatal|Warning|Error/i.test(s)) log.push(s);
    });
    await until('the PHP server to answer', async () => {
      if (web?.exitCode !== null) throw new Error(`php -S exited:\n${log.join('')}`);
      try {
        return (await fetch(`${url}/wp-login.php`)).ok;
      } catch {
        return false;
      }
    });
    return { url, root, plugins: join(root, 'wp-content', 'plugins'), php, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
