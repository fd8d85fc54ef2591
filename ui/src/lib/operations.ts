// What an agent does to the open case, as the keyboard, the buttons and the
// palette all call it. Each applies at once (no confirmation: speed is the
// service) and offers Undo where the state machine allows going back. A
// refusal is shown as its sentence and nothing typed is lost; `no-agent`
// asks who "me" is and then does what was asked.
import type { AgentId, Case, CaseStatus } from './bindings';
import { openCase } from './case.svelte';
import { desk } from './desk.svelte';
import { plain } from './i18n';
import { t } from './i18n.svelte';
import { ipc, toErrorPayload } from './ipc';
import { queue } from './queue.svelte';
import { statusKey } from './rules';
import { refreshAfterAction } from './sync';
import { askForAgent, notify, showError, ui } from './ui.svelte';

/** Runs `op`; on failure shows why (or asks for "me" and then runs `retry`). */
export async function guarded<T>(op: () => Promise<T>, retry: (() => void) | null): Promise<T | undefined> {
  try {
    return await op();
  } catch (e) {
    const error = toErrorPayload(e);
    if (error.code === 'no-agent') askForAgent(retry);
    else showError(error, retry);
    return undefined;
  }
}

/** Runs `then` as "me", asking first who that is when nobody was chosen. */
export function asMe(then: (me: AgentId) => void): void {
  const me = desk.me;
  if (me) then(me.id);
  else askForAgent(() => (desk.me ? then(desk.me.id) : undefined));
}

/** Says who "me" is; a queue showing "mine" then shows theirs. */
export async function chooseMe(id: AgentId | null): Promise<void> {
  // In team mode the login says who "me" is.
  if (desk.loginAgent) return;
  await desk.setAgent(id);
  if (queue.view.assignee === 'mine') queue.reload();
}

/** Shows only my cases, asking who I am first when nobody was chosen. */
export function showMine(): void {
  queue.setView({ assignee: 'mine' });
  if (!desk.me) askForAgent(null);
}

export function toggleMine(): void {
  if (queue.view.assignee === 'mine') queue.setView({ assignee: 'anyone' });
  else showMine();
}

function needCase(): number | null {
  const id = openCase.view?.id ?? null;
  if (id === null) notify(() => t('notice-open-a-case-first'));
  return id;
}

export async function changeStatus(status: CaseStatus, undoable = true): Promise<void> {
  const id = needCase();
  if (id === null || !openCase.view) return;
  const before = openCase.view.status;
  if (status === before) {
    // Nothing to do, and said so (not a rule violation shown as an error).
    notify(() => t('notice-status-same', { case: plain(id), status: t(statusKey(status)) }));
    return;
  }
  const changed = await guarded(() => ipc.setStatus(id, status), null);
  if (!changed) return;
  openCase.apply(changed);
  refreshAfterAction();
  const text = () => t('notice-status', { case: plain(id), status: t(statusKey(changed.status)) });
  notify(text, undoable && changed.status !== before ? () => void undoStatus(id, before) : null);
}

/** Undo of a status change: back to the status before, `new` included (the backend judges). */
async function undoStatus(id: number, before: CaseStatus): Promise<void> {
  const changed = await guarded(() => ipc.undoStatus(id, before), null);
  if (!changed) return;
  if (openCase.view?.id === id) openCase.apply(changed);
  refreshAfterAction();
  notify(() => t('notice-undone'));
}

export async function assign(agentId: AgentId | null, undoable = true): Promise<void> {
  const id = needCase();
  if (id === null || !openCase.view) return;
  const before = openCase.view.assignee_id;
  const changed = await guarded(() => ipc.assign(id, agentId), null);
  if (!changed) return;
  openCase.apply(changed);
  refreshAfterAction();
  const agent = desk.agents.find((a) => a.id === agentId);
  const text = () =>
    agent ? t('notice-assigned', { case: plain(id), name: agent.name }) : t('notice-unassigned', { case: plain(id) });
  notify(text, undoable && before !== agentId ? () => void assign(before, false) : null);
}

/**
 * "a": claims the open case. A claim never takes a colleague's case: when
 * one holds it (`case-held`), the take-over prompt asks first.
 */
export function assignToMe(): void {
  const id = needCase();
  if (id === null) return;
  asMe(() => void claim(id));
}

async function claim(id: number): Promise<void> {
  const before = openCase.view?.id === id ? openCase.view.assignee_id : null;
  let changed;
  try {
    changed = await ipc.claim(id);
  } catch (e) {
    const error = toErrorPayload(e);
    if (error.code === 'case-held') {
      ui.takeOver = { caseId: id, holder: error.args.holder ?? '', takeOver: () => void takeOver(id, before) };
      ui.overlay = 'takeover';
    } else if (error.code === 'no-agent') askForAgent(() => void claim(id));
    else showError(error);
    return;
  }
  claimed(changed, before);
}

async function takeOver(id: number, before: AgentId | null): Promise<void> {
  const changed = await guarded(() => ipc.takeOver(id), null);
  if (changed) claimed(changed, before, true);
}

function claimed(changed: Case, before: AgentId | null, tookOver = false): void {
  openCase.apply(changed);
  refreshAfterAction();
  const id = changed.id;
  notify(
    () =>
      tookOver
        ? t('notice-taken-over', { case: plain(id) })
        : t('notice-assigned', { case: plain(id), name: desk.me?.name ?? '' }),
    before !== changed.assignee_id ? () => void assignCase(id, before) : null,
  );
}

/** Undo of a claim: the case goes back to whoever had it (a deliberate reassignment). */
async function assignCase(id: number, agentId: AgentId | null): Promise<void> {
  const changed = await guarded(() => ipc.assign(id, agentId), null);
  if (!changed) return;
  openCase.apply(changed);
  refreshAfterAction();
  notify(() => t('notice-undone'));
}

/** Records an internal note; `retry` is the caller's own submit, run again once "me" is chosen. */
export async function addNote(caseId: number, body: string, retry: () => void): Promise<boolean> {
  const changed = await guarded(() => ipc.addNote(caseId, body), retry);
  if (!changed) return false;
  openCase.apply(changed);
  refreshAfterAction();
  notify(() => t('notice-note-added', { case: plain(caseId) }));
  return true;
}
