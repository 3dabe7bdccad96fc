/**
 * nbformat 3 outputs brought to the v4 shape, so checks read one kind of output
 * (pyout -> execute_result, pyerr -> error, `stream` -> `name`, short keys -> mime types).
 */
import type { IMimeBundle, IOutput } from '@jupyterlab/nbformat';

/** nbformat 3's short output keys and the mime types v4 uses for them. */
const MIME_OF_V3_KEY: Record<string, string> = {
  text: 'text/plain',
  html: 'text/html',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpeg: 'image/jpeg',
  latex: 'text/latex',
  json: 'application/json',
  javascript: 'application/javascript',
  markdown: 'text/markdown',
  pdf: 'application/pdf'
};

function bundleOf(raw: Record<string, unknown>): IMimeBundle {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const mime = MIME_OF_V3_KEY[key];
    if (mime) {
      data[mime] = value;
    }
  }
  return data as IMimeBundle;
}

function metadataOf(raw: Record<string, unknown>): Record<string, unknown> {
  const m = raw.metadata;
  return typeof m === 'object' && m !== null && !Array.isArray(m) ? (m as Record<string, unknown>) : {};
}

function outputOfV3(raw: Record<string, unknown>): IOutput {
  switch (raw.output_type) {
    case 'pyout':
      return {
        output_type: 'execute_result',
        execution_count: typeof raw.prompt_number === 'number' ? raw.prompt_number : null,
        data: bundleOf(raw),
        metadata: metadataOf(raw)
      } as IOutput;
    case 'display_data':
      return { output_type: 'display_data', data: bundleOf(raw), metadata: metadataOf(raw) } as IOutput;
    case 'stream':
      return {
        output_type: 'stream',
        name: raw.stream === 'stderr' ? 'stderr' : 'stdout',
        text: raw.text ?? ''
      } as IOutput;
    case 'pyerr':
      return {
        output_type: 'error',
        ename: typeof raw.ename === 'string' ? raw.ename : '',
        evalue: typeof raw.evalue === 'string' ? raw.evalue : '',
        traceback: Array.isArray(raw.traceback) ? raw.traceback : []
      } as IOutput;
    default:
      return raw as IOutput;
  }
}

export function outputsOfV3(raws: Record<string, unknown>[]): IOutput[] {
  return raws.map(outputOfV3);
}
