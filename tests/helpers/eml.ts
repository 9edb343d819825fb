// Reads an .eml draft with independent parsers: Python's standard `email` package (spawned) for the
// MIME message, ical.js (not used by the app) for the attached calendar.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { tempDir } from './workspace.js';

/** Prints what Python's own e-mail parser understands of the draft, as JSON. */
const PARSE_EML = String.raw`
import email, email.policy, json, sys
with open(sys.argv[1], 'rb') as f:
    msg = email.message_from_bytes(f.read(), policy=email.policy.default)
text = msg.get_body(preferencelist=('plain',))
attachments = []
for part in msg.iter_attachments():
    attachments.append({
        'contentType': part.get_content_type(),
        'method': part.get_param('method'),
        'charset': part.get_content_charset(),
        'filename': part.get_filename(),
        'content': part.get_content(),
    })
print(json.dumps({
    'defects': [str(d) for d in msg.defects],
    'xUnsent': msg['X-Unsent'],
    'from': msg['From'],
    'to': [a.addr_spec for a in msg['To'].addresses] if msg['To'] else None,
    'bcc': [a.addr_spec for a in msg['Bcc'].addresses] if msg['Bcc'] else None,
    'subject': str(msg['Subject']),
    'rawSubject': msg.get_all('Subject') and msg.as_bytes().split(b'\nSubject:')[1].split(b'\n')[0].decode('ascii'),
    'mainType': msg.get_content_type(),
    'textType': text.get_content_type() if text else None,
    'textCharset': text.get_content_charset() if text else None,
    'textEncoding': text['Content-Transfer-Encoding'] if text else None,
    'text': text.get_content() if text else None,
    'attachments': attachments,
}))
`;

export interface ParsedEml {
  defects: string[];
  xUnsent: string | null;
  from: string | null;
  to: string[] | null;
  bcc: string[] | null;
  subject: string;
  rawSubject: string;
  mainType: string;
  textType: string | null;
  textCharset: string | null;
  textEncoding: string | null;
  text: string | null;
  attachments: { contentType: string; method: string | null; charset: string | null; filename: string | null; content: string }[];
}

export function parseWithPython(content: string): ParsedEml {
  const file = path.join(tempDir('concerto-eml-'), 'invitation.eml');
  fs.writeFileSync(file, content, 'ascii');
  const run = spawnSync('python3', ['-c', PARSE_EML, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3: ${run.stderr}`);
  return JSON.parse(run.stdout) as ParsedEml;
}

export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
    summary: event.getFirstPropertyValue('summary'),
    location: event.getFirstPropertyValue('location'),
    start: new ICAL.Event(event).startDate.toJSDate().toISOString(),
    organizer: event.getFirstPropertyValue('organizer'),
  };
}
