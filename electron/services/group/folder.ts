// The group folder on disk: where each envelope goes, writing it once (temporary name, then an
// atomic rename), and reading back what the sync engine brought, telling apart what is complete,
// in transit, a sync engine's conflict copy, or something that is not ours.
import fs from 'node:fs';
import path from 'node:path';
import { MAX_GROUP_FILE_BYTES, groupEnvelopeFile, type GroupEnvelopeFile } from '../../../contract/schemas/group.js';
import type { Sodium } from '../../crypto/sodium.js';
import { publishFile } from '../safety/durable.js';

export const ENVELOPE_EXTENSION = '.concerto-change';
const ENVELOPE_NAME = /^(\d{10})-([0-9a-f]{16})\.concerto-change$/;
const OWN_TEMP_PREFIX = '.concerto-tmp-';
// Syncthing shows a file being received under ".syncthing.NAME.tmp" (or "~syncthing~NAME.tmp" on Windows).
const IN_TRANSIT = /^(\.syncthing\..*\.tmp|~syncthing~.*\.tmp|\.concerto-tmp-.*|.*\.part|.*\.partial|~\$.*)$/;
const CONFLICT_COPY = /\.sync-conflict-|\(conflicted copy|\(Conflit|-conflict-|\(conflict\)/i;

const tag = (s: Sodium, text: string) => s.to_hex(s.crypto_generichash(8, s.from_string(text), null));

/** The group's own folder inside the shared one: named by a hash, so the name says nothing about the group. */
export const groupRoot = (s: Sodium, sharedFolder: string, groupId: string) => path.join(sharedFolder, `concerto-${tag(s, `concerto.group|${groupId}`)}`);

/** One sub-folder per author, named by a hash of group and key: counts are all a reader without keys learns. */
export const authorDir = (s: Sodium, groupId: string, keyId: string) => tag(s, `concerto.author|${groupId}|${keyId}`);

export const envelopeFileName = (seq: number, id: string) => `${String(seq).padStart(10, '0')}-${id.slice(0, 16)}${ENVELOPE_EXTENSION}`;

/** Envelopes by thousands of an author's sequence: a folder that changes is listed again, and this keeps that to 1,000 files. */
export const SEQ_BUCKET = 1000;
export const seqBucket = (seq: number) => String(Math.floor(seq / SEQ_BUCKET)).padStart(5, '0');

export const envelopeRelPath = (s: Sodium, file: GroupEnvelopeFile, id: string) =>
  path.join(authorDir(s, file.header.groupId, file.header.author.keyId), seqBucket(file.header.seq), envelopeFileName(file.header.seq, id));

const README = `Dossier de groupe Concerto
==========================

Ce dossier est tenu à jour par un outil de synchronisation (Syncthing, Nextcloud, OneDrive,
partage réseau). Il ne contient que des fichiers chiffrés : sans la clé du groupe, ils ne disent
rien des membres, des situations ni des procès-verbaux.

Ne modifiez, ne renommez et ne supprimez aucun fichier : chaque ordinateur du groupe ne fait
qu'ajouter les siens. Concerto repère et ignore tout fichier abîmé, incomplet ou en double.
`;

/**
 * Creates the group's folder if it is not there; the founder's replica also writes the
 * plain-language README. Only one computer writes it: two computers creating the same file at
 * once is exactly what makes a sync engine keep a conflict copy.
 */
export function ensureGroupRoot(root: string, writeReadme: boolean): void {
  fs.mkdirSync(root, { recursive: true });
  const readme = path.join(root, 'LISEZ-MOI.txt');
  if (writeReadme && !fs.existsSync(readme)) fs.writeFileSync(readme, README, 'utf8');
}

/** Writes an envelope under its final name unless it is already there. Returns whether it wrote. */
export function writeEnvelope(s: Sodium, root: string, file: GroupEnvelopeFile, id: string): boolean {
  const target = path.join(root, envelopeRelPath(s, file, id));
  if (fs.existsSync(target)) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // The temporary name starts with a dot and our prefix: other replicas see it as in transit, never as a change, until the rename makes it whole.
  const temp = path.join(path.dirname(target), `${OWN_TEMP_PREFIX}${process.pid}-${id.slice(0, 16)}`);
  fs.writeFileSync(temp, JSON.stringify(file), 'utf8');
  publishFile(temp, target, path.dirname(target));
  return true;
}

export interface FolderEntry {
  relPath: string;
  size: number;
  mtimeMs: number;
}

/** What one author's folder (or the group folder's top level) holds, by kind of name. */
export interface DirListing {
  envelopes: string[];
  inTransit: string[];
  conflictCopies: string[];
  unknown: string[];
}

const BUCKET_NAME = /^\d{5}$/;

/**
 * The folders holding envelopes (`<author>/<thousands>`, relative to the group's folder; not the
 * engine's own dot-folders), and whatever else sits above them.
 */
export function listGroupRoot(root: string): { envelopeDirs: string[]; top: DirListing } {
  const top: DirListing = { envelopes: [], inTransit: [], conflictCopies: [], unknown: [] };
  const envelopeDirs: string[] = [];
  if (!fs.existsSync(root)) return { envelopeDirs, top };
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.')) continue; // .stfolder, .stversions: the engine's
      for (const sub of fs.readdirSync(path.join(root, entry.name), { withFileTypes: true })) {
        const relPath = path.join(entry.name, sub.name);
        if (sub.isDirectory() && BUCKET_NAME.test(sub.name)) envelopeDirs.push(relPath);
        else if (!sub.name.startsWith('.')) classify(top, sub.name, relPath);
      }
    } else if (entry.name !== 'LISEZ-MOI.txt') classify(top, entry.name, entry.name);
  }
  return { envelopeDirs, top };
}

/** Lists one folder of envelopes; paths are relative to the group's folder. */
export function listEnvelopeDir(root: string, dir: string): DirListing {
  const out: DirListing = { envelopes: [], inTransit: [], conflictCopies: [], unknown: [] };
  for (const f of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relPath = path.join(dir, f.name);
    if (!f.isFile()) out.unknown.push(relPath);
    else if (ENVELOPE_NAME.test(f.name)) out.envelopes.push(relPath);
    else classify(out, f.name, relPath);
  }
  return out;
}

export function statEntry(root: string, relPath: string): FolderEntry | null {
  try {
    const st = fs.statSync(path.join(root, relPath));
    return { relPath, size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return null; // gone between listing and reading: the next pass sees it
  }
}

export const dirMtime = (root: string, dir: string): number | null => {
  try {
    return fs.statSync(path.join(root, dir)).mtimeMs;
  } catch {
    return null;
  }
};

function classify(out: DirListing, name: string, relPath: string): void {
  if (CONFLICT_COPY.test(name)) out.conflictCopies.push(relPath);
  else if (IN_TRANSIT.test(name)) out.inTransit.push(relPath);
  else out.unknown.push(relPath);
}

export type ReadOutcome = { ok: true; file: GroupEnvelopeFile } | { ok: false; problem: 'too_large' | 'incomplete' | 'invalid' };

/** Reads one envelope file; a file that is not (yet) whole JSON is "incomplete" and read again at the next scan. */
export function readEnvelope(root: string, entry: FolderEntry): ReadOutcome {
  if (entry.size > MAX_GROUP_FILE_BYTES) return { ok: false, problem: 'too_large' };
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(root, entry.relPath), 'utf8'));
  } catch {
    return { ok: false, problem: 'incomplete' };
  }
  const parsed = groupEnvelopeFile.safeParse(raw);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, problem: 'invalid' };
}
