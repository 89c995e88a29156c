// A small, strict reader of --flag value pairs and --switches: an unknown flag is an error, not ignored.
export function parseFlags(
  argv: string[],
  known: Record<string, string>,
  switches: Record<string, string> = {},
): { flags: Record<string, string>; rest: string[]; on: Set<string> } {
  const flags: Record<string, string> = {};
  const rest: string[] = [];
  const on = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      rest.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (name in switches && inline === undefined) {
      on.add(name);
      continue;
    }
    if (!(name in known))
      throw new Error(
        `unknown option --${name}; known: ${[...Object.keys(known), ...Object.keys(switches)]
          .map((k) => `--${k}`)
          .join(', ')}`,
      );
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value (${known[name]})`);
    flags[name] = value;
  }
  return { flags, rest, on };
}
