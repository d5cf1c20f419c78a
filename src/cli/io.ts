/** Where a command writes: the terminal in `summit-map`, strings in tests. */
export interface Io {
  /** One or more lines of the command's result. */
  out(text: string): void;
  /** Errors and notes, apart from the result. */
  err(text: string): void;
  /** The directory relative paths start from. */
  cwd: string;
}

/** A command of `summit-map`: reads its arguments, returns the exit code (0 done, 1 done with problems, 2 nothing done). */
export type Command = (argv: string[], io: Io) => Promise<number>;

/** Thrown for input the command cannot use: the message is shown as it is, with exit code 2. */
export class UsageError extends Error {}
