// data/corrections.json as read: a bad file is refused with its file, its line and what to do,
// never half-applied.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../geo/io/errors.ts';
import { parseCorrections } from '../../../../geo/story/corrections/parse.ts';

const FILE = 'data/corrections.json';
const entry = (fields: string) => `    { ${fields} }`;
const file = (...entries: string[]) => `{\n  "corrections": [\n${entries.join(',\n')}\n  ]\n}\n`;
const GOOD = entry(
  '"what": "stop:city:1", "change": { "do": "reject" }, "reason": "not part of this trip", "date": "2031-01-02"',
);

function refusal(text: string): InputError {
  try {
    parseCorrections(FILE, text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('the file was accepted');
}

describe('parseCorrections', () => {
  it('reads a good file, and an empty list', () => {
    expect(parseCorrections(FILE, file(GOOD))).toEqual([
      { what: 'stop:city:1', change: { do: 'reject' }, reason: 'not part of this trip', date: '2031-01-02' },
    ]);
    expect(parseCorrections(FILE, '{ "corrections": [] }')).toEqual([]);
  });

  it('refuses a JSON syntax error at its line', () => {
    const e = refusal(file(GOOD, GOOD.replace('"reason"', 'reason')));
    expect([e.file, e.line]).toEqual([FILE, 4]);
  });

  it('refuses a key written twice, at the line of the second', () => {
    const e = refusal(
      file(
        GOOD,
        entry('"what": "site:x", "change": { "do": "reject" }, "reason": "a",\n "reason": "b", "date": "2031-01-02"'),
      ),
    );
    expect([e.line, e.problem]).toEqual([5, '"reason" is written twice in one object, and only one can count']);
  });

  it('refuses a change that does not fit its mark, at the line of that entry', () => {
    const e = refusal(
      file(
        GOOD,
        GOOD,
        entry(
          '"what": "flow:country:X", "change": { "do": "place", "lon": 1, "lat": 2 }, "reason": "r", "date": "2031-01-02"',
        ),
      ),
    );
    expect(e.line).toBe(5);
    expect(e.problem).toMatch(/^correction 3: "change\.do" "place" does not apply to a flow; it takes reject/);
  });

  it('reads an arrival date for a stop, and refuses one for a site or one that is no day, at its line', () => {
    const arrive = entry(
      '"what": "stop:city:1", "change": { "do": "arrive", "date": "2031-01-01", "visit": 2 }, "reason": "r", "date": "2031-01-02"',
    );
    expect(parseCorrections(FILE, file(GOOD, arrive))[1]!.change).toEqual({
      do: 'arrive',
      date: '2031-01-01',
      visit: 2,
    });
    const onSite = refusal(file(GOOD, arrive.replace('stop:city:1', 'site:x')));
    expect([onSite.line, onSite.problem]).toEqual([
      4,
      'correction 2: "change.do" "arrive" does not apply to a site; it takes reject or place',
    ]);
    const noDay = refusal(file(GOOD, GOOD, arrive.replace('"2031-01-01", "visit"', '"the 26th", "visit"')));
    expect(noDay.line).toBe(5);
    expect(noDay.problem).toMatch(/^correction 3: "change\.date"/);
  });

  it('refuses an unknown field, a key naming no mark, a point off the globe, an empty reason, a bad date', () => {
    expect(refusal(file(GOOD.replace('"date"', '"dat"'))).problem).toBe('correction 1: unknown field "dat"');
    expect(refusal(file(GOOD.replace('"date": "2031-01-02"', '"note": 1').replace(', "note": 1', ''))).problem).toBe(
      'correction 1: "date" is missing',
    );
    expect(refusal(file(GOOD.replace('stop:city:1', 'city:1'))).problem).toMatch(/names no mark/);
    expect(
      refusal(
        file(
          entry(
            '"what": "site:x", "change": { "do": "place", "lon": 200, "lat": 2 }, "reason": "r", "date": "2031-01-02"',
          ),
        ),
      ).problem,
    ).toMatch(/^correction 1: "change\.lon"/);
    expect(refusal(file(GOOD.replace('not part of this trip', '  '))).problem).toMatch(/^correction 1: "reason"/);
    expect(refusal(file(GOOD.replace('2031-01-02', 'yesterday'))).problem).toMatch(/^correction 1: "date"/);
    expect(refusal('{ "corrections": [], "extra": 1 }').problem).toBe('unknown field "extra"');
    expect(refusal('[]').line).toBe(1);
  });
});
