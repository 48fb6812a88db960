import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "../../components/button.js";

/**
 * Practice mode: the pitch large, and a countdown from the target's longest time while the
 * explorer says it aloud. Start/Stop (or Space); when the time is up it says so politely
 * (aria-live) and shows how far over they went.
 */
export function PitchPractice({
  text,
  targetSeconds,
  onClose,
}: {
  text: string;
  targetSeconds: number;
  onClose: () => void;
}) {
  const [elapsedMs, setElapsedMs] = useState(0);
  const [running, setRunning] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const startedAt = useRef<number | null>(null);
  const base = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      if (startedAt.current !== null)
        setElapsedMs(base.current + (performance.now() - startedAt.current));
    }, 100);
    return () => window.clearInterval(timer);
  }, [running]);

  const remaining = Math.ceil(targetSeconds - elapsedMs / 1000);
  const timeUp = remaining <= 0;
  useEffect(() => {
    if (running && timeUp)
      setAnnouncement(`Time is up: ${targetSeconds} seconds. Finish your sentence.`);
  }, [running, timeUp, targetSeconds]);

  const toggle = useCallback(() => {
    if (running) {
      base.current += startedAt.current === null ? 0 : performance.now() - startedAt.current;
      startedAt.current = null;
      setRunning(false);
      setAnnouncement(`Stopped at ${Math.round(base.current / 1000)} seconds.`);
      return;
    }
    if (timeUp) {
      base.current = 0;
      setElapsedMs(0);
    }
    startedAt.current = performance.now();
    setRunning(true);
    setAnnouncement(`Started: ${targetSeconds} seconds. Say your pitch aloud.`);
  }, [running, timeUp, targetSeconds]);

  // Space starts and stops, unless a button or field has the key itself.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.key === "Escape") onClose();
      if (event.key !== " " || target?.closest("button, input, textarea, select, a")) return;
      event.preventDefault();
      toggle();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [toggle, onClose]);

  const over = Math.max(0, Math.floor(elapsedMs / 1000) - targetSeconds);
  return (
    <section
      aria-labelledby="pitch-practice-heading"
      className="flex flex-col gap-4 rounded-2xl bg-slate-900 p-5 text-white sm:p-8"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3
          id="pitch-practice-heading"
          ref={heading}
          tabIndex={-1}
          className="text-lg font-semibold outline-none"
        >
          Practice aloud
        </h3>
        <p
          className={`font-mono text-4xl font-bold tabular-nums ${timeUp ? "text-amber-300" : "text-white"}`}
        >
          <span aria-hidden="true" data-testid="practice-countdown">
            {timeUp ? (over > 0 ? `+${over} s` : "0 s") : `${remaining} s`}
          </span>
          <span className="sr-only">
            {timeUp
              ? `Time is up${over ? `, ${over} seconds over` : ""}`
              : `${remaining} seconds left`}
          </span>
        </p>
      </div>
      <p className="max-w-3xl text-2xl leading-relaxed sm:text-3xl sm:leading-relaxed">
        {text || "Write your pitch first."}
      </p>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <p className="text-sm text-slate-300">
        {timeUp
          ? "Time is up. A pitch that runs over is a sign to cut a sentence."
          : "Press Start (or Space), then say it as you would to them."}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={toggle} disabled={!text}>
          {running ? "Stop" : elapsedMs > 0 && !timeUp ? "Resume" : "Start"}
        </Button>
        <Button onClick={onClose}>Done practising</Button>
      </div>
    </section>
  );
}
