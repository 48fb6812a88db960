import type { Activity, NewActivityDraft } from "../../src/domain/activity.js";
import type { Person, PersonDraft } from "../../src/domain/person.js";
import { callApi, type RunningApp } from "./harness.js";

// Every entry at noon UTC on a Tuesday to Saturday, so its week is the same in any zone.
const on = (day: string) => `2026-${day}T12:00:00.000Z`;

/**
 * Six people and their logs for Insights' Effort and yield and Referral network (weeks of
 * 2026-08-31 to 2026-09-28). Maya introduced Lee and Ana; Lee introduced Priya.
 *   Maya (alumni):   e-mail 09-01, reply 09-03 (2 days), scheduled, met 09-10, thanked, update
 *   Sam (cold):      networking message 09-02, call with no answer 09-05
 *   Lee (referral):  letter 09-04, reply 09-08 (4 days), scheduled, met 09-15, thanked
 *   Ana (referral):  e-mail 09-09, declined 09-15 (6 days)
 *   Priya (referral): answered call 09-22 (0 days), scheduled for 09-25
 *   Jon (friend):    nothing yet
 */
export async function seedEffort(app: RunningApp) {
  const addPerson = async (draft: PersonDraft) =>
    (await callApi<{ person: Person }>(app, "POST", "/api/people", draft)).person;
  const log = (person: Person, draft: NewActivityDraft) =>
    callApi<{ activity: Activity }>(app, "POST", `/api/people/${person.id}/activities`, draft);
  const meet = async (person: Person, bookedOn: string, meetingOn: string) => {
    await log(person, {
      kind: "meeting_scheduled",
      occurredAt: on(bookedOn),
      scheduledFor: on(meetingOn),
      durationMinutes: 30,
      channel: "video",
    });
  };

  const maya = await addPerson({
    name: "Maya Chen",
    organizationName: "Hopkins",
    source: "alumni",
    location: "Baltimore",
  });
  const sam = await addPerson({
    name: "Sam Okafor",
    organizationName: "CivicWorks",
    source: "cold",
  });
  const lee = await addPerson({
    name: "Lee Park",
    organizationName: "T. Rowe Price",
    source: "referral",
    referredById: maya.id,
  });
  const ana = await addPerson({
    name: "Ana Souza",
    organizationName: "Hopkins",
    source: "referral",
    referredById: maya.id,
  });
  const priya = await addPerson({
    name: "Priya Rao",
    organizationName: "Johns Hopkins APL",
    source: "referral",
    referredById: lee.id,
  });
  const jon = await addPerson({ name: "Jon Bell", source: "friend" });

  await log(maya, { kind: "email_sent", occurredAt: on("09-01") });
  await log(sam, { kind: "network_message_sent", occurredAt: on("09-02") });
  await log(maya, { kind: "reply_received", occurredAt: on("09-03") });
  await meet(maya, "09-04", "09-10");
  await log(lee, { kind: "letter_sent", occurredAt: on("09-04") });
  await log(sam, { kind: "call", outcome: "no_answer", occurredAt: on("09-05") });
  await log(lee, { kind: "reply_received", occurredAt: on("09-08") });
  await meet(lee, "09-08", "09-15");
  await log(ana, { kind: "email_sent", occurredAt: on("09-09") });
  await log(maya, { kind: "conversation_held", occurredAt: on("09-10") });
  await log(maya, { kind: "thank_you_sent", occurredAt: on("09-11") });
  await log(lee, { kind: "conversation_held", occurredAt: on("09-15") });
  await log(ana, { kind: "declined", outcome: "no", occurredAt: on("09-15") });
  await log(lee, { kind: "thank_you_sent", occurredAt: on("09-16") });
  await log(priya, { kind: "call", outcome: "answered", occurredAt: on("09-22") });
  await meet(priya, "09-22", "09-25");
  await log(maya, { kind: "update_sent", occurredAt: on("10-01") });

  return { maya, sam, lee, ana, priya, jon };
}
