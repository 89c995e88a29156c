/**
 * A problem with the user's input: it names the file, the line (1-based, when one
 * applies) and what to do. The build stops on the first one and writes nothing.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly fix: string;

  constructor(file: string, line: number | null, problem: string, fix: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}. ${fix}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.fix = fix;
  }
}

/** The 1-based line on which a UTF-16 offset of `text` falls. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
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
    const at = /position (\d+)/.exec(String(error));
    throw new InputError(file, at ? lineAt(text, Number(at[1])) : null, `is not valid JSON (${(error as Error).message})`, 'Fix the JSON syntax');
  }
}
