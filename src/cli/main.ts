import { Command, InvalidArgumentError } from "commander";
import { serveCommand } from "./serve.command.js";
import { defaultHost, defaultPort, parsePort } from "./settings.js";

function portOption(text: string): number {
  try {
    return parsePort(text);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}

const program = new Command()
  .name("rapport")
  .description("Run informational interviews from first idea to lasting relationship.")
  .showHelpAfterError();

program
  .command("serve", { isDefault: true })
  .description("start Rapport and open it in your browser at the printed address")
  .option("-p, --port <port>", "port to listen on (0 picks a free one)", portOption, defaultPort)
  .option("--host <host>", "address to listen on; keep the default to stay private", defaultHost)
  .option("-d, --data <dir>", "data folder (default: RAPPORT_DATA or your user data folder)")
  .addHelpText(
    "after",
    "\nEnvironment:\n  RAPPORT_DATA   data folder\n  DATABASE_URL   postgres://… to use a PostgreSQL server instead of the embedded file",
  )
  .action(async (options: { port: number; host: string; data?: string }) => {
    await serveCommand(options);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`rapport: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
