// Typed calls to the Tauri shell. Every command and event the window uses is
// here, with the argument names the shell expects (camelCase in JS), so a
// rename is one edit and a type error elsewhere. A rejection is always
// turned into an ErrorPayload `{code, args}`: the shell's own errors already
// are; anything else (a missing command, a crashed call) becomes
// `unexpected` with the text as its reason, so the UI has one way to show
// errors.
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type {
  BulkProgress,
  ClusterReplyPlan,
  ClusterReplyQueued,
  ClusterSummary,
  CrisisDesk,
  TemplateOption,
  CaseLine,
  Dashboard,
  TopicSample,
  GroupBy,
  Report,
  Crisis,
  CrisisId,
  CrisisView,
  PlaybookView,
  PublishReport,
  StatementPage,
  AgentId,
  Case,
  CaseId,
  CaseStatus,
  CaseView,
  Change,
  CommunityCounts,
  CommunityId,
  Connection,
  Draft,
  OutboxId,
  OutboxItem,
  ErrorPayload,
  Expert,
  ExpertEntry,
  ExpertHandoff,
  ExpertId,
  ExpertInput,
  Handoff,
  HandoffDefaults,
  HandoffId,
  HandoffPriority,
  PresenceBoard,
  PresenceKind,
  QueueFilter,
  QueuePage,
  SearchFilter,
  Template,
  Rendered,
  VariantSaved,
  BacklogItem,
  SearchHit,
  SendOutcome,
  Seen,
  Settings,
  Suggestion,
  TemplateChoice,
  WorkspaceInfo,
 Surge } from './bindings';

export type { WorkspaceInfo };

export function isErrorPayload(e: unknown): e is ErrorPayload {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    typeof (e as { args?: unknown }).args === 'object'
  );
}

export function toErrorPayload(e: unknown): ErrorPayload {
  if (isErrorPayload(e)) return { code: e.code, args: e.args ?? {} };
  const reason = e instanceof Error ? e.message : String(e);
  return { code: 'unexpected', args: { reason } };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toErrorPayload(e);
  }
}

