import { DigestError } from '../errors.js';
import { charsetOf, decodeBody } from './charset.js';
import { checkSize, DEFAULT_MAX_INPUT_BYTES, formatMiB } from './limits.js';

/** How to fetch a URL. Every field has a default; tests inject `fetch`. */
export interface FetchOptions {
  /** The fetch implementation (default `globalThis.fetch`). */
  fetch?: typeof fetch;
  /** Give up after this long, redirects and body included (default 15 000 ms). */
  timeoutMs?: number;
  /** Stop reading a body larger than this (default 10 MiB). */
  maxBytes?: number;
}

/** A page as fetched: where it ended up after redirects, its media type, and its decoded text. */
export interface FetchedPage {
  /** The final URL, after redirects. */
  url: string;
  /** The Content-Type without parameters, lower-case ("text/html"); "" when the server sent none. */
  mediaType: string;
  text: string;
}

/** Media types read as a web page. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;
export const USER_AGENT = 'digest/0.1';
const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/**
 * Fetches an http(s) URL, following up to five redirects, reading at most `maxBytes` of the
 * body (a larger body is cut off, not loaded) and decoding it with its declared charset.
 * Throws INGEST_FETCH_FAILED (bad URL, DNS, refused connection, too many redirects),
 * INGEST_FETCH_TIMEOUT, INGEST_HTTP_STATUS (4xx, 5xx) and INGEST_TOO_LARGE.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const { response, finalUrl } = await followRedirects(parseUrl(url), options.fetch ?? globalThis.fetch, controller.signal, url);
    const bytes = await readCapped(response, options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES, finalUrl);
    const contentType = response.headers.get('content-type');
    const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    return { url: finalUrl, mediaType, text: decodeBody(bytes, charsetOf(contentType)) };
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof DigestError)) {
      throw new DigestError('INGEST_FETCH_TIMEOUT', `${url} did not answer within ${formatSeconds(timeoutMs)}.`, {
        hint: 'The site may be slow or down: try again later, raise the limit with --timeout, or save the page as .html and give that file.',
        cause: error,
      });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** True for the media type of a web page, or none at all (left to the content to say). */
export function isHtmlType(mediaType: string): boolean {
  return HTML_TYPES.has(mediaType) || mediaType === '';
}

/** INGEST_NOT_HTML for content digest cannot read as an article. */
export function notHtmlError(page: Pick<FetchedPage, 'url' | 'mediaType'>, what = page.mediaType): DigestError {
  return new DigestError('INGEST_NOT_HTML', `${page.url} is ${what}, not a web page, feed or text.`, {
    hint: 'Give the address of an article page (HTML) or of a feed (RSS, Atom, JSON Feed).',
  });
}

/** Follows redirects by hand, to count them and to keep them on http(s); returns the last response and its URL. */
async function followRedirects(start: URL, fetchImpl: typeof fetch, signal: AbortSignal, asked: string): Promise<{ response: Response; finalUrl: string }> {
  let current = start;
  for (let hops = 0; ; hops++) {
    const response = await request(current, fetchImpl, signal);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel();
      if (hops === MAX_REDIRECTS) {
        throw new DigestError('INGEST_FETCH_FAILED', `${asked} redirected more than ${MAX_REDIRECTS} times (last to ${current.href}).`, {
          hint: 'The site may be redirecting in a loop (often a cookie or consent wall); save the page from a browser as .html instead.',
        });
      }
      current = parseUrl(location, current);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw statusError(response.status, response.statusText, current.href, asked);
    }
    return { response, finalUrl: current.href };
  }
}

async function request(url: URL, fetchImpl: typeof fetch, signal: AbortSignal): Promise<Response> {
  try {
    return await fetchImpl(url, { redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT, accept: ACCEPT } });
  } catch (error) {
    if (signal.aborted) throw error;
    const { what, hint } = describeNetworkError(error);
    throw new DigestError('INGEST_FETCH_FAILED', `Cannot fetch ${url.href}: ${what}.`, { hint, cause: error });
  }
}

function parseUrl(value: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch (error) {
    throw new DigestError('INGEST_FETCH_FAILED', `${value} is not a valid URL.`, { hint: 'Give a full address such as https://example.com/news/story.', cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DigestError('INGEST_FETCH_FAILED', `Cannot fetch ${url.href}: only http and https URLs are read.`, {
      hint: 'Give an http(s) address, or save the page and give the file.',
    });
  }
  return url;
}

/** Reads the body chunk by chunk, stopping as soon as it passes the cap. */
async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    checkSize(declared, maxBytes, url);
  }
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new DigestError('INGEST_TOO_LARGE', `${url} is larger than the ${formatMiB(maxBytes)} limit; stopped reading.`, {
        hint: 'An article is rarely over a few hundred KB; raise the limit with --max-input-size if this one really is.',
      });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function statusError(status: number, statusText: string, url: string, asked: string): DigestError {
  const from = url === asked ? '' : ` (redirected from ${asked})`;
  const hint =
    status === 404 || status === 410
      ? 'Check the address: the page may have moved or been removed.'
      : status === 401 || status === 403
        ? 'The site refuses automated readers or needs a login: save the page from your browser as .html and give that file.'
        : status === 429
          ? 'The site is limiting requests: wait a while and try again.'
          : status >= 500
            ? 'The server failed: try again later, or save the page from your browser as .html.'
            : 'Check the address, or save the page from your browser as .html and give that file.';
  return new DigestError('INGEST_HTTP_STATUS', `${url}${from} answered ${status}${statusText ? ` ${statusText}` : ''}.`, { hint });
}

/** Names what went wrong under fetch's generic "fetch failed" from the system error code. */
function describeNetworkError(error: unknown): { what: string; hint: string } {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { what: `the host name was not found (${code})`, hint: 'Check the spelling of the address and your network connection.' };
  if (code === 'ECONNREFUSED') return { what: 'the connection was refused (ECONNREFUSED)', hint: 'Check the address and port; the server may be down.' };
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return { what: `the connection was dropped (${code})`, hint: 'Try again; the server may be overloaded or blocking automated readers.' };
  if (/CERT|SSL|TLS/i.test(code)) return { what: `the TLS certificate was refused (${code})`, hint: 'The site’s certificate is invalid; save the page from your browser as .html instead.' };
  const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return { what: code ? `${detail} (${code})` : detail, hint: 'Check the address and your network connection.' };
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
