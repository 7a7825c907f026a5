import { describe, expect, it } from 'vitest';
import { deadlineEnd, dueState, localDay } from '../../../lib/library/deadline';
import { deadlineCases } from './deadline-cases';

describe('deadline periods', () => {
  for (const c of deadlineCases) {
    it(`works for case: ${c.name}`, () => {
      expect(deadlineEnd(c.deadline)).toBe(c.end);
      expect(dueState(c.deadline, c.today)).toBe(c.due);
    });
  }

  it('has no state without a deadline', () => {
    expect(dueState(undefined, '2026-11-26')).toBe('none');
  });

  it('gives the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
