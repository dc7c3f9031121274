import { domainToASCII } from 'node:url';
import addressparser from 'nodemailer/lib/addressparser';
import { DigestError } from '../errors.js';

/** One parsed address: the display name ("" when none) and the bare address. */
export interface Mailbox {
  name: string;
  address: string;
}

/** Which envelope field an address came from, used to name it in error messages. */
export type AddressRole = 'From' | 'To' | 'Reply-To';

// atext of RFC 5322 plus any non-ASCII letter or digit (RFC 6531 allows UTF-8 local parts).
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * True when `address` is a bare address digest is willing to send to: a dot-atom local part
 * (no quoted strings, no comments) and a domain of at least two labels, IDN allowed.
 * Deliberately stricter than RFC 5322 so nothing odd reaches an SMTP envelope or a header.
 * Never throws.
 */
export function isValidAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at > 64 || address.length > 254) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const labels = domain.split('.');
  return (
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    domainToASCII(domain) !== ''
  );
}

/**
 * Parses one address as written in an envelope: `"a@example.com"` or `"Name <a@example.com>"`.
 * Throws a DigestError `SEND_INVALID_ADDRESS` naming the input when it is not exactly one
 * valid address (a list, a group, a missing `@`, a bad domain).
 */
export function parseMailbox(input: string, role: AddressRole): Mailbox {
  const parsed = addressparser(input);
  const only = parsed.length === 1 ? parsed[0] : undefined;
  const address = only?.address?.trim() ?? '';
  if (only === undefined || only.group !== undefined || !isValidAddress(address)) {
    throw new DigestError('SEND_INVALID_ADDRESS', `The ${role} address "${input}" is not a valid email address.`, {
      hint:
        parsed.length > 1
          ? `Give one address per entry: split "${input}" into separate addresses.`
          : 'Write it as name@example.com or "Name <name@example.com>".',
    });
  }
  // A display name is copied into a header: line breaks in it must not start a new header line.
  return { name: only.name.replace(/[\r\n]+/g, ' ').trim(), address };
}

/** The domain of a bare, already validated address in ASCII (punycode) form, for the Message-ID. Never throws. */
export function toAsciiDomain(address: string): string {
  return domainToASCII(address.slice(address.lastIndexOf('@') + 1));
}
