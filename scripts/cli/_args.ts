// A small option parser shared by the CLI commands: `--name value`, repeated options, and positionals.
import { UserError } from '../../src/domain/model/userError.ts';
import { msg } from '../../src/i18n/message.ts';

export interface ParsedArgs {
  options: Map<string, string[]>;
  positionals: string[];
}

/**
 * `flags` take no value; `known` (when given) are the options that take one: anything else is refused by name
 * (a mistyped `--threds 2` would otherwise be ignored, or `--explian` take the next option as its value).
 */
export function parseArgs(args: string[], flags: string[] = [], known?: string[]): ParsedArgs {
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const key = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (known && !known.includes(key) && !flags.includes(key)) {
        throw new UserError(msg('cli.option-unknown', { option: key, known: [...known, ...flags].map((k) => `--${k}`).join(', ') || '—' }));
      }
      let value: string;
      if (eq > 0) value = arg.slice(eq + 1);
      else if (flags.includes(key)) value = 'true';
      else {
        if (i + 1 >= args.length) throw new UserError(msg('cli.value-missing', { option: key }));
        value = args[++i];
      }
      options.set(key, [...(options.get(key) ?? []), value]);
    } else positionals.push(arg);
  }
  return { options, positionals };
}

export function requireOption(parsed: ParsedArgs, key: string): string {
  const v = parsed.options.get(key)?.[0];
  if (!v) throw new UserError(msg('cli.option-missing', { option: key }));
  return v;
}

export function optionalOption(parsed: ParsedArgs, key: string): string | undefined {
  return parsed.options.get(key)?.[0];
}
