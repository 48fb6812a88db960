import { describe, expect, it } from "vitest";
import type { TodayAction, TodayView } from "../domain/today.js";
import { pageOfDue, todayAllShown } from "../domain/today-page.js";
import { formatToday, todayJson } from "./today-format.js";

function action(overrides: Partial<TodayAction>): TodayAction {
  return {
    key: "k",
    personId: "p1",
    reason: "follow_up_call",
    group: "call",
    dueAt: "2026-03-09T10:00:00.000Z",
    overdueAt: "2026-03-16T10:00:00.000Z",
    state: "due",
    triggeredBy: null,
    conversationAt: null,
    personName: "Maya Chen",
    organizationName: "Hopkins",
    phone: "+1 410 555 0100",
    phoneExtension: "12",
    email: null,
    message: "No reply to your email of 2 Mar — call to follow up",
    secondContact: null,
    ...overrides,
  };
}

const base: TodayView = {
  now: "2026-03-18T09:00:00.000Z",
  timeZone: "UTC",
  actions: [],
  groups: [],
  comingUpTotal: 0,
  upcoming: [],
  upcomingTotal: 0,
  hasPeople: true,
  checkIn: null,
  week: { touches: 5, conversations: 1, thankYous: 1, peopleAdded: 2 },
};

/** A view as the service sends it: every action shown, the groups counted from them. */
function paged(view: TodayView): TodayView {
  const page = pageOfDue(view.actions, todayAllShown);
  return {
    ...view,
    actions: page.actions,
    groups: page.groups,
    comingUpTotal: page.comingUpTotal,
    upcomingTotal: view.upcoming.length,
  };
}

describe("rapport today", () => {
  it("says when nothing is due", () => {
    expect(formatToday(base)).toEqual([
      "Today, Wednesday 18 March",
      "In the last 7 days: 5 touches, 1 conversation, 1 thank-you, 2 people added.",
      "",
      "Nothing due today.",
    ]);
  });

  it("groups actions, overdue first, with the phone for calls, then conversations and what comes next", () => {
    const view: TodayView = paged({
      ...base,
      actions: [
        action({
          key: "a",
          personName: "Lee Park",
          organizationName: null,
          phone: null,
          state: "due",
        }),
        action({ key: "b", state: "overdue" }),
        action({
          key: "c",
          group: "thank",
          reason: "thank_you",
          personName: "Ana",
          organizationName: null,
          message: "Send a thank-you",
          state: "due",
        }),
        action({
          key: "d",
          dueAt: "2026-03-20T10:00:00.000Z",
          state: "upcoming",
          personName: "Sam",
          organizationName: null,
          phone: null,
          message: "Try again",
        }),
      ],
      upcoming: [
        {
          personId: "p9",
          personName: "Omar",
          organizationName: "CivicWorks",
          startsAt: "2026-03-19T15:00:00.000Z",
          endsAt: "2026-03-19T15:30:00.000Z",
          durationMinutes: 30,
          mode: null,
          place: null,
          placeLink: null,
          activityId: "x",
        },
      ],
    });
    expect(formatToday(view).slice(3)).toEqual([
      // "Did it happen?" and the thank-you come first, before calls.
      "Thank (1)",
      "  • Ana: Send a thank-you · due for 9 days",
      "Call (2)",
      "  ! Maya Chen (Hopkins): No reply to your email of 2 Mar — call to follow up · 2 days overdue · +1 410 555 0100 ext. 12",
      "  • Lee Park: No reply to your email of 2 Mar — call to follow up · due for 9 days",
      "",
      "Conversations this week",
      "  Thu 19 Mar, 15:00  Omar (CivicWorks)",
      "",
      "Coming up",
      "  • Sam: Try again · due Friday",
    ]);
  });
});

