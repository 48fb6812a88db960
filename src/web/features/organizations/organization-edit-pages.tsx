import { Link, useParams } from "react-router";
import { PageHeader } from "../../components/page-header.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { OrganizationForm, organizationFormValues } from "./organization-form.js";
import { useCreateOrganization, useOrganization, useUpdateOrganization } from "./queries.js";

export function NewOrganizationPage() {
  const create = useCreateOrganization();
  return (
    <>
      <PageHeader
        title="Add an organization"
        eyebrow={<Link to="/organizations">← Organizations</Link>}
        description="A company, school, agency or group whose people you want to learn from."
      />
      <OrganizationForm
        initial={organizationFormValues()}
        save={create.mutateAsync}
        saving={create.isPending}
        submitLabel="Save organization"
        cancelTo="/organizations"
      />
    </>
  );
}

export function EditOrganizationPage() {
  const { id = "" } = useParams();
  const organization = useOrganization(id);
  const update = useUpdateOrganization(id);

  if (organization.isPending) return <Loading />;
  if (organization.isError) {
    return (
      <LoadFailed
        error={organization.error}
        retry={() => organization.refetch()}
        notFound={{
          title: "Organization not found",
          message: "This organization may have been deleted.",
          back: { to: "/organizations", label: "Back to Organizations" },
        }}
      />
    );
  }
  const current = organization.data.organization;
  return (
    <>
      <PageHeader
        title={`Edit ${current.name}`}
        eyebrow={<Link to={`/organizations/${id}`}>← {current.name}</Link>}
      />
      <OrganizationForm
        key={current.id}
        initial={organizationFormValues(current)}
        initialTargetIds={current.targetIds}
        save={update.mutateAsync}
        saving={update.isPending}
        submitLabel="Save changes"
        cancelTo={`/organizations/${id}`}
      />
    </>
  );
}
