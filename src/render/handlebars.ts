/**
 * Handlebars, loaded through `require`: it is a CommonJS module typed with `export =`, and this
 * project compiles without `esModuleInterop`, so a default import would not type-check.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Handlebars module; call `Handlebars.create()` for an isolated environment. */
export const Handlebars = require('handlebars') as typeof import('handlebars');
