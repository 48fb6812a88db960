import * as Dialog from "@radix-ui/react-dialog";
import { SearchBox } from "./search-box.js";

/** Phone: search as a full-screen sheet, opened by the top bar's button (global-search.tsx). */
export function PhoneSearchSheet({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed inset-0 z-50 flex flex-col bg-white px-4 pt-3 pb-4"
        >
          <Dialog.Title className="sr-only">Search everything</Dialog.Title>
          <SearchBox
            layout="panel"
            autoFocus
            onClose={() => onOpenChange(false)}
            trailing={
              <Dialog.Close className="shrink-0 rounded-lg px-3 py-2 text-sm font-semibold text-teal-800 hover:bg-slate-100">
                Close
              </Dialog.Close>
            }
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
