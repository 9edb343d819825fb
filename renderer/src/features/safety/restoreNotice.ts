// What the unlock screen says after a restore made from the settings (the shell is gone by then).
export interface RestoreNotice {
  keptAs: string | null;
  withRecoveryKey: boolean;
}

let pending: RestoreNotice | null = null;

export const setRestoreNotice = (notice: RestoreNotice) => {
  pending = notice;
};

export function takeRestoreNotice(): RestoreNotice | null {
  const notice = pending;
  pending = null;
  return notice;
}
