// Whether the minutes (PV) of a session exist. Minutes are a later feature: until it lands this
// answers false; the minutes service registers its own check with setMinutesCheck, and attendance
// changes then require a reason (see attendance.ts).
import type { Db } from '../store.js';

type MinutesCheck = (db: Db, sessionId: string) => boolean;

let check: MinutesCheck = () => false;

export function setMinutesCheck(fn: MinutesCheck): void {
  check = fn;
}

export const minutesExist = (db: Db, sessionId: string): boolean => check(db, sessionId);
