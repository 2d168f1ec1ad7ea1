import { Validator, type Schema } from '@cfworker/json-schema';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { breakable, generated, type Breakable } from '../test/paths.js';
import { dataset, POSITIONS } from './index.js';

const schema = JSON.parse(generated('schema.json').toString('utf8')) as Schema & Breakable;
const validator = () => new Validator(schema, '7', false);
const copy = (): Breakable => breakable(dataset);

describe('generated/schema.json', () => {
  it('is a draft-07 JSON Schema with an $id and a title', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toMatch(/^urn:nato-viz:/);
    expect(schema.title).toBeTruthy();
  });

  it('accepts the dataset', () => {
    const result = validator().validate(JSON.parse(generated('article.json').toString('utf8')));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists the same positions as the valibot schema', () => {
    expect(schema.$defs.Stance.properties.position.enum).toEqual([...POSITIONS]);
  });

  it('rejects an unknown position, an unknown top-level key and a citation without a quote', () => {
    for (const breakIt of [
      (d: Breakable) => (d.stances[0].position = 'maybe'),
      (d: Breakable) => (d.extra = true),
      (d: Breakable) => delete d.actors[0].citations[0].quote,
    ]) {
      const broken = copy();
      breakIt(broken);
      expect(validator().validate(broken).valid).toBe(false);
    }
  });

  it('rejects a stated position without a basis, and a region with neither citation nor context', () => {
    const stance = copy();
    delete stance.stances.find((s: { position: string }) => s.position === 'opposes').basis;
    expect(validator().validate(stance).valid).toBe(false);
    const region = copy();
    delete region.regions.find((r: { id: string }) => r.id === 'crimea').context;
    expect(validator().validate(region).valid).toBe(false);
  });

  it('compiles with Ajv in strict mode (strictTypes, strictRequired…) and accepts the dataset', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(generated('article.json').toString('utf8')))).toBe(true);
    const broken = copy();
    delete broken.stances.find((s: { position: string }) => s.position === 'opposes').basis;
    expect(validate(broken)).toBe(false);
  });
});
