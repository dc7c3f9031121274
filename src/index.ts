/**
 * The library API of digest: ingest -> analyze -> render -> send. The CLI is a thin front
 * over these functions. Nothing here reads the environment, prints or exits; every failure
 * is a DigestError.
 */
export type {
  AnalyzedArticle,
  Analysis,
  Article,
  ArticleImage,
  Brand,
  Digest,
  DropReason,
  DroppedLine,
  Envelope,
  FigureUnit,
  KeyFigure,
  Recipient,
  RenderedEmail,
  Sender,
  SendResult,
} from './types.js';
export { DigestError, ERROR_CODES, isDigestError, type ErrorCode } from './errors.js';
export { articleText } from './article-text.js';
export { articleInputSchema, digestInputSchema, keyFigureSchema, type ArticleInput, type DigestInput } from './schemas.js';

export {
  detectFormat,
  ingest,
  ingestBytes,
  ingestFeed,
  ingestFile,
  ingestText,
  ingestUrl,
  type DigestFile,
  type FeedOptions,
  type FetchOptions,
  type IngestInput,
  type IngestOptions,
  type Ingested,
  type InputFormat,
} from './ingest/index.js';
export { analyze, extractKeyFigures, splitSentences, summarize, type AnalyzeOptions } from './analyze/index.js';
export { analyzeArticles, buildDigest, type BuildDigestOptions } from './pipeline.js';
export { formatFigure, listBundledTemplates, loadTemplate, renderDigest, type RenderOptions } from './render/index.js';
export {
  composeMessage,
  createOutboxSender,
  createSmtpSender,
  parseSmtpUrl,
  redactSecrets,
  type OutboxSenderOptions,
  type SmtpOptions,
  type SmtpSenderOptions,
} from './send/index.js';
