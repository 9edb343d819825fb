// Input schemas of the follow-up of situations: agenda, outcome of a presentation,
// needs grid, actions, family notice, figures. Shared by the backend and the renderer's forms.
import { z } from 'zod';
import { SECTORS, SERVICE_TYPE_CODES } from '../reference/taxonomy.js';
import { id, isoDate, optionalText, requiredText } from './common.js';

export const NEED_STATES = ['unmet', 'in_progress', 'met'] as const;
export type NeedState = (typeof NEED_STATES)[number];

const sector = z.enum(SECTORS, 'validation.invalid');
const serviceType = z.enum(SERVICE_TYPE_CODES, 'validation.serviceType');
const needState = z.enum(NEED_STATES, 'validation.invalid');

export const bySituationInput = z.object({ situationId: id }).strict();
export const bySessionInput = z.object({ sessionId: id }).strict();

export const scheduleSituationInput = z
  .object({
    sessionId: id,
    situationId: id,
    durationMinutes: z.number('validation.number').int('validation.number').min(5, 'validation.number').max(240, 'validation.number'),
    /** Required only once the agenda has closed (coordinator's override). */
    overrideReason: optionalText(500),
  })
  .strict();
export type ScheduleSituationInput = z.input<typeof scheduleSituationInput>;

export const leadInput = z.object({ sector, serviceType, text: requiredText(1000) }).strict();
export const actionInput = z.object({ memberId: id, what: requiredText(500), dueOn: isoDate }).strict();

export const recordOutcomeInput = z
  .object({
    presentationId: id,
    leads: z.array(leadInput).max(50, 'validation.tooLong').default([]),
    actions: z.array(actionInput).max(50, 'validation.tooLong').default([]),
    /** A later planned session where the situation comes back, or null when no follow-up is planned. */
    followUpSessionId: id.nullable().default(null),
    /** States of the needs after this presentation. */
    needStates: z.array(z.object({ needId: id, state: needState }).strict()).max(100, 'validation.tooLong').default([]),
  })
  .strict();

export const needFields = z.object({ sector, need: requiredText(500), serviceType }).strict();
export const addNeedInput = needFields.extend({ situationId: id, state: needState }).strict();
export const updateNeedInput = needFields.extend({ id }).strict();
export const setNeedStateInput = z.object({ id, state: needState }).strict();
/** The figures of one year of creation, or of all years (null). */
export const situationFiguresInput = z
  .object({ year: z.number('validation.number').int('validation.number').min(2000, 'validation.number').max(2100, 'validation.number').nullable().default(null) })
  .strict();

export const setActionDoneInput = z.object({ id, done: z.boolean('validation.invalid') }).strict();
/** Reassigning an action, rewording it or moving its date (the coordinator or the secretary). */
export const updateActionInput = actionInput.extend({ id }).strict();
