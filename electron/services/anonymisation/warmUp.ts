// The anonymisation check warmed just after an unlock, once the reply is on its way, so that the session's first
// check waits neither for the word lists nor for the first runs of the detectors (their regular expressions are
// compiled on first use, and to machine code on the next; the code of the detectors is optimised as it runs).
// Each step is its own task, so that requests arriving meanwhile are answered between them.
import { findIdentifiers } from './check.js';
import { lexicons } from './lexicon.js';

// A fictional summary with one identifier of each kind, and words of every detector's context.
const SAMPLE = [
  'Réunion du 12 janvier 2027. Kevin Dupont, né le 12/03/2013, NN 13.03.12-123.45, habite rue de la Station 14 à 1400 Nivelles',
  '(Kerkstraat 12, 1000 Bruxelles), tél. 0486 / 55 44 33, kevin.dupont(at)mail.be, IBAN BE68 5390 0754 7034, compte 063-1234567-83.',
  "Sa mère, Mme LAMBERT Sophie, et la juge Delvaux ; l'éducatrice yasmine kabongo voit la famille chez les Kabongo depuis la Toussaint.",
  "Il fréquente l'Athénée royal de Waterloo ; la voiture 1-ABC-234 ; le syndrome de Gilles de la Tourette n'est pas évoqué par le SSM.",
].join(' ');

/** Loads the lists and runs the check twice on a fictional text, one step per task; resolves when done (errors are left to the first check). */
export function warmAnonymisation(): Promise<void> {
  const context = { rosterNames: [{ firstName: 'Anne', lastName: 'Lemaire' }], privateWords: ['Jambes'], knownNames: [{ kind: 'lastName' as const, text: 'Dupont' }] };
  const steps = [() => lexicons(), () => findIdentifiers(SAMPLE, context), () => findIdentifiers(SAMPLE, context)];
  return steps.reduce<Promise<void>>(
    (previous, step) =>
      previous.then(
        () =>
          new Promise<void>((resolve) =>
            setImmediate(() => {
              try {
                step();
              } catch {
                // The first check runs the same code and reports the error there.
              }
              resolve();
            }),
          ),
      ),
    Promise.resolve(),
  );
}
