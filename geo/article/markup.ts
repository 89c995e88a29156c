// Markup a capture keeps: HTML tags and entities (a transcript's <p> and <strong>, CDATA
// remnants, the Kremlin's <…> omission mark) and Markdown's emphasis, links and escapes.
// Removed before anything reads the text, each kept character keeping its offset in the
// original, so spans still index the body as written.
import { decodeHTMLStrict } from 'entities';

export interface Unmarked {
  text: string;
  /** `toOriginal[i]` is the original's offset of `text[i]` (an inserted line break: the tag's); one extra entry maps the end. */
  toOriginal: number[];
}

/** Tags that end a paragraph or a line: they become a line break, so the text around them stays apart. */
const BLOCK =
  'p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer|figure|figcaption|hr|dd|dt|dl|pre';
/** Tags inside a line: dropped. Only HTML's own names, so "x<y and y>z" in prose is left alone. */
const INLINE =
  'a|abbr|b|big|cite|code|del|em|font|i|img|ins|mark|q|s|small|span|strike|strong|sub|sup|u|time|iframe|meta|link|' +
  'input|button|label|noscript|center|nav|main|body|html|head|title|caption|tbody|thead|tfoot|col|colgroup|source|' +
  'picture|video|audio|wbr';
/** Characters Markdown lets a backslash escape. */
const ESCAPABLE = String.raw`[!"#$%&'()*+,\-./:;<=>?@[\\\]^_\x60{|}~]`;

const MARKUP = new RegExp(
  [
    String.raw`(?<drop><!\[CDATA\[|\]\]>|<!--[\s\S]*?-->|<(script|style)\b[^<>]*>[\s\S]*?</\2\s*>|<(?:…|\.\.\.)>)`,
    String.raw`(?<block></?(?:${BLOCK})\b[^<>\n]*>)`,
    String.raw`(?<inline></?(?:${INLINE})\b[^<>\n]*>)`,
    String.raw`(?<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)`,
    // A Markdown image goes whole; a link keeps its words and loses its brackets and address.
    String.raw`(?<image>!\[[^\[\]]{0,500}\]\([^\s()]*\))`,
    String.raw`(?<linkOpen>\[(?=[^\[\]]{1,500}\]\([^\s()]*\)))`,
    String.raw`(?<linkClose>\]\([^\s()]*\))`,
    String.raw`(?<escape>\\${ESCAPABLE})`,
    // Emphasis: a run of asterisks at the edge of a word ("**Here are**", "*Accra, Ghana**"), not one inside it.
    String.raw`(?<emphasis>(?<=^|[\s(\["'“‘])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?=$|[\s).,;:!?\]"'”’*]))`,
  ]
    .join('|')
    // Every form starts with one of these characters: other positions fail at once.
    .replace(/^/, String.raw`(?=[<\]&!\[\\*])(?:`)
    .concat(')'),
  'gmu',
);

export function stripMarkup(original: string): Unmarked {
  const out: string[] = [];
  const toOriginal: number[] = [];
  /** The last character written, for where a block tag needs a line break. */
  let lastChar = '\n';
  const keep = (from: number, to: number) => {
    if (to <= from) return;
    out.push(original.slice(from, to));
    for (let i = from; i < to; i++) toOriginal.push(i);
    lastChar = original[to - 1]!;
  };
  /** Puts `text` in place of the markup at `at`: every character of it maps to the markup's start. */
  const put = (text: string, at: number) => {
    out.push(text);
    for (let i = 0; i < text.length; i++) toOriginal.push(at);
    lastChar = text.slice(-1) || lastChar;
  };
  let last = 0;
  for (const match of original.matchAll(MARKUP)) {
    const at = match.index;
    const end = at + match[0].length;
    const g = match.groups!;
    keep(last, at);
    last = end;
    if (g.block !== undefined) {
      // One line break between two runs of text; none where the text already breaks the line.
      const after = original[end] ?? '\n';
      if (!/[\r\n]/.test(lastChar) && !/[\r\n<]/.test(after)) put('\n', at);
    } else if (g.entity !== undefined) {
      const decoded = decodeHTMLStrict(g.entity);
      if (decoded === g.entity) keep(at, end);
      else put(decoded, at);
    } else if (g.escape !== undefined) {
      keep(at + 1, end);
    }
  }
  keep(last, original.length);
  toOriginal.push(original.length);
  return { text: out.join(''), toOriginal };
}
