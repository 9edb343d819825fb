// Which Concerto field a spreadsheet column holds, guessed from its header as French and Dutch
// offices write it (accents, case and punctuation aside). The user corrects it with a select per column.
import type { ImportField } from '../../../contract/schemas/members.js';
import { foldText } from '../textFold.js';

/** Headers per field, already folded; the first entries are those Concerto's own export writes. */
const HEADERS: Record<ImportField, readonly string[]> = {
  lastName: ['nom', 'nom de famille', 'last name', 'surname', 'family name', 'achternaam', 'familienaam', 'naam', 'nom du membre'],
  firstName: ['prenom', 'first name', 'given name', 'voornaam'],
  organisation: ['organisation', 'organisme', 'institution', 'service', 'structure', 'employeur', 'etablissement', 'organisatie', 'dienst', 'instelling', 'organization'],
  serviceType: ['type de service', 'type service', 'type_service', 'type', 'categorie de service', 'service type', 'soort dienst', 'type dienst', 'diensttype', 'secteur'],
  function: ['fonction', 'poste', 'profession', 'metier', 'job title', 'function', 'functie', 'beroep'],
  email: ['e mail', 'email', 'courriel', 'mail', 'adresse e mail', 'adresse email', 'adresse electronique', 'e mailadres', 'emailadres'],
  phone: ['telephone', 'tel', 'gsm', 'portable', 'numero de telephone', 'phone', 'telefoon', 'telefoonnummer'],
  town: ['commune', 'localite', 'ville', 'town', 'city', 'gemeente', 'stad', 'woonplaats'],
  secrecyStatus: [
    'statut de secret',
    'statut secret',
    'statut_secret',
    'secret professionnel',
    'secret',
    'devoir de reserve',
    'statut',
    'secrecy status',
    'beroepsgeheim',
    'discretieplicht',
  ],
  isReferent: ['referent', 'referente', 'referent e', 'personne de reference', 'referent institution', 'referentiepersoon', 'referent'],
  activeFrom: ['actif depuis', 'actif_depuis', 'depuis', 'date d entree', 'date de debut', 'debut', 'membre depuis', 'actief sinds', 'sinds', 'vanaf', 'startdatum', 'begindatum'],
  activeUntil: ['actif jusqu au', 'actif_jusqu_au', 'jusqu au', 'date de sortie', 'date de fin', 'fin', 'actief tot', 'tot', 'einddatum'],
  namesakeNote: ['note homonyme', 'homonyme', 'note', 'remarque homonyme', 'namesake note', 'naamgenoot'],
};

const FIELDS = Object.keys(HEADERS) as ImportField[];

/** A header as compared: folded, with underscores, dots and brackets as spaces ("Tél." → "tel", "type_service" → "type service"). */
const headerKey = (header: string) => foldText(header.replace(/[_.()@]/g, ' '));

/** The field a header names exactly, or whose header words it contains (the longest such name wins). */
function fieldOf(header: string): ImportField | null {
  const folded = headerKey(header);
  if (folded === '') return null;
  for (const field of FIELDS) if (HEADERS[field].some((h) => headerKey(h) === folded)) return field;
  let best: { field: ImportField; length: number } | null = null;
  for (const field of FIELDS) {
    for (const h of HEADERS[field]) {
      const name = headerKey(h);
      if (name.length < 3) continue;
      if (` ${folded} `.includes(` ${name} `) && (!best || name.length > best.length)) best = { field, length: name.length };
    }
  }
  return best?.field ?? null;
}

/** One field per column (null: ignored); a field already taken by an earlier column is not guessed twice. */
export function guessColumns(headers: readonly string[]): Array<ImportField | null> {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldOf(header);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
