import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The map's width in whole CSS pixels, kept by a `ResizeObserver`; the first read, before the
 * observer has reported, measures the host, so the first render already has the right width.
 *
 * The same contract as core's `WidthController`, without its `@lit-labs/observers`
 * `ResizeController`: that module defines a Lit directive at its top level, which no bundler
 * can drop, and it costs 0.91 KB gzip — more than the room left in the map's share budget
 * (see docs/decisions/nato-presence-map-first-render.md). To be replaced by core's controller
 * once that one is as small.
 */
export class MapWidthController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: ResizeObserver | undefined;
  #width: number | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The width, 0 while the host is detached or has no box. */
  get value(): number {
    if (this.#width === undefined && this.#host.isConnected) {
      this.#width = Math.floor(this.#host.getBoundingClientRect().width);
    }
    return this.#width ?? 0;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width === this.#width) return;
      this.#width = width;
      this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    // Measured again when the host is next connected: it may land in a box of another width.
    this.#width = undefined;
  }
}
