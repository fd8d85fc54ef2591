// The workspace as the window knows it: where it is, who works in it, who
// "me" is, the UI language, and the counts of the community matrix. The
// settings are the shell's (a JSON file per machine), so the language and
// "me" survive a restart; here they are applied at once and then saved.
import type { Agent, AgentId, CommunityCounts, Connection, CrisisView, ErrorPayload, Settings, Surge } from './bindings';
import { pickLanguage, type UiLanguage } from './i18n';
import { applyLanguage } from './i18n.svelte';
import { ipc, toErrorPayload, type WorkspaceInfo } from './ipc';
import { showError } from './ui.svelte';
import { mark } from './startup-marks';

export type DeskStatus = 'loading' | 'ready' | 'failed';

/** How often the window asks which communities surge. */
const SURGES_EVERY_MS = 60_000;

class DeskState {
  status = $state<DeskStatus>('loading');
  failure = $state.raw<ErrorPayload | null>(null);
  info = $state.raw<WorkspaceInfo | null>(null);
  settings = $state.raw<Settings>({ language: null, agent_id: null, database: null });
  counts = $state.raw<CommunityCounts[] | null>(null);
  countsError = $state.raw<ErrorPayload | null>(null);
  /** Each connected community's sync, by community id. */
  connections = $state.raw<Map<number, Connection>>(new Map());
  /** The communities surging now (a spike alert that has not ended), by community id. */
  surges = $state.raw<Map<number, Surge>>(new Map());
  private surgesAt = 0;
  /** The crises running now, for the banner. */
  crises = $state.raw<CrisisView[]>([]);

  get agents(): Agent[] {
    return this.info?.agents ?? [];
  }

  /**
   * In team mode, the agent the database login is: "me" then follows the
   * login and cannot be picked (decision 017).
   */
  get loginAgent(): Agent | null {
    return this.info?.login_agent ?? null;
  }

  /** The login's agent in team mode; else the agent chosen as "me", if any (and still in this workspace). */
  get me(): Agent | null {
    if (this.loginAgent) return this.loginAgent;
    const id = this.settings.agent_id;
    return this.agents.find((a) => a.id === id) ?? null;
  }

  /**
   * Opens the workspace: its info, the saved language and "me". The window
   * is laid out as soon as they are in, while the first queue page (asked
   * beside them) is on its way: laid out once with both, it painted 30–40
   * ms later. The counts are asked by the caller (`reloadAll`, after that
   * page).
   */
  async load(): Promise<boolean> {
    this.status = 'loading';
    try {
      mark('workspace-asked');
      const info = await ipc.workspace();
      mark('workspace-answered');
      await this.adopt(info);
    } catch (e) {
      this.failure = toErrorPayload(e);
      this.status = 'failed';
      return false;
    }
    this.failure = null;
    this.counts = null;
    this.status = 'ready';
    return true;
  }

  /** Reads the workspace info again (agents may have been added), without a loading state. */
  async refreshInfo(): Promise<void> {
    try {
      const info = await ipc.workspace();
      this.info = info;
      this.settings = info.settings;
    } catch (e) {
      showError(e, () => void this.refreshInfo());
    }
  }

  /**
   * Takes the workspace's info in, once its language's messages are loaded:
   * the window is first laid out in the language it is read in. A language
   * that cannot be loaded leaves the window in the one it was in, and says so.
   */
  private async adopt(info: WorkspaceInfo): Promise<void> {
    const system = typeof navigator === 'undefined' ? null : navigator.language;
    try {
      await applyLanguage(pickLanguage(info.settings.language ?? system));
    } catch (e) {
      showError(e);
    }
    this.info = info;
    this.settings = info.settings;
  }

  async refreshCounts(): Promise<void> {
    try {
      this.counts = await ipc.communityCounts();
      mark('counts-answered');
      this.countsError = null;
      this.connections = new Map((await ipc.connections()).map((c) => [Number(c.community_id), c]));
      this.crises = await ipc.runningCrises();
    } catch (e) {
      this.countsError = toErrorPayload(e);
    }
    await this.refreshSurges();
  }

  /**
   * Which communities surge: read at most once a minute (each check reads
   * the history it compares with), and at once when the workspace opens.
   * A failure leaves the last answer; the next refresh tries again.
   */
  async refreshSurges(force = false): Promise<void> {
    const now = Date.now();
    if (!force && now - this.surgesAt < SURGES_EVERY_MS) return;
    this.surgesAt = now;
    try {
      this.surges = new Map((await ipc.surges()).map((s) => [Number(s.community_id), s]));
    } catch {
      this.surgesAt = 0;
    }
  }

  private async save(next: Settings): Promise<void> {
    const before = this.settings;
    this.settings = next;
    try {
      this.settings = await ipc.setSettings(next);
    } catch (e) {
      this.settings = before;
      showError(e, () => void this.save(next));
    }
  }

  async setLanguage(lang: UiLanguage): Promise<void> {
    try {
      await applyLanguage(lang);
    } catch (e) {
      showError(e);
      return;
    }
    await this.save({ ...this.settings, language: lang });
  }

  async setAgent(id: AgentId | null): Promise<void> {
    await this.save({ ...this.settings, agent_id: id });
  }

  /** File → Open: true when another workspace was opened. */
  async openAnother(): Promise<boolean> {
    try {
      const info = await ipc.openWorkspace();
      return info !== null;
    } catch (e) {
      showError(e);
      return false;
    }
  }
}

export const desk = new DeskState();
