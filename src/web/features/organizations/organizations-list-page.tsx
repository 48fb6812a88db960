import { Link, useNavigate } from "react-router";
import type { Organization } from "../../../domain/organization.js";
import { ButtonLink } from "../../components/button.js";
import { EmptyState } from "../../components/empty-state.js";
import { OrganizationIcon, PlusIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { countPeople } from "../../lib/format.js";
import { useOrganizations } from "./queries.js";

const empty = <span className="text-slate-500">—</span>;

function OrganizationsTable({ organizations }: { organizations: Organization[] }) {
  const navigate = useNavigate();
  return (
    <>
      <div className="hidden overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm sm:block">
        <table className="w-full border-collapse">
          <caption className="sr-only">Organizations, by name</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr className="text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
              <th scope="col" className="px-4 py-3">
                Name
              </th>
              <th scope="col" className="px-4 py-3">
                Industry
              </th>
              <th scope="col" className="px-4 py-3">
                Locations
              </th>
              <th scope="col" className="px-4 py-3 text-right">
                People
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {organizations.map((organization) => (
              <tr
                key={organization.id}
                className="cursor-pointer align-top transition-colors hover:bg-teal-50/40"
                onClick={(event) => {
                  if (event.target instanceof Element && event.target.closest("a")) return;
                  navigate(`/organizations/${organization.id}`);
                }}
              >
                <td className="px-4 py-3">
                  <Link
                    to={`/organizations/${organization.id}`}
                    className="font-semibold text-slate-900 hover:text-teal-800 hover:underline"
                  >
                    {organization.name}
                  </Link>
                </td>
                <td className="px-4 py-3 text-slate-700">{organization.industry ?? empty}</td>
                <td className="px-4 py-3 text-slate-700">
                  {organization.locations.length > 0 ? organization.locations.join("; ") : empty}
                </td>
                <td className="px-4 py-3 text-right text-slate-700 tabular-nums">
                  {organization.peopleCount}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-3 sm:hidden" aria-label="Organizations">
        {organizations.map((organization) => (
          <li
            key={organization.id}
            className="relative rounded-xl border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-teal-600"
          >
            <Link
              to={`/organizations/${organization.id}`}
              className="font-semibold text-slate-900 outline-none after:absolute after:inset-0 after:content-['']"
            >
              {organization.name}
            </Link>
            <p className="mt-1 text-sm break-words text-slate-600">
              {[organization.industry, organization.locations.join("; ")]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <p className="mt-1 text-sm text-slate-500">{countPeople(organization.peopleCount)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function OrganizationsListPage() {
  const organizations = useOrganizations();
  const addButton = (
    <ButtonLink to="/organizations/new" variant="primary">
      <PlusIcon />
      Add organization
    </ButtonLink>
  );

  function content() {
    if (organizations.isPending) return <Loading label="Loading organizations…" />;
    if (organizations.isError) {
      return <LoadFailed error={organizations.error} retry={() => organizations.refetch()} />;
    }
    if (organizations.data.length === 0) {
      return (
        <EmptyState icon={<OrganizationIcon />} title="No organizations yet" actions={addButton}>
          Add a place you are curious about: a company, a school, an agency or a nonprofit.
          Organizations also appear here when you add a person who works somewhere new.
        </EmptyState>
      );
    }
    return <OrganizationsTable organizations={organizations.data} />;
  }

  return (
    <>
      <PageHeader
        title="Organizations"
        description="Where the people you want to learn from work."
        actions={addButton}
      />
      {content()}
    </>
  );
}
