// When a snooze ends, for the choices the case header offers: in an hour,
// in three hours, tomorrow at 9:00, next Monday at 9:00 (local time, as a
// community manager plans the day). Tested without a DOM.

export interface SnoozeChoice {
  key: 'hour' | 'three-hours' | 'tomorrow' | 'monday';
  until: Date;
}

function atNine(d: Date): Date {
  const out = new Date(d);
  out.setHours(9, 0, 0, 0);
  return out;
}

/** The snooze choices from `now`. */
export function snoozeChoices(now: Date): SnoozeChoice[] {
  const tomorrow = new Date(now);
  tomorrow.setDate(now.getDate() + 1);
  const monday = new Date(now);
  // Days to the next Monday: 1..7 (a Monday snoozes to the following one).
  monday.setDate(now.getDate() + (((8 - now.getDay()) % 7) || 7));
  return [
    { key: 'hour', until: new Date(now.getTime() + 3_600_000) },
    { key: 'three-hours', until: new Date(now.getTime() + 3 * 3_600_000) },
    { key: 'tomorrow', until: atNine(tomorrow) },
    { key: 'monday', until: atNine(monday) },
  ];
}

/** A `<input type="datetime-local">` value as a time, or null when it is not one. */
export function fromLocalInput(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}
