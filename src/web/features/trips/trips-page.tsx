import { type ReactNode, useState } from "react";
import type { Trip } from "../../../domain/trip.js";
import { Button } from "../../components/button.js";
import { EmptyState } from "../../components/empty-state.js";
import { PlusIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { useDeleteTrip, useRestoreTrip, useTrips } from "./queries.js";
import { TripCard } from "./trips-card.js";
import { tripDates } from "./trips-dates.js";
import { TripForm } from "./trips-form.js";

/** "new" while adding, a trip's id while editing it, null otherwise. */
type Editing = "new" | string | null;

export function TripsPage() {
  const trips = useTrips();
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useTripRemoval();

  const header = (
    <PageHeader
      title="Trips"
      description="Where you will be, and when. Rapport suggests the people there to ask and puts the dates in your letters."
      actions={
        editing === "new" ? null : (
          <Button variant="primary" onClick={() => setEditing("new")}>
            <PlusIcon />
            Add a trip
          </Button>
        )
      }
    />
  );
  if (trips.isPending)
    return (
      <>
        {header}
        <Loading label="Loading your trips…" />
      </>
    );
  if (trips.isError)
    return (
      <>
        {header}
        <LoadFailed error={trips.error} retry={() => trips.refetch()} />
      </>
    );

  const { upcoming, past, today } = trips.data;
  const form = (trip: Trip | null) => (
    <TripForm
      idPrefix={trip ? `trip-${trip.id}` : "new-trip"}
      trip={trip}
      onSaved={() => setEditing(null)}
      onCancel={() => setEditing(null)}
    />
  );

  return (
    <>
      {header}
      <div className="flex max-w-4xl flex-col gap-8">
        {editing === "new" ? form(null) : null}
        {upcoming.length === 0 && past.length === 0 && editing !== "new" ? (
          <EmptyState
            title="Going somewhere? Meet people while you are there"
            icon="✈"
            actions={
              <Button variant="primary" onClick={() => setEditing("new")}>
                Add your first trip
              </Button>
            }
          >
            <p>
              Tell Rapport “I will be in Baltimore 10–15 October”. It lists the people you know of
              there, those you have not contacted yet first, and fills those dates into the letter
              you write them.
            </p>
          </EmptyState>
        ) : null}
        {upcoming.length > 0 ? (
          <section aria-labelledby="upcoming-trips" className="flex flex-col gap-4">
            <h2 id="upcoming-trips" className="text-lg font-semibold text-slate-900">
              Upcoming
            </h2>
            {upcoming.map((trip) =>
              editing === trip.id ? (
                <div key={trip.id}>{form(trip)}</div>
              ) : (
                <TripCard
                  key={trip.id}
                  trip={trip}
                  today={today}
                  onEdit={() => setEditing(trip.id)}
                  onDelete={() => remove(trip)}
                />
              ),
            )}
          </section>
        ) : null}
        {past.length > 0 ? (
          <PastTrips
            trips={past}
            today={today}
            editing={editing}
            form={form}
            onEdit={setEditing}
            onDelete={remove}
          />
        ) : null}
      </div>
    </>
  );
}

interface PastTripsProps {
  trips: Trip[];
  today: string;
  editing: Editing;
  form: (trip: Trip) => ReactNode;
  onEdit: (id: string) => void;
  onDelete: (trip: Trip) => void;
}

/** Trips that have ended, most recent first: a short record, still editable. */
function PastTrips({ trips, today, editing, form, onEdit, onDelete }: PastTripsProps) {
  return (
    <section aria-labelledby="past-trips">
      <h2 id="past-trips" className="text-lg font-semibold text-slate-900">
        Past
      </h2>
      <ul className="mt-3 divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white shadow-sm">
        {trips.map((trip) =>
          editing === trip.id ? (
            <li key={trip.id} className="p-2">
              {form(trip)}
            </li>
          ) : (
            <li
              key={trip.id}
              className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-5 py-3"
            >
              <div className="min-w-0">
                <p className="font-medium break-words text-slate-900">{trip.place}</p>
                <p className="text-sm text-slate-600">{tripDates(trip, today.slice(0, 4))}</p>
              </div>
              <div className="flex gap-2">
                <Button
                  variant="secondary"
                  className="px-3 py-1.5"
                  onClick={() => onEdit(trip.id)}
                  aria-label={`Edit trip to ${trip.place}`}
                >
                  Edit
                </Button>
                <Button
                  variant="danger"
                  className="px-3 py-1.5"
                  onClick={() => onDelete(trip)}
                  aria-label={`Delete trip to ${trip.place}`}
                >
                  Delete
                </Button>
              </div>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

/** Deletes at once and offers Undo: a trip is quick to lose by mistake and quick to restore. */
function useTripRemoval() {
  const deleteTrip = useDeleteTrip();
  const restoreTrip = useRestoreTrip();
  const { showToast } = useToast();
  return (trip: Trip) => {
    const name = `your trip to ${trip.place}`;
    deleteTrip.mutate(trip.id, {
      onSuccess: () => {
        document.querySelector<HTMLElement>("[data-page-heading]")?.focus();
        showToast({
          message: `Deleted ${name}.`,
          action: {
            label: "Undo",
            onAction: () =>
              restoreTrip.mutate(trip.id, {
                onSuccess: () => showToast({ message: `Restored ${name}.`, duration: 5000 }),
                onError: (error) =>
                  showToast({
                    message: `Could not restore ${name}: ${errorMessage(error)}`,
                    tone: "error",
                  }),
              }),
          },
        });
      },
      onError: (error) =>
        showToast({ message: `Could not delete ${name}: ${errorMessage(error)}`, tone: "error" }),
    });
  };
}
