import { type ReactNode, type RefObject, useEffect, useId, useRef } from "react";
import { Link, useParams } from "react-router";
import {
  type Brief,
  briefEmptyText,
  briefSectionTitles,
  moreInRapport,
} from "../../../domain/prepare/brief.js";
import { Button, buttonClasses } from "../../components/button.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { useDocumentTitle } from "../../lib/use-document-title.js";
import { briefApi } from "./brief-api.js";
import { useBrief } from "./brief-queries.js";

/**
 * The one-page brief (issue 10): to print, to download as PDF, or to keep open on the phone
 * on the way in. The print stylesheet (styles.css, "Print: the one-page brief") prints only
 * the sheet, compact, in two columns, black on white.
 */

/** The printed page's room: Letter's height inside the 12 mm margins (A4 has more), in CSS pixels. */
const printableHeight = ((279.4 - 24) * 96) / 25.4;

/**
 * The type is compact in print, and the domain bounds every text, but the fullest brief can
 * still run a little past one page: when print media applies, the sheet is measured (its
 * print width is fixed, 186 mm) and zoomed down just enough to fit. `data-print-fit` says
 * it was done, so a test can wait for it before printing.
 */
function usePrintFit(sheet: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const print = window.matchMedia("print");
    function fitToPage() {
      const element = sheet.current;
      if (!element) return;
      element.style.zoom = "";
      const height = () => element.getBoundingClientRect().height;
      // Smaller type wraps a little differently, so the zoom is checked again and stepped
      // down until the sheet is within the page with a line to spare.
      const room = printableHeight - 16;
      let zoom = height() > room ? Math.floor((room / height()) * 100) / 100 : 1;
      for (let step = 0; step < 20 && zoom < 1; step += 1) {
        element.style.zoom = String(zoom);
        if (height() <= room) break;
        zoom -= 0.02;
      }
      element.dataset.printFit = String(Math.round(zoom * 100) / 100);
    }
    function reset() {
      const element = sheet.current;
      if (!element) return;
      element.style.zoom = "";
      delete element.dataset.printFit;
    }
    const onChange = (event: MediaQueryListEvent) => (event.matches ? fitToPage() : reset());
    if (print.matches) fitToPage();
    print.addEventListener("change", onChange);
    window.addEventListener("beforeprint", fitToPage);
    window.addEventListener("afterprint", reset);
    return () => {
      print.removeEventListener("change", onChange);
      window.removeEventListener("beforeprint", fitToPage);
      window.removeEventListener("afterprint", reset);
    };
  }, [sheet]);
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="brief-section mb-4 break-inside-avoid">
      <h2
        id={id}
        className="mb-1 border-b border-slate-200 pb-0.5 text-sm font-semibold tracking-wide text-slate-700 uppercase"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="text-slate-500 italic">{children}</p>;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="brief-row">
      <dt className="inline font-semibold text-slate-800">{label}: </dt>
      <dd className="inline">{children}</dd>
    </div>
  );
}

function Logistics({ header }: { header: Brief["header"] }) {
  const where = [header.mode, header.where].filter(Boolean).join(": ");
  return (
    <dl className="brief-logistics mt-2 space-y-0.5">
      <Row label="When">
        {header.when} ({header.length})
      </Row>
      {where ? (
        <Row label="Where">
          {header.link ? (
            <>
              {header.mode ? `${header.mode}: ` : null}
              <a href={header.link} className="text-teal-800 underline underline-offset-2">
                {header.where}
              </a>
            </>
          ) : (
            where
          )}
        </Row>
      ) : null}
      {header.theirPhone ? (
        <Row label="Their phone">
          <a href={`tel:${header.theirPhone.replace(/ ext\. .*$/, "")}`}>{header.theirPhone}</a>
        </Row>
      ) : null}
    </dl>
  );
}

function WhoTheyAre({ brief }: { brief: Brief }) {
  const who = brief.whoTheyAre;
  const rows = [
    who.howFound ? (
      <Row key="found" label="How I found them">
        {who.howFound}
      </Row>
    ) : null,
    who.introducer ? (
      <Row key="introducer" label="Introduced by">
        {who.introducer.name} ({who.introducer.mayName})
      </Row>
    ) : null,
    who.commonGround ? (
      <Row key="ground" label="Common ground">
        {who.commonGround}
      </Row>
    ) : null,
    who.mission ? (
      <Row key="mission" label={brief.header.organization ?? "Organization"}>
        {who.mission}
      </Row>
    ) : null,
    who.website ? (
      <Row key="website" label="Website">
        {who.website}
      </Row>
    ) : null,
  ].filter(Boolean);
  return (
    <Section title={briefSectionTitles.whoTheyAre}>
      {rows.length === 0 ? (
        <Empty>Nothing noted about them yet.</Empty>
      ) : (
        <dl className="space-y-0.5">{rows}</dl>
      )}
    </Section>
  );
}

