// Whether the minutes (PV) of a session exist (a draft started, or versions finalised): attendance
// changes then require a reason (see attendance.ts), since the minutes' recipients depend on it.
import { eq } from 'drizzle-orm';
import { minutes } from '../../../db/schema.js';
import type { Db } from '../store.js';

export const minutesExist = (db: Db, sessionId: string): boolean =>
  db.select({ id: minutes.id }).from(minutes).where(eq(minutes.sessionId, sessionId)).get() !== undefined;
