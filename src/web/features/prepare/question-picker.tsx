import { useState } from "react";
import type { PlanQuestion } from "../../../domain/prepare/preparation.js";
import {
  type QuestionGroup,
  questionGroupLabels,
  questionGroups,
  type TiaraTag,
  tiaraTagLabels,
  tiaraTags,
} from "../../../domain/prepare/preparation.js";
import { Button } from "../../components/button.js";
import { Loading } from "../../components/query-state.js";
import { errorMessage } from "../../lib/error-message.js";
import { useAddBankQuestion, useAddPlanQuestion, useQuestionBank } from "./queries.js";
import { QuestionCheck } from "./question-check.js";
import { TagBadges } from "./tag-badges.js";

type Source = "builtin" | "own" | "new";
const sourceLabels: Record<Source, string> = {
  builtin: "From the bank",
  own: "My questions",
  new: "Write new",
};

/** Adds to the plan: from the built-in bank (by group, TIARA filter), the own bank, or new text. */
export function QuestionPicker({ activityId, plan }: { activityId: string; plan: PlanQuestion[] }) {
  const [source, setSource] = useState<Source>("builtin");
  return (
    <div className="mt-5 border-t border-slate-200 pt-4">
      <h3 className="font-semibold text-slate-900">Add a question</h3>
      <div role="tablist" aria-label="Where from" className="mt-2 flex flex-wrap gap-1">
        {(Object.keys(sourceLabels) as Source[]).map((each) => (
          <button
            key={each}
            type="button"
            role="tab"
            aria-selected={source === each}
            aria-controls={`picker-${each}`}
            id={`picker-tab-${each}`}
            onClick={() => setSource(each)}
            className={`min-h-11 rounded-lg px-3 text-sm font-semibold ${source === each ? "bg-teal-700 text-white" : "bg-slate-100 text-slate-800 hover:bg-slate-200"}`}
          >
            {sourceLabels[each]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`picker-${source}`}
        aria-labelledby={`picker-tab-${source}`}
        className="mt-3"
      >
        {source === "new" ? (
          <NewQuestionForm activityId={activityId} />
        ) : (
          <BankList activityId={activityId} plan={plan} own={source === "own"} />
        )}
      </div>
    </div>
  );
}

function BankList({
  activityId,
  plan,
  own,
}: {
  activityId: string;
  plan: PlanQuestion[];
  own: boolean;
}) {
  const bank = useQuestionBank();
  const add = useAddPlanQuestion(activityId);
  const [tag, setTag] = useState<TiaraTag | "">("");
  if (bank.isPending) return <Loading label="Loading the questions…" />;
  if (bank.isError)
    return <p role="alert">Could not load the questions: {errorMessage(bank.error)}</p>;
  const questions = own
    ? bank.data.own.map((question) => ({ ...question, key: question.id }))
    : bank.data.builtin;
  const picked = new Set(
    plan.map((question) => (own ? question.bankQuestionId : question.builtinKey)).filter(Boolean),
  );
  const filtered = questions.filter((question) => tag === "" || question.tags.includes(tag));
  if (own && questions.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        Your own bank is empty. Write a question under “Write new” and tick “Save to my bank”.
      </p>
    );
  }
  return (
    <div>
      <label
        htmlFor={`tiara-${own ? "own" : "builtin"}`}
        className="text-sm font-medium text-slate-800"
      >
        TIARA
      </label>
      <select
        id={`tiara-${own ? "own" : "builtin"}`}
        value={tag}
        onChange={(event) => setTag(event.target.value as TiaraTag | "")}
        className="ml-2 rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        <option value="">All tags</option>
        {tiaraTags.map((each) => (
          <option key={each} value={each}>
            {tiaraTagLabels[each]}
          </option>
        ))}
      </select>
      {add.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          Not added: {errorMessage(add.error)}
        </p>
      ) : null}
      {questionGroups.map((group) => {
        const inGroup = filtered.filter((question) => question.group === group);
        if (inGroup.length === 0) return null;
        return (
          // Closed at first: the whole bank at once is a very long page on a phone.
          <details key={group} data-bank-group={group} className="mt-3" open={tag !== ""}>
            <summary className="min-h-11 cursor-pointer py-3 text-sm font-semibold text-slate-800">
              {questionGroupLabels[group]} ({inGroup.length})
            </summary>
            <ul className="mt-1 divide-y divide-slate-100">
              {inGroup.map((question) => {
                const added = picked.has(question.key);
                return (
                  <li
                    key={question.key}
                    data-bank-question={question.key}
                    className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between sm:gap-3"
                  >
                    <div className="min-w-0">
                      <p className="break-words text-slate-900">{question.text}</p>
                      <TagBadges tags={question.tags} />
                    </div>
                    <Button
                      className="shrink-0 self-start sm:self-center"
                      disabled={added || add.isPending}
                      onClick={() =>
                        add.mutate({
                          id: crypto.randomUUID(),
                          text: question.text,
                          group: question.group,
                          tags: question.tags,
                          ...(own
                            ? { bankQuestionId: question.key }
                            : { builtinKey: question.key }),
                        })
                      }
                    >
                      {added ? "Added" : "Add"}
                      <span className="sr-only">: {question.text}</span>
                    </Button>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

function NewQuestionForm({ activityId }: { activityId: string }) {
  const [text, setText] = useState("");
  const [group, setGroup] = useState<QuestionGroup>("field");
  const [tags, setTags] = useState<TiaraTag[]>([]);
  const [toBank, setToBank] = useState(false);
  const add = useAddPlanQuestion(activityId);
  const addToBank = useAddBankQuestion();
  const [error, setError] = useState("");

  async function submit() {
    setError("");
    try {
      let bankQuestionId: string | null = null;
      if (toBank) {
        bankQuestionId = (
          await addToBank.mutateAsync({ id: crypto.randomUUID(), text, group, tags })
        ).id;
      }
      await add.mutateAsync({ id: crypto.randomUUID(), text, group, tags, bankQuestionId });
      setText("");
      setTags([]);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      className="space-y-3"
    >
      <div>
        <label htmlFor="new-question" className="block text-sm font-medium text-slate-800">
          Your question
        </label>
        <textarea
          id="new-question"
          rows={2}
          maxLength={500}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="mt-1.5 block w-full rounded-lg border border-slate-300 px-3 py-2 text-[15px] focus:border-teal-600 focus:outline-2 focus:outline-teal-600"
        />
        <QuestionCheck text={text} onUseRewrite={setText} />
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="new-question-group" className="block text-sm font-medium text-slate-800">
            Group
          </label>
          <select
            id="new-question-group"
            value={group}
            onChange={(event) => setGroup(event.target.value as QuestionGroup)}
            className="mt-1.5 rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm"
          >
            {questionGroups.map((each) => (
              <option key={each} value={each}>
                {questionGroupLabels[each]}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">TIARA tags</legend>
          <div className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1">
            {tiaraTags.map((each) => (
              <label key={each} className="flex min-h-11 items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  className="size-4 accent-teal-700"
                  checked={tags.includes(each)}
                  onChange={(event) =>
                    setTags(event.target.checked ? [...tags, each] : tags.filter((t) => t !== each))
                  }
                />
                {tiaraTagLabels[each]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-teal-700"
          checked={toBank}
          onChange={(event) => setToBank(event.target.checked)}
        />
        Save to my bank too
      </label>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant="primary" disabled={text.trim() === "" || add.isPending}>
        Add to the plan
      </Button>
    </form>
  );
}
