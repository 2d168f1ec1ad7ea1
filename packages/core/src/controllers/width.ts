import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';

/** What a {@link WidthController} needs of its host: a Lit element. */
type Host = ReactiveControllerHost & HTMLElement;

/**
 * The host's content width in CSS pixels, kept up to date by a `ResizeObserver`
 * (`@lit-labs/observers`). The first read, before the observer has reported, measures the host
 * directly, so the first render already has the right width.
 *
 * A new width is taken in a task after the observer's callback, not inside it: an element that
 * redraws for its new width changes its own height, and a size change while the browser
 * delivers resize notifications makes it fire a "ResizeObserver loop" error at the page (which
 * error monitoring then reports as a crash).
 */
export class WidthController implements ReactiveController {
  readonly #host: Host;
  readonly #round: (px: number) => number;
  #width: number | undefined;
  #next: number | undefined;

  /** `round` turns a fractional width into the one the host draws for (default `Math.round`). */
  constructor(host: Host, round: (px: number) => number = Math.round) {
    this.#host = host;
    this.#round = round;
    host.addController(this);
    new ResizeController(host, {
      skipInitial: true,
      callback: (entries) => {
        const last = entries[entries.length - 1];
        if (last) this.#take(this.#round(last.contentRect.width));
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
    this.#width = this.#next = undefined;
  }

  /** Takes `width` once the browser has delivered its resize notifications. */
  #take(width: number): void {
    if (width === (this.#next ?? this.#width)) return;
    const scheduled = this.#next !== undefined;
    this.#next = width;
    if (scheduled) return;
    setTimeout(() => {
      if (this.#next === undefined) return;
      this.#width = this.#next;
      this.#next = undefined;
      this.#host.requestUpdate();
    });
  }
}
