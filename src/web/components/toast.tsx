import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";

export interface ToastAction {
  label: string;
  /** Runs when the action is chosen; the toast closes right away. */
  onAction: () => void;
}

export interface ToastOptions {
  message: string;
  action?: ToastAction;
  tone?: "neutral" | "error";
  /** How long the toast stays, in milliseconds; hovering or focusing it pauses the clock. */
  duration?: number;
}

interface ToastEntry extends ToastOptions {
  id: number;
}

interface ToastContextValue {
  toasts: ToastEntry[];
  showToast: (toast: ToastOptions) => number;
  dismissToast: (id: number) => void;
}

const ToastContext = createContext<ToastContextValue | null>(null);

const defaultDuration = 8000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const nextId = useRef(1);

  const dismissToast = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const showToast = useCallback((toast: ToastOptions) => {
    const id = nextId.current++;
    // Keep at most three on screen; the newest matters most.
    setToasts((current) => [...current.slice(-2), { ...toast, id }]);
    return id;
  }, []);

  const value = useMemo(
    () => ({ toasts, showToast, dismissToast }),
    [toasts, showToast, dismissToast],
  );
  return <ToastContext.Provider value={value}>{children}</ToastContext.Provider>;
}

export function useToast(): Pick<ToastContextValue, "showToast" | "dismissToast"> {
  const context = useContext(ToastContext);
  if (!context) throw new Error("useToast must be used inside <ToastProvider>");
  return context;
}

/**
 * Where toasts appear. It is always in the page (so screen readers hear new ones) and
 * sits early in the tab order; F8 jumps straight to the newest toast.
 */
export function ToastRegion() {
  const context = useContext(ToastContext);
  const regionRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "F8") return;
      const buttons = regionRef.current?.querySelectorAll<HTMLButtonElement>("button");
      const newest = buttons?.[0];
      if (newest) {
        event.preventDefault();
        newest.focus();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  if (!context) return null;
  return (
    <section
      ref={regionRef}
      aria-label="Notifications"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-50 p-4 sm:p-6 print:hidden"
    >
      <div
        role="status"
        aria-live="polite"
        className="flex flex-col-reverse items-center gap-2 sm:items-end"
      >
        {[...context.toasts].reverse().map((toast) => (
          <ToastCard key={toast.id} toast={toast} onDismiss={context.dismissToast} />
        ))}
      </div>
    </section>
  );
}

function ToastCard({ toast, onDismiss }: { toast: ToastEntry; onDismiss: (id: number) => void }) {
  const [paused, setPaused] = useState(false);
  const remaining = useRef(toast.duration ?? defaultDuration);
  const cardRef = useRef<HTMLDivElement>(null);

  // Reading or reaching the toast stops its clock, so nobody has to race it.
  useEffect(() => {
    const card = cardRef.current;
    if (!card) return;
    const pause = () => setPaused(true);
    const resume = () => setPaused(false);
    const events: [string, () => void][] = [
      ["pointerenter", pause],
      ["pointerleave", resume],
      ["focusin", pause],
      ["focusout", resume],
    ];
    for (const [name, handler] of events) card.addEventListener(name, handler);
    return () => {
      for (const [name, handler] of events) card.removeEventListener(name, handler);
    };
  }, []);

  useEffect(() => {
    if (paused) return;
    const startedAt = Date.now();
    const timer = window.setTimeout(() => onDismiss(toast.id), remaining.current);
    return () => {
      window.clearTimeout(timer);
      remaining.current -= Date.now() - startedAt;
    };
  }, [paused, onDismiss, toast.id]);

  const tone =
    toast.tone === "error" ? "bg-red-800 text-white ring-red-900" : "bg-slate-900 text-white";

  return (
    <div
      className={`pointer-events-auto flex w-full max-w-md items-center gap-3 rounded-xl py-3 pr-2 pl-4 shadow-lg ring-1 ring-black/10 ${tone}`}
      ref={cardRef}
      data-testid="toast"
    >
      <p className="min-w-0 flex-1 text-sm font-medium">{toast.message}</p>
      {toast.action ? (
        <button
          type="button"
          className="rounded-md px-3 py-1.5 text-sm font-semibold text-teal-200 underline-offset-2 hover:bg-white/10 hover:underline focus-visible:outline-2 focus-visible:outline-teal-200"
          onClick={() => {
            onDismiss(toast.id);
            toast.action?.onAction();
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        aria-label="Dismiss notification"
        className="rounded-md px-2 py-1 text-lg leading-none text-slate-300 hover:bg-white/10 hover:text-white focus-visible:outline-2 focus-visible:outline-teal-200"
        onClick={() => onDismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}
