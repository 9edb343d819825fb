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

export const envelopeRelPath = (s: Sodium, file: GroupEnvelopeFile, id: string) =>
  path.join(authorDir(s, file.header.groupId, file.header.author.keyId), envelopeFileName(file.header.seq, id));

const README = `Dossier de groupe Concerto
==========================

Ce dossier est tenu à jour par un outil de synchronisation (Syncthing, Nextcloud, OneDrive,
partage réseau). Il ne contient que des fichiers chiffrés : sans la clé du groupe, ils ne disent
rien des membres, des situations ni des procès-verbaux.

Ne modifiez, ne renommez et ne supprimez aucun fichier : chaque ordinateur du groupe ne fait
qu'ajouter les siens. Concerto repère et ignore tout fichier abîmé, incomplet ou en double.
`;

/** Creates the group's folder and its plain-language README if they are not there. */
export function ensureGroupRoot(root: string): void {
  fs.mkdirSync(root, { recursive: true });
  const readme = path.join(root, 'LISEZ-MOI.txt');
  if (!fs.existsSync(readme)) fs.writeFileSync(readme, README, 'utf8');
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

export interface FolderScan {
  envelopes: FolderEntry[];
  inTransit: string[];
  conflictCopies: string[];
  unknown: string[];
}

/** Lists the group's folder (two levels: author folders, then their files). A missing folder scans as empty. */
export function scanGroupRoot(root: string): FolderScan {
  const out: FolderScan = { envelopes: [], inTransit: [], conflictCopies: [], unknown: [] };
  if (!fs.existsSync(root)) return out;
  for (const dir of fs.readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) {
      if (dir.name !== 'LISEZ-MOI.txt') classify(out, dir.name, dir.name);
      continue;
    }
    if (dir.name.startsWith('.')) continue; // the sync engine's own folders (.stfolder, .stversions)
    for (const f of fs.readdirSync(path.join(root, dir.name), { withFileTypes: true })) {
      const relPath = path.join(dir.name, f.name);
      if (!f.isFile()) {
        out.unknown.push(relPath);
        continue;
      }
      if (ENVELOPE_NAME.test(f.name)) {
        const st = fs.statSync(path.join(root, relPath));
        out.envelopes.push({ relPath, size: st.size, mtimeMs: st.mtimeMs });
      } else classify(out, f.name, relPath);
    }
  }
  out.envelopes.sort((a, b) => (a.relPath < b.relPath ? -1 : 1));
  return out;
}

function classify(out: FolderScan, name: string, relPath: string): void {
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
