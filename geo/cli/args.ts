// A small, strict reader of --flag value pairs and --switches: an unknown flag or a stray
// argument is an error naming it and the flags that exist, never ignored (`-out x`, one dash,
// rebuilt the default story into the default folder).
export function parseFlags(
  argv: string[],
  known: Record<string, string>,
  switches: Record<string, string> = {},
): { flags: Record<string, string>; on: Set<string> } {
  const flags: Record<string, string> = {};
  const on = new Set<string>();
  const options = [...Object.keys(known), ...Object.keys(switches)].map((k) => `--${k}`).join(', ');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      const oneDash = /^-[^-\d]/.test(arg) ? ` (options take two dashes: --${arg.slice(1).split('=')[0]})` : '';
      throw new Error(`unexpected argument ${JSON.stringify(arg)}${oneDash}; the options are ${options}`);
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (name in switches && inline === undefined) {
      on.add(name);
      continue;
    }
    if (!(name in known)) throw new Error(`unknown option --${name}; known: ${options}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value (${known[name]})`);
    if (name in flags) throw new Error(`--${name} is given twice; give it once`);
    flags[name] = value;
  }
  return { flags, on };
}
