import type { Mount, Served } from '../static-server.mjs';
/** The Content-Security-Policy the demo is served with. */
export declare const DEMO_CSP: string;
export declare const mounts: (Mount & { title: string })[];
export declare function cacheControl(path: string, ext: string): string;
export declare function startDemoServer(options?: {
  port?: number;
  host?: string;
}): Promise<Served>;