export const ipc = {
  workspace: () => call<WorkspaceInfo>('workspace'),
  setSettings: (settings: Settings) => call<Settings>('set_settings', { settings }),
  communityCounts: () => call<CommunityCounts[]>('community_counts'),
  /** The communities whose spike alert is firing now. */
  surges: () => call<Surge[]>('surges'),
  queue: (filter: QueueFilter) => call<QueuePage>('queue', { filter }),
  search: (text: string, within: SearchFilter, limit: number) =>
    call<SearchHit[]>('search', { text, within, limit }),
  openCase: (caseId: CaseId) => call<CaseView>('open_case', { caseId }),
  assign: (caseId: CaseId, agentId: AgentId | null) => call<Case>('assign', { caseId, agentId }),
  /** Rejects with `case-held` (args: case, holder) when a colleague holds it. */
  claim: (caseId: CaseId) => call<Case>('claim', { caseId }),
  takeOver: (caseId: CaseId) => call<Case>('take_over', { caseId }),
  setStatus: (caseId: CaseId, status: CaseStatus) => call<Case>('set_status', { caseId, status }),
  undoStatus: (caseId: CaseId, before: CaseStatus) => call<Case>('undo_status', { caseId, before }),
  setTopic: (caseId: CaseId, topic: string | null) => call<Case>('set_topic', { caseId, topic }),
  snooze: (caseId: CaseId, until: string) => call<Case>('snooze', { caseId, until }),
  setTags: (caseId: CaseId, tags: string[]) => call<Case>('set_tags', { caseId, tags }),
  addNote: (caseId: CaseId, body: string) => call<Case>('add_note', { caseId, body }),
  /** With `seen`, held (kind "held") when something new came on the case since. */
  recordReply: (caseId: CaseId, body: string, seen: Seen | null = null) =>
    call<SendOutcome>('record_reply', { caseId, body, seen }),
  heartbeat: (caseId: CaseId | null, kind: PresenceKind) => call<null>('heartbeat', { caseId, kind }),
  leaveCase: (caseId: CaseId) => call<null>('leave_case', { caseId }),
  presenceBoard: () => call<PresenceBoard>('presence_board'),
  retryReply: (id: OutboxId) => call<OutboxItem>('retry_reply', { id }),
  withdrawReply: (id: OutboxId) => call<OutboxItem>('withdraw_reply', { id }),
  connections: () => call<Connection[]>('connections'),
  connectPage: (communityId: CommunityId, graphUrl: string, token: string, humanAgent: boolean) =>
    call<Connection>('connect_page', { communityId, graphUrl, token, humanAgent }),
  connectDemoServer: (url: string) => call<Connection[]>('connect_demo_server', { url }),
  disconnectPage: (communityId: CommunityId) => call<null>('disconnect_page', { communityId }),
  draft: (caseId: CaseId) => call<Draft | null>('draft', { caseId }),
  saveDraft: (caseId: CaseId, body: string) => call<null>('save_draft', { caseId, body }),
  openWorkspace: () => call<WorkspaceInfo | null>('open_workspace'),
  uiReady: (marks: [string, number][]) => call<null>('ui_ready', { marks }),
  experts: (withRetired: boolean) => call<ExpertEntry[]>('experts', { withRetired }),
  expertInput: (expertId: ExpertId) => call<ExpertInput>('expert_input', { expertId }),
  addExpert: (input: ExpertInput) => call<Expert>('add_expert', { input }),
  editExpert: (expertId: ExpertId, input: ExpertInput) => call<Expert>('edit_expert', { expertId, input }),
  retireExpert: (expertId: ExpertId) => call<Expert>('retire_expert', { expertId }),
  suggestExperts: (caseId: CaseId) => call<Suggestion[]>('suggest_experts', { caseId }),
  handoffDefaults: (caseId: CaseId) => call<HandoffDefaults>('handoff_defaults', { caseId }),
  askHandoff: (ask: {
    caseId: CaseId;
    expertId: ExpertId;
    question: string;
    excerpt: string;
    dueAt: string | null;
    priority: HandoffPriority;
  }) => call<Handoff>('ask_handoff', ask),
  answerHandoff: (handoffId: HandoffId, text: string, by: string | null) =>
    call<Handoff>('answer_handoff', { handoffId, text, by }),
  declineHandoff: (handoffId: HandoffId, reason: string | null) => call<Handoff>('decline_handoff', { handoffId, reason }),
  insertAnswer: (handoffId: HandoffId) => call<Draft>('insert_answer', { handoffId }),
  emailHandoff: (handoffId: HandoffId) => call<string>('email_handoff', { handoffId }),
  caseTemplates: (caseId: CaseId, query: string, locale: string | null) =>
    call<TemplateChoice[]>('case_templates', { caseId, query, locale }),
  insertTemplate: (caseId: CaseId, templateId: string, locale: string | null) =>
    call<Draft>('insert_template', { caseId, templateId, locale }),
  savedReplies: () => call<Template[]>('saved_replies'),
  previewVariant: (caseId: CaseId | null, brand: string | null, locale: string, source: string) =>
    call<Rendered>('preview_variant', { caseId, brand, locale, source }),
  saveVariant: (template: string, topic: string | null, brand: string | null, locale: string, source: string, tags: string[]) =>
    call<VariantSaved>('save_variant', { template, topic, brand, locale, source, tags }),
  confirmVariant: (template: string, brand: string | null, locale: string) =>
    call<null>('confirm_variant', { template, brand, locale }),
  translationBacklog: () => call<BacklogItem[]>('translation_backlog'),
  expertHandoffs: (expertId: ExpertId, openOnly: boolean) =>
    call<ExpertHandoff[]>('expert_handoffs', { expertId, openOnly }),
  runningCrises: () => call<CrisisView[]>('running_crises'),
  playbooks: () => call<PlaybookView[]>('playbooks'),
  /** `scope` as the CLI writes it: all, brand:<slug>, language:<code>, community:<handle>. */
  declareCrisis: (name: string, scope: string, playbook: string | null, firstResponseMinutes: number | null) =>
    call<Crisis>('declare_crisis', { name, scope, playbook, firstResponseMinutes }),
  endCrisis: (crisisId: CrisisId) => call<Crisis>('end_crisis', { crisisId }),
  statementPreview: (crisisId: CrisisId) => call<StatementPage[]>('statement_preview', { crisisId }),
  setStatement: (crisisId: CrisisId, locale: string, text: string) =>
    call<StatementPage[]>('set_statement', { crisisId, locale, text }),
  publishStatement: (crisisId: CrisisId) => call<PublishReport>('publish_statement', { crisisId }),
  /** The one private reply to the comment, with a public pointer. */
  sendPrivately: (caseId: CaseId, body: string) => call<SendOutcome>('send_privately', { caseId, body }),
  hidePersonalComments: (caseId: CaseId) => call<Case>('hide_personal_comments', { caseId }),
  report: (from: string, to: string, by: GroupBy | null) => call<Report>('report', { from, to, by }),
  reportDrill: (from: string, to: string, by: GroupBy | null, key: string, hour: number | null = null) =>
    call<CaseLine[]>('report_drill', { from, to, by, key, hour }),
  /** The figures, the weeks and the topics of a period in one call. */
  reportDashboard: (from: string, to: string, by: GroupBy | null) => call<Dashboard>('report_dashboard', { from, to, by }),
  reportTopicSamples: (from: string, to: string, topic: string) =>
    call<TopicSample[]>('report_topic_samples', { from, to, topic }),
  /** Crisis clusters of at least `minSize` open cases, labelled in `uiLocale`; their ids hold between readings. */
  crisisClusters: (minSize: number, uiLocale: string) => call<ClusterSummary[]>('crisis_clusters', { minSize, uiLocale }),
  templateOptions: () => call<TemplateOption[]>('template_options'),
  clusterReplyPlan: (clusterId: number, templateId: string) =>
    call<ClusterReplyPlan>('cluster_reply_plan', { clusterId, templateId }),
  /** Stores one reply per case of the cluster (the window's connector sends them). */
  clusterReply: (clusterId: number, templateId: string, status: CaseStatus | null) =>
    call<ClusterReplyQueued>('cluster_reply', { clusterId, templateId, status }),
  bulkProgress: (bulkKey: string) => call<BulkProgress>('bulk_progress', { bulkKey }),
  renameCluster: (clusterId: number, label: string | null) => call<null>('rename_cluster', { clusterId, label }),
  mergeClusters: (into: number, from: number) => call<number>('merge_clusters', { into, from }),
  moveOutOfCluster: (caseId: CaseId) => call<number>('move_out_of_cluster', { caseId }),
  splitCluster: (clusterId: number, caseIds: CaseId[]) => call<number>('split_cluster', { clusterId, caseIds }),
  crisisDesk: (uiLocale: string, minSize: number, limit: number) =>
    call<CrisisDesk>('crisis_desk', { uiLocale, minSize, limit }),
};

/** Batches of changes from the desk: this window's, the CLI's, a teammate's. */
export function onDeskChanges(handler: (changes: Change[]) => void): Promise<UnlistenFn> {
  return listen<Change[]>('desk-changes', (event) => handler(event.payload));
}

/** The native menu's File → Open switched the database. */
export function onWorkspaceChanged(handler: () => void): Promise<UnlistenFn> {
  return listen('workspace-changed', () => handler());
}

/** File → Open from the native menu failed: the chosen file is not a workspace, or cannot be opened. */
export function onWorkspaceError(handler: (error: ErrorPayload) => void): Promise<UnlistenFn> {
  return listen<ErrorPayload>('workspace-error', (event) => handler(toErrorPayload(event.payload)));
}
