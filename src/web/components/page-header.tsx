import type { ReactNode } from "react";
import { useDocumentTitle } from "../lib/use-document-title.js";

interface PageHeaderProps {
  title: string;
  /** The browser tab title when it should differ from the heading. */
  documentTitle?: string;
  description?: ReactNode;
  /** A small line above the title, e.g. a link back to the list. */
  eyebrow?: ReactNode;
  actions?: ReactNode;
}

/** The page's one h1; it takes focus after navigation so screen readers announce the page. */
export function PageHeader({
  title,
  documentTitle,
  description,
  eyebrow,
  actions,
}: PageHeaderProps) {
  useDocumentTitle(documentTitle ?? title);
  return (
    // The title keeps room for itself (18rem) and the actions wrap below it when both do
    // not fit, rather than squeezing it to one letter a line beside the sidebar.
    <header className="mb-6 flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end sm:justify-between">
      <div className="min-w-0 sm:flex-[1_1_18rem]">
        {eyebrow ? (
          // On a phone the back link is a 44-pixel touch target (WCAG 2.5.5). A way back on
          // screen, nothing on paper.
          <div className="print:hidden mb-1 text-sm text-slate-500 max-sm:mb-0 [&_a]:font-medium [&_a]:text-teal-700 [&_a]:hover:underline max-sm:[&_a]:inline-flex max-sm:[&_a]:min-h-11 max-sm:[&_a]:min-w-11 max-sm:[&_a]:items-center">
            {eyebrow}
          </div>
        ) : null}
        <h1
          tabIndex={-1}
          data-page-heading
          className="text-2xl font-semibold tracking-tight break-words text-slate-900 sm:text-3xl"
        >
          {title}
        </h1>
        {description ? <div className="mt-1 text-slate-600">{description}</div> : null}
      </div>
      {actions ? <div className="flex min-w-0 flex-wrap gap-2 print:hidden">{actions}</div> : null}
    </header>
  );
}
