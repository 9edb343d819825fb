// The one contract between the renderer and the backend: for each channel, its zod input
// schema, who may call it, and (as a type) what it returns. Both transports (Electron IPC,
// loopback HTTP) and the renderer's client are built from this object.
import { z } from 'zod';
import { setLanguageInput, setRolesInput, unlockInput, updateSettingsInput } from './schemas/auth.js';
import { changePassphraseInput, createAccountInput, createWorkspaceInput, recoverInput } from './schemas/passphrases.js';
import { empty, type Role } from './schemas/common.js';
import { byIdInput, createMemberInput, deactivateMemberInput, duplicateQueryInput, importCommitInput, rosterFileInput, updateMemberInput } from './schemas/members.js';
import { backupByNameInput, keepLastInput, restoreApplyInput, restoreInspectInput } from './schemas/safety.js';
import type { BackupDownload, BackupStatus, BackupSummary, CreatedBackupInfo, StoredBackup, IntegrityReportInfo, RestoreDone, RestorePreviewInfo } from './types/safety.js';
import type {
  AccountSummary,
  AppStatus,
  AuditVerification,
  CreatedWorkspace,
  CsvExport,
  ImportPreview,
  ImportResult,
  Member,
  ReferenceData,
  SessionInfo,
  Settings,
} from './types/app.js';
import {
  diffInput,
  exportCharterFileInput,
  fileInput,
  importCardInput,
  putInForceInput,
  saveDraftInput,
  signFileInput,
  signInput,
  witnessInput,
} from './schemas/charter.js';
import type {
  CharterDiff,
  CharterOverview,
  CharterSignatureView,
  CharterVersionDetail,
  ContactCardPreview,
  ExportedFile,
  MemberCharterStatus,
  ReceivedCharter,
  SignatureCertificate,
  SignatureVerification,
} from './types/charter.js';
import {
  addAgendaItemInput,
  cancelSessionInput,
  createSeriesInput,
  createSessionInput,
  invitationEmailInput,
  inviteInput,
  listSessionsInput,
  moveAgendaItemInput,
  moveSessionInput,
  periodInput,
  sessionSettingsInput,
  setAttendanceInput,
  uninviteInput,
  updateAgendaItemInput,
  updateSessionInput,
} from './schemas/sessions.js';
import type {
  CalendarFile,
  CreatedSeries,
  InvitationEmail,
  InvitationText,
  ParticipationFigures,
  SeriesPreview,
  SessionDetail,
  SessionSettings,
  SessionSummary,
} from './types/sessions.js';

import {
  checkSituationInput,
  createSituationInput,
  markReadyInput,
  overrideFindingInput,
  purgeSituationsInput,
  replaceFindingInput,
  saveConsentInput,
  searchSituationsInput,
  situationSettingsInput,
  updateSituationInput,
  withdrawConsentInput,
} from './schemas/situations.js';
import type {
  EligiblePresenter,
  PurgeDueItem,
  PurgeResult,
  SituationCheck,
  SituationListItem,
  PresentRefusal,
  SituationSettingsView,
  SituationView,
} from './types/situations.js';
import {
  addNeedInput,
  bySessionInput,
  bySituationInput,
  recordOutcomeInput,
  scheduleSituationInput,
  setActionDoneInput,
  updateActionInput,
  setNeedStateInput,
  situationFiguresInput,
  updateNeedInput,
} from './schemas/situationFollowUp.js';
import type { AgendaCandidate, FamilyNotice, OverdueAction, SituationFigures, SituationFollowUpView } from './types/situationFollowUp.js';
import {
  checkMinutesInput,
  distributeMinutesInput,
  finaliseMinutesInput,
  importMinutesFileInput,
  minutesBySessionInput,
  openMinutesInput,
  overrideMinutesFindingInput,
  receivedMinutesInput,
  saveMinutesDraftInput,
} from './schemas/minutes.js';
import type {
  DistributionRegister,
  DistributionResult,
  MinutesPublic,
  MinutesReadiness,
  MinutesView,
  OpenedMinutes,
  ReceivedMinutesSummary,
  ReceivedMinutesView,
} from './types/minutes.js';
import { admitToGroupInput, groupFolderInput, joinGroupInput } from './schemas/groupFolder.js';
import type { GroupCharterView, GroupInFolder, GroupStatus } from './types/group.js';

