// Where a JSON text stops being JSON. JSON.parse does not always say ("Unexpected end of
// JSON input", "Unexpected token … is not valid JSON"), and a message needs the line.

// JSON forbids raw control characters inside strings: matching them is the point.
// eslint-disable-next-line no-control-regex
const STRING_BODY = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const SPACE = /[ \t\n\r]*/y;

type Expecting = 'value' | 'first value' | 'key' | 'first key' | 'after value';

/**
 * The offset of the first character at which `text` is not JSON (`text.length` when it
 * ends too early), or null when it is JSON. Iterative, so deep nesting cannot overflow.
 */
export function jsonSyntaxOffset(text: string): number | null {
  const closers: string[] = [];
  let expecting: Expecting = 'value';
  let i = skip(text, SPACE, 0);
  for (; i < text.length; i = skip(text, SPACE, i)) {
    const c = text[i]!;
    const closer = closers[closers.length - 1];
    if (expecting === 'after value') {
      if (closer === undefined) return i;
      if (c === closer) closers.pop();
      else if (c === ',') expecting = closer === '}' ? 'key' : 'value';
      else return i;
      i++;
    } else if ((expecting === 'first value' && c === ']') || (expecting === 'first key' && c === '}')) {
      closers.pop();
      i++;
      expecting = 'after value';
    } else if (expecting === 'key' || expecting === 'first key') {
      const end = stringEnd(text, i);
      if (end < 0) return -end - 1;
      i = skip(text, SPACE, end);
      if (text[i] !== ':') return Math.min(i, text.length);
      i++;
      expecting = 'value';
    } else if (c === '{' || c === '[') {
      closers.push(c === '{' ? '}' : ']');
      expecting = c === '{' ? 'first key' : 'first value';
      i++;
    } else {
      const end = c === '"' ? stringEnd(text, i) : Math.max(skip(text, NUMBER, i), skip(text, LITERAL, i));
      if (end < 0) return -end - 1;
      if (end === i) return i;
      i = end;
      expecting = 'after value';
    }
  }
  return expecting === 'after value' && closers.length === 0 ? null : text.length;
}

/** Where `pattern` stops matching at `from` (`from` itself when it does not match). */
function skip(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex : from;
}

/** The end of the string starting at `from`, or -(offset + 1) of the character that breaks it. */
function stringEnd(text: string, from: number): number {
  if (text[from] !== '"') return -from - 1;
  const end = skip(text, STRING_BODY, from);
  return text[end] === '"' ? end + 1 : -end - 1;
}
