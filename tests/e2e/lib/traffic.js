// A week of ordinary traffic on the six demo pages and, in the last 40
// minutes, a surge of people writing to one page about cancelled flights,
// as JSON Lines for `switchboard inbound --batch`. Deterministic, so every
// run replays the same week. Used by the spike and crisis tests.

export const DEMO_PAGES = ['summit-air/fr-CH', 'summit-air/de-CH', 'summit-air/en', 'lakeline/fr-CH', 'lakeline/de-CH', 'lakeline/en'];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** About three people an hour per page in the day, and the surge on `surging` (40 people in 40 minutes). */
export function weekWithSurge(now, surging) {
  const r = rng(2026);
  const lines = [];
  let who = 0;
  const hour = 3600 * 1000;
  const start = now - 8 * 24 * hour;
  for (const community of DEMO_PAGES) {
    for (let t = start; t < now - hour; t += hour) {
      const h = new Date(t).getUTCHours();
      const rate = h >= 7 && h < 19 ? 3 : h >= 5 && h < 22 ? 1.5 : 0.3;
      const n = Math.floor(rate + r() * 1.5);
      for (let i = 0; i < n; i += 1) {
        who += 1;
        lines.push({ community, from: `Fan ${who}`, from_id: `psid-e2e-${who}`, text: 'Bonjour, une question sur mon billet.', at: new Date(t + r() * hour).toISOString() });
      }
    }
  }
  for (let i = 0; i < 40; i += 1) {
    who += 1;
    lines.push({
      community: surging,
      from: `Fan ${who}`,
      from_id: `psid-e2e-${who}`,
      text: 'Mon vol pour Genève est annulé à cause de la neige, comment rebooker ?',
      at: new Date(now - 40 * 60 * 1000 + i * 55 * 1000).toISOString(),
    });
  }
  lines.sort((a, b) => a.at.localeCompare(b.at));
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}
