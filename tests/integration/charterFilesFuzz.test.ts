// Property-based: thousands of mutated and random files thrown at the three importers (charter file,
// signature file, contact card). None may crash (INTERNAL) and none may be accepted unless it is,
// once parsed, exactly the original file (a whitespace change in the JSON is not a forgery).
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from '../../electron/api/router.js';
import type { Member } from '../../contract/types/app.js';
import type { ExportedFile } from '../../contract/types/charter.js';
import { ERROR_CODES } from '../../contract/errors.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { closeTrackedRouters, coordinatorInput, newRouter, OTHER_PASSPHRASE, sampleMember, unwrap } from '../helpers/workspace.js';

let group: Router;
let own: Router;
let luc: Member;
const files: Record<'charter' | 'signature' | 'card', string> = { charter: '', signature: '', card: '' };

beforeAll(async () => {
  group = newRouter().router;
  unwrap(await group.handle('workspace.create', coordinatorInput));
  luc = unwrap(await group.handle('members.create', sampleMember)) as Member;
  await putDraftInForce(group);
  own = newRouter().router;
  unwrap(
    await own.handle('workspace.create', {
      ...coordinatorInput,
      coordinator: { firstName: 'Luc', lastName: 'Martin', username: 'luc', secrecyStatus: 'professional_secret' },
      passphrase: OTHER_PASSPHRASE,
      passphraseConfirm: OTHER_PASSPHRASE,
    }),
  );
  files.charter = (unwrap(await group.handle('charter.exportFile', { memberId: luc.id })) as ExportedFile).content;
  files.card = (unwrap(await own.handle('contacts.exportCard', {})) as ExportedFile).content;
  unwrap(await group.handle('contacts.importCard', { memberId: luc.id, content: files.card }));
  files.signature = (
    unwrap(await own.handle('charter.signFile', { content: files.charter, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: OTHER_PASSPHRASE })) as ExportedFile
  ).content;
  // Recorded once: from now on the same file is a replay, and any other file a forgery.
  unwrap(await group.handle('charter.importSignature', { content: files.signature }));
}, 60_000);

afterAll(closeTrackedRouters);

// Every file error, and the domain refusals an import can meet; never INTERNAL.
const REJECTIONS = new Set<string>([
  ...ERROR_CODES.filter((code) => code.startsWith('FILE_')),
  'VALIDATION',
  'CHARTER_ALREADY_SIGNED',
  'MEMBER_INACTIVE',
  'KEY_ALREADY_KNOWN',
]);

/** A change somewhere in the text: cut, byte flipped, slice removed or duplicated, text inserted. */
const textMutation = (original: string) =>
  fc.oneof(
    fc.nat(original.length).map((n) => original.slice(0, n)),
    fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 1, max: 0xffff })).map(([i, c]) => original.slice(0, i) + String.fromCharCode(c) + original.slice(i + 1)),
    fc.tuple(fc.nat(original.length), fc.nat(200)).map(([i, n]) => original.slice(0, i) + original.slice(i + n)),
    fc.tuple(fc.nat(original.length), fc.string()).map(([i, s]) => original.slice(0, i) + s + original.slice(i)),
  );

/** Every path to a value inside a JSON tree. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: Array<string | number>, next: unknown, remove: boolean): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else node[last] = next;
  return copy;
}

/** A change inside the structure: one field replaced by random JSON, removed, or an extra field added. */
const structuralMutation = (original: string) => {
  const tree = JSON.parse(original) as unknown;
  const all = paths(tree);
  return fc.tuple(fc.constantFrom(...all), fc.jsonValue(), fc.constantFrom('replace', 'remove', 'add')).map(([path, value, kind]) =>
    JSON.stringify(kind === 'add' ? setAt(tree, [...path.slice(0, -1), 'extra'], value, false) : setAt(tree, path, value, kind === 'remove')),
  );
};

const importers = [
  { name: 'charter file', channel: 'charter.openFile', router: () => own, file: () => files.charter, input: (content: string) => ({ content }) },
  { name: 'signature file', channel: 'charter.importSignature', router: () => group, file: () => files.signature, input: (content: string) => ({ content }) },
  { name: 'contact card', channel: 'contacts.importCard', router: () => group, file: () => files.card, input: (content: string) => ({ memberId: luc.id, content }) },
] as const;

describe.each(importers)('$name importer', ({ channel, router, file, input }) => {
  const check = async (content: string) => {
    const result = await router().handle(channel, input(content));
    if (result.ok) {
      // Only the very same file (formatting aside) may get through, and only where it is not a replay.
      let same = false;
      try {
        same = isDeepStrictEqual(JSON.parse(content), JSON.parse(file()));
      } catch {
        same = false;
      }
      expect(same, `accepted a different file: ${content.slice(0, 200)}`).toBe(true);
      expect(channel).toBe('charter.openFile');
      return;
    }
    expect(REJECTIONS.has(result.error.code), `${result.error.code}: ${content.slice(0, 200)}`).toBe(true);
  };

  it('rejects thousands of mutated copies of a valid file, without crashing', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(textMutation(file()), structuralMutation(file())), check), { numRuns: 1000 });
  }, 120_000);

  it('rejects random text and random JSON', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'concerto.charter', version: 1, content: v, signature: 'AAAA' }))), check), {
      numRuns: 300,
    });
  }, 60_000);
});
