// Every kind of JSON syntax error names its line, including those whose JSON.parse
// message carries no position ("Unexpected end of JSON input", "Unexpected token …").
import { describe, expect, it } from 'vitest';
import { InputError, parseJson } from '../../../geo/io/errors.ts';
import { jsonSyntaxOffset } from '../../../geo/io/json-syntax.ts';
import { jsonKeys } from '../../../geo/io/json-keys.ts';
import fc from 'fast-check';

function refusal(text: string): InputError {
  try {
    parseJson('f.json', text);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('parsed');
}

describe('a JSON syntax error', () => {
  it.each([
    ['an empty file', '', 1, /ends before its JSON is complete/],
    ['a file that ends inside an object', '{\n  "a": 1,\n  "b": [1, 2\n\n', 3, /ends before its JSON is complete/],
    ['a comma before ]', '{\n  "a": [1,\n  ]\n}', 3, /Unexpected token '\]'/],
    ['a word not in quotes', '{\n  "a": 1,\n  "b": yes\n}', 3, /Unexpected token 'y'/],
    ['a truncated literal', '{\n  "a": tru\n}', 2, /at “tru”/],
    ['a leading non-JSON space', '\u00a0{}', 1, /Unexpected token/],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, /Expected ',' or '}' after property value/],
    ['a comma before }', '{\n  "a": 1,\n}', 3, /Expected double-quoted property name/],
    ['a missing colon', '{\n  "a" 1\n}', 2, /Expected ':' after property name/],
    ['a key not in quotes', '{\n  a: 1\n}', 2, /Expected property name or '\}'/],
    ['a line break inside a string', '{\n  "a": "x\ny"\n}', 2, /Bad control character in string literal/],
    ['a bad escape', '{\n\n  "a": "\\q"\n}', 3, /Bad escaped character/],
    ['a bad unicode escape', '[\n"\\u12"]', 2, /Bad Unicode escape/],
    ['a leading zero', '{\n  "a": 01\n}', 2, /Unexpected number/],
    ['a lone minus', '[\n -\n]', 2, /No number after minus sign/],
    ['an exponent without digits', '[\n 1e\n]', 2, /Exponent part is missing a number/],
    ['text after the value', '{}\n\nx', 3, /Unexpected non-whitespace character after JSON/],
    ['a second closing brace', '{\n  "a": 1\n}}', 3, /Unexpected non-whitespace character after JSON/],
    ['CRLF line ends', '{\r\n  "a": 1,\r\n  "b": ]\r\n}', 3, /Unexpected token '\]'/],
  ])('%s names line %i', (_, text, line, problem) => {
    const error = refusal(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^f\\.json:${line}: `));
    expect(error.message).toMatch(problem);
    expect(error.message).not.toMatch(/is not valid JSON$|position \d+ .*position/);
  });

  it('never quotes the whole file back', () => {
    const text = `{\n${'  "key": "value",\n'.repeat(500)}  "last": [1,]\n}`;
    const error = refusal(text);
    expect(error.line).toBe(502);
    expect(error.message.length).toBeLessThan(400);
  });

  it('is located without recursion, however deep the nesting', () => {
    expect(jsonSyntaxOffset('['.repeat(100_000))).toBe(100_000);
    expect(jsonSyntaxOffset(`${'['.repeat(50_000)}${']'.repeat(50_000)}`)).toBeNull();
  });

  it('is not reported for valid JSON', () => {
    for (const text of [
      '{}',
      '[]',
      '"s"',
      '-1.5e+3',
      '{"a":[1,{"b":[true,false,null,"x\\n\\u00e9"]}],"c":{}}',
      ' \n{ "a" : 1 } \n',
    ]) {
      expect(jsonSyntaxOffset(text)).toBeNull();
      expect(parseJson('f.json', text)).toEqual(JSON.parse(text));
    }
  });
});

describe('the keys of a JSON text', () => {
  it('counts every key of every object, and none in strings or arrays', () => {
    expect(jsonKeys('{"a": {"b": [1, {"c": "\\"d\\": 1"}], "e": "{\\"f\\": 2}"}}')).toEqual({
      duplicate: null,
      count: 4,
    });
    expect(jsonKeys('["a", "a", {"a": 1}, {"a": 2}]')).toEqual({ duplicate: null, count: 2 });
  });

  it('finds a key written twice in one object, at its second writing, escapes decoded', () => {
    const text = '{\n  "a": 1,\n  "b": { "a": 2 },\n  "\\u0061": 3\n}';
    expect(jsonKeys(text).duplicate).toEqual({ key: 'a', offset: text.lastIndexOf('"\\u0061"') });
  });

  it('any object JSON.stringify writes has no duplicate, and its key count', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const count = (v: unknown): number =>
          Array.isArray(v)
            ? v.reduce((n: number, x) => n + count(x), 0)
            : typeof v === 'object' && v !== null
              ? Object.values(v).reduce((n: number, x) => n + 1 + count(x), 0)
              : 0;
        expect(jsonKeys(text)).toEqual({ duplicate: null, count: count(value) });
      }),
    );
  });
});
