// Output types of the data-safety channels.
export interface BackupSummary {
  name: string;
  createdAt: string;
  kind: 'manual' | 'auto' | 'pre-restore';
  sizeBytes: number;
  /** Opened with the key and checked after writing. Copies kept before a restore may not be. */
  verified: boolean;
}

/** What the locked screen shows of a stored backup: when, and how it was made. */
export type StoredBackup = Pick<BackupSummary, 'name' | 'createdAt' | 'kind'>;

export interface BackupStatus {
  lastVerified: BackupSummary | null;
  /** No verified backup, or the last one is more than a week old. */
  stale: boolean;
  keepLast: number;
  count: number;
}

export interface CreatedBackupInfo extends BackupSummary {
  /** Rows per table in the copy, equal to the workspace's when it was checked. */
  counts: Record<string, number>;
}

export interface BackupDownload {
  fileName: string;
  contentBase64: string;
}

export interface RestorePreviewInfo {
  createdAt: string;
  kind: BackupSummary['kind'];
  appVersion: string;
  groupName: string;
  counts: Record<string, number>;
  /** The backup comes from an older version and will be migrated when restored. */
  needsMigration: boolean;
  /** What is in the workspace folder now, and whether it is the same workspace as the backup. */
  current: 'none' | 'same' | 'other';
  /** Besides the confirmation: nothing, a coordinator's credentials of the current workspace, or an empty folder. */
  replaceNeeds: 'nothing' | 'currentCredentials' | 'emptyFolder';
}

export interface RestoreDone {
  restored: true;
  preview: RestorePreviewInfo;
  /** Name (in backups/) of the copy of the workspace that was replaced. */
  keptCurrentAs: string | null;
}

export interface IntegrityReportInfo {
  ok: boolean;
  at: string;
  checks: Array<{ id: string; ok: boolean; checked?: number; problems: string[] }>;
}
