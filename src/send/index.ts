/**
 * The send stage: one Sender interface (`name`, `send`, `close`) with equal implementations.
 * Every sender transmits the message `composeMessage` builds, so an outbox file holds the
 * same MIME an SMTP server receives.
 */
export { composeMessage, type ComposedMessage, type ComposeOptions } from './compose-message.js';
export { createOutboxSender, type OutboxSenderOptions } from './outbox-sender.js';
export { createSmtpSender, type SmtpSenderOptions } from './smtp-sender.js';
export { isLoopbackHost, parseSmtpUrl, type SmtpOptions, type StartTlsMode } from './smtp-url.js';
export { redactSecrets, redactUrlPassword } from './redact.js';
