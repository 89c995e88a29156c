// A strict RFC 4180 reader for the tests: quoted fields may hold commas, quotes ("") and line
// breaks; every record ends in CRLF. Anything else throws, so a malformed export fails loudly.
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error(`unclosed quote at ${at}`);
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at++;
      }
    } else {
      const end = text.slice(at).search(/[,\r"]/);
      const stop = end < 0 ? text.length : at + end;
      if (text[stop] === '"') throw new Error(`bare quote at ${stop}`);
      field = text.slice(at, stop);
      at = stop;
    }
    record.push(field);
    if (text[at] === ',') at++;
    else if (text.startsWith('\r\n', at)) {
      records.push(record);
      record = [];
      at += 2;
    } else throw new Error(`expected , or CRLF at ${at}`);
  }
  if (record.length) throw new Error('the last record does not end in CRLF');
  return records;
}
