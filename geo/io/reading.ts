// What reading an input refuses, and how it says so: the checks geo/io/io.ts applies to what
// it opens and to the bytes it reads (pure: no disk access here).
import type { Stats } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from './errors.ts';

export function refuseIrregular(file: string, info: Stats): void {
  if (info.isSymbolicLink()) {
    throw new InputError(
      file,
      null,
      'is a symbolic link; Dateline reads only regular files, so that nothing from outside the input folder is published',
      'Copy the file here instead of linking to it',
    );
  }
  if (info.isDirectory())
    throw new InputError(
      file,
      null,
      'is a folder, not a file',
      'Rename or move the folder, or give the path of a file',
    );
  if (!info.isFile()) {
    throw new InputError(
      file,
      null,
      'is not a regular file (a FIFO, socket or device)',
      'Save the text to a regular file and give that file',
    );
  }
}

/** An error of opening or reading a file, as an InputError naming it. */
export function unreadable(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(file, null, 'file not found', 'Check the path');
  if (code === 'ELOOP')
    return new InputError(file, null, 'is a symbolic link', 'Copy the file here instead of linking to it');
  if (code === 'EISDIR')
    return new InputError(
      file,
      null,
      'is a folder, not a file',
      'Rename or move the folder, or give the path of a file',
    );
  if (code === 'EACCES' || code === 'EPERM')
    return new InputError(file, null, 'cannot be read (permission denied)', 'Make the file readable');
  return new InputError(file, null, `cannot be read (${(error as Error).message})`, 'Check that it is a readable file');
}

/**
 * `size` is null when the file was found too large while reading it. A size that reads as the
 * limit itself once rounded ("5 MiB, over the 5 MiB limit") is given in bytes.
 */
export function tooLarge(
  file: string,
  size: number | null,
  maxBytes: number,
  fix = 'Split it, or remove what is not article text (scripts, embedded data)',
): InputError {
  const limit = sizeInWords(maxBytes);
  const [given, over] =
    size !== null && sizeInWords(size) === limit
      ? [`${bytes(size)}`, `${limit} limit (${bytes(maxBytes)})`]
      : [size === null ? null : sizeInWords(size), `${limit} limit`];
  return new InputError(file, null, `is ${given === null ? 'larger than' : `${given}, over`} the ${over}`, fix);
}

const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

/** 5242880 → "5 MiB", 22020096 → "21 MiB", 5400000 → "5.1 MiB". */
export function sizeInWords(bytes: number): string {
  const [value, unit] =
    bytes >= 2 ** 20 ? [bytes / 2 ** 20, 'MiB'] : bytes >= 1024 ? [bytes / 1024, 'KiB'] : [bytes, 'bytes'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

// ignoreBOM keeps a byte-order mark in the text, so that offsets count it as the file does.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict UTF-8, or an InputError naming the first bad byte and its line. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const name = basename(file);
    throw new InputError(
      file,
      1,
      `is UTF-16 (${bytes[0] === 0xff ? 'little' : 'big'}-endian, by its byte-order mark), not UTF-8`,
      `Convert it to UTF-8 (e.g. \`iconv -f UTF-16 -t UTF-8 ${name} > ${name}.utf8\`, then replace the file)`,
    );
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const fix = 'Save the file as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)';
    const bad = firstInvalidUtf8(bytes);
    if (!bad) throw new InputError(file, null, 'is not valid UTF-8', fix);
    let line = 1;
    for (let i = 0; i < bad.offset; i++) if (bytes[i] === 10) line++;
    throw new InputError(
      file,
      line,
      `byte ${hex(bytes[bad.offset]!)} at offset ${bad.offset} is not UTF-8${bad.why ? `: ${bad.why}` : ''}`,
      fix,
    );
  }
}

/** The range the byte after a lead byte must fall in (Unicode table 3-7), and the sequence's length. */
function sequenceOf(lead: number): { length: number; low: number; high: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
  if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
  return null;
}

/**
 * Where the first invalid sequence starts, and why where a legacy encoding is not the likely
 * cause (`why` is empty for a byte of Windows-1252 text); null for valid UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; why: string } | null {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const sequence = sequenceOf(lead);
    if (!sequence) return { offset: i, why: '' };
    for (let k = 1; k < sequence.length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return { offset: i, why: 'the file ends inside the character it starts' };
      const [low, high] = k === 1 ? [sequence.low, sequence.high] : [0x80, 0xbf];
      if (next >= low && next <= high) continue;
      if (next < 0x80 || next > 0xbf) return { offset: i, why: '' };
      const written = [...bytes.subarray(i, i + sequence.length)].map(hex).join(' ');
      return { offset: i, why: `${written} encodes no character (an overlong form, a surrogate, or past U+10FFFF)` };
    }
    i += sequence.length;
  }
  return null;
}

function hex(byte: number): string {
  return `0x${byte.toString(16).padStart(2, '0')}`;
}
