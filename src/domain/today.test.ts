import { describe, expect, it } from "vitest";
import { buildActivity } from "../../test/builders.js";
import { defaultCadenceSettings } from "./cadence-settings.js";
import type { Person } from "./person.js";
import { buildToday, secondContactChoices } from "./today.js";

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return {
    id,
    name,
    title: null,
    organizationId: "acme",
    organizationName: "Acme",
    email: null,
    phone: null,
    phoneExtension: null,
    workAddress: null,
    location: null,
    profileUrl: null,
    source: null,
    commonGround: null,
    notes: null,
    referredById: null,
    referredByName: null,
    mentionPermission: "not_asked",
    targetIds: [],
    routine: "3b7",
    keepInTouchMonths: null,
    stage: "identified",
    lastTouchAt: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...extra,
  };
}

describe("the 3B7 second contact on Today", () => {
  const maya = person("p1", "Maya Chen", { stage: "contacted" });

  it("offers the others at the organization, never the same person, fresh asks first", () => {
    const people = [
      maya,
      person("p2", "Zoe Quinn", { title: "UX lead", email: "zoe@acme.test" }),
      person("p3", "Ben Ode", { stage: "following_up" }),
      person("p4", "Ana Ruiz", { stage: "declined" }),
      person("p5", "Cy Park", { organizationId: "globex", organizationName: "Globex" }),
    ];
    const today = buildToday({
      people,
      activities: [buildActivity("email_sent", "2026-03-02T10:00:00.000Z")],
      settings: { ...defaultCadenceSettings, routine: "3b7" },
      now: new Date("2026-03-06T10:00:00.000Z"),
    });
    const [second] = today.actions.filter((action) => action.reason === "second_contact");
    expect(second?.personName).toBe("Maya Chen");
    expect(second?.secondContact).toEqual({
      organizationId: "acme",
      colleagues: [
        { id: "p2", name: "Zoe Quinn", title: "UX lead", email: "zoe@acme.test" },
        { id: "p3", name: "Ben Ode", title: null, email: null },
      ],
      total: 2,
    });
    expect(today.actions.every((action) => action === second || !action.secondContact)).toBe(true);
  });

  it("says when there is nobody else there, and names at most five", () => {
    expect(secondContactChoices(maya, [maya])).toEqual({
      organizationId: "acme",
      colleagues: [],
      total: 0,
    });
    const many = Array.from({ length: 8 }, (_, index) => person(`c${index}`, `Colleague ${index}`));
    const choices = secondContactChoices(maya, [maya, ...many]);
    expect(choices?.colleagues.map((colleague) => colleague.name)).toEqual([
      "Colleague 0",
      "Colleague 1",
      "Colleague 2",
      "Colleague 3",
      "Colleague 4",
    ]);
    expect(choices?.total).toBe(8);
  });
});
