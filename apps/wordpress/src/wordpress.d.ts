// The few parts of WordPress's editor packages the block uses. At run time they are the wp.*
// globals of WordPress 6.1 (scripts/build.mjs maps each import to its global and lists its
// script handle in index.asset.php); these declarations only type what the block calls.
declare module '@wordpress/element' {
  export function createElement(
    type: unknown,
    props?: Record<string, unknown> | null,
    ...children: unknown[]
  ): unknown;
  export const Fragment: unknown;
  export const RawHTML: unknown;
}
declare module '@wordpress/blocks' {
  export function registerBlockType(name: string, settings: Record<string, unknown>): unknown;
}
declare module '@wordpress/block-editor' {
  export const InspectorControls: unknown;
  export const useBlockProps: {
    (props?: Record<string, unknown>): Record<string, unknown>;
    save(props?: Record<string, unknown>): Record<string, unknown>;
  };
}
declare module '@wordpress/components' {
  export const CheckboxControl: unknown;
  export const PanelBody: unknown;
  export const SelectControl: unknown;
  export const TextControl: unknown;
  export const ToggleControl: unknown;
}
declare module '@wordpress/i18n' {
  export function __(text: string, domain?: string): string;
}
