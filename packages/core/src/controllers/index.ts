export { PageContextController } from './page-context.js';
export { WidthController } from './width.js';
export { RovingFocusController, type RovingFocusOptions } from './roving-focus.js';
export {
  PopoverController,
  placePopover,
  boxWithin,
  type Box,
  type PlacementOptions,
  type PopoverOptions,
} from './popover.js';
export { SliceController, SLICE_ROWS } from './slices.js';
