/**
 * The diagram palette, checked against published formulas written here as the
 * oracle: WCAG 2.x relative luminance and contrast ratio, and Machado, Oliveira
 * & Fernandes (2009) simulation of protanopia and deuteranopia (severity 1.0,
 * linear RGB matrices from the paper's table).
 */
import { describe, expect, it } from 'vitest';
import { CLASS_DEFS } from '../../src/mermaid/styles.js';

type Rgb = readonly [number, number, number];

/** sRGB hex to linear RGB, per WCAG 2.x. */
function linear(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return [channel(n >> 16), channel((n >> 8) & 255), channel(n & 255)];
}

const luminance = ([r, g, b]: Rgb): number => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const ratio = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

const PROTANOPIA = [
  [0.152286, 1.052583, -0.204868],
  [0.114503, 0.786281, 0.099216],
  [-0.003882, -0.048116, 1.051998],
] as const;
const DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
] as const;

function simulate(matrix: readonly (readonly number[])[], rgb: Rgb): Rgb {
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  const row = (k: number): number => clamp((matrix[k] as readonly number[]).reduce((sum, m, i) => sum + m * (rgb[i] as number), 0));
  return [row(0), row(1), row(2)];
}

function style(name: string): Record<string, string> {
  const def = CLASS_DEFS.find(([n]) => n === name)?.[1];
  if (def === undefined) throw new Error(`no classDef ${name}`);
  return Object.fromEntries(def.split(',').map((part) => part.split(':') as [string, string]));
}

const STATUSES = ['achieved', 'onTrack', 'atRisk', 'offTrack', 'noData'];
const pairs = <T>(list: readonly T[]): [T, T][] => list.flatMap((a, i) => list.slice(i + 1).map((b): [T, T] => [a, b]));

describe('diagram palette', () => {
  it('checks the formulas on known values', () => {
    expect(ratio(luminance(linear('#000000')), luminance(linear('#ffffff')))).toBe(21);
    expect(ratio(luminance(linear('#777777')), luminance(linear('#ffffff')))).toBeCloseTo(4.48, 2);
    // Machado's matrices leave greys grey (each row sums to 1).
    const grey = simulate(DEUTERANOPIA, [0.5, 0.5, 0.5]);
    for (const c of grey) expect(c).toBeCloseTo(0.5, 5);
  });

  it('gives every text a WCAG contrast of at least 4.5:1 on its fill', () => {
    for (const [name] of CLASS_DEFS) {
      const { fill, color } = style(name);
      expect(ratio(luminance(linear(fill as string)), luminance(linear(color as string))), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives no two meanings the same fill (a failing assumption is an assumption with a red dashed border; indicators and legend boxes are white like no data, told apart by shape and dotted border)', () => {
    const fills = CLASS_DEFS.filter(([name]) => name !== 'assumptionFails' && name !== 'legendShape' && name !== 'indicator').map(([name]) => style(name).fill);
    expect(new Set(fills).size).toBe(fills.length);
  });

  it('keeps status fills apart in greyscale and for protanopes and deuteranopes (luminance ratio at least 1.2)', () => {
    for (const [a, b] of pairs(STATUSES)) {
      const [x, y] = [linear(style(a).fill as string), linear(style(b).fill as string)];
      expect(ratio(luminance(x), luminance(y)), `${a}/${b} greyscale`).toBeGreaterThanOrEqual(1.2);
      expect(ratio(luminance(simulate(PROTANOPIA, x)), luminance(simulate(PROTANOPIA, y))), `${a}/${b} protanopia`).toBeGreaterThanOrEqual(1.2);
      expect(ratio(luminance(simulate(DEUTERANOPIA, x)), luminance(simulate(DEUTERANOPIA, y))), `${a}/${b} deuteranopia`).toBeGreaterThanOrEqual(1.2);
    }
  });

  it('gives each status its own border, so status never rests on colour alone', () => {
    const borders = STATUSES.map((name) => `${style(name)['stroke-width'] ?? '1px'} ${style(name)['stroke-dasharray'] ?? 'solid'}`);
    expect(new Set(borders).size).toBe(STATUSES.length);
  });
});
