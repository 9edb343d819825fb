// The invitation as an e-mail for the coordination's own mail program: an .eml draft (Outlook and
// Thunderbird open it as a new message), a mailto: link when short enough, and the list of addresses.
// It carries the invitation text and the session's calendar entry only: title, date, place and the
// agenda's closing time, never an agenda item or a situation.
import { and, eq } from 'drizzle-orm';
import MailComposer from 'nodemailer/lib/mail-composer';
import { members, sessionParticipants } from '../../../db/schema.js';
import type { InvitationAddressing, InvitationEmail } from '../../../contract/types/sessions.js';
import type { Db } from '../store.js';
import { invitationCalendar, type CalendarOrganizer } from './ics.js';
import { invitationText } from './invitationText.js';
import { sessionRow } from './rows.js';

/**
 * Longest mailto: link offered. Windows hands links to the mail program through a call limited to
 * 2,048 characters and Outlook truncates beyond about 2,000; past that the .eml draft is the way.
 */
export const MAILTO_LIMIT = 2000;

interface Invitees {
  addresses: string[];
  invitedCount: number;
  withoutEmail: number;
}

/** Invited members' addresses, in roster order, each once (two members may share a service's address). */
function inviteesOf(db: Db, sessionId: string): Invitees {
  const rows = db
    .select({ email: members.email, lastName: members.lastName, firstName: members.firstName })
    .from(sessionParticipants)
    .innerJoin(members, eq(members.id, sessionParticipants.memberId))
    .where(and(eq(sessionParticipants.sessionId, sessionId), eq(sessionParticipants.invited, true)))
    .all()
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr'));
  const seen = new Set<string>();
  const addresses: string[] = [];
  let withoutEmail = 0;
  for (const row of rows) {
    const email = row.email.trim();
    if (!email) {
      withoutEmail += 1;
      continue;
    }
    if (seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    addresses.push(email);
  }
  return { addresses, invitedCount: rows.length, withoutEmail };
}

/** RFC 6068: addresses before "?" for To, as an hfield for Bcc; line breaks as %0D%0A. */
function mailtoLink(addresses: string[], addressing: InvitationAddressing, subject: string, body: string | null): string {
  // "@" may stay as it is in an addr-spec (RFC 6068 §2); mail programs read it more reliably so.
  const list = addresses.map((a) => encodeURIComponent(a).replace(/%40/g, '@')).join(',');
  const fields = [addressing === 'bcc' && list ? `bcc=${list}` : null, `subject=${encodeURIComponent(subject)}`, body === null ? null : `body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`];
  return `mailto:${addressing === 'to' ? list : ''}?${fields.filter((f) => f !== null).join('&')}`;
}

async function emlDraft(input: { addresses: string[]; addressing: InvitationAddressing; subject: string; body: string; calendar: { method: string; content: string } }): Promise<string> {
  const composer = new MailComposer({
    [input.addressing]: input.addresses,
    subject: input.subject,
    text: input.body,
    // Outlook opens a message with this header as a draft to send, not as a received message.
    headers: { 'X-Unsent': '1' },
    attachments: [
      {
        filename: 'invitation.ics',
        content: input.calendar.content,
        contentType: `text/calendar; charset=utf-8; method=${input.calendar.method}`,
        contentTransferEncoding: 'base64',
      },
    ],
    // Nothing in this message is read from a file or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const node = composer.compile();
  // A draft keeps its Bcc line: the mail program removes it when sending.
  node.keepBcc = true;
  return (await node.build()).toString('ascii');
}

export async function invitationEmail(
  db: Db,
  input: { id: string; addressing: InvitationAddressing },
  context: { groupName: string; sender: CalendarOrganizer },
): Promise<InvitationEmail> {
  const row = sessionRow(db, input.id);
  const text = invitationText(db, row.id, context.groupName, context.sender.name);
  const calendar = invitationCalendar(db, row.id, context.groupName, context.sender.email ? context.sender : null);
  const invitees = inviteesOf(db, row.id);
  const full = mailtoLink(invitees.addresses, input.addressing, text.subject, text.body);
  const short = mailtoLink(invitees.addresses, input.addressing, text.subject, null);
  const mailto = full.length <= MAILTO_LIMIT ? full : short.length <= MAILTO_LIMIT ? short : null;
  return {
    fileName: `invitation-seance-${row.date}.eml`,
    content: await emlDraft({ addresses: invitees.addresses, addressing: input.addressing, subject: text.subject, body: text.body, calendar }),
    addressing: input.addressing,
    ...invitees,
    mailto: invitees.addresses.length > 0 ? mailto : null,
    mailtoHasBody: invitees.addresses.length > 0 && mailto === full,
    mailtoLength: short.length,
    mailtoLimit: MAILTO_LIMIT,
  };
}
