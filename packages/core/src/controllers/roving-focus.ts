import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a {@link RovingFocusController} needs of its host: a Lit element. */
type Host = ReactiveControllerHost & HTMLElement;

/** How the controller finds the items of the host's last render. */
export interface RovingFocusOptions<K> {
  /** The rendered item for `key` (a button, or an SVG element with `tabindex`). */
  find: (key: K) => HTMLElement | SVGElement | null | undefined;
  /** The item that takes the Tab stop until the reader moves it (default: none). */
  initial?: () => K | undefined;
}

/**
 * A roving tabindex: of a group of items drawn with `tabindex="-1"`, one takes the Tab stop
 * (`tabindex="0"`), and the arrow keys move it. The host decides which key goes where; the
 * controller keeps the Tab stop on the drawn item after every update (set on one item, not
 * bound on each, so a large grid's render does not change) and moves the focus.
 */
export class RovingFocusController<K> implements ReactiveController {
  /** The item the reader last moved to, or `undefined` until they do. */
  key: K | undefined;

  readonly #host: Host;
  readonly #options: RovingFocusOptions<K>;
  #stop: Element | null | undefined;

  constructor(host: Host, options: RovingFocusOptions<K>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The item that holds the Tab stop now. */
  get current(): K | undefined {
    return this.key ?? this.#options.initial?.();
  }

  hostUpdated(): void {
    const key = this.current;
    const stop = key === undefined ? undefined : this.#options.find(key);
    if (this.#stop && this.#stop !== stop) this.#stop.setAttribute('tabindex', '-1');
    stop?.setAttribute('tabindex', '0');
    this.#stop = stop;
  }

  /** Moves the Tab stop to `key` without moving the focus (a click, or focus from elsewhere). */
  moveTo(key: K): void {
    if (this.key === key) return;
    this.key = key;
    this.#host.requestUpdate();
  }

  /** Moves the Tab stop to `key` and, once drawn, the focus. */
  async focus(key: K): Promise<void> {
    this.moveTo(key);
    await this.#host.updateComplete;
    this.#options.find(key)?.focus();
  }

  /** Forgets the reader's choice (the items changed): the initial item takes the stop again. */
  reset(): void {
    this.key = undefined;
  }
}
