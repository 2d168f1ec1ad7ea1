import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a {@link PopoverController} needs of its host: a Lit element. */
type Host = ReactiveControllerHost & HTMLElement;

/** A box in the coordinates of the popover's container (its positioned parent), in px. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Where and how a popover is placed at its anchor. */
export interface PlacementOptions {
  /** Space between the anchor and the popover, px. */
  gap: number;
  /** `start`: the popover's left edge at the anchor's; `center`: centred on the anchor. */
  align: 'start' | 'center';
  /**
   * When the popover does not fit below the anchor (above `limit`): `above` puts it above
   * the anchor where that fits and leaves it below otherwise; `clamp` also pulls it up inside
   * the limit when it fits neither way; `none` always places it below.
   */
  flip: 'above' | 'clamp' | 'none';
}

/**
 * Places a popover of `size` at `anchor` inside a container `width` wide, whose content may
 * not reach below `limit` (px from the container's top): below the anchor when it fits, else
 * as `flip` says; always clamped inside the container horizontally.
 */
export function placePopover(
  anchor: Box,
  size: { width: number; height: number },
  container: { width: number; limit: number },
  options: PlacementOptions,
): { top: number; left: number } {
  const below = anchor.top + anchor.height + options.gap;
  const above = anchor.top - options.gap - size.height;
  let top = below;
  if (options.flip !== 'none' && below + size.height > container.limit) {
    if (above >= 0) top = above;
    else if (options.flip === 'clamp') top = Math.max(0, container.limit - size.height);
  }
  const start =
    options.align === 'center' ? anchor.left + anchor.width / 2 - size.width / 2 : anchor.left;
  const left = Math.max(0, Math.min(start, container.width - size.width));
  return { top: Math.round(top), left: Math.round(left) };
}

/** `el`'s border box in the coordinates of `container`'s border box. */
export function boxWithin(el: Element, container: Element): Box {
  const a = el.getBoundingClientRect();
  const c = container.getBoundingClientRect();
  return { top: a.top - c.top, left: a.left - c.left, width: a.width, height: a.height };
}

/** What the host tells a {@link PopoverController}. */
export interface PopoverOptions extends PlacementOptions {
  /** The open popover of the last render (absolutely positioned in its parent), if any. */
  popover: () => HTMLElement | null | undefined;
  /** The anchor's box in the coordinates of the popover's parent. */
  anchor: (popover: HTMLElement) => Box | undefined;
  /** How far down the popover may reach, px from its parent's top (default: the parent's height). */
  limit?: (popover: HTMLElement) => number;
}

/**
 * Keeps an open popover placed at its anchor after every update (through the CSSOM, which a
 * strict `style-src` allows), and scrolls it into view when the reader opened it by focus or
 * a click — never on hover, which must not move the page.
 */
export class PopoverController implements ReactiveController {
  readonly #host: Host;
  readonly #options: PopoverOptions;
  #reveal = false;

  constructor(host: Host, options: PopoverOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const popover = this.#options.popover();
    const parent = popover?.offsetParent ?? popover?.parentElement;
    const anchor = popover && parent ? this.#options.anchor(popover) : undefined;
    if (!popover || !parent || !anchor) return;
    const limit = this.#options.limit?.(popover) ?? parent.clientHeight;
    const size = { width: popover.offsetWidth, height: popover.offsetHeight };
    const { top, left } = placePopover(
      anchor,
      size,
      { width: parent.clientWidth, limit },
      this.#options,
    );
    popover.style.top = `${top}px`;
    popover.style.left = `${left}px`;
    if (this.#reveal) popover.scrollIntoView({ block: 'nearest' });
    this.#reveal = false;
  }

  /** Scrolls the popover into view once the next update has drawn and placed it. */
  reveal(): void {
    this.#reveal = true;
    this.#host.requestUpdate();
  }
}
