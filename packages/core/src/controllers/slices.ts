import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows a table shows at first, and how many more it adds each frame. */
export const SLICE_ROWS = 100;

/**
 * Renders a long table in slices: the first {@link SLICE_ROWS} rows at once, then as many more
 * each animation frame until all are there, so that no single task lays out thousands of rows
 * (a schema-valid dataset may have hundreds of records, each with its citations). While rows
 * are missing, `busy` is true: the table says so with `aria-busy`.
 */
export class SliceController implements ReactiveController {
  #host: ReactiveControllerHost;
  #shown = SLICE_ROWS;
  #frame = 0;
  /** Whether the last `rows()` left rows out (they follow in the next frames). */
  busy = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The rows of `all` to render in this update; asks for the next slice if some are left out. */
  rows<T>(all: readonly T[]): readonly T[] {
    this.busy = all.length > this.#shown;
    if (this.busy && !this.#frame) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.#shown += SLICE_ROWS;
        this.#host.requestUpdate();
      });
    }
    return this.busy ? all.slice(0, this.#shown) : all;
  }

  /** Starts from the first slice again (the table was closed). */
  reset(): void {
    this.#shown = SLICE_ROWS;
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
