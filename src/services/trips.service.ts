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
import type { Repositories } from "../store/store.js";
import type { ServiceContext } from "./context.js";
import { reindexForSearch } from "./search-indexing.js";
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

async function requireTrip(repositories: Repositories, ownerId: string, id: string) {
  const trip = await repositories.trips.get(ownerId, id);
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
  return requireTrip(context.store, context.ownerId, id);
}

export async function addTrip(context: ServiceContext, draft: unknown): Promise<Trip> {
  const input = validTrip(draft);
  return context.store.transaction(async (repositories) => {
    const id = context.newId();
    await repositories.trips.insert(context.ownerId, id, input, context.now().toISOString());
    await reindexForSearch(repositories, context.ownerId, { type: "trip", id });
    return requireTrip(repositories, context.ownerId, id);
  });
}

export async function updateTrip(context: ServiceContext, id: string, draft: unknown) {
  const input = validTrip(draft);
  return context.store.transaction(async (repositories) => {
    if (!(await repositories.trips.update(context.ownerId, id, input, context.now().toISOString())))
      throw notFound("That trip");
    await reindexForSearch(repositories, context.ownerId, { type: "trip", id });
    return requireTrip(repositories, context.ownerId, id);
  });
}

/** Soft delete, so "Undo" can bring the trip back. */
export async function deleteTrip(context: ServiceContext, id: string): Promise<Trip> {
  return context.store.transaction(async (repositories) => {
    const trip = await requireTrip(repositories, context.ownerId, id);
    const now = context.now().toISOString();
    await repositories.trips.setDeleted(context.ownerId, id, now, now);
    await reindexForSearch(repositories, context.ownerId, { type: "trip", id });
    return trip;
  });
}

export async function restoreTrip(context: ServiceContext, id: string): Promise<Trip> {
  return context.store.transaction(async (repositories) => {
    const now = context.now().toISOString();
    const restored = await repositories.trips.setDeleted(context.ownerId, id, null, now);
    // Restoring a live trip (a double click on Undo) is not an error.
    if (!restored) await requireTrip(repositories, context.ownerId, id);
    await reindexForSearch(repositories, context.ownerId, { type: "trip", id });
    return requireTrip(repositories, context.ownerId, id);
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
  const trip = await requireTrip(context.store, context.ownerId, id);
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
