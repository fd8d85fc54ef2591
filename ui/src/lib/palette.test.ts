import { describe, expect, it } from 'vitest';
import { filterItems, score } from './palette';

const labels = ['Next case', 'Resolve', 'Résoudre', 'Assign to me', 'Show only my cases', 'Keyboard shortcuts'];

describe('filterItems', () => {
  it('keeps everything, in order, for an empty query', () => {
    expect(filterItems(labels, '  ', (l) => l)).toEqual(labels);
  });

  it('matches every word in any order, ignoring case and accents', () => {
    expect(filterItems(labels, 'resou', (l) => l)).toEqual(['Résoudre']);
    expect(filterItems(labels, 'me assign', (l) => l)).toEqual(['Assign to me']);
    expect(filterItems(labels, 'zzz', (l) => l)).toEqual([]);
  });

  it('ranks word starts before matches inside words', () => {
    expect(filterItems(['Unassign', 'Assign to me'], 'assign', (l) => l)).toEqual(['Assign to me', 'Unassign']);
  });
});

describe('score', () => {
  it('is null when a word is missing', () => {
    expect(score('Next case', 'next queue')).toBeNull();
    expect(score('Next case', 'next')).toBe(0);
  });
});
