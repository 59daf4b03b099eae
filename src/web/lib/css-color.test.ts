import { afterEach, describe, expect, it, vi } from 'vitest';
import { cssColor } from './css-color';

// What Chromium's CSS.supports('color', v) answers for these (checked in the e2e browser).
const BROWSER: Record<string, boolean> = {
  '#7a2c8f': true,
  '#abc': true,
  'rgb(1 2 3 / 50%)': true,
  transparent: true,
  'not-a-colour': false,
  '#12345': false,
  'red;background:blue': false,
  'var(--accent)': true,
  inherit: true,
  'revert-layer': true,
  'env(x)': true,
  'color-mix(in srgb, red, var(--x))': true,
};

describe('cssColor', () => {
  const supports = vi.fn((_property: string, value: string) => BROWSER[value] ?? false);
  vi.stubGlobal('CSS', { supports });
  afterEach(() => supports.mockClear());

  it('keeps a colour the browser reads', () => {
    for (const c of ['#7a2c8f', '#abc', 'rgb(1 2 3 / 50%)', 'transparent'])
      expect(cssColor(c, 'var(--accent)')).toBe(c);
  });

  it("gives the fallback for no colour, Go's empty string, or text that is no colour", () => {
    for (const c of [null, undefined, '', 'not-a-colour', '#12345', 'red;background:blue'])
      expect(cssColor(c, 'var(--accent)'), JSON.stringify(c)).toBe('var(--accent)');
  });

  it('gives the fallback for what stands for a colour only where it is used', () => {
    for (const c of [
      'var(--accent)',
      'inherit',
      'revert-layer',
      'env(x)',
      'color-mix(in srgb, red, var(--x))',
    ])
      expect(cssColor(c, '#8a7f94'), c).toBe('#8a7f94');
  });

  it('asks the browser once per string', () => {
    for (let i = 0; i < 3; i++) {
      cssColor('#0a0b0c', '#8a7f94');
      cssColor('no colour at all', '#8a7f94');
    }
    expect(supports).toHaveBeenCalledTimes(2);
  });
});
