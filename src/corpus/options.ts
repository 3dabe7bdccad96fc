/** The command line the corpus commands share (`npm run corpus`, `npm run leakage-real`). */
export interface CorpusOptions {
  /** Only these repos (owner/name); all labelled ones when empty. */
  repos: string[];
  markdown: boolean;
  /** Also write the figures as JSON to this file. */
  json?: string;
  /** `npm run corpus` only: exit 1 below this agreement (%). */
  minAgreement?: number;
}

export function parseCorpusOptions(argv: string[], accepts: { minAgreement: boolean }): CorpusOptions {
  const options: CorpusOptions = { repos: [], markdown: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--repo') {
      options.repos.push(argv[++i]);
    } else if (arg === '--markdown') {
      options.markdown = true;
    } else if (arg === '--json') {
      options.json = argv[++i];
    } else if (arg === '--min-agreement' && accepts.minAgreement) {
      options.minAgreement = Number(argv[++i]);
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  return options;
}
