// Issue 18: one long link or a 20 kB message must not widen the window. A
// 264-character tracking link and a 20 kB message arrive as cases; opened
// in the case pane and found by search, they keep the app within the
// window at 1280×800 and 1366×768: nothing scrolls sideways, and the three
// panes stay on screen. Screenshots go to target/e2e/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { App } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { readState, tid } from './lib/ui.js';

const LINK =
  'https://tracking.example-baggage-services.ch/track/shipment/GVALK40577?ref=LK1708&lang=fr&session=' +
  'a9f3c2e1b7d64f0e8c5a2b1d9e7f6a3c4b5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b';
const WORD = 'Zeppelinfahrt';
const LONG = `${WORD} ` + 'Mon bagage est toujours introuvable et personne ne répond. '.repeat(340);

/**
 * How the window holds: whether anything scrolls sideways (the page, or any
 * element that scrolls), and where the panes, the search hits and the
 * thread's messages begin and end.
 */
function layout(wd) {
  return wd.execute(`
    const box = (e) => { const r = e.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.right)]; };
    const sideways = [document.scrollingElement || document.documentElement, ...document.querySelectorAll('body *')]
      .filter((e) => e.scrollLeft > 0 || (e === document.scrollingElement && e.scrollWidth > e.clientWidth + 1))
      .map((e) => (e.className && typeof e.className === 'string' ? e.tagName.toLowerCase() + '.' + e.className.split(' ')[0] : e.tagName.toLowerCase()));
    const boxes = [...document.querySelectorAll('main.panes > *, [data-testid="search-hit"], [data-testid="thread-message"]')].map(box);
    return { inner: window.innerWidth, sideways, boxes };
  `);
}

function assertHolds(l, where) {
  assert.deepEqual(l.sideways, [], `${where}: nothing scrolls sideways`);
  const out = l.boxes.filter(([left, right]) => left < -1 || right > l.inner + 1);
  assert.deepEqual(out, [], `${where}: every pane, hit and message within the window (${l.inner} px)`);
}

describe('long links and long messages keep the layout within the window', () => {
  const app = new App('layout-overflow');

  before(async () => {
    await app.start({ ready: true });
    await app.cli(['inbound', '--community', 'lakeline/fr-CH', '--from', 'Ariane Lien', '--text', `Voici le suivi : ${LINK}`]);
    await app.cli(['inbound', '--community', 'lakeline/fr-CH', '--from', 'Bruno Long', '--text', LONG]);
  });

  after(() => app.stop());

  for (const [width, height] of [
    [1280, 800],
    [1366, 768],
  ]) {
    it(`at ${width}×${height}: in the thread and in search hits`, async (t) => {
      await app.step(t, async () => {
        await app.wd.setWindowRect({ width, height });
        for (const query of ['tracking.example', WORD]) {
          const input = await app.wd.find(tid('search-input'));
          await input.click();
          await app.wd.execute(`const i = document.querySelector('${tid('search-input')}'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true }));`);
          await input.sendKeys(query + '\uE007');
          await waitFor(() => app.wd.execute(`return document.querySelectorAll('${tid('search-hit')}').length > 0;`), 10000, {
            message: `a search hit for "${query}"`,
          });
          assertHolds(await layout(app.wd), `the search hits for "${query}"`);
          await app.screenshot(`layout-overflow-search-${width}x${height}`);
          // The hit opens its case: the thread holds too.
          await (await app.wd.find(tid('search-hit'))).click();
          await waitFor(async () => (await readState(app.wd)).thread.some((m) => m.text.includes(query)), 10000, {
            message: `the case of "${query}" open`,
          });
          assertHolds(await layout(app.wd), `the thread of "${query}"`);
        }
        await app.screenshot(`layout-overflow-thread-${width}x${height}`);
        await app.wd.pressKeys(['\uE00C']);
      });
    });
  }
});
