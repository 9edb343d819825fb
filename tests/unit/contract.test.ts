import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../contract/reference/glossary.js';
import { SECTORS, SERVICE_TYPE_CODES } from '../../contract/reference/taxonomy.js';
import { CHANNEL_NAMES } from '../../contract/channels.js';
import { CHANNELS, contract } from '../../contract/contract.js';
import { ERROR_CODES } from '../../contract/errors.js';
import { finaliseCorrectionInput } from '../../contract/schemas/minutes.js';

const localeDir = path.resolve('resources/locales');
const load = (lang: string, ns: string) => JSON.parse(fs.readFileSync(path.join(localeDir, lang, `${ns}.json`), 'utf8'));

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('contract', () => {
  it("the preload's list of channels is exactly the contract's", () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
  });

  it('names channels <domain>.<verb>', () => {
    for (const name of CHANNELS) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  it('guards every mutation of the roster and accounts by role', () => {
    for (const name of CHANNELS.filter((c) => /^(members|accounts)\.(create|update|deactivate|reactivate|import|setRoles|export)/.test(c))) {
      expect(contract[name].access, name).toEqual(['coordinator']);
    }
  });
});

describe('locale files', () => {
  const namespaces = fs.readdirSync(path.join(localeDir, 'fr')).map((f) => f.replace(/\.json$/, ''));

  it.each(namespaces)('%s has the same keys in French and English, none empty', (ns) => {
    const fr = load('fr', ns);
    const en = load('en', ns);
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
    for (const key of keysOf(fr)) expect(key.split('.').reduce((o: Record<string, unknown>, k) => o[k] as never, fr), key).not.toBe('');
  });

  it('has a message for every error code', () => {
    const fr = load('fr', 'errors');
    for (const code of ERROR_CODES) expect(fr[code], code).toBeTruthy();
  });

  it('labels every sector and service type', () => {
    const ref = load('fr', 'reference');
    for (const sector of SECTORS) expect(ref.sectors[sector], sector).toBeTruthy();
    for (const code of SERVICE_TYPE_CODES) expect(ref.serviceTypes[code], code).toBeTruthy();
  });

  it('expands the acronyms the field uses', () => {
    const acronyms = GLOSSARY.map((g) => g.acronym);
    for (const a of ['SAJ', 'SPJ', 'AMO', 'CPAS', 'AVIQ', 'SSM', 'CPMS', 'PSE', 'IPPJ', 'ONE', 'MADO', 'AGAJ', 'ROI', 'PV']) expect(acronyms).toContain(a);
  });

  it('every validation key used by the schemas exists', async () => {
    const fr = load('fr', 'validation');
    const sources = ['contract/schemas/common.ts', 'contract/schemas/members.ts', 'contract/schemas/auth.ts', 'contract/schemas/passphrases.ts', 'contract/passphrasePolicy.ts', 'electron/services/rosterCsv.ts', 'electron/services/members.ts', 'contract/schemas/sessions.ts'];
    const used = new Set(sources.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/'validation\.([a-zA-Z]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(fr[key], key).toBeTruthy();
  });
});

describe('rules a form shows are the contract’s, so the backend enforces them too', () => {
  it('a correction’s reason has at least 5 characters, whichever schema parses it', () => {
    const base = { sessionId: '5b0d3c4e-8f3a-4f57-9a52-0a7b3f6c2d11', privateWords: [], passphrase: 'phrase de passe' };
    expect(contract['minutes.finalise'].input.safeParse({ ...base, reason: '' }).success).toBe(true);
    expect(contract['minutes.finalise'].input.safeParse({ ...base, reason: 'ok' }).success).toBe(false);
    expect(contract['minutes.finalise'].input.safeParse({ ...base, reason: 'Date de la séance corrigée' }).success).toBe(true);
    expect(finaliseCorrectionInput.safeParse({ ...base, reason: '' }).success).toBe(false);
  });
});
