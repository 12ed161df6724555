// `npm run noxh -- <command> [options]`: thin wrappers over src/domain, one file a command in scripts/cli/.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isUserError } from '../src/domain/model/userError.ts';
import { msg } from '../src/i18n/message.ts';
import { renderMessage } from '../src/i18n/renderMessage.ts';

export interface CliCommand {
  /** One line for `noxh help`. */
  summary: string;
  /** Full usage text for `noxh <command> --help` (options, examples). */
  usage?: string;
  run(args: string[]): Promise<number>;
}

const commandsDir = join(dirname(fileURLToPath(import.meta.url)), 'cli');

function listCommands(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}

async function loadCommand(name: string): Promise<CliCommand> {
  const module = (await import(pathToFileURL(join(commandsDir, `${name}.ts`)).href)) as { command: CliCommand };
  return module.command;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const names = listCommands();
  if (!name || name === 'help' || name === '--help') {
    console.log('Usage: npm run noxh -- <command> [options]\n\nCommands:');
    for (const n of names) console.log(`  ${n.padEnd(12)} ${(await loadCommand(n)).summary}`);
    return name ? 0 : 1;
  }
  if (!names.includes(name)) {
    const m = msg('cli.command-unknown', { name, commands: names.join(', ') });
    console.error(`Lỗi: ${renderMessage('vi', m)}\nError: ${renderMessage('en', m)}`);
    return 2;
  }
  const command = await loadCommand(name);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`npm run noxh -- ${name}: ${command.summary}${command.usage ? `\n\n${command.usage}` : ''}`);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (isUserError(error)) {
      console.error(`Lỗi: ${error.messageVi}\nError: ${error.messageEn}`);
      process.exit(2);
    }
    // A file nested deeper than any reader guards against (the import rejects such features): the input's fault.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      const m = msg('cli.input-too-deep');
      console.error(`Lỗi: ${renderMessage('vi', m)}\nError: ${renderMessage('en', m)}`);
      process.exit(2);
    }
    const m = msg('cli.internal-error');
    console.error(`Lỗi: ${renderMessage('vi', m)}\nError: ${renderMessage('en', m)}\n`, error);
    process.exit(3);
  },
);
