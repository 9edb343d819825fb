// Queries of the data-safety feature. Keys are the channel names (shared cache with the home card).
import { useQuery } from '@tanstack/react-query';
import { request } from '../../api/client';

export const BACKUP_STATUS_KEY = ['backup.status'] as const;
export const BACKUP_LIST_KEY = ['backup.list'] as const;

export const useBackupStatus = () => useQuery({ queryKey: BACKUP_STATUS_KEY, queryFn: () => request('backup.status', {}) });
export const useBackupList = () => useQuery({ queryKey: BACKUP_LIST_KEY, queryFn: () => request('backup.list', {}) });
/** The backups of the folder as the locked screen may show them (dates and origin). */
export const useStoredBackups = () => useQuery({ queryKey: ['restore.stored'], queryFn: () => request('restore.stored', {}) });
