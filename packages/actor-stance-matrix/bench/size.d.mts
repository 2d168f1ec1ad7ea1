/** Minified, gzipped size of the element bundle (see size.mjs). */
export function measure(options?: { own?: boolean }): Promise<{ raw: number; gzip: number }>;
