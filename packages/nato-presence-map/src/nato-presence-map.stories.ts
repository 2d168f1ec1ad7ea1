import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import './define.js';
import { SCENARIOS } from './layers.js';
import { VIEWS } from './projection.js';
import { customDataset } from '../test/fixtures/dataset.js';

interface Args {
  /** Unset: the element takes the page's language (the toolbar's Language). */
  lang?: 'nl' | 'en';
  theme: 'auto' | 'light' | 'dark';
  scenario: string;
  view: string;
  noLegend: boolean;
  noTable: boolean;
  data?: unknown;
  dataJson?: string;
  src?: string;
  width?: number;
}

const render = (a: Args) => html`<div style=${styleMap(a.width ? { width: `${a.width}px` } : {})}>
  <nato-presence-map
    lang=${a.lang ?? nothing}
    theme=${a.theme}
    scenario=${a.scenario}
    view=${a.view}
    ?no-legend=${a.noLegend}
    ?no-table=${a.noTable}
    data=${a.dataJson ?? nothing}
    src=${a.src ?? nothing}
    .data=${a.data}
  ></nato-presence-map>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/nato-presence-map',
  component: 'nato-presence-map',
  tags: ['autodocs'],
  render,
  args: { theme: 'auto', scenario: 'deal', view: 'europe', noLegend: false, noTable: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    scenario: { control: 'inline-radio', options: [...SCENARIOS] },
    view: { control: 'inline-radio', options: [...VIEWS] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Deal: Story = {};
export const NoDeal: Story = { args: { scenario: 'no-deal' } };
export const English: Story = { args: { lang: 'en' } };
export const EnglishNoDeal: Story = { args: { lang: 'en', scenario: 'no-deal' } };
export const UkraineView: Story = { args: { view: 'ukraine' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};
export const Narrow320: Story = {
  args: { width: 320 },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};
export const WithoutLegendAndTable: Story = { args: { noLegend: true, noTable: true } };
export const CustomDataset: Story = { args: { data: customDataset } };
export const EmptyDataset: Story = { args: { data: [] } };
export const ErrorBadScenario: Story = { args: { scenario: 'maybe' } };
export const ErrorBadView: Story = { args: { view: 'world' } };
export const ErrorBadJson: Story = { args: { dataJson: '{not json' } };
export const ErrorSchema: Story = { args: { data: { version: 1, presence: [{ id: 'x' }] } } };
export const ErrorFailingSrc: Story = { args: { src: '/does-not-exist.json' } };
