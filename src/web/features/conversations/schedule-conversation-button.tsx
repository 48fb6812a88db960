import { lazy, Suspense, useState } from "react";
import { useNavigate } from "react-router";
import { Button } from "../../components/button.js";
import { useToast } from "../../components/toast.js";
import { whenText } from "../../lib/conversations-format.js";
import { useCadenceSettings } from "../settings/index.js";

// The form loads when first opened: Today shows this button on every "schedule" action.
const ScheduleConversationDialog = lazy(() =>
  import("./schedule-conversation-dialog.js").then((module) => ({
    default: module.ScheduleConversationDialog,
  })),
);

/** "Schedule a conversation" on a person's page: the dialog, then a toast that links to the list. */
export function ScheduleConversationButton({ person }: { person: { id: string; name: string } }) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const settings = useCadenceSettings();
  const { showToast } = useToast();
  const navigate = useNavigate();
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        Schedule a conversation
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <ScheduleConversationDialog
            open={open}
            onOpenChange={setOpen}
            person={person}
            onScheduled={(conversation) => {
              setOpen(false);
              const when = settings.data
                ? whenText(conversation.startsAt, settings.data.timeZone)
                : "the time you entered";
              showToast({
                message: `Scheduled with ${person.name}: ${when}.`,
                action: { label: "See conversations", onAction: () => navigate("/conversations") },
              });
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
