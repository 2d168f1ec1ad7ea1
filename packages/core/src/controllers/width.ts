import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';

/** What a {@link WidthController} needs of its host: a Lit element. */
type Host = ReactiveControllerHost & HTMLElement;

/**
 * The host's content width in CSS pixels, kept up to date by a `ResizeObserver`
 * (`@lit-labs/observers`), which updates the host on every resize. The first read, before the
 * observer has reported, measures the host directly, so the first render already has the
 * right width.
 */
export class WidthController implements ReactiveController {
  readonly #host: Host;
  readonly #round: (px: number) => number;
  #width: number | undefined;

  /** `round` turns a fractional width into the one the host draws for (default `Math.round`). */
  constructor(host: Host, round: (px: number) => number = Math.round) {
    this.#host = host;
    this.#round = round;
    host.addController(this);
    new ResizeController(host, {
      skipInitial: true,
      callback: (entries) => {
        const last = entries[entries.length - 1];
        if (last) this.#width = this.#round(last.contentRect.width);
      },
    });
  }

  /** The width, 0 while the host is detached or has no box. */
  get value(): number {
    if (this.#width === undefined && this.#host.isConnected) {
      this.#width = this.#round(this.#host.getBoundingClientRect().width);
    }
    return this.#width ?? 0;
  }

  hostDisconnected(): void {
    // Measured again when the host is next connected: it may land in a box of another width.
    this.#width = undefined;
  }
}
