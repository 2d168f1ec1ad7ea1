export declare const contentTypes: Record<string, string>;
export interface Served {
  url: string;
  close(): Promise<void>;
}
export declare function serveStatic(options: {
  dir: string;
  routes?: Record<string, string>;
  headers?: Record<string, string>;
}): Promise<Served>;