function Questions({ questions }: { questions: Brief["questions"] }) {
  return (
    <Section title={briefSectionTitles.questions}>
      {questions.top.length === 0 ? (
        <Empty>{briefEmptyText.questions}</Empty>
      ) : (
        <ol className="brief-questions space-y-1">
          {questions.top.map((question) => (
            <li key={question.number} className="flex gap-2">
              <span className="min-w-6 shrink-0 text-right font-semibold whitespace-nowrap tabular-nums">
                {question.number}.
              </span>
              <span className="min-w-0">{question.text}</span>
            </li>
          ))}
        </ol>
      )}
      {questions.spares.length > 0 ? (
        <>
          <h3 className="mt-2 font-semibold text-slate-800">{briefSectionTitles.spares}</h3>
          <ul className="space-y-0.5">
            {questions.spares.map((spare) => (
              <li key={spare} className="flex gap-2">
                <span aria-hidden="true" className="min-w-6 shrink-0 text-right">
                  –
                </span>
                <span className="min-w-0">{spare}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {questions.notShown > 0 ? (
        <p className="mt-1 text-slate-600">{moreInRapport(questions.notShown, "questions")}</p>
      ) : null}
    </Section>
  );
}

function Research({ research }: { research: Brief["research"] }) {
  // Two notes may say the same thing on the same day; the position tells them apart.
  const bullets = research.bullets.map((bullet, position) => ({
    ...bullet,
    key: `${position}:${bullet.notedOn}`,
  }));
  return (
    <Section title={briefSectionTitles.research}>
      {bullets.length === 0 ? (
        <Empty>{briefEmptyText.research}</Empty>
      ) : (
        <ul className="list-disc space-y-0.5 pl-5">
          {bullets.map((bullet) => (
            <li key={bullet.key}>
              {bullet.text}{" "}
              <span className="whitespace-nowrap text-slate-500">({bullet.dated})</span>
            </li>
          ))}
        </ul>
      )}
      {research.more > 0 ? (
        <p className="mt-1 text-slate-600">{moreInRapport(research.more)}</p>
      ) : null}
    </Section>
  );
}

function Checklist({ checklist }: { checklist: Brief["checklist"] }) {
  return (
    <Section title={`${briefSectionTitles.checklist} (${checklist.done} of ${checklist.total})`}>
      {checklist.items.length === 0 ? (
        <Empty>{briefEmptyText.checklist}</Empty>
      ) : (
        <ul className="brief-checklist grid gap-x-4 gap-y-0.5 sm:grid-cols-2">
          {checklist.items.map((item) => (
            <li key={item.label} className="flex gap-2">
              <span aria-hidden="true" className="shrink-0">
                {item.done ? "☑" : "☐"}
              </span>
              <span className="min-w-0">
                {item.label}
                <span className="sr-only">{item.done ? " (done)" : " (not done)"}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function BriefSheet({ brief }: { brief: Brief }) {
  const { header } = brief;
  const sheet = useRef<HTMLElement>(null);
  usePrintFit(sheet);
  const role = [header.title, header.organization].filter(Boolean).join(", ");
  return (
    <article
      ref={sheet}
      data-brief
      aria-label={`Brief: ${header.name}`}
      className="brief-sheet rounded-2xl border border-slate-200 bg-white px-4 py-5 text-[15px] leading-snug text-slate-900 shadow-sm [overflow-wrap:anywhere] sm:px-8 sm:py-7"
    >
      <header className="brief-header mb-4">
        <h1
          tabIndex={-1}
          data-page-heading
          className="text-2xl font-semibold tracking-tight sm:text-3xl"
        >
          {header.name}
        </h1>
        {role ? <p className="brief-role text-lg text-slate-700">{role}</p> : null}
        <Logistics header={header} />
      </header>
      {/* One flow in reading order; the browser balances it over two columns when there is room. */}
      <div className="brief-columns gap-8 md:columns-2">
        <WhoTheyAre brief={brief} />
        <Section title={briefSectionTitles.objective}>
          {brief.objective ? <p>{brief.objective}</p> : <Empty>{briefEmptyText.objective}</Empty>}
        </Section>
        <Section title={briefSectionTitles.pitch}>
          {brief.pitch ? <p>{brief.pitch}</p> : <Empty>{briefEmptyText.pitch}</Empty>}
        </Section>
        <Questions questions={brief.questions} />
        <Research research={brief.research} />
        <Checklist checklist={brief.checklist} />
      </div>
    </article>
  );
}

export function BriefPage() {
  const { id = "" } = useParams();
  const query = useBrief(id);
  useDocumentTitle(query.data ? `Brief: ${query.data.header.name}` : "Brief");

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <LoadFailed
        error={query.error}
        retry={() => query.refetch()}
        notFound={{
          title: "Conversation not found",
          message: "This conversation may have been cancelled, or the link may be wrong.",
          back: { to: "/conversations", label: "Back to Conversations" },
        }}
      />
    );
  }

  return (
    <div className="mx-auto max-w-4xl">
      <div
        data-print-hidden
        className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden"
      >
        <Link
          to={`/conversations/${encodeURIComponent(id)}/prepare`}
          className="inline-flex min-h-11 items-center font-medium text-teal-700 hover:underline"
        >
          ← Back to the preparation
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <Button onClick={() => window.print()}>Print</Button>
          <a href={briefApi.pdfHref(id)} className={buttonClasses("primary")}>
            Download PDF
          </a>
          <a
            href={briefApi.pdfHref(id, "letter")}
            className="inline-flex min-h-11 items-center px-1 text-sm font-medium text-teal-700 hover:underline"
          >
            Letter size
          </a>
        </div>
      </div>
      <BriefSheet brief={query.data} />
    </div>
  );
}
