/**
 * `summit-map COMMAND …`: the command table. Each command is one file in commands/ exporting
 * `run(argv, io)`, loaded only when asked for. Adding one is a line here.
 */
import { UsageError, type Command, type Io } from './io';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  draft: {
    summary: 'draft ARTICLE [--out DIR]   draft a story (article.json, places.geojson, index.html) from an article',
    load: () => import('./commands/draft'),
  },
  check: {
    summary: 'check DIR | ARTICLE PLACES  check a story: schemas, quotes word for word, names in the text',
    load: () => import('./commands/check'),
  },
  render: {
    summary: 'render DIR --out FILE.png|FILE.svg | --html   draw a story as a picture, or its first view for a page',
    load: () => import('./commands/render'),
  },
};

export const USAGE = [
  'Usage: summit-map COMMAND [arguments]',
  '',
  ...Object.values(COMMANDS).map((command) => `  summit-map ${command.summary}`),
  '',
  'Run `summit-map COMMAND --help` for a command’s options. Exit codes: 0 done, 1 done but something',
  'needs the author, 2 nothing done (the message says why).',
].join('\n');

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`summit-map: there is no command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`summit-map ${name}: ${error.message}`);
      return 2;
    }
    io.err(`summit-map ${name}: something went wrong: ${(error as Error).stack ?? String(error)}`);
    return 2;
  }
}
