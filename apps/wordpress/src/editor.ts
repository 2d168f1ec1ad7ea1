// The block's editor script: inspector controls for every setting, the live chart in the
// canvas, and a saved static picture (figure) that stays readable if the plugin is ever
// deactivated. On the site the server renders the block (render.php); the saved figure is only
// WordPress's fallback for a block it no longer knows.
import { registerBlockType } from '@wordpress/blocks';
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import {
  CheckboxControl,
  PanelBody,
  SelectControl,
  TextControl,
  ToggleControl,
} from '@wordpress/components';
import { createElement, Fragment, RawHTML } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

type Lang = 'nl' | 'en';
type Chart = 'map' | 'ladder' | 'matrix';

interface Attributes {
  chart: Chart;
  lang: '' | Lang;
  theme: string;
  caption: string;
  scenario: string;
  view: string;
  path: string;
  current: string;
  orientation: string;
  issues: string[];
  sort: string;
  noLegend: boolean;
  noTable: boolean;
  saved: string;
}

interface EditorData {
  defaultLang: Lang;
  issues: { id: string; label: Record<Lang, string> }[];
  rungs: { id: string; label: Record<Lang, string> }[];
  pictures: Record<
    string,
    Record<Lang, { src: string; alt: string; width: number; height: number }>
  >;
}

declare global {
  interface Window {
    natoVizEditor: EditorData;
  }
}

const TAGS: Record<Chart, string> = {
  map: 'nato-presence-map',
  ladder: 'escalation-ladder',
  matrix: 'actor-stance-matrix',
};

const data = (): EditorData => window.natoVizEditor;

const option = (value: string, label: string) => ({ value, label });

