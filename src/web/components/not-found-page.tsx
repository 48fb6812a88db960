import { ButtonLink } from "./button.js";
import { EmptyState } from "./empty-state.js";
import { QuestionIcon } from "./icons.js";
import { PageHeader } from "./page-header.js";

interface NotFoundPageProps {
  title?: string;
  message?: string;
  /** Where to send the user instead, and what to call it. */
  back?: { to: string; label: string };
}

export function NotFoundPage({
  title = "Page not found",
  message = "There is no page at this address. It may have moved, or the link may have a typo.",
  back = { to: "/", label: "Go to the start page" },
}: NotFoundPageProps) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState
        icon={<QuestionIcon />}
        title="Nothing here"
        actions={
          <ButtonLink to={back.to} variant="primary">
            {back.label}
          </ButtonLink>
        }
      >
        {message}
      </EmptyState>
    </>
  );
}
