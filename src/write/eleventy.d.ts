// The parts of @11ty/eleventy 3's programmatic API that tolk uses (the package ships no types).
declare module '@11ty/eleventy' {
  export interface EleventyUserConfig {
    setTemplateFormats(formats: string[]): void;
    setUseGitIgnore(enabled: boolean): void;
    setDataDeepMerge(enabled: boolean): void;
    setQuietMode(quiet: boolean): void;
    addGlobalData(name: string, data: unknown): void;
    addTransform(name: string, transform: (content: string) => string | Buffer | Promise<Buffer>): void;
    addPassthroughCopy(mapping: Record<string, string>, copyOptions?: { filter?: (relativePath: string) => boolean }): void;
  }
  export interface EleventyLogger {
    overrideLogger(logger: { log: (m: string) => void; warn: (m: string) => void; error: (m: string) => void; info: (m: string) => void }): void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options: {
      quietMode?: boolean;
      configPath?: string | false;
      loader?: 'esm' | 'cjs' | 'auto';
      config?: (eleventyConfig: EleventyUserConfig) => void;
    });
    readonly logger: EleventyLogger;
    init(): Promise<void>;
    write(): Promise<unknown>;
  }
}