/** The tag's attributes for the live preview (only what is set; booleans as empty strings). */
export function tagAttributes(a: Attributes): Record<string, string> {
  const out: Record<string, string> = { lang: a.lang || data().defaultLang };
  const set = (name: string, value: string) => {
    if (value) out[name] = value;
  };
  set('theme', a.theme);
  if (a.chart === 'map') {
    set('scenario', a.scenario);
    set('view', a.view);
  }
  if (a.chart === 'ladder') {
    set('path', a.path);
    set('current', a.current);
    set('orientation', a.orientation);
  }
  if (a.chart === 'matrix') {
    set('issues', a.issues.join(','));
    set('sort', a.sort);
  }
  if (a.noLegend) out['no-legend'] = '';
  if (a.noTable) out['no-table'] = '';
  return out;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The saved static figure: the chart's picture and its text alternative, and the caption. */
export function savedHtml(a: Attributes): string {
  const lang = a.lang || data().defaultLang;
  const picture = data().pictures[TAGS[a.chart]]?.[lang];
  if (!picture) return '';
  const img = `<img src="${escapeHtml(picture.src)}" alt="${escapeHtml(picture.alt)}" width="${picture.width}" height="${picture.height}"/>`;
  return a.caption ? `${img}<figcaption>${escapeHtml(a.caption)}</figcaption>` : img;
}

function Edit({
  attributes: a,
  setAttributes,
}: {
  attributes: Attributes;
  setAttributes: (next: Partial<Attributes>) => void;
}) {
  const lang = a.lang || data().defaultLang;
  const update = (next: Partial<Attributes>) => {
    const merged = { ...a, ...next };
    setAttributes({ ...next, saved: savedHtml(merged) });
  };
  const select = (
    label: string,
    key: keyof Attributes,
    options: { value: string; label: string }[],
  ) =>
    createElement(SelectControl, {
      label,
      value: a[key] as string,
      options,
      onChange: (value: string) => update({ [key]: value } as Partial<Attributes>),
    });
  const byDefault = __('Default', 'nato-viz');
  const controls = [
    select(__('Chart', 'nato-viz'), 'chart', [
      option('map', __('Presence map', 'nato-viz')),
      option('ladder', __('Escalation ladder', 'nato-viz')),
      option('matrix', __('Actor stance matrix', 'nato-viz')),
    ]),
    select(__('Language', 'nato-viz'), 'lang', [
      option('', `${__('Site language', 'nato-viz')} (${data().defaultLang})`),
      option('nl', 'Nederlands'),
      option('en', 'English'),
    ]),
    select(__('Theme', 'nato-viz'), 'theme', [
      option('', `${byDefault} (auto)`),
      option('auto', __('Follow the page', 'nato-viz')),
      option('light', __('Light', 'nato-viz')),
      option('dark', __('Dark', 'nato-viz')),
    ]),
    createElement(TextControl, {
      label: __('Caption', 'nato-viz'),
      help: __('Replaces the chart’s own title.', 'nato-viz'),
      value: a.caption,
      onChange: (caption: string) => update({ caption }),
    }),
  ];
  if (a.chart === 'map') {
    controls.push(
      select(__('Scenario', 'nato-viz'), 'scenario', [
        option('', `${byDefault} (deal)`),
        option('deal', 'deal'),
        option('no-deal', 'no-deal'),
      ]),
      select(__('View', 'nato-viz'), 'view', [
        option('', `${byDefault} (europe)`),
        option('europe', 'europe'),
        option('ukraine', 'ukraine'),
      ]),
    );
  }
  if (a.chart === 'ladder') {
    controls.push(
      select(__('Path', 'nato-viz'), 'path', [
        option('', `${byDefault} (both)`),
        option('both', 'both'),
        option('deal', 'deal'),
        option('no-deal', 'no-deal'),
      ]),
      select(__('Current step', 'nato-viz'), 'current', [
        option('', byDefault),
        ...data().rungs.map((r) => option(r.id, r.label[lang])),
      ]),
      select(__('Orientation', 'nato-viz'), 'orientation', [
        option('', `${byDefault} (vertical)`),
        option('vertical', 'vertical'),
        option('horizontal', 'horizontal'),
      ]),
    );
  }
  if (a.chart === 'matrix') {
    controls.push(
      createElement(
        'fieldset',
        { className: 'nv-wp-issues' },
        createElement('legend', null, __('Issues (none checked: all)', 'nato-viz')),
        ...data().issues.map((issue) =>
          createElement(CheckboxControl, {
            key: issue.id,
            label: issue.label[lang],
            checked: a.issues.includes(issue.id),
            onChange: (checked: boolean) =>
              update({
                // In the dataset's order, whatever order they were checked in.
                issues: data()
                  .issues.map((i) => i.id)
                  .filter((id) => (id === issue.id ? checked : a.issues.includes(id))),
              }),
          }),
        ),
      ),
      select(__('Sort', 'nato-viz'), 'sort', [
        option('', `${byDefault} (data)`),
        option('data', 'data'),
        option('agreement', 'agreement'),
      ]),
    );
  }
  controls.push(
    createElement(ToggleControl, {
      label: __('Hide the legend', 'nato-viz'),
      checked: a.noLegend,
      onChange: (noLegend: boolean) => update({ noLegend }),
    }),
    createElement(ToggleControl, {
      label: __('Hide “show as table”', 'nato-viz'),
      checked: a.noTable,
      onChange: (noTable: boolean) => update({ noTable }),
    }),
  );
  const tag = TAGS[a.chart];
  return createElement(
    Fragment,
    null,
    createElement(
      InspectorControls,
      null,
      createElement(PanelBody, { title: __('Chart settings', 'nato-viz') }, ...controls),
    ),
    createElement(
      'div',
      useBlockProps(),
      // The live element; keyed by its settings so a change draws it anew.
      createElement(
        tag,
        { key: JSON.stringify(tagAttributes(a)), ...tagAttributes(a) },
        a.caption ? createElement('span', { slot: 'caption' }, a.caption) : null,
      ),
    ),
  );
}

// The attributes, title and category come from block.json (registered by the plugin's PHP).
registerBlockType('nato-viz/chart', {
  edit: Edit,
  save: ({ attributes }: { attributes: Attributes }) =>
    attributes.saved
      ? createElement(
          'figure',
          useBlockProps.save({ className: 'nv-wp-saved' }),
          createElement(RawHTML, null, attributes.saved),
        )
      : null,
});
