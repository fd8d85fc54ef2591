import { describe, expect, it } from 'vitest';
import { clampIndex, pagesOf, scrollToReveal, visibleRange } from './virtual';

describe('visibleRange', () => {
  it('renders only the rows in view plus the overscan, even for 10 000 rows', () => {
    const r = visibleRange(58 * 5000, 580, 58, 10_000, 10);
    expect(r).toEqual({ start: 4990, end: 5021 });
    expect(r.end - r.start).toBeLessThan(40);
  });

  it('starts at the top and stops at the end', () => {
    expect(visibleRange(0, 580, 58, 10_000, 10)).toEqual({ start: 0, end: 21 });
    expect(visibleRange(58 * 9_990, 580, 58, 10_000, 10)).toEqual({ start: 9980, end: 10_000 });
  });

  it('never goes past a short list or a scroll beyond its end', () => {
    expect(visibleRange(0, 580, 58, 3, 10)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(999_999, 580, 58, 3, 10)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(0, 580, 58, 0, 10)).toEqual({ start: 0, end: 0 });
  });
});

describe('pagesOf', () => {
  it('names the pages that hold the rendered rows', () => {
    expect(pagesOf({ start: 90, end: 130 }, 100)).toEqual([0, 1]);
    expect(pagesOf({ start: 4990, end: 5021 }, 100)).toEqual([49, 50]);
    expect(pagesOf({ start: 0, end: 100 }, 100)).toEqual([0]);
    expect(pagesOf({ start: 0, end: 0 }, 100)).toEqual([]);
  });
});

describe('scrollToReveal', () => {
  it('scrolls up or down just enough, and not at all when visible', () => {
    expect(scrollToReveal(2, 580, 580, 58)).toBe(116);
    expect(scrollToReveal(20, 0, 580, 58)).toBe(58 * 21 - 580);
    expect(scrollToReveal(5, 0, 580, 58)).toBeNull();
  });
});

describe('clampIndex', () => {
  it('keeps the selection inside the list', () => {
    expect(clampIndex(-1, 10)).toBe(0);
    expect(clampIndex(10, 10)).toBe(9);
    expect(clampIndex(4, 0)).toBe(0);
  });
});
