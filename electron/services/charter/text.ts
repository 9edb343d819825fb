// The charter's text as it is hashed and signed: one canonical form, so that the same words
// always give the same hash whatever editor or operating system produced them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** NFC, LF line ends, no trailing blank lines, exactly one final newline. */
export function canonicalText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\s+$/u, '') + '\n';
}

/** SHA-256 (hex) of the canonical text as UTF-8. */
export function contentHash(text: string): string {
  return createHash('sha256').update(canonicalText(text), 'utf8').digest('hex');
}

/** The first 80 bits of the hash in five groups of four, to compare aloud ("3F2A 91C0 …"). */
export function fingerprint(hash: string): string {
  return (hash.slice(0, 20).toUpperCase().match(/.{4}/g) ?? []).join(' ');
}

const DEFAULT_FILE = path.join('charter', 'charte-par-defaut.fr.md');

/** The repository layout (sources or out/main bundle) or, packaged, Electron's resources folder. */
function defaultTextCandidates(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  return [
    process.env.CONCERTO_RESOURCES_DIR,
    path.resolve(here, '..', '..', '..', 'resources'),
    path.resolve(here, '..', '..', 'resources'),
    resourcesPath,
  ]
    .filter((dir): dir is string => typeof dir === 'string' && dir.length > 0)
    .map((dir) => path.join(dir, DEFAULT_FILE));
}

/** The seed charter-convention, with the group's name and territory filled in. */
export function defaultCharterText(groupName: string, territory: string): string {
  const file = defaultTextCandidates().find((candidate) => fs.existsSync(candidate));
  if (!file) throw new Error('default charter text not found');
  const template = fs.readFileSync(file, 'utf8');
  const place = territory.trim() || 'territoire à préciser';
  return canonicalText(template.replaceAll('{{groupName}}', groupName.trim()).replaceAll('{{territory}}', place));
}
