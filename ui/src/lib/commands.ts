// Every action of the window in one list: the keyboard dispatches from it,
// the command palette lists it with each shortcut, and the shortcuts
// overlay prints it. One list means a shortcut cannot exist without being
// discoverable, and the palette cannot offer what the keys do differently.
import { openCase } from './case.svelte';
import { desk } from './desk.svelte';
import { t } from './i18n.svelte';
import { PSEUDO, UI_LANGUAGES } from './i18n';
import type { Binding, Shortcut } from './keys';
import type { Handoff } from './bindings';
import { plain } from './i18n';
import { ipc } from './ipc';
import { assign, assignToMe, changeStatus, guarded, toggleMine } from './operations';
import { queue } from './queue.svelte';
import { search } from './search.svelte';
import { reloadAll, requestRefresh } from './sync';
import { askForAgent, focusById, notify, openCrisis, ui, undoLast } from './ui.svelte';

export interface Command {
  id: string;
  label: () => string;
  shortcut?: Shortcut;
  /** Also while typing in a field (default: only modifier combinations and Escape). */
  whileTyping?: boolean;
  /** Shown in the shortcuts overlay under this heading. */
  group: 'queue' | 'case' | 'window';
  run: () => void;
}

/**
 * What the composer on screen registers: Ctrl/Cmd+Enter from the palette
 * sends its reply; an expert's answer inserted into the draft first saves
 * what is typed, then shows the draft the desk wrote.
 */
export const composerHooks: {
  send: (() => void) | null;
  flush: (() => Promise<void>) | null;
  replace: ((body: string) => void) | null;
} = { send: null, flush: null, replace: null };

/**
 * Puts an expert's answer into the draft through the reply that passes it
 * on (the desk writes it, in the customer's language), keeping what is
 * typed.
 */
export async function insertAnswer(h: Handoff): Promise<void> {
  await composerHooks.flush?.();
  const draft = await guarded(() => ipc.insertAnswer(h.id), () => void insertAnswer(h));
  if (!draft) return;
  composerHooks.replace?.(draft.body);
  notify(() => t('notice-answer-inserted', { case: plain(h.case_id) }));
}

/** "i": the open case's newest expert answer into the draft (Handoffs' button, by key). */
function insertNewestAnswer(): void {
  const view = openCase.view;
  if (!view) return notify(() => t('notice-open-a-case-first'));
  const answered = view.handoffs
    .filter((h) => h.state === 'answered' && h.answer)
    .sort((a, b) => (b.answered_at ?? '').localeCompare(a.answered_at ?? ''))[0];
  if (!answered) return notify(() => t('notice-no-answer-yet', { case: plain(view.id) }));
  void insertAnswer(answered);
}

export const SEARCH_INPUT_ID = 'search-input';
export const COMPOSER_ID = 'composer-input';
export const NOTE_ID = 'note-input';
export const ASSIGNEE_ID = 'case-assignee';
export const TOPIC_ID = 'topic-input';
export const SNOOZE_ID = 'snooze-select';
export const TAGS_ID = 'tags-input';

function openSelected(): void {
  if (search.hits) {
    const hit = search.selectedHit;
    if (hit) void openCase.open(hit.case_id);
    return;
  }
  const row = queue.selectedRow;
  if (row) void openCase.open(row.id);
}

function move(delta: number): void {
  if (search.hits) search.move(delta);
  else queue.move(delta);
}

/** Esc: close what is on top — an overlay, the search, the note, a focused field. */
function escape(): void {
  const active = document.activeElement as HTMLElement | null;
  if (ui.overlay === 'collision' && ui.collision) {
    ui.collision.backToDraft();
  } else if (ui.overlay) {
    ui.overlay = null;
    ui.afterAgentChosen = null;
  } else if (search.active || active?.id === SEARCH_INPUT_ID) {
    search.close();
    search.text = '';
    active?.blur();
  } else if (ui.noteOpen) {
    ui.noteOpen = false;
  } else if (active && active !== document.body) {
    active.blur();
  }
}

