// The benchmark page: the element's bundle plus the article's dataset and a synthetic one.
import { EscalationLadder } from '../dist/define.js';
import { dataset, type Dataset } from '@nato-viz/data';
import { validateDataset } from '@nato-viz/data/validate';
import { syntheticLadder } from '../test/fixtures/synthetic.js';

const synthetic = syntheticLadder(200);
const valid = validateDataset(synthetic);
if (!valid.ok) throw new Error('synthetic dataset is invalid');

/** The same element with the synthetic dataset built in: no validation, like the article's default. */
class BuiltIn200 extends EscalationLadder {
  protected override get defaultData(): Dataset {
    return valid.ok ? valid.data : dataset;
  }
}
customElements.define('bench-ladder-200', BuiltIn200);

declare global {
  interface Window {
    ladderBench: { article: unknown; synthetic: unknown; validate: (d: unknown) => unknown };
  }
}
window.ladderBench = { article: dataset, synthetic, validate: validateDataset };
