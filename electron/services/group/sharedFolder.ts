// The shared folder a person chooses for the group: checked before anything is written there
// (it exists, is a folder, Concerto can write in it, it is not the workspace itself), and read
// for the groups it already holds, so a member joining compares the founder's fingerprint aloud
// instead of typing ids.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../contract/errors.js';
import type { GroupInFolder } from '../../../contract/types/group.js';
import { verifyEnvelope } from '../../crypto/groupEnvelope.js';
import type { Sodium } from '../../crypto/sodium.js';
import { keyFingerprint } from '../charter/envelope.js';
import { ENVELOPE_EXTENSION, authorDir, envelopeFileName, groupRoot, listGroupRoot, readEnvelope, seqBucket, statEntry } from './folder.js';

const inside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** The folder as an absolute path Concerto may use; a typed error in every other case. */
export function checkSharedFolder(folder: string, workspaceDir: string): string {
  if (!path.isAbsolute(folder)) throw new AppError('GROUP_FOLDER_UNAVAILABLE');
  const resolved = path.resolve(folder);
  // The root of a disk is never a sync engine's folder, and would spread the group's files over everything.
  if (path.parse(resolved).root === resolved) throw new AppError('GROUP_FOLDER_UNAVAILABLE');
  let real: string;
  try {
    real = fs.realpathSync(resolved);
    if (!fs.statSync(real).isDirectory()) throw new AppError('GROUP_FOLDER_UNAVAILABLE');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('GROUP_FOLDER_UNAVAILABLE');
  }
  const workspace = fs.existsSync(workspaceDir) ? fs.realpathSync(workspaceDir) : path.resolve(workspaceDir);
  // The sync engine would carry the encrypted database and its key file to every computer.
  if (inside(real, workspace) || inside(workspace, real)) throw new AppError('GROUP_FOLDER_IN_WORKSPACE');
  const probe = path.join(real, `.concerto-probe-${process.pid}-${Date.now()}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch {
    throw new AppError('GROUP_FOLDER_READONLY');
  }
  return real;
}

const GROUP_DIR = /^concerto-[0-9a-f]{16}$/;
/** File names of an author's first change: "0000000001-". */
const FIRST_PREFIX = envelopeFileName(1, '').slice(0, 11);

/**
 * The groups whose folder is in this shared folder, each with the key that founded it: the author
 * of a signed first change that brought the group's first key. The names are hashes, so each
 * candidate is checked against them; a group with two such authors lists both, and the person
 * keeps the one whose fingerprint the coordination reads out.
 */
export function findGroupsInFolder(s: Sodium, folder: string): GroupInFolder[] {
  const found: GroupInFolder[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() || !GROUP_DIR.test(entry.name)) continue;
    const root = path.join(folder, entry.name);
    const authors = new Set(listGroupRoot(root).envelopeDirs.map((dir) => dir.split(path.sep)[0]!));
    for (const author of authors) {
      const dir = path.join(author, seqBucket(1));
      let first: string | undefined;
      try {
        first = fs.readdirSync(path.join(root, dir)).find((name) => name.startsWith(FIRST_PREFIX) && name.endsWith(ENVELOPE_EXTENSION));
      } catch {
        continue;
      }
      const stat = first ? statEntry(root, path.join(dir, first)) : null;
      if (!stat) continue;
      const read = readEnvelope(root, stat);
      if (!read.ok) continue;
      const { header } = read.file;
      if (header.seq !== 1 || header.keyRef !== 'self') continue;
      if (groupRoot(s, folder, header.groupId) !== root || authorDir(s, header.groupId, header.author.keyId) !== author) continue;
      if (!verifyEnvelope(s, read.file)) continue;
      found.push({ groupId: header.groupId, founderKeyId: header.author.keyId, founderFingerprint: keyFingerprint(header.author.keyId), computers: authors.size });
    }
  }
  return found.sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : a.founderKeyId < b.founderKeyId ? -1 : 1));
}
