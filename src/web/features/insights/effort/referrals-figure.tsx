import { Link } from "react-router";
import type { EffortView } from "../../../../domain/insights/insights-view.js";
import { DataTable } from "../data-table.js";
import { Bar, Figure } from "./figure.js";

const perPersonFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

type Introducer = EffortView["referrals"]["introducers"][number];

/** The snowball: how many introductions the people met produced, and who introduced most. */
export function ReferralsFigure({ referrals }: { referrals: EffortView["referrals"] }) {
  const largest = Math.max(1, ...referrals.introducers.map((each) => each.introduced));
  return (
    <Figure title="Introductions" description="People someone introduced you to, and who did.">
      <dl className="mb-4 grid grid-cols-2 gap-3 sm:max-w-md">
        <div className="rounded-lg bg-slate-50 px-3 py-2">
          <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
            Introductions
          </dt>
          <dd className="mt-0.5 text-2xl font-semibold text-slate-900 tabular-nums">
            {referrals.referrals}
          </dd>
        </div>
        <div className="rounded-lg bg-slate-50 px-3 py-2">
          <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
            Per person met
          </dt>
          <dd className="mt-0.5 text-2xl font-semibold text-slate-900 tabular-nums">
            {referrals.perPersonMet === null ? "–" : perPersonFormat.format(referrals.perPersonMet)}
          </dd>
        </div>
      </dl>
      {referrals.introducers.length === 0 ? (
        <p className="text-slate-600">
          Nobody has introduced you to anyone yet. At the end of each conversation, ask who else you
          should talk to, and record “Introduced by” on the people they name.
        </p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <ol aria-hidden="true" className="grid content-start gap-2.5">
            {referrals.introducers.map((introducer) => (
              <li key={introducer.personId}>
                <Bar
                  label={introducer.name}
                  share={introducer.introduced / largest}
                  colour="bg-indigo-500"
                  text={introducer.introduced}
                />
              </li>
            ))}
          </ol>
          <DataTable<Introducer>
            caption="Who introduced you"
            csvName="introducers"
            rows={referrals.introducers}
            rowKey={(row) => row.personId}
            footer={referrals.more > 0 ? `and ${referrals.more} more introducers` : undefined}
            columns={[
              {
                header: "Introducer",
                cell: (row) => (
                  <Link
                    to={`/people/${row.personId}`}
                    className="text-teal-800 underline underline-offset-2"
                  >
                    {row.name}
                  </Link>
                ),
                csv: (row) => row.name,
              },
              {
                header: "People introduced",
                cell: (row) => row.introduced,
                csv: (row) => row.introduced,
                numeric: true,
              },
            ]}
          />
        </div>
      )}
    </Figure>
  );
}
