/** A hand-made rendered email and envelope for the send tests. */
import type { Envelope, RenderedEmail } from '../../src/types.js';

export const SUBJECT = '₩1.5tn — Seoul counts the cost of North Korean hackers';

export const HTML = [
  '<!doctype html>',
  '<html lang="en"><head><meta charset="utf-8"><title>Digest</title></head>',
  '<body><h1>₩1.5tn — Seoul</h1>',
  '<p>Hackers stole <strong>$1.2&nbsp;billion</strong> (1.5 trillion won) since 2017.</p>',
  '<p><a href="https://example.com/story?id=1&amp;from=digest">Read the story</a></p>',
  '</body></html>',
].join('\n');

export const TEXT = [
  '₩1.5tn — Seoul',
  '',
  'Hackers stole $1.2 billion (1.5 trillion won) since 2017.',
  '. A line starting with a dot survives SMTP dot-stuffing.',
  '',
  'Read the story: https://example.com/story?id=1&from=digest',
].join('\n');

/** A fresh copy, so a test can change it without affecting others. */
export function makeEmail(overrides: Partial<RenderedEmail> = {}): RenderedEmail {
  return { subject: SUBJECT, preheader: 'Seoul says $1.2 billion was stolen', html: HTML, text: TEXT, warnings: [], ...overrides };
}

export const SEND_DATE = new Date('2026-11-23T19:45:00Z');

export function makeEnvelope(overrides: Partial<Envelope> = {}): Envelope {
  return { from: 'Digest Desk <digest@news.example.com>', to: ['editor@example.com'], date: SEND_DATE, ...overrides };
}

/** The unfolded value of the first header line named `name` in a parsed message. */
export function headerValue(mail: { headerLines: readonly { readonly key: string; readonly line: string }[] }, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  if (line === undefined) return undefined;
  return line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}
