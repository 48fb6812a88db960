import type { Person } from "../domain/person.js";
import {
  calendarDay,
  isThere,
  isUpcoming,
  orderTripSuggestions,
  type Trip,
  type TripInput,
  tripFor,
  tripInputSchema,
} from "../domain/trip.js";
import { validate } from "../domain/validation.js";
import { createOnce, sameAs, withoutId } from "./client-ids.js";
import type { ServiceContext } from "./context.js";
import { onRecordChanged } from "./projections.js";
import { notFound, validationFailed } from "./service-error.js";
import { getCadenceSettings } from "./today.service.js";

export interface TripLists {
  /** Under way or still to come, soonest first. */
  upcoming: Trip[];
  /** Ended, most recent first. */
  past: Trip[];
  /** Today's date for the explorer, so a page can tell a trip under way from one to come. */
  today: string;
}

async function requireTrip(context: ServiceContext, id: string) {
  const trip = await context.store.trips.get(context.ownerId, id);
  if (!trip) throw notFound("That trip");
  return trip;
}

function validTrip(draft: unknown): TripInput {
  const input = validate(tripInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  return input.value;
}

/** Today's date where the explorer lives (Settings → Reminders → time zone). */
async function today(context: ServiceContext): Promise<string> {
  const { timeZone } = await getCadenceSettings(context);
  return calendarDay(context.now(), timeZone);
}

export async function listTrips(context: ServiceContext): Promise<TripLists> {
  const [trips, day] = await Promise.all([
    context.store.trips.list(context.ownerId),
    today(context),
  ]);
  return {
    upcoming: trips.filter((trip) => isUpcoming(trip, day)),
    past: trips.filter((trip) => !isUpcoming(trip, day)).reverse(),
    today: day,
  };
}

export function getTrip(context: ServiceContext, id: string): Promise<Trip> {
  return requireTrip(context, id);
}

export async function addTrip(context: ServiceContext, draft: unknown): Promise<Trip> {
  const { id, ...input } = validTrip(draft);
  // With the client's id, sending it again answers the same trip (client-ids.ts).
  return createOnce(context, {
    table: "trips",
    id,
    read: async (tx, tripId) => (await tx.store.trips.get(tx.ownerId, tripId)) ?? undefined,
    matches: (trip) => sameAs(trip, input),
    create: async (tx, tripId) => {
      await tx.store.trips.insert(tx.ownerId, tripId, input, tx.now().toISOString());
      await onRecordChanged(tx, { type: "trip", id: tripId }, "created");
      return requireTrip(tx, tripId);
    },
  });
}

export async function updateTrip(context: ServiceContext, id: string, draft: unknown) {
  const { id: _id, ...input } = validTrip(withoutId(draft));
  return context.transaction(async (tx) => {
    if (!(await tx.store.trips.update(tx.ownerId, id, input, tx.now().toISOString())))
      throw notFound("That trip");
    await onRecordChanged(tx, { type: "trip", id }, "edited");
    return requireTrip(tx, id);
  });
}

/** Soft delete, so "Undo" can bring the trip back. */
export async function deleteTrip(context: ServiceContext, id: string): Promise<Trip> {
  return context.transaction(async (tx) => {
    const trip = await requireTrip(tx, id);
    const now = tx.now().toISOString();
    await tx.store.trips.setDeleted(tx.ownerId, id, now, now);
    await onRecordChanged(tx, { type: "trip", id }, "deleted");
    return trip;
  });
}

export async function restoreTrip(context: ServiceContext, id: string): Promise<Trip> {
  return context.transaction(async (tx) => {
    const now = tx.now().toISOString();
    const restored = await tx.store.trips.setDeleted(tx.ownerId, id, null, now);
    // Restoring a live trip (a double click on Undo) is not an error.
    if (!restored) await requireTrip(tx, id);
    await onRecordChanged(tx, { type: "trip", id }, "restored");
    return requireTrip(tx, id);
  });
}

/** Every live person with the places they can be met: their own and their organization's. */
async function peopleWithPlaces(context: ServiceContext) {
  const [people, organizations] = await Promise.all([
    context.store.people.list(context.ownerId),
    context.store.organizations.list(context.ownerId),
  ]);
  const sites = new Map(
    organizations.map((organization) => [organization.id, organization.locations]),
  );
  return people.map((person) => ({
    person,
    places: {
      location: person.location,
      organizationLocations: (person.organizationId && sites.get(person.organizationId)) || [],
    },
  }));
}

/** The people in the trip's place: not yet contacted first, then the rest with their stage. */
export async function suggestPeopleForTrip(context: ServiceContext, id: string): Promise<Person[]> {
  const trip = await requireTrip(context, id);
  const people = await peopleWithPlaces(context);
  return orderTripSuggestions(
    people.filter(({ places }) => isThere(places, trip.place)).map(({ person }) => person),
  );
}

/** The trip under way or soonest to come that takes the explorer to this person, if any. */
export async function tripForPerson(context: ServiceContext, personId: string) {
  const person = await context.store.people.get(context.ownerId, personId);
  if (!person) throw notFound("That person");
  const organization = person.organizationId
    ? await context.store.organizations.get(context.ownerId, person.organizationId)
    : null;
  const [trips, day] = await Promise.all([
    context.store.trips.list(context.ownerId),
    today(context),
  ]);
  const places = {
    location: person.location,
    organizationLocations: organization?.locations ?? [],
  };
  return tripFor(places, trips, day);
}
