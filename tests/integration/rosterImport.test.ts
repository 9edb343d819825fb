// A roster file as a French or Dutch office writes it: guessed columns and values, the user's
// corrections, Windows-1252 and UTF-8 bytes, three separators, two date forms; and the one duplicate
// rule shared by the member form and the import.
import { afterEach, describe, expect, it } from 'vitest';
import type { CsvExport, ImportPreview, ImportResult, Member } from '../../contract/types/app.js';
import { guessColumns } from '../../electron/services/roster/columnGuess.js';
import { decodeCsvBytes, detectSeparator } from '../../electron/services/roster/csvFile.js';
import { parseCsvDate } from '../../electron/services/roster/csvDates.js';
import { guessBoolean, guessSecrecy, guessServiceType } from '../../electron/services/roster/valueGuess.js';
import { isLikelyDuplicate } from '../../electron/services/members.js';
import { closeTrackedRouters, createdWorkspace, sampleMember, unwrap } from '../helpers/workspace.js';

afterEach(closeTrackedRouters);

/** Windows-1252 bytes of a text (every character used here is in Latin-1, where the two agree). */
const windows1252 = (text: string) => Buffer.from(text, 'latin1');
const upload = (bytes: Buffer) => ({ contentBase64: bytes.toString('base64') });

const OFFICE_HEADER = 'Nom;Prénom;Organisation;Type de service;Fonction;Courriel;Tél.;Localité;Référent;Date d’entrée;Secret professionnel';
const officeFile = [
  OFFICE_HEADER.replace('’', "'"),
  'Lefèvre;Marie;AMO Le Pont;AMO;Éducatrice;marie@amo.be;010 22 33 44;Wavre;Oui;01/09/2025;Oui',
  'Henrard;Paul;SSM Ottignies;Service de Santé Mentale (SSM);Psychologue;paul@ssm.be;;Ottignies;Non;2025-09-01;Oui',
  'Dewit;Jan;CPAS Tubize;Aide sociale;Assistant social;;;Tubize;Nee;15/10/2025;Non',
].join('\r\n');

describe('reading the bytes', () => {
  it('decodes Windows-1252 (é as 0xE9) and UTF-8 with or without a BOM', () => {
    const latin = windows1252('Prénom;Référent\r\nZoé;Oui');
    expect(latin.includes(0xe9)).toBe(true);
    expect(decodeCsvBytes(latin)).toEqual({ text: 'Prénom;Référent\r\nZoé;Oui', encoding: 'windows-1252' });
    // 0x80 and 0x92 are the euro sign and Excel's apostrophe in Windows-1252 (not Latin-1).
    expect(decodeCsvBytes(Buffer.from([0x80, 0x20, 0x92])).text).toBe('€ ’');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Prénom', 'utf8')]);
    expect(decodeCsvBytes(bom)).toEqual({ text: 'Prénom', encoding: 'utf-8-bom' });
    expect(decodeCsvBytes(Buffer.from('Prénom', 'utf8'))).toEqual({ text: 'Prénom', encoding: 'utf-8' });
  });

  it('detects ; , and tab from the header row, quotes aside', () => {
    expect(detectSeparator('Nom;Prénom;Organisation\r\na,b;c')).toBe(';');
    expect(detectSeparator('Nom,Prénom,Organisation\na;b,c')).toBe(',');
    expect(detectSeparator('Nom\tPrénom\t"Organisation; service"\n')).toBe('\t');
    expect(detectSeparator('"Nom;Prénom",Organisation')).toBe(',');
  });

  it('reads dates as JJ/MM/AAAA or AAAA-MM-JJ, and refuses a date that does not exist', () => {
    expect(parseCsvDate('01/09/2025')).toBe('2025-09-01');
    expect(parseCsvDate('1/9/2025')).toBe('2025-09-01');
    expect(parseCsvDate('2025-09-01')).toBe('2025-09-01');
    expect(parseCsvDate('')).toBeNull();
    expect(parseCsvDate('32/12/2026')).toBeUndefined();
    expect(parseCsvDate('2025-13-45')).toBeUndefined();
    expect(parseCsvDate('septembre 2025')).toBeUndefined();
  });
});

