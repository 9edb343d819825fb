// The invitation in French, ready to copy into an e-mail (the calendar file goes beside it).
// It carries the session's date, place and practicalities, never an agenda item's content.
import type { InvitationText } from '../../../contract/types/sessions.js';
import type { Db } from '../store.js';
import { closesAt } from './agenda.js';
import { todayInBrussels } from '../clock.js';
import { sessionRow } from './rows.js';
import { localDateTime } from './time.js';

const frTime = (time: string) => time.replace(':', ' h ');

export function invitationText(db: Db, id: string, groupName: string, senderName: string, now: Date = new Date()): InvitationText {
  const row = sessionRow(db, id);
  // A session already past (recorded afterwards) is not « la prochaine », and its agenda can no longer be proposed to.
  const past = row.date < todayInBrussels(now);
  const day = localDateTime(row.date, row.startTime, row.timeZone).setLocale('fr-BE').toFormat('cccc d LLLL yyyy');
  const when = `${day}, de ${frTime(row.startTime)} à ${frTime(row.endTime)}`;
  const place = row.place || 'à préciser';
  if (row.status === 'cancelled') {
    return {
      subject: `Annulation — séance de concertation du ${day}`,
      body: [
        'Bonjour,',
        '',
        `La séance du groupe « ${groupName} » prévue le ${when} (${place}) est annulée.`,
        'Le fichier calendrier joint retire la séance de votre agenda.',
        '',
        'Bien cordialement,',
        senderName,
      ].join('\n'),
    };
  }
  const closing = closesAt(db, row).setLocale('fr-BE').toFormat("cccc d LLLL 'à' HH 'h' mm");
  const agendaLine = past ? [] : [`L’ordre du jour sera clôturé le ${closing} : pour y proposer un point, contactez la coordination avant cette date.`];
  return {
    subject: `Invitation — ${row.title}, ${day}`,
    body: [
      'Bonjour,',
      '',
      past ? `Vous étiez invité·e à la séance du groupe « ${groupName} » :` : `Vous êtes invité·e à la prochaine séance du groupe « ${groupName} » :`,
      '',
      `  • Date : ${when}`,
      `  • Lieu : ${place}`,
      '',
      'À apporter : vos notes sur le suivi des situations déjà discutées et, si vous présentez une situation, sa fiche anonymisée (aucun document nominatif).',
      ...agendaLine,
      '',
      'Rappel : pour prendre part aux échanges sur les situations et recevoir le procès-verbal, il faut avoir signé la version en vigueur de la charte du groupe. Si ce n’est pas encore fait, merci de la signer avant la séance.',
      '',
      'Le fichier calendrier (.ics) de la séance est joint à ce message. Merci de signaler une éventuelle absence à la coordination.',
      '',
      'Bien cordialement,',
      senderName,
    ].join('\n'),
  };
}
