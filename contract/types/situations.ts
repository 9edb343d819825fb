// Output types of the situations channels.
import type { Finding } from './anonymisation.js';
import type { AgeBand, CheckedField, SituationStatusName } from '../schemas/situations.js';

/** What everyone with an account may see of any situation: the pseudonymous code, the sectors, the status. */
export interface SituationPublic {
  id: string;
  code: string;
  needSectors: string[];
  status: SituationStatusName;
  /** Consent withdrawn: the minutes that mention the situation show it. */
  withdrawn: boolean;
  purged: boolean;
}

/** Why the details are hidden from this account. */
/** draft: a situation not yet through the five conditions is seen by its presenter and the coordination only. */
/** Why this account may not present a new situation (null: it may). */
export type PresentRefusal = 'no_charter' | 'not_secret' | 'inactive';

export type RestrictionReason = 'charter' | 'withdrawn' | 'purged' | 'draft';

export type SituationListItem =
  | (SituationPublic & { access: 'restricted'; reason: RestrictionReason })
  | (SituationPublic & {
      access: 'full';
      presenterMemberId: string;
      presenterName: string;
      ageBand: AgeBand;
      severity: 'difficulty' | 'danger';
      question: string;
      createdAt: string;
      updatedAt: string;
    });

export interface SituationConsentView {
  informedOn: string | null;
  informedHow: string;
  informedBy: string;
  consentOn: string | null;
  consentForm: 'oral' | 'written' | null;
  consentGivenBy: string;
  youngPersonView: string;
}

/** The five conditions, as the status bar shows them. */
export interface SituationConditions {
  /** 1: the presenter is bound by professional secrecy. */
  presenterSecret: boolean;
  /** 2: the presenter holds a valid signature of the charter in force. */
  presenterCharter: boolean;
  /** 3: the family was informed (date and how). */
  informed: boolean;
  /** 4: the family agreed (date, form, by whom). */
  consent: boolean;
  /** 5: findings of the check without private words that are neither replaced nor kept with a reason. */
  unresolvedFindings: number;
}

export interface AnonymisationOverrideView {
  id: string;
  field: string;
  kind: string;
  excerpt: string;
  reason: string;
  at: string;
}

export interface SituationDetail extends SituationPublic {
  access: 'full';
  presenterMemberId: string;
  presenterName: string;
  ageBand: AgeBand;
  gender: '' | 'female' | 'male' | 'other';
  severity: 'difficulty' | 'danger';
  servicesInvolved: string[];
  question: string;
  summary: string;
  consent: SituationConsentView;
  conditions: SituationConditions;
  overrides: AnonymisationOverrideView[];
  consentWithdrawnAt: string | null;
  closedAt: string | null;
  purgeAfter: string | null;
  createdAt: string;
  updatedAt: string;
  /** Whether this account may edit it (its presenter, or a coordinator). */
  editable: boolean;
}

export type SituationView = SituationDetail | (SituationPublic & { access: 'restricted'; reason: RestrictionReason });

export interface CheckedFinding extends Finding {
  /** Kept by an override with a written reason. */
  overridden: boolean;
}

export interface FieldCheck {
  field: CheckedField;
  text: string;
  findings: CheckedFinding[];
}

export interface SituationCheck {
  fields: FieldCheck[];
  unresolved: number;
}

export interface SituationSettingsView {
  retentionYears: number;
}

export interface PurgeDueItem {
  id: string;
  code: string;
  closedAt: string | null;
  purgeAfter: string;
}

export interface PurgeResult {
  purged: string[];
}

/** Members a coordinator may name as presenter (conditions 1 and 2 met). */
export interface EligiblePresenter {
  memberId: string;
  name: string;
  organisation: string;
}