describe('guessing columns and values', () => {
  it('maps French and Dutch headers, accents, case and punctuation aside', () => {
    expect(guessColumns(OFFICE_HEADER.split(';'))).toEqual([
      'lastName',
      'firstName',
      'organisation',
      'serviceType',
      'function',
      'email',
      'phone',
      'town',
      'isReferent',
      'activeFrom',
      'secrecyStatus',
    ]);
    expect(guessColumns(['NAAM', 'Voornaam', 'Organisatie', 'Soort dienst', 'E-mailadres', 'Telefoon', 'Gemeente', 'Beroepsgeheim', 'Actief sinds', 'Opmerkingen'])).toEqual([
      'lastName',
      'firstName',
      'organisation',
      'serviceType',
      'email',
      'phone',
      'town',
      'secrecyStatus',
      'activeFrom',
      null,
    ]);
    // A field is guessed once: the second "Nom" column is left to the user.
    expect(guessColumns(['Nom', 'nom'])).toEqual(['lastName', null]);
  });

  it('maps service types from codes, labels, acronyms and sector names; yes/no in three languages', () => {
    expect(guessServiceType('SAJ')).toEqual({ value: 'saj', match: 'exact' });
    expect(guessServiceType("service de l'aide a la jeunesse (saj)")).toEqual({ value: 'saj', match: 'exact' });
    expect(guessServiceType('COE')).toEqual({ value: 'approved_youth_service', match: 'exact' });
    expect(guessServiceType('school')).toEqual({ value: 'school', match: 'exact' });
    expect(guessServiceType('Établissement scolaire')).toEqual({ value: 'school', match: 'exact' });
    expect(guessServiceType('Aide à la jeunesse')).toEqual({ value: 'saj', match: 'approximate' });
    expect(guessServiceType('Bidule')).toEqual({ value: null, match: 'none' });
    expect(['Oui', 'ja', 'X', 'yes'].map((v) => guessBoolean(v).value)).toEqual(['true', 'true', 'true', 'true']);
    expect(['Non', 'Nee', '', 'no'].map((v) => guessBoolean(v).value)).toEqual(['false', 'false', 'false', 'false']);
    expect(guessSecrecy('Oui', 'Secret professionnel').value).toBe('professional_secret');
    expect(guessSecrecy('Non', 'Secret professionnel').value).toBe('duty_of_reserve');
    expect(guessSecrecy('Ja', 'Devoir de réserve').value).toBe('duty_of_reserve');
    expect(guessSecrecy('devoir de reserve', 'Statut').value).toBe('duty_of_reserve');
    expect(guessSecrecy('peut-être', 'Statut').value).toBeNull();
  });
});

