import { describe, expect, it } from 'vitest';
import { placePopover, type PlacementOptions } from './popover.js';

const anchor = { top: 100, left: 50, width: 40, height: 20 };
const size = { width: 200, height: 80 };
const below: PlacementOptions = { gap: 6, align: 'start', flip: 'above' };

describe('placePopover', () => {
  it('placePopover(anchor, size, roomy container) opens below the anchor at its left edge', () => {
    expect(placePopover(anchor, size, { width: 400, limit: 400 }, below)).toEqual({
      top: 126,
      left: 50,
    });
  });

  it('flips above the anchor when it would reach past the limit below', () => {
    expect(placePopover(anchor, size, { width: 400, limit: 180 }, below)).toEqual({
      top: 14,
      left: 50,
    });
  });

  it("flip: 'above' stays below when it fits neither way", () => {
    const low = { ...anchor, top: 40 };
    expect(placePopover(low, size, { width: 400, limit: 100 }, below).top).toBe(66);
  });

  it("flip: 'clamp' pulls it up inside the limit when it fits neither way", () => {
    const low = { ...anchor, top: 40 };
    expect(
      placePopover(low, size, { width: 400, limit: 100 }, { ...below, flip: 'clamp' }).top,
    ).toBe(20);
  });

  it("flip: 'none' always opens below", () => {
    expect(
      placePopover(anchor, size, { width: 400, limit: 180 }, { ...below, flip: 'none' }).top,
    ).toBe(126);
  });

  it("align: 'center' centres it on the anchor", () => {
    expect(
      placePopover(anchor, size, { width: 400, limit: 400 }, { ...below, align: 'center' }).left,
    ).toBe(0);
    const middle = { ...anchor, left: 180 };
    expect(
      placePopover(middle, size, { width: 400, limit: 400 }, { ...below, align: 'center' }).left,
    ).toBe(100);
  });

  it('is clamped inside the container horizontally', () => {
    const right = { ...anchor, left: 350 };
    expect(placePopover(right, size, { width: 400, limit: 400 }, below).left).toBe(200);
  });
});
