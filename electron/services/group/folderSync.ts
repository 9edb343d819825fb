// One pass of the replica against the group folder: read what the sync engine brought, write what
// the folder lacks (our own changes, and any the folder lost), and say in plain terms what was
// found. Safe to run at any time and as often as wanted; it never deletes or rewrites a file.
import fs from 'node:fs';
import path from 'node:path';
import type { Sodium } from '../../crypto/sodium.js';
import type { LogProblem, WaitingChain } from './changeLog.js';
import { ensureGroupRoot, envelopeRelPath, readEnvelope, scanGroupRoot, writeEnvelope } from './folder.js';
import type { GroupReplica } from './replica.js';

export type FolderProblemKind = 'conflict_copy' | 'incomplete' | 'invalid' | 'too_large' | 'forged' | 'other_group' | 'unknown_file' | 'removed';

export interface FolderProblem {
  kind: FolderProblemKind;
  relPath: string;
}

export interface SyncReport {
  received: number;
  written: number;
  inTransit: number;
  problems: FolderProblem[];
  waiting: WaitingChain[];
  logProblems: LogProblem[];
}

export class FolderSync {
  /** Files already read (by path, size and time): read again only if they change, as when the engine replaces a bad copy. */
  private readonly settled = new Map<string, { size: number; mtimeMs: number; problem: FolderProblemKind | null }>();
  /** Envelope paths seen in the folder at least once, to notice one that disappears. */
  private readonly seenPaths = new Set<string>();

  constructor(
    private readonly s: Sodium,
    private readonly replica: GroupReplica,
    readonly root: string,
  ) {}

  sync(): SyncReport {
    if (!fs.existsSync(path.dirname(this.root))) throw Object.assign(new Error('group folder unavailable'), { code: 'ENOENT' });
    ensureGroupRoot(this.root);
    const scan = scanGroupRoot(this.root);
    const problems: FolderProblem[] = [
      ...scan.conflictCopies.map((relPath) => ({ kind: 'conflict_copy' as const, relPath })),
      ...scan.unknown.map((relPath) => ({ kind: 'unknown_file' as const, relPath })),
    ];
    const incoming: Array<{ relPath: string; size: number; mtimeMs: number; file: Parameters<GroupReplica['receive']>[0][number]['file'] }> = [];
    for (const entry of scan.envelopes) {
      this.seenPaths.add(entry.relPath);
      const settled = this.settled.get(entry.relPath);
      if (settled && settled.size === entry.size && settled.mtimeMs === entry.mtimeMs) {
        if (settled.problem) problems.push({ kind: settled.problem, relPath: entry.relPath });
        continue;
      }
      const read = readEnvelope(this.root, entry);
      if (!read.ok) {
        problems.push({ kind: read.problem, relPath: entry.relPath });
        // A file still arriving is read again next time; a whole but wrong one is remembered.
        if (read.problem !== 'incomplete') this.settled.set(entry.relPath, { size: entry.size, mtimeMs: entry.mtimeMs, problem: read.problem });
        continue;
      }
      incoming.push({ relPath: entry.relPath, size: entry.size, mtimeMs: entry.mtimeMs, file: read.file });
    }
    const outcomes = this.replica.receive(incoming.map(({ file }) => ({ file })));
    let received = 0;
    incoming.forEach((item, i) => {
      const outcome = outcomes[i]!;
      const problem = outcome === 'forged' ? 'forged' : outcome === 'other_group' ? 'other_group' : null;
      if (outcome === 'added') received += 1;
      if (problem) problems.push({ kind: problem, relPath: item.relPath });
      this.settled.set(item.relPath, { size: item.size, mtimeMs: item.mtimeMs, problem });
    });

    const present = new Set(scan.envelopes.map((e) => e.relPath));
    let written = 0;
    for (const { id, file } of this.replica.log.files()) {
      const relPath = envelopeRelPath(this.s, file, id);
      if (present.has(relPath)) continue;
      if (this.seenPaths.has(relPath)) problems.push({ kind: 'removed', relPath });
      if (writeEnvelope(this.s, this.root, file, id)) written += 1;
      this.seenPaths.add(relPath);
    }
    return { received, written, inTransit: scan.inTransit.length, problems, waiting: this.replica.log.waiting, logProblems: this.replica.log.problems };
  }
}