export function commands(): Command[] {
  const list: Command[] = [
    { id: 'queue-next', group: 'queue', shortcut: { key: 'j' }, label: () => t('action-next'), run: () => move(1) },
    { id: 'queue-previous', group: 'queue', shortcut: { key: 'k' }, label: () => t('action-previous'), run: () => move(-1) },
    { id: 'case-open', group: 'queue', shortcut: { key: 'Enter' }, label: () => t('action-open-case'), run: openSelected },
    { id: 'search', group: 'queue', shortcut: { key: '/' }, label: () => t('action-search'), run: () => focusById(SEARCH_INPUT_ID) },
    { id: 'filter-mine', group: 'queue', shortcut: { key: 'm' }, label: () => t('action-toggle-mine'), run: toggleMine },
    {
      id: 'filter-all',
      group: 'queue',
      label: () => t('action-all-communities'),
      run: () => queue.setView({ community: null, brand: null, locale: null }),
    },
    { id: 'case-resolve', group: 'case', shortcut: { key: 'e' }, label: () => t('action-resolve'), run: () => void changeStatus('resolved') },
    { id: 'case-assign-me', group: 'case', shortcut: { key: 'a' }, label: () => t('action-assign-me'), run: assignToMe },
    { id: 'case-unassign', group: 'case', label: () => t('action-unassign'), run: () => void assign(null) },
    {
      id: 'case-snooze',
      group: 'case',
      shortcut: { key: 's' },
      label: () => t('action-snooze'),
      run: () => {
        if (!openCase.view) return notify(() => t('notice-open-a-case-first'));
        focusById(SNOOZE_ID);
      },
    },
    {
      id: 'case-topic',
      group: 'case',
      shortcut: { key: 'T' },
      label: () => t('action-set-topic'),
      run: () => {
        if (!openCase.view) return notify(() => t('notice-open-a-case-first'));
        ui.topicEditing = true;
      },
    },
    {
      id: 'case-tags',
      group: 'case',
      shortcut: { key: '#' },
      label: () => t('action-set-tags'),
      run: () => {
        if (!openCase.view) return notify(() => t('notice-open-a-case-first'));
        ui.tagsEditing = true;
      },
    },
    {
      id: 'case-assign-to',
      group: 'case',
      shortcut: { key: 'A' },
      label: () => t('action-assign-to'),
      run: () => {
        if (!openCase.view) return notify(() => t('notice-open-a-case-first'));
        focusById(ASSIGNEE_ID);
      },
    },
    { id: 'case-reopen', group: 'case', shortcut: { key: 'o' }, label: () => t('action-set-open'), run: () => void changeStatus('open') },
    {
      id: 'case-waiting-customer',
      group: 'case',
      shortcut: { key: 'w' },
      label: () => t('action-wait-customer'),
      run: () => void changeStatus('waiting_customer'),
    },
    {
      id: 'case-waiting-expert',
      group: 'case',
      shortcut: { key: 'x' },
      label: () => t('action-wait-expert'),
      run: () => void changeStatus('waiting_expert'),
    },
    {
      id: 'case-handoff',
      group: 'case',
      shortcut: { key: 'h' },
      label: () => t('action-handoff'),
      run: () => {
        if (openCase.view) ui.overlay = 'handoff';
        else notify(() => t('notice-open-a-case-first'));
      },
    },
    {
      id: 'case-template',
      group: 'case',
      shortcut: { key: 't' },
      label: () => t('action-template'),
      run: () => {
        if (!openCase.view) return notify(() => t('notice-open-a-case-first'));
        ui.templateLocale = null;
        ui.overlay = 'templates';
      },
    },
    { id: 'experts', group: 'window', shortcut: { key: 'd' }, label: () => t('action-experts'), run: () => (ui.overlay = 'experts') },
    { id: 'connect-pages', group: 'window', label: () => t('palette-connect'), run: () => (ui.overlay = 'connect') },
    { id: 'saved-replies', group: 'window', shortcut: { key: 'R' }, label: () => t('action-replies'), run: () => (ui.overlay = 'replies') },
    { id: 'reports', group: 'window', shortcut: { key: 'g' }, label: () => t('action-reports'), run: () => (ui.overlay = 'reports') },
    { id: 'clusters', group: 'window', shortcut: { key: 'l' }, label: () => t('action-clusters'), run: () => (ui.overlay = 'clusters') },
    { id: 'crisis-desk', group: 'window', shortcut: { key: 'b' }, label: () => t('action-crisis-desk'), run: () => (ui.overlay = 'crisis-desk') },
    {
      id: 'crisis-declare',
      group: 'window',
      shortcut: { key: 'c' },
      label: () => t('crisis-declare-action'),
      // From the surging community when there is one: one keystroke from the alert.
      run: () => openCrisis({ step: 'declare', handle: [...desk.surges.values()][0]?.handle ?? null }),
    },
    { id: 'case-reply', group: 'case', shortcut: { key: 'r' }, label: () => t('action-reply'), run: () => focusById(COMPOSER_ID) },
    {
      id: 'case-insert-answer',
      group: 'case',
      shortcut: { key: 'i' },
      label: () => t('action-insert-answer'),
      run: insertNewestAnswer,
    },
    {
      id: 'case-send',
      group: 'case',
      shortcut: { key: 'Enter', mod: true },
      label: () => t('action-send'),
      run: () => composerHooks.send?.(),
    },
    {
      id: 'case-note',
      group: 'case',
      shortcut: { key: 'n' },
      label: () => t('action-note'),
      run: () => {
        if (!openCase.view) return;
        ui.noteOpen = true;
        focusById(NOTE_ID);
      },
    },
    { id: 'case-close', group: 'case', label: () => t('action-close-case'), run: () => openCase.close() },
    { id: 'palette', group: 'window', shortcut: { key: 'k', mod: true }, label: () => t('action-palette'), run: () => (ui.overlay = ui.overlay === 'palette' ? null : 'palette') },
    { id: 'shortcuts', group: 'window', shortcut: { key: '?' }, label: () => t('action-shortcuts'), run: () => (ui.overlay = ui.overlay === 'shortcuts' ? null : 'shortcuts') },
    { id: 'undo', group: 'window', shortcut: { key: 'z' }, label: () => t('action-undo'), run: undoLast },
    { id: 'escape', group: 'window', shortcut: { key: 'Escape' }, label: () => t('action-escape'), run: escape },
    { id: 'choose-me', group: 'window', label: () => t('action-choose-me'), run: () => askForAgent(null) },
    {
      // Ctrl/Cmd+O belongs to the native menu's File → Open, which opens the same picker.
      id: 'workspace-open',
      group: 'window',
      label: () => t('action-open-workspace'),
      run: () => void desk.openAnother().then((opened) => (opened ? reloadAll() : undefined)),
    },
    {
      id: 'refresh',
      group: 'window',
      label: () => t('action-refresh'),
      run: () => void requestRefresh({ workspace: true, counts: true, queue: true, openCase: true }),
    },
  ];
  for (const lang of UI_LANGUAGES) {
    list.push({
      id: `language-${lang}`,
      group: 'window',
      label: () => t('action-language', { language: t(`language-name-${lang}`) }),
      run: () => void desk.setLanguage(lang),
    });
  }
  list.push({
    id: 'language-pseudo',
    group: 'window',
    label: () => t('action-language-pseudo'),
    run: () => void desk.setLanguage(PSEUDO),
  });
  return list;
}

export function bindings(list: readonly Command[]): Binding<Command>[] {
  return list
    .filter((c): c is Command & { shortcut: Shortcut } => c.shortcut !== undefined)
    .map((c) => ({ shortcut: c.shortcut, whileTyping: c.whileTyping, action: c }));
}
