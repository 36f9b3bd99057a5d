/**
 * The coalition section's stacked bars for any shares: segments side by side
 * from 0, each as wide as its share of the bar (0% to 100%, or to the
 * progress when that is over 100%), negative shares left out of the bar but
 * said in words; names of any text escaped. Also the parts the example does
 * not show: the coalition's own indicators, a member contributing nothing.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { validate, type JointProgress, type Model } from '../../src/index.js';
import { coalitionSection } from '../../src/report/html/coalition-section.js';
import { hostileText } from '../hardening/hostile.js';

const model: Model = (() => {
  const result = validate({ title: 'Empty coalition', nodes: [{ kind: 'goal', id: 'g', title: 'Goal' }] });
  if (!result.ok) throw new Error('valid');
  return result.model;
})();

function section(joint: JointProgress): Document {
  return new JSDOM(`<!doctype html><body><section id="coalition">${coalitionSection(model, joint)}</section></body>`).window.document;
}

const share = fc.double({ min: -2, max: 3, noNaN: true, noDefaultInfinity: true });

describe('coalition bars', () => {
  it('lay each positive share side by side from 0, as wide as its share of the scale, for any shares and names', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileText, share), { minLength: 1, maxLength: 10 }), fc.boolean(), (members, own) => {
        const ids = members.map((_, i) => `m${i.toString()}`);
        const shares = [...members.map(([, s], i) => ({ member: ids[i] as string, share: s })), ...(own ? [{ member: null, share: 0.1 }] : [])].filter((s) => s.share !== 0);
        const progress = shares.reduce((sum, s) => sum + s.share, 0);
        const joint: JointProgress = {
          asOf: '2020-12-31',
          joint: [{ kind: 'goal', id: 'g', title: 'Goal', progress, status: 'on-track', shares, contributors: ids }],
          members: members.map(([title], i) => ({ member: ids[i] as string, title, contributions: [], shares: [] })),
          gaps: [],
        };
        const doc = section(joint);
        expect(doc.querySelectorAll('script, img, iframe, a')).toHaveLength(0);
        const rects = [...doc.querySelectorAll('rect.share')];
        const positive = shares.filter((s) => s.share > 0);
        expect(rects).toHaveLength(positive.length);
        const scale = Math.max(1, positive.reduce((sum, s) => sum + s.share, 0));
        let x = 0;
        rects.forEach((rect, i) => {
          const s = positive[i] as { share: number };
          expect(Number(rect.getAttribute('x'))).toBeCloseTo(x, 2);
          expect(Number(rect.getAttribute('width'))).toBeCloseTo((s.share / scale) * 100, 2);
          x += (s.share / scale) * 100;
        });
        expect(x).toBeLessThanOrEqual(100.01);
        // The target line only when the shares run past 100%.
        expect(doc.querySelectorAll('svg.share-bar line')).toHaveLength(scale > 1 ? 1 : 0);
        // Every member with a share, negative ones too, is named in words, exactly as written.
        const words = [...doc.querySelectorAll('.share-item')].map((e) => e.textContent);
        expect(words).toHaveLength(shares.length);
        shares.forEach((s, i) => {
          const name = s.member === null ? 'the coalition’s own indicators' : (members[Number(s.member.slice(1))]?.[0] as string);
          // The page writes control characters visibly, as \u001b; compare what is left.
          if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/u.test(name)) expect(words[i]?.startsWith(name)).toBe(true);
        });
      }),
      { numRuns: process.env.CI === 'true' ? 200 : 50 },
    );
  });

  it('names the coalition’s own indicators in grey, and says when a member contributes nothing or has no data yet', () => {
    const joint: JointProgress = {
      asOf: '2020-12-31',
      joint: [
        { kind: 'goal', id: 'g', title: 'Goal', progress: 0.5, status: 'at-risk', shares: [{ member: 'a', share: 0.3 }, { member: null, share: 0.2 }], contributors: ['a', 'b'] },
      ],
      members: [
        { member: 'a', title: 'Alpha', contributions: [{ from: 'a:o', to: 'g', progress: 0.6, status: 'on-track' }], shares: [{ id: 'g', share: 0.3 }] },
        { member: 'b', contributions: [{ from: 'b:o', to: 'g', progress: null, status: 'no-data' }], shares: [] },
        { member: 'c', title: 'Gamma', contributions: [], shares: [] },
      ],
      gaps: [],
    };
    const doc = section(joint);
    expect(doc.querySelector('.share-words')?.textContent).toBe('Alpha 30% · the coalition’s own indicators 20% · b: no data yet');
    expect([...doc.querySelectorAll('rect.share')].map((r) => r.getAttribute('fill'))).toEqual(['#0072b2', '#8c8c8c']);
    const parts = [...doc.querySelectorAll('.member-part')];
    expect(parts.map((p) => p.querySelector('p:last-of-type')?.textContent)).toEqual([
      'Its share of the joint progress:',
      'No share of the joint progress yet: what it contributes has no data.',
      'Contributes to no joint goal or objective.',
    ]);
    expect(doc.querySelector('.member-part li')?.textContent).toBe('Goal: 30% of 50%');
    expect(doc.querySelector('body')?.textContent).toContain('No gaps: a member contributes to every joint goal and objective.');
  });
});
