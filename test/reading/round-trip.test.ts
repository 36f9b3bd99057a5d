/**
 * The fast readers agree with the data: any JSON value written by the `yaml`
 * library (block or flow style, any quoting it chooses) or by JSON.stringify
 * reads back, through parseText, as exactly that value. Keys of any text,
 * strings that look like numbers, dates, booleans or null, `<<`, and values
 * JSON cannot hold apart (-0) included.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';

const tricky = fc.constantFrom('yes', 'no', 'on', '~', 'null', 'true', 'True', '2024-01-01', '0x1F', '0o17', '1_000', '.5', '1e3', '.nan', '-.inf', '<<', '? x', '- x', ': x', '#x', '&a', '*a', '!x', '%x', '@x', '`x', '"', "'", '{', '[', ']', '}', ',', '', ' ', '\t', 'a: b', '__proto__', 'constructor');
const key = fc.oneof(fc.string({ maxLength: 6 }), tricky);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 8 }),
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('parseText reads back what was written', () => {
  it('any JSON value, as YAML (block and flow) and as JSON', () => {
    fc.assert(
      fc.property(value, fc.boolean(), (v, flow) => {
        const data = JSON.parse(JSON.stringify({ v })) as unknown;
        const yaml = parseText(stringify(data, flow ? { collectionStyle: 'flow' } : {}), 'v.yaml');
        expect(yaml.ok && yaml.data).toEqual(data);
        const json = parseText(JSON.stringify(data, null, flow ? 0 : 2), 'v.json');
        expect(json.ok && json.data).toEqual(data);
      }),
      { numRuns: 500 },
    );
  });
});
