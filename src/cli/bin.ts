/** The `summit-map` executable (package.json `bin`, built to dist/cli/summit-map.js). */
import { main } from './main';

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`summit-map: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
