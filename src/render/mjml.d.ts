// mjml 5 ships no type declarations; this covers the one function the render stage calls.
declare module 'mjml' {
  export interface MjmlValidationIssue {
    line: number;
    message: string;
    tagName: string;
    formattedMessage: string;
  }

  export interface MjmlOptions {
    validationLevel?: 'strict' | 'soft' | 'skip';
    fonts?: Record<string, string>;
    keepComments?: boolean;
    beautify?: boolean;
    minify?: boolean;
    minifyOptions?: { minifyCss?: boolean | object; removeEmptyAttributes?: boolean };
    ignoreIncludes?: boolean;
    useMjmlConfigOptions?: boolean;
    filePath?: string;
    actualPath?: string;
  }

  export interface MjmlOutput {
    html: string;
    errors: MjmlValidationIssue[];
  }

  /** Rejects with an Error carrying `errors: MjmlValidationIssue[]` under validationLevel 'strict'. */
  // eslint-disable-next-line no-restricted-syntax -- describes mjml's own CommonJS export, not ours.
  export default function mjml2html(input: string, options?: MjmlOptions): Promise<MjmlOutput>;
}
