import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import './define.js';
import { SORTS } from './order.js';
import { articleFixture } from '../test/fixtures/article.js';
import { syntheticMatrix } from '../test/fixtures/synthetic.js';

interface Args {
  /** Unset: the element takes the page's language (the toolbar's Language). */
  lang?: 'nl' | 'en';
  theme: 'auto' | 'light' | 'dark';
  sort: string;
  actors: string;
  issues: string;
  noLegend: boolean;
  noTable: boolean;
  hideSilent: boolean;
  allActors: boolean;
  data?: unknown;
  dataJson?: string;
  width?: number;
}

const render = (a: Args) => html`<div style=${styleMap(a.width ? { width: `${a.width}px` } : {})}>
  <actor-stance-matrix
    lang=${a.lang ?? nothing}
    theme=${a.theme}
    sort=${a.sort}
    actors=${a.actors || nothing}
    issues=${a.issues || nothing}
    ?no-legend=${a.noLegend}
    ?no-table=${a.noTable}
    ?hide-silent=${a.hideSilent}
    ?all-actors=${a.allActors}
    data=${a.dataJson ?? nothing}
    .data=${a.data}
  ></actor-stance-matrix>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/actor-stance-matrix',
  component: 'actor-stance-matrix',
  tags: ['autodocs'],
  render,
  args: {
    theme: 'auto',
    sort: 'data',
    actors: '',
    issues: '',
    noLegend: false,
    noTable: false,
    hideSilent: false,
    allActors: false,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    sort: { control: 'inline-radio', options: [...SORTS] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const SortedByAgreement: Story = { args: { sort: 'agreement' } };
/** A focused version for embedding next to one paragraph. */
export const Subset: Story = {
  args: {
    actors: 'russia,putin,united-states',
    issues: 'nato-air-policing,multinational-force,nato-at-border',
  },
};
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};
/** 320 px: actor cards instead of the table, same content and keys. */
export const Narrow320: Story = { args: { width: 320 } };
export const Narrow320English: Story = { args: { width: 320, lang: 'en' } };
/** Only the actors with a stated position, in the table too. */
export const HideSilent: Story = { args: { hideSilent: true, lang: 'en' } };
/** 320 px with every actor: by default the cards leave out those with no stated position. */
export const Narrow320AllActors: Story = { args: { width: 320, allActors: true } };
/** Sorted by the reader or by `sort`, the actors are not grouped. */
export const SortedUngrouped: Story = { args: { sort: 'agreement' } };
export const WithoutLegendAndTable: Story = { args: { noLegend: true, noTable: true } };
export const CustomDataset: Story = { args: { data: articleFixture } };
/** 40 actors × 20 issues, the schema's largest grid: cards at any ordinary width. */
// A speed demo, not a state: 800 cells take axe longer than the story test's time limit on
// a 2-core machine. Every state of the matrix is covered by the other stories' axe checks.
export const FortyByTwenty: Story = { args: { data: syntheticMatrix(40, 20) }, tags: ['!test'] };
export const EmptyDataset: Story = { args: { data: { version: 1, actors: [], issues: [] } } };
export const ErrorBadSort: Story = { args: { sort: 'alphabetical' } };
export const ErrorUnknownActor: Story = { args: { actors: 'russia,mars' } };
export const ErrorUnknownIssue: Story = { args: { issues: 'peace' } };
export const ErrorBadJson: Story = { args: { dataJson: '{oops' } };
export const ErrorSchema: Story = {
  args: {
    data: { version: 1, stances: [{ actor: 'x', issue: 'y', position: 'maybe', citations: [] }] },
  },
};