describe('importing an office spreadsheet as it is', () => {
  it('imports a French-headed Windows-1252 ; file after the guessed mapping, naming columns as the file does', async () => {
    const { router } = await createdWorkspace();
    const bytes = windows1252(officeFile);
    const preview = unwrap(await router.handle('members.importPreview', upload(bytes))) as ImportPreview;
    expect(preview).toMatchObject({ encoding: 'windows-1252', separator: ';', missingFields: [], total: 3 });
    expect(preview.headers[1]).toBe('Prénom');
    // "Aide sociale" is only a sector's start: nothing is guessed, the user must choose; its row names the file's column.
    expect(preview.values.find((v) => v.raw === 'Aide sociale')).toMatchObject({ field: 'serviceType', value: null, match: 'none', column: 'Type de service' });
    expect(preview.rejected).toEqual([{ line: 4, raw: expect.stringContaining('Dewit'), issues: [{ path: 'Type de service', message: 'validation.csvValueUnknown' }] }]);
    expect(preview.firstRows[0]).toMatchObject({ line: 2, values: { lastName: 'Lefèvre', serviceType: 'amo', secrecyStatus: 'professional_secret', isReferent: true, activeFrom: '2025-09-01' } });

    // The user chooses "CPAS" for "Aide sociale": every row is valid now.
    const mapping = { columns: preview.columns, values: { serviceType: { 'Aide sociale': 'cpas' } } };
    const corrected = unwrap(await router.handle('members.importPreview', { ...upload(bytes), mapping })) as ImportPreview;
    expect(corrected.rejected).toEqual([]);
    expect(corrected.values.find((v) => v.raw === 'Aide sociale')).toMatchObject({ value: 'cpas', match: 'chosen' });
    const done = unwrap(await router.handle('members.importCommit', { ...upload(bytes), mapping, acceptValidRows: false })) as ImportResult;
    expect(done).toEqual({ imported: 3, rejected: 0 });
    const list = unwrap(await router.handle('members.list', {})) as Member[];
    expect(list.find((m) => m.lastName === 'Lefèvre')).toMatchObject({ firstName: 'Marie', town: 'Wavre', isReferent: true, secrecyStatus: 'professional_secret', activeFrom: '2025-09-01' });
    expect(list.find((m) => m.lastName === 'Dewit')).toMatchObject({ serviceType: 'cpas', secrecyStatus: 'duty_of_reserve', isReferent: false, activeFrom: '2025-10-15' });
  });

  it('reads the same rows from UTF-8 with a BOM, and from , and tab separated files', async () => {
    const { router } = await createdWorkspace();
    const mapping = (p: ImportPreview) => ({ columns: p.columns, values: { serviceType: { 'Aide sociale': 'cpas' } } });
    const variants = [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(officeFile, 'utf8')]),
      Buffer.from(officeFile.replace(/;/g, ','), 'utf8'),
      windows1252(officeFile.replace(/;/g, '\t')),
    ];
    const seen: string[][] = [];
    for (const bytes of variants) {
      const first = unwrap(await router.handle('members.importPreview', upload(bytes))) as ImportPreview;
      const p = unwrap(await router.handle('members.importPreview', { ...upload(bytes), mapping: mapping(first) })) as ImportPreview;
      seen.push([p.encoding, p.separator, ...p.valid.map((v) => `${v.firstName} ${v.lastName} ${v.serviceType}`)]);
    }
    expect(seen).toEqual([
      ['utf-8-bom', ';', 'Marie Lefèvre amo', 'Paul Henrard ssm', 'Jan Dewit cpas'],
      ['utf-8', ',', 'Marie Lefèvre amo', 'Paul Henrard ssm', 'Jan Dewit cpas'],
      ['windows-1252', '\t', 'Marie Lefèvre amo', 'Paul Henrard ssm', 'Jan Dewit cpas'],
    ]);
  });

  it('lets the user read a column into another field, or ignore it, and says which date forms it accepts', async () => {
    const { router } = await createdWorkspace();
    const bytes = Buffer.from('Nom;Prénom;Service;Statut;Arrivée\nNoël;Léa;SSM;Secret professionnel;32/12/2025\n', 'utf8');
    const guessed = unwrap(await router.handle('members.importPreview', upload(bytes))) as ImportPreview;
    // "Service" reads as the organisation, "Arrivée" as nothing: the service type is missing.
    expect(guessed.columns).toEqual(['lastName', 'firstName', 'organisation', 'secrecyStatus', null]);
    expect(guessed.missingFields).toEqual(['serviceType']);
    const mapping = { columns: ['lastName', 'firstName', 'serviceType', 'secrecyStatus', 'activeFrom'] as const, values: {} };
    const p = unwrap(await router.handle('members.importPreview', { ...upload(bytes), mapping: { ...mapping, columns: [...mapping.columns] } })) as ImportPreview;
    expect(p.missingFields).toEqual([]);
    expect(p.rejected[0]!.issues).toEqual([{ path: 'Arrivée', message: 'validation.csvDate' }]);
  });

  it('exports French labels, reads back both labels and the former English codes, and offers a template that imports', async () => {
    const a = await createdWorkspace();
    unwrap(await a.router.handle('members.create', { ...sampleMember, serviceType: 'school', organisation: 'Athénée royal', activeUntil: '2027-06-30' }));
    unwrap(await a.router.handle('members.create', { ...sampleMember, firstName: 'Rita', lastName: 'Autre', serviceType: 'other', isReferent: false, secrecyStatus: 'duty_of_reserve' }));
    const csv = unwrap(await a.router.handle('members.exportCsv', {})) as CsvExport;
    const martin = csv.content.split('\r\n').find((l) => l.includes('Athénée'))!;
    expect(martin).toBe('"Martin";"Luc";"Athénée royal";"Établissement scolaire";"Délégué";"luc.martin@example.be";"067 12 34 56";"Nivelles";"Secret professionnel";"Oui";"01/09/2025";"30/06/2027";""');
    expect(csv.content).toContain('"Autre service";');
    expect(csv.content).not.toMatch(/"school"|"other"|"professional_secret"/);

    const b = await createdWorkspace();
    const back = unwrap(await b.router.handle('members.importPreview', upload(Buffer.from(csv.content, 'utf8')))) as ImportPreview;
    expect(back.valid.map((v) => [v.lastName, v.serviceType])).toEqual([
      ['Autre', 'other'],
      ['Martin', 'school'],
    ]);
    const codes = 'prenom;nom;type_service;statut_secret;referent\nLuc;Martin;school;professional_secret;oui\nRita;Autre;other;duty_of_reserve;non\n';
    const fromCodes = unwrap(await b.router.handle('members.importPreview', upload(Buffer.from(codes, 'utf8')))) as ImportPreview;
    expect(fromCodes.valid.map((v) => v.serviceType)).toEqual(['school', 'other']);

    const template = unwrap(await b.router.handle('members.importTemplate', {})) as CsvExport;
    expect(template.fileName).toBe('concerto-modele-import-membres.csv');
    expect(template.content.split('\r\n')[0]).toBe(csv.content.split('\r\n')[0]);
    const fromTemplate = unwrap(await b.router.handle('members.importPreview', upload(Buffer.from(template.content, 'utf8')))) as ImportPreview;
    expect(fromTemplate).toMatchObject({ missingFields: [], rejected: [], valid: [{ lastName: 'Dubois', firstName: 'Marie', serviceType: 'amo' }] });
  });
});

