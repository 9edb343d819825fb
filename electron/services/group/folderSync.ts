// One pass of the replica against the group folder: read what the sync engine brought, write what
// the folder lacks (our own changes, and any the folder lost), and say in plain terms what was
// found. Safe to run at any time and as often as wanted; it never deletes or rewrites a file.
// A ten-year folder holds some 10,000 files: a folder of envelopes whose modification time has not
// moved is not listed again, and an envelope read whole once is not read again (write-once, named
// by its id), so a pass costs in proportion to what changed.
import fs from 'node:fs';
import path from 'node:path';
import type { GroupEnvelopeFile } from '../../../contract/schemas/group.js';
import type { Sodium } from '../../crypto/sodium.js';
import type { LogProblem, WaitingChain } from './changeLog.js';
import { dirMtime, ensureGroupRoot, envelopeRelPath, listEnvelopeDir, listGroupRoot, readEnvelope, statEntry, writeEnvelope, type DirListing } from './folder.js';
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

/**
 * A listing is trusted while the folder's time has not moved, and only once that time is older
 * than the listing by this much: file systems that keep times to the second (network shares, FAT
 * on a USB key) could otherwise hide a file added in the same second as the listing.
 */
const MTIME_TRUST_MS = 2_000;

interface CachedDir {
  mtimeMs: number;
  listedAt: number;
  listing: DirListing;
}

export class FolderSync {
  private readonly dirs = new Map<string, CachedDir>();
  /** Files already read (by path, size and time): read again only if they change, as when the engine replaces a bad copy. */
  private readonly settled = new Map<string, { size: number; mtimeMs: number; problem: FolderProblemKind | null }>();
  /** Envelope paths in the folder at the last listing of their author folder. */
  private readonly present = new Set<string>();
  /** Envelope path → id of an envelope this replica holds. */
  private readonly held = new Map<string, string>();
  /** How many of the log's envelopes have been checked against the folder. */
  private logCursor = 0;

  constructor(
    private readonly s: Sodium,
    private readonly replica: GroupReplica,
    readonly root: string,
  ) {}

  sync(): SyncReport {
    if (!fs.existsSync(path.dirname(this.root))) throw Object.assign(new Error('group folder unavailable'), { code: 'ENOENT' });
    ensureGroupRoot(this.root, this.replica.identity.keyId === this.replica.link.founderKeyId);
    const problems: FolderProblem[] = [];
    const { envelopeDirs, top } = listGroupRoot(this.root);
    const listings: DirListing[] = [top];
    const missing: string[] = [];
    const toCheck: string[] = [];
    const now = Date.now();
    for (const dir of envelopeDirs) {
      const mtimeMs = dirMtime(this.root, dir);
      if (mtimeMs === null) continue;
      const cached = this.dirs.get(dir);
      if (cached && cached.mtimeMs === mtimeMs && cached.listedAt - mtimeMs > MTIME_TRUST_MS) {
        listings.push(cached.listing);
        // Unchanged folder: only the files not yet read whole need another look (a copy written in place).
        for (const relPath of cached.listing.envelopes) if (this.settled.get(relPath)?.problem !== null) toCheck.push(relPath);
        continue;
      }
      const listing = listEnvelopeDir(this.root, dir);
      this.dirs.set(dir, { mtimeMs, listedAt: now, listing });
      listings.push(listing);
      const listed = new Set(listing.envelopes);
      for (const relPath of cached?.listing.envelopes ?? []) if (!listed.has(relPath)) missing.push(relPath);
      for (const relPath of listing.envelopes) {
        this.present.add(relPath);
        if (this.settled.get(relPath)?.problem !== null) toCheck.push(relPath);
      }
    }
    for (const listing of listings) {
      problems.push(...listing.conflictCopies.map((relPath) => ({ kind: 'conflict_copy' as const, relPath })));
      problems.push(...listing.unknown.map((relPath) => ({ kind: 'unknown_file' as const, relPath })));
    }
    const inTransit = listings.reduce((n, l) => n + l.inTransit.length, 0);

    const incoming: Array<{ relPath: string; size: number; mtimeMs: number; file: GroupEnvelopeFile }> = [];
    for (const relPath of toCheck) {
      const entry = statEntry(this.root, relPath);
      if (!entry) continue;
      const settled = this.settled.get(relPath);
      if (settled && settled.size === entry.size && settled.mtimeMs === entry.mtimeMs) {
        if (settled.problem) problems.push({ kind: settled.problem, relPath });
        continue;
      }
      const read = readEnvelope(this.root, entry);
      if (!read.ok) {
        problems.push({ kind: read.problem, relPath });
        // A file still arriving is read again next time; a whole but wrong one is remembered.
        if (read.problem !== 'incomplete') this.settled.set(relPath, { size: entry.size, mtimeMs: entry.mtimeMs, problem: read.problem });
        continue;
      }
      incoming.push({ relPath, size: entry.size, mtimeMs: entry.mtimeMs, file: read.file });
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

    // Write what the folder lacks: envelopes new to the log since the last pass, and any that went missing.
    let written = 0;
    const publish = (id: string, file: GroupEnvelopeFile, relPath: string) => {
      if (writeEnvelope(this.s, this.root, file, id)) written += 1;
      this.present.add(relPath);
    };
    const log = this.replica.log;
    for (const { id, file } of log.filesFrom(this.logCursor)) {
      const relPath = envelopeRelPath(this.s, file, id);
      this.held.set(relPath, id);
      if (!this.present.has(relPath)) publish(id, file, relPath);
    }
    this.logCursor = log.size;
    for (const relPath of missing) {
      this.present.delete(relPath);
      this.settled.delete(relPath);
      const id = this.held.get(relPath);
      if (!id) continue;
      problems.push({ kind: 'removed', relPath });
      publish(id, log.fileOf(id)!, relPath);
    }
    return { received, written, inTransit, problems, waiting: this.replica.log.waiting, logProblems: this.replica.log.problems };
  }
}
