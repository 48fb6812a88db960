import { Link } from "react-router";
import type { SecondContactChoices, TodayAction } from "../../../domain/today.js";
import { ButtonLink } from "../../components/button.js";

/** The composer for a colleague, drafting a first request to meet (e-mail when known). */
function composeFor(colleague: SecondContactChoices["colleagues"][number]): string {
  const query = new URLSearchParams({
    ...(colleague.email ? { kind: "email" } : {}),
    reason: "second_contact",
  });
  return `/people/${colleague.id}/compose?${query.toString()}`;
}

/**
 * 3B7's "write to a second person at the organization": the others there, each opening
 * the composer for them, or, when there is nobody else yet, a way to add someone there.
 */
export function SecondContactActions({
  action,
  choices,
}: {
  action: TodayAction;
  choices: SecondContactChoices;
}) {
  const organization = action.organizationName ?? "the organization";
  const addPerson = `/people/new?${new URLSearchParams({ organization }).toString()}`;
  if (choices.colleagues.length === 0) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-sm text-slate-600">No one else at {organization} in Rapport yet.</p>
        <ButtonLink to={addPerson} variant="primary">
          Add a person at {organization}
        </ButtonLink>
      </div>
    );
  }
  const headingId = `second-contact-${action.key}`;
  return (
    <div className="flex flex-col gap-2">
      <p id={headingId} className="text-sm text-slate-600">
        Write to someone else at {organization}:
      </p>
      <ul aria-labelledby={headingId} className="flex flex-wrap items-center gap-2">
        {choices.colleagues.map((colleague) => (
          <li key={colleague.id}>
            <ButtonLink to={composeFor(colleague)} variant="secondary">
              Write to {colleague.name}
              {colleague.title ? (
                <span className="font-normal text-slate-500">, {colleague.title}</span>
              ) : null}
            </ButtonLink>
          </li>
        ))}
        {choices.total > choices.colleagues.length ? (
          <li>
            <Link
              to={`/organizations/${choices.organizationId}`}
              className="text-sm font-semibold text-teal-800 underline-offset-2 hover:underline"
            >
              All {choices.total} at {organization}
            </Link>
          </li>
        ) : null}
        <li>
          <Link
            to={addPerson}
            className="text-sm font-semibold text-teal-800 underline-offset-2 hover:underline"
          >
            Add someone else at {organization}
          </Link>
        </li>
      </ul>
    </div>
  );
}
