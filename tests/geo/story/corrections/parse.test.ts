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
      'correction 2: "change.do" "arrive" does not apply to a site; it takes reject or place or add',
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

  it('reads a site no article names, a mention resolved to a gazetteer entry and a site placed at one', () => {
    const added = entry(
      '"what": "site:editor:fish-market", "change": { "do": "add", "name": "Fish Market", "lon": 1, "lat": 2 }, "reason": "r", "date": "2031-01-02"',
    );
    const resolved = entry(
      '"what": "mention:city:1", "change": { "do": "resolve", "to": "city:2", "name": "Two", "kind": "city", "country": "AR", "lon": 3, "lat": 4 }, "reason": "r", "date": "2031-01-02"',
    );
    const placed = entry(
      '"what": "site:x", "change": { "do": "place", "lon": 1, "lat": 2, "at": "Old Square" }, "reason": "r", "date": "2031-01-02"',
    );
    expect(parseCorrections(FILE, file(added, resolved, placed)).map((c) => c.change)).toEqual([
      { do: 'add', name: 'Fish Market', lon: 1, lat: 2 },
      { do: 'resolve', to: 'city:2', name: 'Two', kind: 'city', country: 'AR', lon: 3, lat: 4 },
      { do: 'place', lon: 1, lat: 2, at: 'Old Square' },
    ]);
  });

  it('refuses a site added without its point, a stop added without "after", a resolve of a stop, at their lines', () => {
    const noPoint = refusal(
      file(
        GOOD,
        entry(
          '"what": "site:editor:x",\n "change": { "do": "add", "name": "X",\n "lon": 1 }, "reason": "r", "date": "2031-01-02"',
        ),
      ),
    );
    // The missing field has no line: the entry's first line.
    expect([noPoint.file, noPoint.line, noPoint.problem]).toEqual([
      FILE,
      4,
      'correction 2: "change.lat" is missing: a site no article names needs its name, lon and lat',
    ]);
    const siteAfter = refusal(
      file(
        entry(
          '"what": "site:editor:x", "change": { "do": "add", "name": "X", "lon": 1, "lat": 2, "after": null }, "reason": "r", "date": "2031-01-02"',
        ),
      ),
    );
    expect(siteAfter.problem).toBe('correction 1: "change.after" is for a stop: a site follows no stop');
    const noAfter = refusal(
      file(
        GOOD,
        GOOD,
        entry(
          '"what": "stop:city:9", "change": { "do": "add", "name": "Nine", "lon": 1, "lat": 2 }, "reason": "r", "date": "2031-01-02"',
        ),
      ),
    );
    expect([noAfter.line, noAfter.problem]).toEqual([
      5,
      'correction 3: "change.after" is missing: the stop it follows, or null for the first',
    ]);
    const resolveStop = refusal(
      file(
        entry(
          '"what": "stop:city:1", "change": { "do": "resolve", "to": "city:2", "name": "Two", "kind": "city", "country": null, "lon": 3, "lat": 4 }, "reason": "r", "date": "2031-01-02"',
        ),
      ),
    );
    expect(resolveStop.problem).toBe(
      'correction 1: "change.do" "resolve" does not apply to a stop; it takes reject or add or arrive',
    );
    const badKind = refusal(
      file(
        entry(
          '"what": "mention:city:1", "change": { "do": "resolve", "to": "city:2", "name": "Two", "kind": "planet", "country": null, "lon": 3, "lat": 4 }, "reason": "r", "date": "2031-01-02"',
        ),
      ),
    );
    expect([badKind.line, badKind.problem]).toEqual([3, expect.stringMatching(/^correction 1: "change\.kind"/)]);
  });
});
