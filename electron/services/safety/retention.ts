// Which backups of the workspace's backups/ folder to keep: the last N, plus the newest of each
// calendar month (Europe/Brussels) for the last twelve months. Copies kept before a restore are
// never pruned automatically.
import { DateTime } from 'luxon';

export interface Dated {
  name: string;
  createdAt: string;
  kind: 'manual' | 'auto' | 'pre-restore';
}

export const DEFAULT_KEEP_LAST = 10;

export function backupsToDelete<T extends Dated>(backups: T[], keepLast: number, now: Date = new Date()): T[] {
  const prunable = backups.filter((b) => b.kind !== 'pre-restore').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(prunable.slice(0, Math.max(1, keepLast)).map((b) => b.name));
  const yearAgo = DateTime.fromJSDate(now).setZone('Europe/Brussels').minus({ months: 11 }).startOf('month');
  const seenMonths = new Set<string>();
  for (const b of prunable) {
    const at = DateTime.fromISO(b.createdAt).setZone('Europe/Brussels');
    if (at < yearAgo) continue;
    const month = at.toFormat('yyyy-MM');
    if (seenMonths.has(month)) continue;
    seenMonths.add(month); // newest first: the first seen is the month's newest
    keep.add(b.name);
  }
  return prunable.filter((b) => !keep.has(b.name));
}
