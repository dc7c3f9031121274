import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { DigestError } from '../errors.js';
import type { Article, DroppedLine } from '../types.js';
import { toIsoDate } from './html-metadata.js';
import { parseByline } from './byline.js';
import { parseDateline } from './dateline.js';
import { detectLanguage } from './language.js';
import { isBoilerplate, isCredit } from './line-kinds.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n?/;

/**
 * Reads a Markdown article. YAML front matter may give `title`, `subtitle` (or `description`),
 * `author`/`byline`, `date`/`published`, `url`, `source`, `lang` and `image`; otherwise the
 * first `#` heading is the title. Throws INGEST_UNSUPPORTED for broken front matter and
 * INGEST_EMPTY when there is no body.
 */
export function parseMarkdown(content: string, name: string): Article {
  const front = readFrontMatter(content, name);
  const body = content.slice(front.length);
  const dropped: DroppedLine[] = [];
  const paragraphs: string[] = [];
  let title = stringField(front.data, 'title');
  let image: Article['image'];
  for (const token of new Lexer().lex(body)) {
    if (token.type === 'heading') {
      const text = inlineText((token as Tokens.Heading).tokens);
      if (title === undefined && (token as Tokens.Heading).depth === 1) title = text;
      else dropped.push({ text, reason: 'heading' });
      continue;
    }
    const imageToken = findImage(token);
    if (imageToken !== undefined) {
      image ??= { src: imageToken.href, alt: imageToken.text };
      if (imageToken.text) dropped.push({ text: imageToken.text, reason: 'caption' });
      continue;
    }
    for (const text of blockTexts(token)) {
      if (isBoilerplate(text)) dropped.push({ text, reason: 'boilerplate' });
      else if (isCredit(text)) dropped.push({ text, reason: 'credit' });
      else paragraphs.push(text);
    }
  }
  if (title === undefined) title = paragraphs.shift();
  if (title === undefined || paragraphs.length === 0) {
    throw new DigestError('INGEST_EMPTY', `${name} has no article body.`, {
      hint: 'Start the file with "# Title" (or front matter with title:) followed by paragraphs.',
    });
  }
  const data = front.data;
  const author = stringField(data, 'byline') ?? stringField(data, 'author');
  const date = stringField(data, 'published') ?? stringField(data, 'date');
  const frontImage = stringField(data, 'image');
  return {
    title,
    ...fields({
      subtitle: stringField(data, 'subtitle') ?? stringField(data, 'description'),
      byline: author === undefined ? undefined : (parseByline(author) ?? author),
      published: date === undefined ? undefined : (toIsoDate(date) ?? parseDateline(date)),
      url: stringField(data, 'url'),
      source: stringField(data, 'source'),
    }),
    lang: stringField(data, 'lang') ?? detectLanguage(paragraphs),
    ...(frontImage !== undefined ? { image: { src: frontImage, alt: stringField(data, 'imageAlt') ?? '' } } : image ? { image } : {}),
    paragraphs,
    dropped,
  };
}

function readFrontMatter(content: string, name: string): { length: number; data: Record<string, unknown> } {
  const match = FRONT_MATTER.exec(content);
  if (match === null) return { length: 0, data: {} };
  try {
    const data: unknown = parseYaml(match[1] ?? '', { schema: 'core' });
    const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
    return { length: match[0].length, data: isObject ? (data as Record<string, unknown>) : {} };
  } catch (error) {
    throw new DigestError('INGEST_UNSUPPORTED', `${name}: the front matter is not valid YAML: ${(error as Error).message}`, {
      hint: 'Front matter goes between two "---" lines as "key: value" pairs.',
      cause: error,
    });
  }
}

/** Plain text of each paragraph-level block: list items and quotes count one paragraph each. */
function blockTexts(token: Token): string[] {
  switch (token.type) {
    case 'paragraph':
      return [inlineText((token as Tokens.Paragraph).tokens)];
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap(blockTexts);
    case 'list':
      return (token as Tokens.List).items.map((item) => inlineText(item.tokens));
    case 'text':
      return [inlineText((token as Tokens.Text).tokens ?? [token])];
    default:
      return [];
  }
}

function inlineText(tokens: Token[]): string {
  const text = tokens
    .map((token): string => {
      if (token.type === 'image') return '';
      if (token.type === 'br') return ' ';
      if ('tokens' in token && Array.isArray(token.tokens)) return inlineText(token.tokens);
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
    })
    .join('');
  return text.replace(/\s+/g, ' ').trim();
}

/** An image that stands alone as a paragraph. */
function findImage(token: Token): Tokens.Image | undefined {
  if (token.type !== 'paragraph') return undefined;
  const inner = (token as Tokens.Paragraph).tokens.filter((child) => !(child.type === 'text' && child.raw.trim() === ''));
  const [only] = inner;
  return inner.length === 1 && only?.type === 'image' ? (only as Tokens.Image) : undefined;
}

function stringField(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function fields(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
