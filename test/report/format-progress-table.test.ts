import { describe, expect, it } from 'vitest';
import { loadModel, rollUp } from '../../src/index.js';
import { formatProgressTable } from '../../src/report/index.js';

describe('text tables', () => {
  it("a title's own line break, tab or escape sequence is written visibly, so every row is one line and the columns line up", () => {
    const model = loadModel({
      title: 'T',
      nodes: [
        { kind: 'goal', id: 'g', title: 'Line one\nline two' },
        { kind: 'objective', id: 'o', title: 'Tab\there \u001b[2J\u009b', contributesTo: ['g'] },
        { kind: 'indicator', id: 'i', title: 'I', measures: ['o'], measure: { kind: 'boolean' }, targets: [{ date: '2024-12-31', value: true }] },
      ],
    });
    const lines = formatProgressTable(model, rollUp(model, { asOf: '2024-01-01' })).split('\n');
    expect(lines.some((l) => l.includes('Line one\\u000aline two'))).toBe(true);
    expect(lines.some((l) => l.includes('Tab\\u0009here \\u001b[2J\\u009b'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    // Every row after the title and blank line has the heading's layout: the status column ends each.
    const start = lines.findIndex((l) => l.startsWith('Goal / objective'));
    const body = lines.slice(start, lines.indexOf('', start));
    const statusAt = (body[0] as string).indexOf('Status');
    for (const row of body.slice(2)) expect(row.length).toBeGreaterThan(statusAt);
    expect(body).toHaveLength(4);
    // Nothing read yet: the indicator's one reason, given once for the goal and the objective above it.
    expect(lines.slice(-2)).toEqual(['', '¹ no data: 1 indicator below it with no reading by 2024-01-01']);
  });
});
