import { Link, useParams, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header.js";
import { Loading } from "../../components/query-state.js";
import { PersonForm, personFormValues } from "./person-form.js";
import { PersonLoadFailed } from "./person-page-parts.js";
import { useCreatePerson, usePerson, useUpdatePerson } from "./queries.js";

export function NewPersonPage() {
  const [params] = useSearchParams();
  const create = useCreatePerson();
  // "Add a person here" on an organization passes its name; "Add someone they introduced"
  // on a person passes the introducer.
  const initial = {
    ...personFormValues(),
    organizationName: params.get("organization") ?? "",
    referredById: params.get("introducedBy") ?? "",
    source: params.get("introducedBy") ? "referral" : "",
  };
  return (
    <>
      <PageHeader
        title="Add a person"
        eyebrow={<Link to="/people">← People</Link>}
        description="Only a name is needed; add the rest whenever you learn it."
      />
      <PersonForm
        initial={initial}
        save={create.mutateAsync}
        saving={create.isPending}
        submitLabel="Save person"
        cancelTo="/people"
      />
    </>
  );
}

export function EditPersonPage() {
  const { id = "" } = useParams();
  const person = usePerson(id);
  const update = useUpdatePerson(id);

  if (person.isPending) return <Loading />;
  if (person.isError) {
    return <PersonLoadFailed error={person.error} retry={() => person.refetch()} />;
  }
  return (
    <>
      <PageHeader
        title={`Edit ${person.data.name}`}
        eyebrow={<Link to={`/people/${id}`}>← {person.data.name}</Link>}
      />
      <PersonForm
        key={person.data.id}
        initial={personFormValues(person.data)}
        initialTargetIds={person.data.targetIds}
        personId={person.data.id}
        save={update.mutateAsync}
        saving={update.isPending}
        submitLabel="Save changes"
        cancelTo={`/people/${id}`}
      />
    </>
  );
}
