// A generated log for the HTTP benches (today, load): `people` people and `entries` log
// entries of mixed kinds over the 60 days before `now`, from a seeded generator, so every
// run and both engines get the same rows. Written by plain inserts in one transaction.
import { sql } from "kysely";
import { connect, parseStoreUrl } from "../../dist/store/connect.js";
import { seededRandom } from "./random.mjs";

const kinds = [
  "email_sent",
  "letter_sent",
  "call",
  "reply_received",
  "meeting_scheduled",
  "conversation_held",
  "thank_you_sent",
  "note",
];

/** Words the notes are made of, so a search finds some of them and not others. */
export const noteWords =
  "hospital design research budget mentor career nursing data policy startup teaching law".split(
    " ",
  );

export async function seedLog(url, { people, entries, now, seed = 7 }) {
  const random = seededRandom(seed);
  const db = connect(parseStoreUrl(url));
  const iso = (daysAgo) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
  await db.transaction().execute(async (transaction) => {
    for (let start = 0; start < people; start += 1000) {
      const rows = [];
      for (let index = start; index < Math.min(start + 1000, people); index += 1) {
        rows.push({
          id: `p${index}`,
          owner_id: "local",
          name: `Person ${index}`,
          created_at: iso(90),
          updated_at: iso(90),
        });
      }
      await transaction.insertInto("people").values(rows).execute();
    }
    for (let start = 0; start < entries; start += 250) {
      const rows = [];
      for (let index = start; index < Math.min(start + 250, entries); index += 1) {
        const kind = kinds[Math.floor(random() * kinds.length)];
        const occurred = iso(random() * 60);
        const word = noteWords[Math.floor(random() * noteWords.length)];
        rows.push({
          id: `a${index}`,
          owner_id: "local",
          person_id: `p${Math.floor(random() * people)}`,
          kind,
          occurred_at: occurred,
          outcome: kind === "call" ? "voicemail" : null,
          scheduled_for: kind === "meeting_scheduled" ? iso(-random() * 10) : null,
          detail: kind === "note" ? `A note about ${word}` : null,
          created_at: occurred,
          updated_at: occurred,
        });
      }
      await transaction.insertInto("activities").values(rows).execute();
    }
  });
  // What PostgreSQL's autovacuum does within a minute of a bulk load like this one.
  if (url.startsWith("postgres")) await sql`analyze`.execute(db);
  await db.destroy();
}
