import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import './define.js';
import { ORIENTATIONS } from './layout.js';
import { LADDER_PATHS } from './escalation-ladder.js';
import small from '../test/fixtures/small.json' with { type: 'json' };
import { syntheticLadder } from '../test/fixtures/synthetic.js';

interface Args {
  /** Unset: the element takes the page's language (the toolbar's Language). */
  lang?: 'nl' | 'en';
  theme: 'auto' | 'light' | 'dark';
  orientation: string;
  path: string;
  current: string;
  noLegend: boolean;
  noTable: boolean;
  data?: unknown;
  dataJson?: string;
  width?: number;
}

const render = (a: Args) => html`<div style=${styleMap(a.width ? { width: `${a.width}px` } : {})}>
  <escalation-ladder
    lang=${a.lang ?? nothing}
    theme=${a.theme}
    orientation=${a.orientation}
    path=${a.path}
    current=${a.current || nothing}
    ?no-legend=${a.noLegend}
    ?no-table=${a.noTable}
    data=${a.dataJson ?? nothing}
    .data=${a.data}
  ></escalation-ladder>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/escalation-ladder',
  component: 'escalation-ladder',
  tags: ['autodocs'],
  render,
  args: {
    theme: 'auto',
    orientation: 'vertical',
    path: 'both',
    current: '',
    noLegend: false,
    noTable: false,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    orientation: { control: 'inline-radio', options: [...ORIENTATIONS] },
    path: { control: 'inline-radio', options: [...LADDER_PATHS] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
/**
 * A horizontal ladder needs 150 px per step (7 steps here) and is vertical below that, so it is
 * drawn in a 1,120 px container, which scrolls sideways where the page is narrower.
 */
export const Horizontal: Story = { args: { orientation: 'horizontal', width: 1120 } };
export const DealPath: Story = { args: { path: 'deal' } };
export const NoDealPath: Story = { args: { path: 'no-deal' } };
export const CurrentElsewhere: Story = { args: { current: 'us-pressure' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};
/** 320 px: `orientation="horizontal"` still stands up below 480 px. */
export const Narrow320: Story = { args: { width: 320, orientation: 'horizontal' } };
export const WithoutLegendAndTable: Story = { args: { noLegend: true, noTable: true } };
export const CustomDataset: Story = { args: { data: small } };
export const TwoHundredRungs: Story = { args: { data: syntheticLadder(200) } };
export const EmptyDataset: Story = { args: { data: { version: 1, rungs: [] } } };
export const ErrorBadOrientation: Story = { args: { orientation: 'diagonal' } };
export const ErrorBadPath: Story = { args: { path: 'maybe' } };
export const ErrorUnknownCurrent: Story = { args: { current: 'nope' } };
export const ErrorBadJson: Story = { args: { dataJson: '{oops' } };
export const ErrorSchema: Story = { args: { data: { version: 1, rungs: [{ id: 'X' }] } } };
