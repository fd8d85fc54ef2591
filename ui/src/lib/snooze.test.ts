import { describe, expect, it } from 'vitest';
import { fromLocalInput, snoozeChoices } from './snooze';

describe('snooze choices', () => {
  it('are an hour, three hours, tomorrow 9:00 and next Monday 9:00', () => {
    const wednesday = new Date(2026, 11, 9, 14, 30);
    const [hour, three, tomorrow, monday] = snoozeChoices(wednesday);
    expect(hour.until.getTime() - wednesday.getTime()).toBe(3_600_000);
    expect(three.until.getTime() - wednesday.getTime()).toBe(3 * 3_600_000);
    expect([tomorrow.until.getDate(), tomorrow.until.getHours(), tomorrow.until.getMinutes()]).toEqual([10, 9, 0]);
    expect([monday.until.getDay(), monday.until.getDate(), monday.until.getHours()]).toEqual([1, 14, 9]);
  });

  it('on a Monday, snooze to the next Monday', () => {
    const monday = new Date(2026, 11, 14, 8, 0);
    expect(snoozeChoices(monday)[3].until.getDate()).toBe(21);
  });

  it('read a picked local time, and nothing else', () => {
    expect(fromLocalInput('2026-12-09T16:45')?.getHours()).toBe(16);
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('soon')).toBeNull();
  });
});
