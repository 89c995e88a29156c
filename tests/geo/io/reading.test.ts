// Reading inputs: only regular files, never past the size limit, strict UTF-8 with messages
// that name the real first bad byte; geoparse under the same limits as the pipeline.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../geo/build.ts';
import { InputError } from '../../../geo/io/errors.ts';
import { readUtf8, readUtf8AsGiven } from '../../../geo/io/io.ts';
import { sizeInWords } from '../../../geo/io/reading.ts';
import { GAZETTEER_DIR } from '../gazetteer.ts';
import { cliBundle } from '../../cli-bundles.ts';
import { article } from '../pathological.ts';
import { MAX_MENTIONS_PER_NAME } from '../../../geo/places/find.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SETTINGS = join(ROOT, 'data', 'story.json');
const GOOD = article('Putin arrived in Hanoi on Thursday from Moscow.');
const scratch = () => mkdtempSync(join(tmpdir(), 'dateline-reading-'));

/** An articles folder holding a good article, plus whatever `add` puts there; the build's error. */
async function buildWith(add: (articlesDir: string) => void): Promise<{ error: InputError; outDir: string }> {
  const root = scratch();
  const articlesDir = join(root, 'articles');
  mkdirSync(articlesDir);
  writeFileSync(join(articlesDir, 'good.md'), GOOD);
  add(articlesDir);
  const outDir = join(root, 'out');
  const error = await buildStory({ articlesDir, outDir, gazetteerDir: GAZETTEER_DIR, settingsFile: SETTINGS }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect(existsSync(outDir)).toBe(false);
  return { error: error as InputError, outDir };
}

async function refusal(file: string, maxBytes?: number): Promise<string> {
  const error = await readUtf8(file, maxBytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

const TIMEOUT = 60_000;

describe('only regular files are read', () => {
  it(
    'a symbolic link to a file outside the folder is refused, and nothing of that file is published',
    async () => {
      const secret = join(scratch(), 'secret.txt');
      writeFileSync(secret, 'root:x:0:0:the secret line\n');
      const { error } = await buildWith((dir) => symlinkSync(secret, join(dir, 'x.txt')));
      expect(error.message).toMatch(
        /x\.txt: is a symbolic link; Dateline reads only regular files.*\. Copy the file here/,
      );
      expect(error.message).not.toMatch(/secret line/);
    },
    TIMEOUT,
  );

  it(
    'a symbolic link to /dev/zero is refused without reading it',
    async () => {
      const { error } = await buildWith((dir) => symlinkSync('/dev/zero', join(dir, 'zero.md')));
      expect(error.message).toMatch(/zero\.md: is a symbolic link/);
    },
    TIMEOUT,
  );

  it(
    'a folder named like an article is refused, naming it',
    async () => {
      const { error } = await buildWith((dir) => mkdirSync(join(dir, 'x.md')));
      expect(error.message).toMatch(/x\.md: is a folder, not a file\. Rename or move the folder/);
    },
    TIMEOUT,
  );

  it.skipIf(process.platform === 'win32')(
    'a FIFO is refused without waiting for a writer',
    async () => {
      const { error } = await buildWith((dir) => {
        const made = spawnSync('mkfifo', [join(dir, 'pipe.md')]);
        if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
      });
      expect(error.message).toMatch(
        /pipe\.md: is not a regular file \(a FIFO, socket or device\)\. Save the text to a regular file/,
      );
    },
    TIMEOUT,
  );

  it.skipIf(!existsSync('/dev/urandom'))('devices are refused: /dev/urandom, /dev/zero', async () => {
    expect(await refusal('/dev/urandom')).toMatch(/^\/dev\/urandom: is not a regular file/);
    expect(await refusal('/dev/zero')).toMatch(/^\/dev\/zero: is not a regular file/);
  });

  it.skipIf(!existsSync('/proc/self/status'))(
    'the size limit holds while reading, not only by the size a file claims',
    async () => {
      // Files of /proc say they are empty and are not.
      expect(await refusal('/proc/self/status', 100)).toMatch(/status: is larger than the 100 bytes limit\. Split it/);
    },
  );

  it('a file a byte over the limit gives both sizes in bytes, not "5 MiB, over the 5 MiB limit"', async () => {
    const file = join(scratch(), 'a.md');
    writeFileSync(file, '');
    truncateSync(file, 5 * 2 ** 20 + 1);
    expect(await refusal(file, 5 * 2 ** 20)).toMatch(
      /a\.md: is 5,242,881 bytes, over the 5 MiB limit \(5,242,880 bytes\)\. Split it/,
    );
    truncateSync(file, 6 * 2 ** 20);
    expect(await refusal(file, 5 * 2 ** 20)).toMatch(/a\.md: is 6 MiB, over the 5 MiB limit\. Split it/);
  });

  it('a missing file is an InputError naming it', async () => {
    expect(await refusal(join(scratch(), 'missing.md'))).toMatch(/missing\.md: file not found\. Check the path/);
  });

  it('sizes print as people write them', () => {
    expect([5 * 2 ** 20, 20 * 2 ** 20, 5.4e6, 16 * 1024, 100].map(sizeInWords)).toEqual([
      '5 MiB',
      '20 MiB',
      '5.1 MiB',
      '16 KiB',
      '100 bytes',
    ]);
  });
});

describe('UTF-8', () => {
  const bad = async (bytes: number[] | Buffer) => {
    const file = join(scratch(), 'a.md');
    writeFileSync(file, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes));
    return refusal(file);
  };
  const text = (s: string) => [...Buffer.from(s)];

  it('a bad byte at the very end of the file is named, with its line', async () => {
    expect(await bad([...text('one\ntwo\nthree '), 0xe9])).toMatch(
      /a\.md:3: byte 0xe9 at offset 14 is not UTF-8: the file ends inside the character it starts\. Save the file as UTF-8/,
    );
  });

  it('a multi-byte sequence cut short names its first byte and line', async () => {
    expect(await bad([...text('one\ntwo '), 0xe2, 0x82, ...text('\nthree')])).toMatch(
      /a\.md:2: byte 0xe2 at offset 8 is not UTF-8\. /,
    );
  });

  it('a surrogate that TextDecoder rejects (0xED 0xA0 0x80) is named, not reported as byte 0xundefined', async () => {
    const message = await bad([...text('line\nline\nab'), 0xed, 0xa0, 0x80, ...text('cd\n')]);
    expect(message).toMatch(/a\.md:3: byte 0xed at offset 12 is not UTF-8: 0xed 0xa0 0x80 encodes no character/);
    expect(message).not.toMatch(/undefined/);
  });

  it('an overlong form (0xC0 0xAF, 0xE0 0x80 0xAF) is named', async () => {
    expect(await bad([...text('a'), 0xe0, 0x80, 0xaf])).toMatch(
      /a\.md:1: byte 0xe0 at offset 1 is not UTF-8: 0xe0 0x80 0xaf encodes no character/,
    );
    expect(await bad([...text('a\n'), 0xc0, 0xaf])).toMatch(/a\.md:2: byte 0xc0 at offset 2 is not UTF-8\. /);
  });

  it.each([
    ['little', [0xff, 0xfe]],
    ['big', [0xfe, 0xff]],
  ] as const)('UTF-16 %s-endian is recognised by its BOM, with how to convert it', async (order, bom) => {
    const utf16 = Buffer.from('Putin in Hanoi', 'utf16le');
    if (order === 'big') utf16.swap16();
    const message = await bad(Buffer.concat([Buffer.from(bom), utf16]));
    expect(message).toMatch(
      new RegExp(
        `a\\.md:1: is UTF-16 \\(${order}-endian, by its byte-order mark\\), not UTF-8\\. Convert it to UTF-8 \\(e\\.g\\. \`iconv -f UTF-16 -t UTF-8 a\\.md`,
      ),
    );
    expect(message).not.toMatch(/WINDOWS-1252/);
  });

  it('a UTF-8 byte-order mark is dropped by readUtf8 and kept by readUtf8AsGiven', async () => {
    const file = join(scratch(), 'bom.md');
    writeFileSync(file, '\uFEFFHanoi');
    expect(await readUtf8(file)).toBe('Hanoi');
    expect(await readUtf8AsGiven(file)).toBe('\uFEFFHanoi');
  });
});

describe('geoparse under the pipeline’s limits', () => {
  // As `npm run geoparse` starts it: its bundle (built once per run, tests/cli-bundles.ts), not tsx compiling it again.
  const geoparse = (args: string[], input?: string) =>
    spawnSync(process.execPath, [cliBundle('geoparse'), ...args], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
    });

  it(
    'a 200 MB file is refused by its size, with the pipeline’s message, not a V8 crash',
    () => {
      const file = join(scratch(), 'big.txt');
      writeFileSync(file, '');
      truncateSync(file, 200 * 2 ** 20);
      const run = geoparse([file]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^geoparse: .*big\.txt: is 200 MiB, over the 5 MiB limit\. Split it/);
    },
    TIMEOUT,
  );

  it(
    'standard input past the limit is refused while reading it',
    () => {
      const run = geoparse([], 'Hanoi. '.repeat(800_000));
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^geoparse: standard input: is larger than the 5 MiB limit/);
    },
    TIMEOUT,
  );

  it(
    'a symbolic link and a folder are refused as the pipeline refuses them',
    () => {
      const dir = scratch();
      writeFileSync(join(dir, 'target.txt'), 'Hanoi');
      symlinkSync(join(dir, 'target.txt'), join(dir, 'link.txt'));
      mkdirSync(join(dir, 'folder.txt'));
      expect(geoparse([join(dir, 'link.txt')]).stderr).toMatch(/^geoparse: .*link\.txt: is a symbolic link/);
      expect(geoparse([join(dir, 'folder.txt')]).stderr).toMatch(/^geoparse: .*folder\.txt: is a folder, not a file/);
    },
    TIMEOUT,
  );

  it(
    'offsets index the text exactly as given, byte-order mark included, from a file and from stdin',
    () => {
      const given = '\uFEFFPutin flew from Moscow to Hanoi.';
      const file = join(scratch(), 'bom.txt');
      writeFileSync(file, given);
      for (const run of [geoparse([file]), geoparse([], given)]) {
        const { places } = JSON.parse(run.stdout) as { places: Array<{ start: number; end: number; text: string }> };
        expect(places.map((p) => [p.text, given.slice(p.start, p.end)])).toEqual([
          ['Moscow', 'Moscow'],
          ['Hanoi', 'Hanoi'],
        ]);
      }
    },
    TIMEOUT,
  );

  it(
    'a 12 KB text of one place name, over and over, is geoparsed: the first 500 listed, and a warning says so',
    () => {
      const run = geoparse([], 'Hanoi '.repeat(2000));
      expect(run.status).toBe(0);
      expect((JSON.parse(run.stdout) as { places: unknown[] }).places).toHaveLength(MAX_MENTIONS_PER_NAME);
      expect(run.stderr).toBe('warning: -: “Hanoi” is named 2000 times; only the first 500 are listed\n');
    },
    TIMEOUT,
  );

  it(
    'an option is refused, not read as a missing file',
    () => {
      const run = geoparse(['--out', 'x']);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^geoparse: unknown option --out; geoparse takes only the files to read/);
    },
    TIMEOUT,
  );

  it('1 MiB of dots is geoparsed in one pass (it ran for minutes)', () => {
    const run = geoparse([], `Putin flew to Hanoi. ${'.'.repeat(2 ** 20)} Then Moscow.`);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { places: Array<{ text: string }> }).places.map((p) => p.text)).toEqual([
      'Hanoi',
      'Moscow',
    ]);
  }, 60_000);
});
