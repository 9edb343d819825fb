import { describe, expect, it } from 'vitest';
import { backupIsStale } from '../../electron/services/safety/backup.js';
import { backupsToDelete, type Dated } from '../../electron/services/safety/retention.js';
import { backupFileName, slugify } from '../../electron/services/safety/naming.js';

const at = (iso: string, kind: Dated['kind'] = 'auto'): Dated => ({ name: iso, createdAt: iso, kind });

describe('backup retention', () => {
  const now = new Date('2026-11-23T12:00:00Z');

  it('keeps the last N', () => {
    const backups = Array.from({ length: 15 }, (_, i) => at(`2026-11-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`));
    const deleted = backupsToDelete(backups, 10, now).map((b) => b.name);
    // 15 in November: the 10 newest stay (the month's newest is one of them).
    expect(deleted).toEqual(backups.slice(0, 5).map((b) => b.name).reverse());
  });

  it('also keeps the newest of each month for a year, and drops what is older', () => {
    const backups = [
      at('2026-11-20T10:00:00.000Z'),
      at('2026-11-10T10:00:00.000Z'),
      at('2026-10-31T21:00:00.000Z'), // 31 Oct 22:00 in Brussels: October's newest
      at('2026-10-15T10:00:00.000Z'),
      at('2026-03-02T10:00:00.000Z'),
      at('2025-12-31T23:30:00.000Z'), // 00:30 on 1 Jan 2026 in Brussels: January's
      at('2025-12-05T10:00:00.000Z'), // December 2025: month 12 of the year window
      at('2025-11-30T10:00:00.000Z'), // more than a year: goes
    ];
    const deleted = backupsToDelete(backups, 1, now).map((b) => b.name);
    expect(deleted.sort()).toEqual(['2025-11-30T10:00:00.000Z', '2026-10-15T10:00:00.000Z', '2026-11-10T10:00:00.000Z'].sort());
  });

  it('never deletes a copy kept before a restore', () => {
    const backups = [at('2026-11-20T10:00:00.000Z'), at('2024-01-01T10:00:00.000Z', 'pre-restore')];
    expect(backupsToDelete(backups, 1, now)).toEqual([]);
  });
});

describe('backup names', () => {
  it('carry the group (slugified) and the Brussels date and time', () => {
    expect(slugify('Concertation « Brabant wallon » — Nivelles/Wavre')).toBe('concertation-brabant-wallon-nivelles-wavre');
    expect(slugify('???')).toBe('espace');
    expect(backupFileName('Groupe Été', new Date('2026-07-01T22:30:05Z'), 'manual')).toBe('concerto-groupe-ete-2026-07-02-003005.tar');
    expect(backupFileName('G', new Date('2026-01-01T00:00:00Z'), 'pre-restore', 1)).toBe('concerto-g-2026-01-01-010000-2-avant-restauration.tar');
  });
});

describe('stale backup warning', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('warns with no backup, or one older than a week', () => {
    expect(backupIsStale(null, now)).toBe(true);
    expect(backupIsStale({ createdAt: '2026-11-16T11:59:00Z' }, now)).toBe(true);
    expect(backupIsStale({ createdAt: '2026-11-16T12:01:00Z' }, now)).toBe(false);
  });
});
