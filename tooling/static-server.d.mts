export declare const contentTypes: Record<string, string>;
/** `br`, `gzip` or undefined: what an Accept-Encoding header accepts, brotli first. */
export declare function pickEncoding(acceptEncoding?: string): 'br' | 'gzip' | undefined;
/** A URL prefix (starting and ending in `/`) served from a directory. */
export interface Mount {
  prefix: string;
  dir: string;
  /** Sent with every file of this mount (a Content-Security-Policy, say). */
  headers?: Record<string, string>;
}
export interface Served {
  /** The base URL, without a trailing slash: `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}
export declare function serveStatic(options: {
  /** Shorthand for one mount at `/`, after any `mounts`. */
  dir?: string;
  mounts?: Mount[];
  /** Path → text made in memory, served before files; looked up at each request. */
  routes?: Record<string, string | Uint8Array>;
  /** Sent with every response. */
  headers?: Record<string, string>;
  /** Brotli or gzip for files of text types, as the request accepts (routes are sent as they are). */
  compress?: boolean;
  /** Cache-Control per path (`ext` is `.html` for a page); files then get ETags and 304s. */
  cacheControl?: (path: string, ext: string) => string;
  /** 0 (the default): a free port. */
  port?: number;
  host?: string;
}): Promise<Served>;