describe("rapport today after a conversation", () => {
  it("lists did it happen first, the thank-you with its countdown, and keep in touch last", () => {
    const view: TodayView = paged({
      ...base,
      now: "2026-03-18T11:20:00.000Z",
      actions: [
        action({
          key: "k",
          group: "keep_in_touch",
          reason: "keep_in_touch",
          personName: "Lee Park",
          organizationName: null,
          message: "Last in touch on 18 Dec — send a short update to keep in touch",
          dueAt: "2026-03-18T09:00:00.000Z",
          overdueAt: "2026-04-01T09:00:00.000Z",
          state: "due",
        }),
        action({
          key: "t",
          group: "thank",
          reason: "thank_you",
          personName: "Ana",
          organizationName: null,
          message: "Send a thank-you: ideally within two hours, at the latest within a day",
          dueAt: "2026-03-18T11:00:00.000Z",
          idealBy: "2026-03-18T13:00:00.000Z",
          overdueAt: "2026-03-19T11:00:00.000Z",
          state: "due",
        }),
        action({
          key: "h",
          group: "happened",
          reason: "did_it_happen",
          personName: "Omar",
          organizationName: null,
          message: "Your conversation on 18 Mar at 10:00 has passed — did it happen?",
          dueAt: "2026-03-18T10:00:00.000Z",
          overdueAt: "2026-03-19T10:30:00.000Z",
          state: "due",
        }),
      ],
    });
    expect(formatToday(view).slice(3)).toEqual([
      "Did it happen? (1)",
      "  • Omar: Your conversation on 18 Mar at 10:00 has passed — did it happen? · due today",
      "Thank (1)",
      "  • Ana: Send a thank-you: ideally within two hours, at the latest within a day · due today · 1 hr 40 min left for the best time",
      "Keep in touch (1)",
      "  • Lee Park: Last in touch on 18 Dec — send a short update to keep in touch · due today",
    ]);
  });
});

describe("rapport today and the web say the same", () => {
  it("counts overdue from the latest day, in calendar days in the explorer's zone", () => {
    // Written 21 Feb: the call was due 28 Feb and overdue from 7 Mar; on 11 Mar it is 4 days late.
    const view: TodayView = paged({
      ...base,
      now: "2025-03-11T14:00:00.000Z",
      timeZone: "Pacific/Auckland",
      actions: [
        action({
          state: "overdue",
          dueAt: "2025-02-28T14:00:00.000Z",
          overdueAt: "2025-03-07T14:00:00.000Z",
          phone: null,
        }),
      ],
    });
    expect(formatToday(view)[4]).toBe(
      "  ! Maya Chen (Hopkins): No reply to your email of 2 Mar — call to follow up · 4 days overdue",
    );
  });
});

describe("rapport today --json", () => {
  it("holds what the lines show, in their order, overdue first, with every key always there", () => {
    const view: TodayView = paged({
      ...base,
      actions: [
        action({ key: "a", personName: "Lee Park", organizationName: null, state: "due" }),
        action({ key: "b", state: "overdue" }),
        action({
          key: "d",
          dueAt: "2026-03-20T10:00:00.000Z",
          state: "upcoming",
          personName: "Sam",
          phone: null,
          phoneExtension: null,
        }),
      ],
    });
    const json = todayJson(view);
    expect(
      json.due.map(({ group, label, actions }) => [group, label, actions.map((a) => a.key)]),
    ).toEqual([["call", "Call", ["b", "a"]]]);
    expect(json.due[0]?.actions[0]).toEqual({
      key: "b",
      personId: "p1",
      personName: "Maya Chen",
      organizationName: "Hopkins",
      reason: "follow_up_call",
      message: "No reply to your email of 2 Mar — call to follow up",
      state: "overdue",
      dueAt: "2026-03-09T10:00:00.000Z",
      overdueAt: "2026-03-16T10:00:00.000Z",
      idealBy: null,
      conversationAt: null,
      phone: "+1 410 555 0100",
      phoneExtension: "12",
      email: null,
    });
    expect(json.comingUp.map((each) => [each.key, each.state])).toEqual([["d", "upcoming"]]);
    expect(json.week).toEqual({ touches: 5, conversations: 1, thankYous: 1, peopleAdded: 2 });
    expect(todayJson(base)).toEqual({
      now: "2026-03-18T09:00:00.000Z",
      timeZone: "UTC",
      week: { touches: 5, conversations: 1, thankYous: 1, peopleAdded: 2 },
      due: [],
      conversations: [],
      conversationsTotal: 0,
      comingUp: [],
      comingUpTotal: 0,
    });
  });
});
