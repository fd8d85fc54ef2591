// Issue 18, the case pane through a working day: at 1366×768 and 1280×800
// the thread shows at least six messages and every fact card (clocks,
// customer, handoffs, history) is whole, with no scroll box of its own; at
// 1920×1080 the facts stand beside the thread. The case used is the demo's
// Koffer case (a handoff answered, a note, a history) with eight more
// notes and replies, so the thread is longer than any screen.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { App } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { readState, tid, waitForRows } from './lib/ui.js';

/** Where the thread's messages and the fact cards stand, and what scrolls inside them. */
function measure(wd) {
  return wd.execute(`
    const thread = document.querySelector('[data-testid="case-view"] .thread');
    const scroller = [thread, ...thread.querySelectorAll('*')].find((e) => getComputedStyle(e).overflowY === 'auto' || getComputedStyle(e).overflowY === 'scroll') || thread;
    const view = scroller.getBoundingClientRect();
    const messages = [...thread.querySelectorAll('[data-testid="thread-message"]')].map((m) => m.getBoundingClientRect());
    const whole = messages.filter((r) => r.top >= view.top - 1 && r.bottom <= view.bottom + 1).length;
    const facts = document.querySelector('[data-testid="case-facts"]');
    const cards = facts ? [...facts.children] : [];
    const innerScroll = cards.flatMap((card) =>
      [card, ...card.querySelectorAll('*')]
        .filter((e) => e.scrollHeight > e.clientHeight + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowY))
        .map((e) => (card.getAttribute('data-testid') || card.className) + ' > ' + e.tagName.toLowerCase() + '.' + (e.className || '')));
    const clipped = cards.flatMap((card) =>
      [card, ...card.querySelectorAll('*')]
        .filter((e) => e.scrollHeight > e.clientHeight + 1 && getComputedStyle(e).overflowY === 'hidden' && !getComputedStyle(e).webkitLineClamp?.match(/^[0-9]/))
        .map((e) => (card.getAttribute('data-testid') || card.className) + ' > ' + e.tagName.toLowerCase() + '.' + (e.className || '')));
    return {
      threadHeight: Math.round(view.height),
      messages: messages.length,
      whole,
      cards: cards.length,
      innerScroll,
      clipped,
      factsBeside: !!facts && !!facts.closest('[data-testid="case-view"]'),
      sideways: document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth + 1,
    };
  `);
}

describe('the case pane through a working day', () => {
  const app = new App('case-layout');
  let caseId;

  before(async () => {
    await app.start({ ready: true });
    const found = JSON.parse((await app.cli(['search', 'ZRHLK20877', '--json'])).stdout);
    assert.ok(found.length > 0, 'the demo has the Koffer case');
    caseId = String(found[0].case_id);
    await app.cli(['handoff', 'ask', '--case', caseId, '--expert', '2', '--as', 'MB', '--question', 'Wo ist der Koffer jetzt, und wann wird er geliefert? Der Kunde fährt morgen früh an die Messe.']);
    await app.cli(['handoff', 'answer', '--case', caseId, '--as', 'MB', '--text', 'Der Koffer ist in Lissabon gefunden und kommt heute Abend mit LK 1219; Zustellung morgen bis 8 Uhr an die Hoteladresse.']);
    for (let i = 1; i <= 4; i++) {
      await app.cli(['note', caseId, '--as', 'MB', '--text', `Notiz ${i}: Tracing nochmals geprüft, kein Update.`]);
      await app.cli(['reply', caseId, '--as', 'MB', '--text', `Zwischenstand ${i}: Wir bleiben dran und melden uns.`]);
    }
  });

  after(() => app.stop());

  for (const [width, height] of [
    [1366, 768],
    [1280, 800],
  ]) {
    it(`at ${width}×${height} the thread shows six messages and every card is whole`, async (t) => {
      await app.step(t, async () => {
        await app.wd.setWindowRect({ width, height });
        await waitForRows(app.wd);
        await app.wd.execute(`document.querySelector('${tid('search-input')}').blur();`);
        const input = await app.wd.find(tid('search-input'));
        await input.click();
        await input.sendKeys('ZRHLK20877\uE007');
        await waitFor(() => app.wd.execute(`return document.querySelectorAll('${tid('search-hit')}').length > 0;`), 10000, {
          message: 'the Koffer case found',
        });
        await (await app.wd.find(`${tid('search-hit')}[data-case-id="${caseId}"]`)).click();
        let s;
        await waitFor(async () => (s = await readState(app.wd)).caseView?.id === caseId && s.thread.length >= 10, 10000, {
          message: `case #${caseId} open with its long thread`,
        });
        await app.wd.pressKeys(['\uE00C']);
        await new Promise((r) => setTimeout(r, 300));
        const m = await measure(app.wd);
        t.diagnostic(JSON.stringify(m));
        await app.screenshot(`case-layout-${width}x${height}`);
        assert.ok(m.messages >= 10, `the thread has its messages: ${JSON.stringify(m)}`);
        assert.ok(m.whole >= 6, `at least six whole messages in view, found ${m.whole} in ${m.threadHeight} px`);
        assert.ok(m.cards >= 5, `the fact cards are shown: ${JSON.stringify(m)}`);
        assert.deepEqual(m.innerScroll, [], 'no card scrolls on its own');
        assert.deepEqual(m.clipped, [], 'no card cuts its content');
        assert.equal(m.sideways, false, 'nothing scrolls sideways');
      });
    });
  }

  it('at 1920×1080 the facts stand beside the thread', async (t) => {
    await app.step(t, async () => {
      await app.wd.setWindowRect({ width: 1920, height: 1080 });
      await waitFor(async () => (await measure(app.wd)).factsBeside, 5000, { message: 'the facts in the case pane' });
      const m = await measure(app.wd);
      await app.screenshot('case-layout-1920x1080');
      assert.ok(m.whole >= 6, `at least six whole messages in view: ${JSON.stringify(m)}`);
      assert.deepEqual(m.innerScroll, [], 'no card scrolls on its own');
    });
  });
});