/** public: no session needed; session: any unlocked account; or the roles allowed. */
export type Access = 'public' | 'session' | readonly Role[];

export interface ChannelDef<I extends z.ZodType, O, A extends Access = Access> {
  input: I;
  access: A;
  /** Type-only marker of the output. */
  output?: O;
}

const channel =
  <O>() =>
  <I extends z.ZodType, const A extends Access>(input: I, access: A): ChannelDef<I, O, A> => ({ input, access });

const COORDINATOR = ['coordinator'] as const;
/** Attendance is the secretary's job; the coordinator can stand in. */
const ATTENDANCE_KEEPERS = ['secretary', 'coordinator'] as const;

export const contract = {
  'app.status': channel<AppStatus>()(empty, 'public'),
  'reference.get': channel<ReferenceData>()(empty, 'public'),
  'workspace.create': channel<CreatedWorkspace>()(createWorkspaceInput, 'public'),
  'session.unlock': channel<SessionInfo>()(unlockInput, 'public'),
  'session.recover': channel<SessionInfo>()(recoverInput, 'public'),
  'session.lock': channel<{ locked: true }>()(empty, 'public'),
  'session.activity': channel<{ autoLockAt: string }>()(empty, 'session'),
  'account.changePassphrase': channel<{ changed: true }>()(changePassphraseInput, 'session'),
  'account.setLanguage': channel<SessionInfo>()(setLanguageInput, 'session'),
  'settings.get': channel<Settings>()(empty, 'session'),
  'settings.update': channel<Settings>()(updateSettingsInput, COORDINATOR),
  'accounts.list': channel<AccountSummary[]>()(empty, COORDINATOR),
  'accounts.create': channel<AccountSummary>()(createAccountInput, COORDINATOR),
  'accounts.setRoles': channel<AccountSummary>()(setRolesInput, COORDINATOR),
  'members.list': channel<Member[]>()(empty, 'session'),
  'members.get': channel<Member>()(byIdInput, 'session'),
  'members.create': channel<Member>()(createMemberInput, COORDINATOR),
  'members.findDuplicates': channel<Member[]>()(duplicateQueryInput, COORDINATOR),
  'members.update': channel<Member>()(updateMemberInput, COORDINATOR),
  'members.deactivate': channel<Member>()(deactivateMemberInput, COORDINATOR),
  'members.reactivate': channel<Member>()(byIdInput, COORDINATOR),
  'members.exportCsv': channel<CsvExport>()(empty, COORDINATOR),
  'members.importTemplate': channel<CsvExport>()(empty, COORDINATOR),
  'members.importPreview': channel<ImportPreview>()(rosterFileInput, COORDINATOR),
  'members.importCommit': channel<ImportResult>()(importCommitInput, COORDINATOR),
  'audit.verify': channel<AuditVerification>()(empty, COORDINATOR),

  // ───────────── Charter ─────────────
  'charter.overview': channel<CharterOverview>()(empty, 'session'),
  'charter.getVersion': channel<CharterVersionDetail>()(byIdInput, 'session'),
  'charter.createDraft': channel<CharterVersionDetail>()(empty, COORDINATOR),
  'charter.saveDraft': channel<CharterVersionDetail>()(saveDraftInput, COORDINATOR),
  'charter.discardDraft': channel<{ discarded: true }>()(byIdInput, COORDINATOR),
  'charter.putInForce': channel<CharterVersionDetail>()(putInForceInput, COORDINATOR),
  'charter.diff': channel<CharterDiff>()(diffInput, 'session'),
  'charter.signatures': channel<CharterSignatureView[]>()(empty, COORDINATOR),
  'charter.memberStatuses': channel<MemberCharterStatus[]>()(empty, 'session'),
  'charter.sign': channel<CharterSignatureView>()(signInput, 'session'),
  'charter.witness': channel<CharterSignatureView>()(witnessInput, COORDINATOR),
  'charter.verifyAll': channel<SignatureVerification>()(empty, COORDINATOR),
  'charter.certificate': channel<SignatureCertificate>()(byIdInput, 'session'),
  'charter.exportFile': channel<ExportedFile>()(exportCharterFileInput, COORDINATOR),
  'charter.openFile': channel<ReceivedCharter>()(fileInput, 'session'),
  'charter.signFile': channel<ExportedFile>()(signFileInput, 'session'),
  'charter.importSignature': channel<CharterSignatureView>()(fileInput, COORDINATOR),
  'contacts.exportCard': channel<ExportedFile & { keyFingerprint: string }>()(empty, 'session'),
  'contacts.previewCard': channel<ContactCardPreview>()(fileInput, COORDINATOR),
  'contacts.importCard': channel<ContactCardPreview>()(importCardInput, COORDINATOR),
  // ───────── Sessions (séances): scheduling, invitations, agenda, attendance, figures ─────────
  'sessions.list': channel<SessionSummary[]>()(listSessionsInput, 'session'),
  'sessions.get': channel<SessionDetail>()(byIdInput, 'session'),
  'sessions.next': channel<{ session: SessionDetail | null }>()(empty, 'session'),
  'sessions.places': channel<string[]>()(empty, 'session'),
  'sessions.create': channel<SessionSummary>()(createSessionInput, COORDINATOR),
  'sessions.previewSeries': channel<SeriesPreview>()(createSeriesInput, COORDINATOR),
  'sessions.createSeries': channel<CreatedSeries>()(createSeriesInput, COORDINATOR),
  'sessions.update': channel<SessionDetail>()(updateSessionInput, COORDINATOR),
  'sessions.move': channel<SessionDetail>()(moveSessionInput, COORDINATOR),
  'sessions.cancel': channel<SessionDetail>()(cancelSessionInput, COORDINATOR),
  'sessions.invite': channel<SessionDetail>()(inviteInput, COORDINATOR),
  'sessions.uninvite': channel<SessionDetail>()(uninviteInput, COORDINATOR),
  'sessions.exportIcs': channel<CalendarFile>()(byIdInput, 'session'),
  'sessions.exportSeriesIcs': channel<CalendarFile>()(byIdInput, 'session'),
  'sessions.invitationText': channel<InvitationText>()(byIdInput, COORDINATOR),
  // The invitees' addresses leave Concerto only in this draft, for the coordination to send.
  'sessions.invitationEmail': channel<InvitationEmail>()(invitationEmailInput, COORDINATOR),
  'sessions.getSettings': channel<SessionSettings>()(empty, 'session'),
  'sessions.updateSettings': channel<SessionSettings>()(sessionSettingsInput, COORDINATOR),
  'agenda.add': channel<SessionDetail>()(addAgendaItemInput, COORDINATOR),
  'agenda.update': channel<SessionDetail>()(updateAgendaItemInput, COORDINATOR),
  'agenda.remove': channel<SessionDetail>()(byIdInput, COORDINATOR),
  'agenda.move': channel<SessionDetail>()(moveAgendaItemInput, COORDINATOR),
  'attendance.set': channel<SessionDetail>()(setAttendanceInput, ATTENDANCE_KEEPERS),
  'participation.figures': channel<ParticipationFigures>()(periodInput, ATTENDANCE_KEEPERS),
  'participation.exportCsv': channel<CsvExport>()(periodInput, ATTENDANCE_KEEPERS),
  // ─── Data safety: backups, restore, integrity check ───
  'backup.status': channel<BackupStatus>()(empty, 'session'),
  // A backup is a full copy of the workspace, openable with any account's passphrase: only the
  // coordination makes, lists and downloads them (every account sees their count and date in backup.status).
  'backup.list': channel<BackupSummary[]>()(empty, COORDINATOR),
  'backup.create': channel<CreatedBackupInfo>()(empty, COORDINATOR),
  'backup.download': channel<BackupDownload>()(backupByNameInput, COORDINATOR),
  'backup.setKeepLast': channel<BackupStatus>()(keepLastInput, COORDINATOR),
  // Public: the unlock and problem screens offer to restore one (dates and origin only; the files are encrypted).
  'restore.stored': channel<StoredBackup[]>()(empty, 'public'),
  // Public, like unlocking: they need the backup's own credentials and, to replace a workspace that
  // can be opened, a coordinator's passphrase or the recovery key of that workspace (checked by the service).
  'restore.inspect': channel<RestorePreviewInfo>()(restoreInspectInput, 'public'),
  'restore.apply': channel<RestoreDone>()(restoreApplyInput, 'public'),
  'integrity.check': channel<IntegrityReportInfo>()(empty, COORDINATOR),
  // ───────────── Situations: the record, the five conditions, visibility, search, retention ─────────────
  // Any account may call these; who may see or change what is decided per situation in the services
  // (valid charter signature, presenter or coordinator, consent not withdrawn).
  'situations.list': channel<SituationListItem[]>()(empty, 'session'),
  'situations.search': channel<SituationListItem[]>()(searchSituationsInput, 'session'),
  'situations.get': channel<SituationView>()(byIdInput, 'session'),
  'situations.presenters': channel<EligiblePresenter[]>()(empty, COORDINATOR),
  'situations.presentRefusal': channel<{ refusal: PresentRefusal | null }>()(empty, 'session'),
  'situations.create': channel<SituationView>()(createSituationInput, 'session'),
  'situations.update': channel<SituationView>()(updateSituationInput, 'session'),
  'situations.saveConsent': channel<SituationView>()(saveConsentInput, 'session'),
  'situations.check': channel<SituationCheck>()(checkSituationInput, 'session'),
  'situations.replace': channel<SituationView>()(replaceFindingInput, 'session'),
  'situations.override': channel<SituationView>()(overrideFindingInput, 'session'),
  'situations.markReady': channel<SituationView>()(markReadyInput, 'session'),
  'situations.withdrawConsent': channel<SituationView>()(withdrawConsentInput, 'session'),
  'situations.getSettings': channel<SituationSettingsView>()(empty, 'session'),
  'situations.updateSettings': channel<SituationSettingsView>()(situationSettingsInput, COORDINATOR),
  'situations.purgeDue': channel<PurgeDueItem[]>()(empty, COORDINATOR),
  'situations.purge': channel<PurgeResult>()(purgeSituationsInput, COORDINATOR),
  // ─── Situations: follow-up: agenda, outcome, needs grid, actions, family notice, figures ───
  // Content (leads, actions, needs, notice) is checked against maySeeDetails in the services.
  'situationAgenda.candidates': channel<AgendaCandidate[]>()(bySessionInput, COORDINATOR),
  'situationAgenda.add': channel<SessionDetail>()(scheduleSituationInput, COORDINATOR),
  'situationFollowUp.get': channel<SituationFollowUpView>()(bySituationInput, 'session'),
  'situationFollowUp.recordOutcome': channel<SituationFollowUpView>()(recordOutcomeInput, ATTENDANCE_KEEPERS),
  // The coordinator or the presenter (checked in the service).
  'situationFollowUp.close': channel<SituationFollowUpView>()(bySituationInput, 'session'),
  // The coordinator, the secretary or the presenter (checked in the service).
  'situationNeeds.add': channel<SituationFollowUpView>()(addNeedInput, 'session'),
  'situationNeeds.update': channel<SituationFollowUpView>()(updateNeedInput, 'session'),
  'situationNeeds.setState': channel<SituationFollowUpView>()(setNeedStateInput, 'session'),
  // The action's member, the coordinator or the secretary (checked in the service).
  'situationActions.setDone': channel<SituationFollowUpView>()(setActionDoneInput, 'session'),
  // The coordinator or the secretary (checked in the service).
  'situationActions.update': channel<SituationFollowUpView>()(updateActionInput, 'session'),
  'situationActions.overdue': channel<OverdueAction[]>()(empty, 'session'),
  'situationNotice.get': channel<FamilyNotice>()(bySituationInput, 'session'),
  'situationFigures.get': channel<SituationFigures>()(situationFiguresInput, 'session'),
  'situationFigures.exportCsv': channel<CsvExport>()(situationFiguresInput, 'session'),
  // ─── Minutes: only the people present may read them, by construction ───
  // Who may see what is decided per session in the services (attendance, charter signature, sealed keys).
  'minutes.get': channel<MinutesView>()(minutesBySessionInput, 'session'),
  // What everyone may know of every held session's minutes (state, versions), in one call.
  'minutes.overview': channel<MinutesPublic[]>()(empty, 'session'),
  'minutes.startDraft': channel<MinutesView>()(minutesBySessionInput, ATTENDANCE_KEEPERS),
  'minutes.saveDraft': channel<{ savedAt: string }>()(saveMinutesDraftInput, ATTENDANCE_KEEPERS),
  'minutes.discardDraft': channel<MinutesView>()(minutesBySessionInput, ATTENDANCE_KEEPERS),
  'minutes.check': channel<MinutesReadiness>()(checkMinutesInput, ATTENDANCE_KEEPERS),
  'minutes.override': channel<MinutesReadiness>()(overrideMinutesFindingInput, ATTENDANCE_KEEPERS),
  'minutes.finalise': channel<MinutesView>()(finaliseMinutesInput, ATTENDANCE_KEEPERS),
  'minutes.open': channel<OpenedMinutes>()(openMinutesInput, 'session'),
  'minutes.register': channel<DistributionRegister>()(minutesBySessionInput, ATTENDANCE_KEEPERS),
  'minutes.distribute': channel<DistributionResult>()(distributeMinutesInput, ATTENDANCE_KEEPERS),
  'minutes.importFile': channel<ReceivedMinutesView>()(importMinutesFileInput, 'session'),
  'minutes.received': channel<ReceivedMinutesSummary[]>()(empty, 'session'),
  'minutes.openReceived': channel<ReceivedMinutesView>()(receivedMinutesInput, 'session'),
  // ─── The group across computers: a shared folder kept in step by a sync engine (issue 17) ───
  // Any account sees the state of this computer's replica; linking the workspace to a group and
  // choosing its folder are workspace settings, the coordination's. Founding and admitting are also
  // checked by the replica against the group's own roster (a coordinator's key), whatever the role here.
  'group.status': channel<GroupStatus>()(empty, 'session'),
  'group.syncNow': channel<GroupStatus>()(empty, 'session'),
  'group.found': channel<GroupStatus>()(groupFolderInput, COORDINATOR),
  'group.findInFolder': channel<GroupInFolder[]>()(groupFolderInput, COORDINATOR),
  'group.join': channel<GroupStatus>()(joinGroupInput, COORDINATOR),
  'group.setFolder': channel<GroupStatus>()(groupFolderInput, COORDINATOR),
  'group.admit': channel<GroupStatus>()(admitToGroupInput, COORDINATOR),
  // The charter in force in the group, on each member's own Concerto; the coordination publishes
  // the version in force here; a member signs it with their own key (passphrase entered again).
  'group.charter': channel<{ charter: GroupCharterView | null }>()(empty, 'session'),
  'group.publishCharter': channel<GroupStatus>()(empty, COORDINATOR),
  'group.signCharter': channel<GroupCharterView>()(signInput, 'session'),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = NonNullable<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];
