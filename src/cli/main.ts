import { Command, InvalidArgumentError, Option } from "commander";
import { draftPurposes, outreachKinds } from "../domain/draft-purpose.js";
import { StorageError } from "../services/service-error.js";
import { backupCommand, restoreCommand } from "./backup.command.js";
import type { CoachOptions } from "./coach.command.js";
import { preparePurposes } from "./coach-purposes.js";
import { exportCommand } from "./export.command.js";
import { importCommand } from "./import.command.js";
import type { InsightsOptions } from "./insights.command.js";
import { serveCommand } from "./serve.command.js";
import { defaultHost, defaultPort, parsePort } from "./settings.js";
import { todayCommand } from "./today.command.js";

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
  .option(
    "--lan",
    "also serve your network, to phones and tablets you pair (prints a pairing link)",
  )
  .option("--lan-address <address>", "the network address for --lan (default: the first one found)")
  .addHelpText(
    "after",
    "\nEnvironment:\n  RAPPORT_DATA   data folder\n  DATABASE_URL   postgres://… to use a PostgreSQL server instead of the embedded file",
  )
  .action(
    async (options: {
      port: number;
      host: string;
      data?: string;
      lan?: boolean;
      lanAddress?: string;
    }) => {
      await serveCommand(options);
    },
  );

const dataOption = [
  "-d, --data <dir>",
  "data folder (default: RAPPORT_DATA or your user data folder)",
] as const;

program
  .command("today")
  .description("print today's agenda: whom to call, write, thank, confirm or prepare for")
  .option(...dataOption)
  .action(todayCommand);

program
  .command("insights")
  .description(
    "print effort and yield: how far people got, time to an answer, introductions, themes",
  )
  .option("--json", "print one JSON object instead of text")
  .option("--interest <id>", "only people tagged with this interest (its id or its name)")
  .option("--location <place>", "only people in this place")
  .option("--from <YYYY-MM-DD>", "only what happened from this day on")
  .option("--to <YYYY-MM-DD>", "only what happened up to this day")
  .option(...dataOption)
  // Loaded only for this command: the themes' English grammar takes ~0.4 s to load.
  .action(async (options: InsightsOptions) => {
    const { insightsCommand } = await import("./insights.command.js");
    await insightsCommand(options);
  });

program
  .command("import")
  .description("add people from a LinkedIn, Google Contacts or vCard file (duplicates are merged)")
  .argument("<file>", "Connections.csv or LinkedIn's zip, a Google Contacts CSV, or a .vcf file")
  .addOption(
    new Option(
      "--format <format>",
      "the file's format (normally recognised from its content)",
    ).choices(["linkedin", "google", "vcard"]),
  )
  .option("--dry-run", "show what would happen and write nothing")
  .option("--verbose", "also list merged and skipped rows")
  .option(...dataOption)
  .action(importCommand);

program
  .command("export")
  .description("write people as CSV or vCard, or everything as a JSON backup")
  .argument("[file]", "where to write (default: standard output)")
  .addOption(
    new Option("--format <format>", "csv, vcard or json")
      .choices(["csv", "vcard", "json"])
      .default("csv"),
  )
  .option(...dataOption)
  .action(exportCommand);

program
  .command("backup")
  .description("write everything to a JSON backup file (restore it with `rapport restore`)")
  .argument("<file>", "where to write the backup")
  .option(...dataOption)
  .action(backupCommand);

program
  .command("restore")
  .description(
    "read a JSON backup into an empty data folder; all of it or, with a report, none of it",
  )
  .argument("<file>", "the backup to read")
  .option(...dataOption)
  .option("--replace", "replace the data already there (it is removed in the same transaction)")
  .action(restoreCommand);

program
  .command("coach")
  .description("check a draft, a list of questions or a pitch; one finding per line, code first")
  .argument("<file>", "the draft as a text file (- reads standard input)")
  .addOption(
    new Option("--kind <kind>", "what the draft is").choices([...outreachKinds]).default("email"),
  )
  .addOption(
    new Option(
      "--purpose <purpose>",
      "a first touch, a thank-you, a confirmation or an update; or questions (one a line) or a pitch",
    )
      .choices([...draftPurposes, ...preparePurposes])
      .default("outreach"),
  )
  .option("--introducer <name>", "who introduced you to this person")
  .addOption(
    new Option("--permission <permission>", "whether the introducer may be named").choices([
      "yes",
      "no",
      "not_asked",
    ]),
  )
  .option("-d, --data <dir>", "data folder whose coach limits apply (Settings → Coach)")
  // Loaded only for this command: the coach's English grammar takes ~0.4 s to load.
  .action(async (file: string, options: CoachOptions) => {
    const { coachCommand } = await import("./coach.command.js");
    await coachCommand(file, options);
  });

/** The engine's own error in one line: "SQLITE_FULL: database or disk is full". */
function engineSaid(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const code = "code" in cause && typeof cause.code === "string" ? cause.code : cause.name;
  // Node's own messages already start with their code ("EEXIST: file already exists…").
  return cause.message.startsWith(code) ? cause.message : `${code}: ${cause.message}`;
}

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`rapport: ${error instanceof Error ? error.message : String(error)}`);
  // What the disk or the database server said, for whoever needs to dig further.
  if (error instanceof StorageError) console.error(`Details: ${engineSaid(error.cause)}`);
  process.exit(1);
});
