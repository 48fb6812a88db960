import { Command, InvalidArgumentError, Option } from "commander";
import { draftPurposes, outreachKinds } from "../domain/draft-purpose.js";
import { todayMostShown } from "../domain/today-page.js";
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
import { UsageError } from "./usage-error.js";
import { rapportVersion } from "./version.js";

/**
 * How `rapport` exits, for scripts:
 *   0  the work was done (`coach` exits 0 with findings too: they are advice), or --help
 *      or --version was asked for;
 *   1  the work failed: data Rapport refuses (a file in no format it knows, a backup with
 *      problems), a database it cannot open or reach, a file it cannot read or write
 *      (missing, unreadable, a folder: said in one sentence naming the path, see
 *      input-file.ts; the command line was right, the file system disagreed);
 *   2  a usage error, found before any work starts: an unknown command or option, a
 *      missing argument, an option value that is not allowed (a port that is not a number,
 *      a --format that is not one of its choices, --permission without --introducer: see
 *      UsageError). Nothing was read or written.
 * Every error is one "rapport: …" line on standard error (a report's problems indented
 * below it); a usage error adds where to find the usage.
 */
const exitCodes = { done: 0, failed: 1, usage: 2 } as const;

function portOption(text: string): number {
  try {
    return parsePort(text);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}

/** Commander's "error: unknown option '--x'" said as Rapport says its errors. */
function inRapportWords(message: string): string {
  const said = message.replace(/^error: /, "");
  return `rapport: ${said.charAt(0).toUpperCase()}${said.slice(1)}`;
}

// Set before the commands are added, so each inherits them: commander's usage errors exit 2
// (its own default is 1, the same as a failure of the work), --help and --version exit 0.
const program = new Command()
  .name("rapport")
  .description("Run informational interviews from first idea to lasting relationship.")
  .version(rapportVersion(), "-V, --version", "print Rapport's version")
  .configureOutput({ outputError: (message, write) => write(inRapportWords(message)) })
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? exitCodes.done : exitCodes.usage);
  })
  .showHelpAfterError("Run 'rapport --help' for the commands.")
  .addHelpText(
    "after",
    [
      "",
      "Exit status:",
      "  0  done",
      "  1  the work failed: bad data, or a database or file Rapport cannot use",
      "  2  a usage error: unknown command or option, missing argument, value not allowed",
    ].join("\n"),
  );

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
  // Serve is the default command, so `rapport frobnicate` reaches it with "frobnicate" left
  // over: said here as the unknown command it is, not as "too many arguments for 'serve'".
  .allowExcessArguments()
  .action(
    async (
      options: {
        port: number;
        host: string;
        data?: string;
        lan?: boolean;
        lanAddress?: string;
      },
      serve: Command,
    ) => {
      refuseLeftOvers(serve);
      await serveCommand(options);
    },
  );

/**
 * Words `serve` was given but takes none of. Typed after `rapport serve`, they are too many
 * arguments; otherwise the first was meant as a command: unknown, or a known one typed after
 * options (`rapport --data DIR today`), which must come first.
 */
function refuseLeftOvers(serve: Command): void {
  const [first] = serve.args;
  if (first === undefined) return;
  if (program.args[0] === serve.name()) {
    serve.error(`'serve' takes no arguments; it was given '${serve.args.join(" ")}'.`, {
      exitCode: exitCodes.usage,
      code: "rapport.excessArguments",
    });
  }
  const known = program.commands.some((command) => command.name() === first);
  program.error(
    known
      ? `The command comes first: 'rapport ${first} [options]', not after the options.`
      : `Unknown command '${first}'.`,
    { exitCode: exitCodes.usage, code: "rapport.unknownCommand" },
  );
}

const dataOption = [
  "-d, --data <dir>",
  "data folder (default: RAPPORT_DATA or your user data folder)",
] as const;

program
  .command("today")
  .description("print today's agenda: whom to call, write, thank, confirm or prepare for")
  .option(
    "--all",
    `list every action, not only the top of each group (at most ${todayMostShown} a list)`,
  )
  .option("--json", "print one JSON object instead of text")
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
  .option("--json", "print the report as one JSON object instead of text")
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
  .option("--json", "print one JSON object instead of lines")
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

// Each command's usage errors point at its own help.
for (const command of program.commands) {
  command.showHelpAfterError(`Run 'rapport ${command.name()} --help' for its options.`);
}

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`rapport: ${error.message}`);
    console.error(`Run 'rapport ${error.command} --help' for its options.`);
    process.exit(exitCodes.usage);
  }
  console.error(`rapport: ${error instanceof Error ? error.message : String(error)}`);
  // What the disk or the database server said, for whoever needs to dig further.
  if (error instanceof StorageError) console.error(`Details: ${engineSaid(error.cause)}`);
  process.exit(exitCodes.failed);
});
