import { jsonSyntaxOffset } from './json-syntax.ts';

/**
 * A problem with the user's input: it names the file, the line (1-based, when one
 * applies) and what to do. The build stops on the first one and writes nothing.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly problem: string;
  readonly fix: string;

  constructor(file: string, line: number | null, problem: string, fix: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}. ${fix}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
  }
}

/** The 1-based line on which a UTF-16 offset of `text` falls; a line ends with LF, CRLF or a lone CR. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** The 1-based line of the first `needle` in `text`, or null when it is not there. */
export function lineOf(text: string, needle: string, from = 0): number | null {
  const at = text.indexOf(needle, from);
  return at < 0 ? null : lineAt(text, at);
}

/** JSON.parse, with a syntax error reported at its file and line. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const at = jsonSyntaxOffset(text) ?? 0;
    // V8 quotes the whole text in some messages; the line says where, so keep only what is wrong.
    const what = (error as Error).message
      .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
      .replace(/ (?:in JSON )?at position \d+.*$/s, '');
    if (at >= text.trimEnd().length) {
      // The end of input: the last line with text is where something is missing.
      throw new InputError(
        file,
        lineAt(text, text.trimEnd().length),
        'ends before its JSON is complete',
        'Finish the last value and close every { and [',
      );
    }
    const near = text.slice(at, at + 12).split(/[\r\n]/)[0];
    throw new InputError(
      file,
      lineAt(text, at),
      `is not valid JSON (${what}${near ? ` at “${near}”` : ', at the end of the line'})`,
      'Fix the JSON syntax on that line: a missing comma or quote, a comma before } or ], or a value not in double quotes',
    );
  }
}
