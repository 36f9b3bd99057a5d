import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, NODE_KINDS, toDocument, validate, type TheoryOfChangeDocument } from '../../src/index.js';
import { validDocument } from './arbitraries.js';
import { runs } from '../property-runs.js';

function mustValidate(doc: unknown): ReturnType<typeof validate> & { ok: true } {
  const result = validate(doc);
  if (!result.ok) {
    throw new Error(`expected a valid document, got:\n${result.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.path)} ${d.message}`).join('\n')}`);
  }
  return result;
}

describe('document → model → document', () => {
  it('the generator really produces valid documents of every kind of node and measure', () => {
    // Guards the property below against a generator that has quietly stopped covering the format.
    const kinds = new Set<string>();
    const measures = new Set<string>();
    let withLevels = 0;
    let withAssumptionsOnLinks = 0;
    let withObservations = 0;
    for (const doc of fc.sample(validDocument, { numRuns: 300, seed: 42 })) {
      expect(validate(doc).ok).toBe(true);
      if (doc.levels !== undefined) withLevels++;
      for (const node of doc.nodes) {
        kinds.add(node.kind);
        if (node.kind === 'indicator') {
          measures.add(node.measure.kind);
          if ((node.observations ?? []).length > 0) withObservations++;
        }
        if ((node.kind === 'goal' || node.kind === 'objective') && (node.contributesTo ?? []).some((c) => typeof c !== 'string' && (c.assumptions ?? []).length > 0)) {
          withAssumptionsOnLinks++;
        }
      }
    }
    expect([...kinds].sort()).toEqual([...NODE_KINDS].sort());
    expect([...measures].sort()).toEqual(['boolean', 'markers', 'number', 'percentage', 'qualitative', 'scale']);
    expect(withLevels).toBeGreaterThan(50);
    expect(withAssumptionsOnLinks).toBeGreaterThan(20);
    expect(withObservations).toBeGreaterThan(50);
  });

  it('round-trips any valid document without loss', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const result = mustValidate(doc);
        expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
        const back = toDocument(result.model);
        expect(back).toStrictEqual(doc);
        // And once more: the document the model gives back validates to the same document.
        const again = mustValidate(back);
        expect(toDocument(again.model)).toStrictEqual(doc);
        expect(again.diagnostics).toStrictEqual(result.diagnostics);
      }),
      { numRuns: runs(70, 200) },
    );
  });

  it('round-trips through JSON text too', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const model = mustValidate(doc).model;
        const text = JSON.stringify(toDocument(model));
        const reparsed: unknown = JSON.parse(text);
        // JSON cannot hold -0; everything else survives.
        expect(toDocument(mustValidate(reparsed).model)).toEqual(JSON.parse(JSON.stringify(doc)) as TheoryOfChangeDocument);
      }),
      { numRuns: runs(30, 100) },
    );
  });

  it('warnings on valid documents only ever use warning codes', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        for (const d of mustValidate(doc).diagnostics) expect(DIAGNOSTIC_CODES[d.code].severity).toBe('warning');
      }),
      { numRuns: runs(30, 100) },
    );
  });
});
