/**
 * A command line a command cannot use though commander parsed it (an option that only goes
 * with another): exit 2 like commander's own usage errors, with the same pointer to the
 * command's help (main.ts says both).
 */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    /** The command whose --help to point at: "coach". */
    readonly command: string,
    message: string,
  ) {
    super(message);
  }
}
