import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a {@link WidthController} needs of its host: a Lit element. */
type Host = ReactiveControllerHost & HTMLElement;

/**
 * The host's content width in CSS pixels, kept up to date by a `ResizeObserver`. The first
 * read, before the observer has reported, measures the host directly, so the first render
 * already has the right width. (Not `@lit-labs/observers`' ResizeController: its module
 * builds a directive when it loads, which no bundler can drop, and that costs every element
 * about 1 KB gzip — see docs/decisions/core-width-controller.md.)
 *
 * A new width is taken in a task after the observer's callback, not inside it: an element that
 * redraws for its new width changes its own height, and a size change while the browser
 * delivers resize notifications makes it fire a "ResizeObserver loop" error at the page (which
 * error monitoring then reports as a crash).
 */
export class WidthController implements ReactiveController {
  readonly #host: Host;
  readonly #round: (px: number) => number;
  #observer: ResizeObserver | undefined;
  #width: number | undefined;
  #next: number | undefined;

  /** `round` turns a fractional width into the one the host draws for (default `Math.round`). */
  constructor(host: Host, round: (px: number) => number = Math.round) {
    this.#host = host;
    this.#round = round;
    host.addController(this);
  }

  /** The width, 0 while the host is detached or has no box. */
  get value(): number {
    if (this.#width === undefined && this.#host.isConnected) {
      // The box on screen is zoomed (`html { zoom: 4 }`); font sizes and the observer's widths
      // are not: divided by the zoom, the width is in the same CSS pixels as they are.
      const zoom = this.#host.currentCSSZoom || 1;
      this.#width = this.#round(this.#host.getBoundingClientRect().width / zoom);
    }
    return this.#width ?? 0;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer ??= new ResizeObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) this.#take(this.#round(last.contentRect.width));
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
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
