import { isPublicationName } from './text-cleanup.js';

/** Job titles that follow an author's name on news pages. */
const ROLE_WORDS =
  /\b(?:senior|chief|deputy|associate|staff|special|contributing|political|science|technology|tech|business|economics|foreign|world|security|health|climate|sports?|culture|arts|us|uk|asia|europe|china|global|investigations?|education|environment|consumer|personal finance|markets|energy|defen[cs]e|diplomatic|home affairs|royal|crime|social affairs|media|data|digital|night|news|correspondent|reporter|editor|writer|journalist|contributor|columnist|analyst|bureau chief|producer|presenter|anchor|intern|fellow|in|at)\b/i;

const NAME_WORD = /^(?:[A-Z][\p{L}'’.-]*|[A-Z]\.|(?:de|da|del|der|van|von|la|le|di|du|bin|al|ibn|dos|das|and|&))$/u;

/**
 * Returns the author names of a byline line ("By Andrew Griffin, Science Correspondent"
 * gives "Andrew Griffin"), or undefined when the line does not look like a byline.
 * `explicitOnly` accepts only lines that start with "By".
 */
export function parseByline(line: string, explicitOnly = false): string | undefined {
  let text = line.trim().replace(/\s+/g, ' ');
  const explicit = /^(?:written\s+)?by\s+/i.test(text);
  if (!explicit && explicitOnly) return undefined;
  text = text.replace(/^(?:written\s+)?by\s+/i, '');
  text = text.replace(/\S+@\S+/g, '').replace(/@\w+/g, '');
  // "Name | Role", "Name, Role", "Name - Role", "Name in Seoul": the name comes first.
  text = text.split(/\s*(?:\||•|·|\s[-–—]\s)\s*/)[0] ?? '';
  text = removeTrailingRoles(text);
  text = text.replace(/\s+(?:in|at)\s+[A-Z][\p{L}\s]*$/u, '').replace(/[,;:]+$/, '').trim();
  if (!looksLikeNames(text)) return undefined;
  // Some sites print bylines in capitals ("By STAN CHOE"); names read better in title case.
  if (text === text.toUpperCase()) text = text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, lead: string, letter: string) => lead + letter.toUpperCase()).replace(/\bAnd\b/g, 'and');
  return text.replace(/\s*,\s*(?:and\s+)?/g, ', ').replace(/\s+&\s+/g, ' and ');
}

/** Strips ", Science Correspondent" and trailing role words such as "Reporter". */
function removeTrailingRoles(text: string): string {
  const parts = text.split(/\s*,\s*/);
  const names = parts.filter((part, index) => index === 0 || !(ROLE_WORDS.test(part) || isPublicationName(part)));
  let joined = names.join(', ');
  const words = joined.split(' ');
  while (words.length > 2 && ROLE_WORDS.test(words[words.length - 1] ?? '')) words.pop();
  joined = words.join(' ');
  return joined;
}

function looksLikeNames(text: string): boolean {
  if (text.length < 3 || text.length > 80 || /\d/.test(text)) return false;
  const words = text.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 12) return false;
  const capitalised = words.filter((word) => /^[A-Z]/.test(word)).length;
  return words.every((word) => NAME_WORD.test(word)) && capitalised >= 2;
}