describe('the duplicate rule', () => {
  it('is the same name (accents and case aside) with the same organisation or the same e-mail', () => {
    const marie = { firstName: 'Marie', lastName: 'Dubois', organisation: 'AMO Le Pont', email: 'marie@amo.be' };
    expect(isLikelyDuplicate(marie, { ...marie, firstName: 'MARIE', lastName: 'dubois' })).toBe(true);
    expect(isLikelyDuplicate({ ...marie, lastName: 'Lefèvre' }, { ...marie, lastName: 'LEFEVRE', email: '' })).toBe(true);
    expect(isLikelyDuplicate(marie, { ...marie, organisation: 'SSM Wavre' })).toBe(true); // same e-mail
    expect(isLikelyDuplicate(marie, { ...marie, organisation: 'SSM Wavre', email: 'm.dubois@ssm.be' })).toBe(false); // a namesake
    expect(isLikelyDuplicate({ ...marie, email: '' }, { ...marie, organisation: 'SSM Wavre', email: '' })).toBe(false);
    expect(isLikelyDuplicate(marie, { ...marie, firstName: 'Mariette' })).toBe(false);
  });

  it('refuses a likely duplicate without a reason (typed error, French message), and stores the reason with the member', async () => {
    const { router } = await createdWorkspace();
    const first = unwrap(await router.handle('members.create', sampleMember)) as Member;
    expect(first.namesakeNote).toBeNull();
    const twin = { ...sampleMember, firstName: 'LUC', lastName: 'Martín', email: '' };
    const refused = await router.handle('members.create', twin);
    expect(refused.ok ? 'ok' : [refused.error.code, refused.error.message]).toEqual(['MEMBER_LIKELY_DUPLICATE', expect.stringMatching(/^Une fiche semblable existe déjà/)]);
    const found = unwrap(await router.handle('members.findDuplicates', { firstName: twin.firstName, lastName: twin.lastName, organisation: twin.organisation, email: twin.email })) as Member[];
    expect(found.map((m) => m.id)).toEqual([first.id]);
    expect((unwrap(await router.handle('members.list', {})) as Member[]).filter((m) => m.lastName.startsWith('Mart'))).toHaveLength(1);

    const added = unwrap(await router.handle('members.create', { ...twin, namesakeNote: 'Homonyme, SAJ de Wavre' })) as Member;
    expect(added.namesakeNote).toBe('Homonyme, SAJ de Wavre');
    const list = unwrap(await router.handle('members.list', {})) as Member[];
    expect(list.find((m) => m.id === added.id)!.namesakeNote).toBe('Homonyme, SAJ de Wavre');
    // A namesake in another service with another e-mail is not a duplicate at all.
    unwrap(await router.handle('members.create', { ...sampleMember, organisation: 'SSM Wavre', email: 'l.martin@ssm.be' }));
  });

  it('applies the same rule to an import: a duplicate row is refused unless the file gives a namesake note', async () => {
    const { router } = await createdWorkspace();
    unwrap(await router.handle('members.create', sampleMember));
    const content = [
      'Nom;Prénom;Organisation;Type de service;Statut de secret;Note homonyme',
      'MARTIN;Luc;SAJ de Nivelles;SAJ;Secret professionnel;',
      'Martin;Luc;SAJ de Nivelles;SAJ;Secret professionnel;Le fils, même service',
      'Lambert;Ève;AMO;AMO;Devoir de réserve;',
      'Lambert;Eve;AMO;AMO;Devoir de réserve;',
    ].join('\n');
    const preview = unwrap(await router.handle('members.importPreview', upload(Buffer.from(content, 'utf8')))) as ImportPreview;
    expect(preview.rejected.map((r) => [r.line, r.issues])).toEqual([
      [2, [{ path: 'Nom', message: 'validation.duplicateMember' }]],
      [5, [{ path: 'Nom', message: 'validation.duplicateMember' }]],
    ]);
    unwrap(await router.handle('members.importCommit', { ...upload(Buffer.from(content, 'utf8')), acceptValidRows: true }));
    const notes = (unwrap(await router.handle('members.list', {})) as Member[]).filter((m) => m.lastName === 'Martin').map((m) => m.namesakeNote);
    expect(notes.sort()).toEqual(['Le fils, même service', null].sort());
  });
});
