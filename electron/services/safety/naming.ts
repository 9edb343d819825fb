// Backup file names: the group (slugified) and the date and time in Brussels, e.g.
// concerto-concertation-brabant-wallon-2026-11-23-114712.tar
import { DateTime } from 'luxon';
import type { BackupKind } from './container.js';

export const BACKUP_NAME_PATTERN = /^concerto-[a-z0-9-]{1,60}-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?(-avant-restauration)?\.tar$/;

export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/g, '');
  return slug || 'espace';
}

export function backupFileName(groupName: string, at: Date, kind: BackupKind, attempt = 0): string {
  const stamp = DateTime.fromJSDate(at).setZone('Europe/Brussels').toFormat('yyyy-MM-dd-HHmmss');
  return `concerto-${slugify(groupName)}-${stamp}${attempt > 0 ? `-${attempt + 1}` : ''}${kind === 'pre-restore' ? '-avant-restauration' : ''}.tar`;
}
