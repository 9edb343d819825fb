import { afterEach, describe, expect, it } from 'vitest';
import type { CsvExport, ImportPreview, ImportResult, Member } from '../../contract/types/app.js';
import { closeTrackedRouters, createdWorkspace, sampleMember, unwrap } from '../helpers/workspace.js';

afterEach(closeTrackedRouters);

// The headers of earlier exports (internal ids): files written by an older Concerto still import.
const HEADER = 'prenom;nom;organisation;type_service;fonction;email;telephone;commune;statut_secret;referent;actif_depuis;actif_jusqu_au';
const EXPORT_HEADER = "Nom;Prénom;Organisation;Type de service;Fonction;E-mail;Téléphone;Commune;Statut de secret;Référent;Actif depuis;Actif jusqu'au;Note homonyme";
const file = (content: string) => ({ contentBase64: Buffer.from(content, 'utf8').toString('base64') });

describe('roster', () => {
  it('validates with field-level messages', async () => {
    const { router } = await createdWorkspace();
    const bad = await router.handle('members.create', { ...sampleMember, email: 'pas-une-adresse', serviceType: 'inconnu', activeUntil: '2020-01-01' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('VALIDATION');
      expect(bad.error.issues).toEqual(
        expect.arrayContaining([
          { path: 'email', message: 'validation.email' },
          { path: 'serviceType', message: 'validation.serviceType' },
        ]),
      );
    }
    const dates = await router.handle('members.create', { ...sampleMember, activeUntil: '2020-01-01' });
    expect(dates.ok ? [] : dates.error.issues).toEqual([{ path: 'activeUntil', message: 'validation.untilBeforeFrom' }]);
  });

  it('updates, deactivates and reactivates, never deletes', async () => {
    const { router } = await createdWorkspace();
    const m = unwrap(await router.handle('members.create', sampleMember)) as Member;
    const updated = unwrap(await router.handle('members.update', { ...sampleMember, id: m.id, serviceType: 'ssm', organisation: 'SSM' })) as Member;
    expect(updated).toMatchObject({ serviceType: 'ssm', sector: 'mental_health' });
    const off = unwrap(await router.handle('members.deactivate', { id: m.id, until: '2026-06-30', reason: 'Changement de service' })) as Member;
    expect(off).toMatchObject({ active: false, activeUntil: '2026-06-30', deactivationReason: 'Changement de service' });
    const list = unwrap(await router.handle('members.list', {})) as Member[];
    expect(list.some((x) => x.id === m.id)).toBe(true);
    const on = unwrap(await router.handle('members.reactivate', { id: m.id })) as Member;
    expect(on.active).toBe(true);
    const missing = await router.handle('members.update', { ...sampleMember, id: 'nope' });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND');
  });
});

describe('roster CSV', () => {
  it('exports UTF-8 with BOM, semicolons and French headers, neutralising formulas', async () => {
    const { router } = await createdWorkspace();
    unwrap(await router.handle('members.create', { ...sampleMember, lastName: 'Dupré-Évrard', function: '=HYPERLINK("x")' }));
    const csv = unwrap(await router.handle('members.exportCsv', {})) as CsvExport;
    expect(csv.fileName).toMatch(/^concerto-membres-concertation-brabant-wallon-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.content.charCodeAt(0)).toBe(0xfeff);
    expect(csv.content.slice(1).split('\r\n')[0]).toBe(EXPORT_HEADER.split(';').map((h) => `"${h}"`).join(';'));
    expect(csv.content).toContain('"Dupré-Évrard"');
    expect(csv.content).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('puts an apostrophe before every cell starting with = + - @ (as the export dialog says), and an import takes it off', async () => {
    const a = await createdWorkspace();
    const tricky = { ...sampleMember, firstName: 'Zoé', lastName: 'Apostrophe', organisation: '@Home asbl', function: '-Coordinatrice', phone: '+32 470 12 34 56', town: '=Wavre' };
    unwrap(await a.router.handle('members.create', tricky));
    const csv = unwrap(await a.router.handle('members.exportCsv', {})) as CsvExport;
    const line = csv.content.split('\r\n').find((l) => l.includes('Apostrophe'))!;
    for (const value of ["'@Home asbl", "'-Coordinatrice", "'+32 470 12 34 56", "'=Wavre"]) expect(line).toContain(`"${value}"`);
    // A value that merely contains such a character is left alone.
    expect(line).toContain('"Zoé"');
    const b = await createdWorkspace();
    unwrap(await b.router.handle('members.importCommit', { ...file(csv.content), acceptValidRows: true }));
    const back = (unwrap(await b.router.handle('members.list', {})) as Member[]).find((m) => m.lastName === 'Apostrophe')!;
    expect(back).toMatchObject({ organisation: '@Home asbl', function: '-Coordinatrice', phone: '+32 470 12 34 56', town: '=Wavre' });
  });

  it('round-trips an export through an import into another workspace', async () => {
    const a = await createdWorkspace();
    unwrap(await a.router.handle('members.create', { ...sampleMember, function: '=SUM(A1)' }));
    const csv = unwrap(await a.router.handle('members.exportCsv', {})) as CsvExport;
    const b = await createdWorkspace();
    // Anne Dupont exists in both workspaces: she is reported as a duplicate, Luc is imported as he was.
    const preview = unwrap(await b.router.handle('members.importPreview', file(csv.content))) as ImportPreview;
    expect(preview.valid.map((v) => v.lastName)).toEqual(['Martin']);
    expect(preview.rejected.map((r) => r.issues[0]?.message)).toEqual(['validation.duplicateMember']);
    unwrap(await b.router.handle('members.importCommit', { ...file(csv.content), acceptValidRows: true }));
    const luc = (unwrap(await b.router.handle('members.list', {})) as Member[]).find((m) => m.lastName === 'Martin')!;
    expect(luc).toMatchObject({ ...sampleMember, function: '=SUM(A1)', isReferent: true });
  });

  it('previews each rejected row with its line and reasons, and changes nothing without confirmation', async () => {
    const { router } = await createdWorkspace();
    const content = [
      HEADER,
      'Marie;Lefèvre;AMO Le Pont;amo;Éducatrice;marie@amo.be;010 22 33 44;Wavre;secret professionnel;oui;01/09/2025;',
      'Paul;Henrard;SSM;Service de Santé Mentale (SSM);Psychologue;paul@ssm.be;;Ottignies;devoir de réserve;non;2025-09-01;',
      ';Sans-prénom;CPAS;cpas;;pas-un-mail;;;secret professionnel;peut-être;2025-13-45;',
    ].join('\n');
    const preview = unwrap(await router.handle('members.importPreview', file(content))) as ImportPreview;
    expect(preview.total).toBe(3);
    expect(preview.valid.map((v) => [v.line, v.lastName, v.serviceType])).toEqual([
      [2, 'Lefèvre', 'amo'],
      [3, 'Henrard', 'ssm'],
    ]);
    expect(preview.rejected).toHaveLength(1);
    expect(preview.rejected[0]!.line).toBe(4);
    expect(preview.rejected[0]!.issues).toEqual(
      expect.arrayContaining([
        { path: 'prenom', message: 'validation.required' },
        { path: 'email', message: 'validation.email' },
        { path: 'referent', message: 'validation.boolean' },
        { path: 'actif_depuis', message: 'validation.csvDate' },
      ]),
    );
    const before = (unwrap(await router.handle('members.list', {})) as Member[]).length;
    const refused = await router.handle('members.importCommit', { ...file(content), acceptValidRows: false });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('IMPORT_HAS_ERRORS');
    expect((unwrap(await router.handle('members.list', {})) as Member[]).length).toBe(before);
    const done = unwrap(await router.handle('members.importCommit', { ...file(content), acceptValidRows: true })) as ImportResult;
    expect(done).toEqual({ imported: 2, rejected: 1 });
    const list = unwrap(await router.handle('members.list', {})) as Member[];
    expect(list.find((m) => m.lastName === 'Lefèvre')).toMatchObject({ activeFrom: '2025-09-01', isReferent: true, secrecyStatus: 'professional_secret' });
    // Importing the same file again adds no duplicate.
    const again = unwrap(await router.handle('members.importPreview', file(content))) as ImportPreview;
    expect(again.valid).toEqual([]);
  });

  it('reports the required fields no column is read into, and imports nothing until they are', async () => {
    const { router } = await createdWorkspace();
    const content = 'name,town\nX,Y';
    const preview = unwrap(await router.handle('members.importPreview', file(content))) as ImportPreview;
    expect(preview.total).toBe(0);
    expect(preview.separator).toBe(',');
    expect(preview.columns).toEqual([null, 'town']);
    expect(preview.missingFields).toEqual(['lastName', 'firstName', 'serviceType', 'secrecyStatus']);
    const refused = await router.handle('members.importCommit', { ...file(content), acceptValidRows: true });
    expect(refused.ok ? 'ok' : [refused.error.code, refused.error.message]).toEqual(['IMPORT_COLUMNS_MISSING', expect.stringMatching(/Rien n'a été importé/)]);
  });
});
