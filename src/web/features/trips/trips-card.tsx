import { Link } from "react-router";
import { placeName, type Trip } from "../../../domain/trip.js";
import { Button, ButtonLink } from "../../components/button.js";
import { errorMessage } from "../../components/query-state.js";
import { StageBadge } from "../../components/stage-badge.js";
import { useTripPeople } from "./queries.js";
import { tripDates, tripLength } from "./trips-dates.js";

interface TripCardProps {
  trip: Trip;
  today: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** An upcoming trip: where and when, and the people there to ask. */
export function TripCard({ trip, today, onEdit, onDelete }: TripCardProps) {
  const underWay = trip.startsOn <= today;
  const headingId = `trip-${trip.id}-heading`;
  return (
    <article
      aria-labelledby={headingId}
      className="rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6"
    >
      <div className="flex flex-col gap-3 border-b border-slate-100 pb-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h3 id={headingId} className="text-lg font-semibold break-words text-slate-900">
            {trip.place}
          </h3>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-slate-600">
            <span>{tripDates(trip, today.slice(0, 4))}</span>
            <span aria-hidden="true">·</span>
            <span>{tripLength(trip)}</span>
            {underWay ? (
              <span className="rounded-full bg-teal-50 px-2 py-0.5 text-xs font-semibold text-teal-800 ring-1 ring-teal-200 ring-inset">
                Under way
              </span>
            ) : null}
          </p>
          {trip.note ? (
            <p className="mt-1 text-sm whitespace-pre-line text-slate-600">{trip.note}</p>
          ) : null}
        </div>
        <div className="flex shrink-0 gap-2">
          <Button variant="secondary" onClick={onEdit} aria-label={`Edit trip to ${trip.place}`}>
            Edit
          </Button>
          <Button variant="danger" onClick={onDelete} aria-label={`Delete trip to ${trip.place}`}>
            Delete
          </Button>
        </div>
      </div>
      <TripPeople trip={trip} />
    </article>
  );
}

/** Who is there: not yet contacted first, each one a click from a draft with the trip's dates. */
function TripPeople({ trip }: { trip: Trip }) {
  const people = useTripPeople(trip.id);
  const place = placeName(trip.place);
  if (people.isPending) {
    return <p className="pt-3 text-sm text-slate-500">Looking for people in {place}…</p>;
  }
  if (people.isError) {
    return (
      <p role="alert" className="pt-3 text-sm text-red-700">
        Could not look for people in {place}: {errorMessage(people.error)}{" "}
        <button
          type="button"
          onClick={() => people.refetch()}
          className="font-semibold underline underline-offset-2"
        >
          Try again
        </button>
      </p>
    );
  }
  if (people.data.length === 0) {
    return (
      <p className="pt-3 text-sm text-slate-600">
        No one on your list is in {place} yet. Give people a location (or their organization a site
        in {place}) and they will show up here.{" "}
        <Link to="/people/new" className="font-medium text-teal-700 hover:underline">
          Add a person
        </Link>
      </p>
    );
  }
  const notYet = people.data.filter((person) => person.stage === "identified").length;
  return (
    <div className="pt-3">
      <h4 className="text-sm font-medium text-slate-700">
        People in {place}
        {notYet > 0 ? ` · ${notYet} not contacted yet` : ""}
      </h4>
      <ul className="mt-2 divide-y divide-slate-100" aria-label={`People in ${place}`}>
        {people.data.map((person) => (
          <li
            key={person.id}
            data-person-id={person.id}
            className="flex items-center justify-between gap-3 py-2.5"
          >
            <div className="min-w-0 flex-1">
              <Link
                to={`/people/${person.id}`}
                className="font-semibold break-words text-slate-900 hover:text-teal-800 hover:underline"
              >
                {person.name}
              </Link>
              <p className="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                <StageBadge stage={person.stage} withLabel />
                {[person.title, person.organizationName].filter(Boolean).join(" · ")}
              </p>
            </div>
            <ButtonLink
              to={`/people/${person.id}/compose?trip=${encodeURIComponent(trip.id)}`}
              variant={person.stage === "identified" ? "primary" : "secondary"}
              aria-label={`Write to ${person.name}`}
              className="shrink-0 px-3 py-1.5"
            >
              Write
            </ButtonLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
