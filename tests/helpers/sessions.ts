// Typed calls to the router for the sessions tests, and a few members across sectors.
import type { Channel, InputOf, OutputOf } from '../../contract/contract.js';
import type { Router } from '../../electron/api/router.js';
import type { Member, Result } from '../../contract/types/app.js';
import type { ErrorCode } from '../../contract/errors.js';
import { sampleMember, unwrap } from './workspace.js';

export const call = async <C extends Channel>(router: Router, channel: C, input: InputOf<C>): Promise<OutputOf<C>> =>
  unwrap((await router.handle(channel, input)) as Result<OutputOf<C>>);

/** The error code of a call expected to fail. */
export async function failure<C extends Channel>(router: Router, channel: C, input: InputOf<C>): Promise<ErrorCode | 'ok'> {
  const result = await router.handle(channel, input);
  return result.ok ? 'ok' : result.error.code;
}

/** Youth aid, disability, mental health, education (an "other" sector for needs). */
export async function addMembers(router: Router): Promise<Record<'saj' | 'aviq' | 'ssm' | 'school', Member>> {
  const make = (lastName: string, organisation: string, serviceType: string) =>
    call(router, 'members.create', { ...sampleMember, lastName, organisation, serviceType, email: '' } as InputOf<'members.create'>);
  return {
    saj: await make('Aubry', 'SAJ de Nivelles', 'saj'),
    aviq: await make('Bodart', 'Service Horizon', 'aviq_support_service'),
    ssm: await make('Closset', 'SSM L’Équinoxe', 'ssm'),
    school: await make('Dewez', 'Athénée de Wavre', 'school'),
  };
}

/** YYYY-MM-DD, `days` from today in Brussels. */
export function dayFromToday(days: number): string {
  const now = new Date();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
