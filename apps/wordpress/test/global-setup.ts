// Starts the throw-away WordPress once for every test file, installs the built plugin from its
// zip the way an administrator does without FTP (unpacked into wp-content/plugins, then
// activated), and stops everything afterwards. The upload form itself is tested in
// lifecycle.test.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { TestProject } from 'vitest/node';
import { startWordPress, type WordPress } from './wordpress.js';

export const ZIP = fileURLToPath(new URL('../dist/nato-viz-wordpress.zip', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    wordpress: { url: string; root: string; plugins: string };
  }
}

/** Unpacks the plugin zip into a plugins folder. */
export function unpackPlugin(zip: string, plugins: string): void {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    const target = join(plugins, name);
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

let wp: WordPress | undefined;

export async function setup(project: TestProject) {
  if (!existsSync(ZIP))
    throw new Error(
      `${ZIP} is missing: run the build first (pnpm --filter @nato-viz/wordpress build).`,
    );
  wp = await startWordPress();
  unpackPlugin(ZIP, wp.plugins);
  const activated = wp.php(`
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    $r = activate_plugin('nato-viz/nato-viz.php');
    echo is_wp_error($r) ? $r->get_error_message() : 'ok';
  `);
  if (activated !== 'ok') throw new Error(`The plugin did not activate: ${activated}`);
  project.provide('wordpress', { url: wp.url, root: wp.root, plugins: wp.plugins });
}

export async function teardown() {
  await wp?.stop();
}
