import { type KeyboardEvent, useState } from "react";
import type { AskNext, AskNextLine } from "../../../domain/conduct/ask-next.js";
import type { QuestionMark } from "../../../domain/conduct/conduct.js";
import type { ConductQuestion } from "../../../domain/conduct/conduct-view.js";
import type { ConductChange } from "./conduct-changes.js";

interface QuestionsProps {
  questions: ConductQuestion[];
  plan: AskNext;
  write: (change: ConductChange) => void;
}

/**
 * The plan in priority order: the next question highlighted, the others that still fit,
 * those already asked, then "Spares" (faded): the ones that no longer fit before the wind-down.
 */
export function ConductQuestions({ questions, plan, write }: QuestionsProps) {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const lines = (statuses: AskNextLine["status"][]) =>
    plan.lines.flatMap((line) => {
      const question = byId.get(line.id);
      return question && statuses.includes(line.status) ? [{ line, question }] : [];
    });
  const coming = lines(["next", "fits"]);
  const done = lines(["asked", "answered"]);
  const spares = lines(["spare"]);
  if (questions.length === 0) {
    return <p className="text-slate-600">No questions were planned for this conversation.</p>;
  }
  return (
    <div className="grid gap-4">
      {coming.length > 0 ? (
        <ol className="grid gap-2" aria-label="Questions to ask">
          {coming.map(({ line, question }) => (
            <QuestionRow key={question.id} question={question} line={line} write={write} />
          ))}
        </ol>
      ) : null}
      {spares.length > 0 ? (
        <section aria-labelledby="conduct-spares" className="grid gap-2">
          <h3 id="conduct-spares" className="text-sm font-semibold text-slate-500 uppercase">
            Spares{" "}
            <span className="font-normal normal-case">
              (no time for these before the wind-down)
            </span>
          </h3>
          <ol className="grid gap-2 opacity-60">
            {spares.map(({ line, question }) => (
              <QuestionRow key={question.id} question={question} line={line} write={write} />
            ))}
          </ol>
        </section>
      ) : null}
      {done.length > 0 ? (
        <section aria-labelledby="conduct-done" className="grid gap-2">
          <h3 id="conduct-done" className="text-sm font-semibold text-slate-500 uppercase">
            Asked or answered
          </h3>
          <ol className="grid gap-2">
            {done.map(({ line, question }) => (
              <QuestionRow key={question.id} question={question} line={line} write={write} />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

function QuestionRow({
  question,
  line,
  write,
}: {
  question: ConductQuestion;
  line: AskNextLine;
  write: (change: ConductChange) => void;
}) {
  const [note, setNote] = useState(question.note ?? "");
  const next = line.status === "next";
  const mark = (asked: QuestionMark | null, withNote = note) =>
    write({ kind: "mark", questionId: question.id, asked, note: withNote.trim() || null });
  const saveNote = () => {
    if ((question.note ?? "") !== note.trim()) mark(question.asked);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      saveNote();
    }
  };
  const toggle = (value: QuestionMark) => mark(question.asked === value ? null : value);
  return (
    <li
      className={`rounded-xl p-3 ring-1 ${next ? "bg-teal-50 ring-2 ring-teal-600" : "bg-white ring-slate-200"}`}
      data-testid="conduct-question"
      data-status={line.status}
    >
      {next ? (
        <p className="mb-1 text-xs font-bold tracking-wide text-teal-800 uppercase">Ask next</p>
      ) : null}
      <p
        className={`text-[17px] leading-snug ${next ? "font-semibold text-slate-900" : "text-slate-800"}`}
      >
        {question.text}
      </p>
      <div className="mt-2 grid grid-cols-2 gap-2">
        <TickButton
          pressed={question.asked === "asked"}
          onClick={() => toggle("asked")}
          label="Asked"
          question={question.text}
        />
        <TickButton
          pressed={question.asked === "answered"}
          onClick={() => toggle("answered")}
          label="Answered unasked"
          question={question.text}
        />
      </div>
      <label className="mt-2 block">
        <span className="sr-only">Note on “{question.text}”</span>
        <input
          type="text"
          value={note}
          maxLength={500}
          placeholder="A one-line note"
          onChange={(event) => setNote(event.target.value)}
          onBlur={saveNote}
          onKeyDown={onKeyDown}
          className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-[15px] focus:border-teal-600 focus:outline-2 focus:outline-teal-600"
        />
      </label>
    </li>
  );
}

function TickButton({
  pressed,
  onClick,
  label,
  question,
}: {
  pressed: boolean;
  onClick: () => void;
  label: string;
  question: string;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={`min-h-12 rounded-lg px-2 text-sm font-semibold whitespace-nowrap ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 ${
        pressed ? "bg-teal-700 text-white ring-teal-700" : "bg-white text-slate-800 ring-slate-300"
      }`}
    >
      <span aria-hidden="true">{pressed ? "✓ " : "○ "}</span>
      {label}
      <span className="sr-only">: {question}</span>
    </button>
  );
}
