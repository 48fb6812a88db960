import { useState } from "react";
import {
  type BankQuestion,
  type QuestionGroup,
  questionGroupLabels,
  questionGroups,
} from "../../../domain/prepare/preparation.js";
import { Button } from "../../components/button.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { errorMessage } from "../../lib/error-message.js";
import { prepareApi } from "./api.js";
import {
  useAddBankQuestion,
  useDeleteBankQuestion,
  useQuestionBank,
  useUpdateBankQuestion,
} from "./queries.js";
import { QuestionCheck } from "./question-check.js";
import { GroupLabel, TagBadges } from "./tag-badges.js";

/** Settings → Prepare → My questions: the explorer's own bank, reused across conversations. */
export function OwnQuestionBank() {
  const bank = useQuestionBank();
  if (bank.isPending) return <Loading label="Loading your questions…" />;
  if (bank.isError) return <LoadFailed error={bank.error} retry={() => bank.refetch()} />;
  return (
    <div className="space-y-4">
      {bank.data.own.length === 0 ? (
        <p className="text-sm text-slate-600">
          No questions of your own yet. Those you add here (or save from a plan) can be picked for
          any conversation.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {bank.data.own.map((question) => (
            <OwnQuestionRow key={question.id} question={question} />
          ))}
        </ul>
      )}
      <AddOwnQuestion />
    </div>
  );
}

function OwnQuestionRow({ question }: { question: BankQuestion }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(question.text);
  const update = useUpdateBankQuestion();
  const remove = useDeleteBankQuestion();
  const { showToast } = useToast();
  const bank = useQuestionBank();

  async function onRemove() {
    try {
      await remove.mutateAsync(question.id);
      showToast({
        message: "Deleted the question.",
        action: {
          label: "Undo",
          onAction: () =>
            void prepareApi
              .restoreBankQuestion(question.id)
              .then(() => bank.refetch())
              .catch((error: unknown) =>
                showToast({ message: `Could not undo: ${errorMessage(error)}`, tone: "error" }),
              ),
        },
      });
    } catch (error) {
      showToast({ message: `Could not delete it: ${errorMessage(error)}`, tone: "error" });
    }
  }

  return (
    <li className="py-2">
      {editing ? (
        <div>
          <label htmlFor={`own-${question.id}`} className="sr-only">
            Question
          </label>
          <textarea
            id={`own-${question.id}`}
            rows={2}
            maxLength={500}
            value={text}
            onChange={(event) => setText(event.target.value)}
            className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-[15px]"
          />
          <QuestionCheck text={text} onUseRewrite={setText} />
          <div className="mt-2 flex gap-2">
            <Button
              variant="primary"
              disabled={text.trim() === "" || update.isPending}
              onClick={async () => {
                await update.mutateAsync({ id: question.id, patch: { text } });
                setEditing(false);
              }}
            >
              Save
            </Button>
            <Button onClick={() => setEditing(false)}>Cancel</Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <p className="break-words text-slate-900">{question.text}</p>
            <p className="mt-0.5 flex flex-wrap items-center gap-2">
              <GroupLabel group={question.group} />
              <TagBadges tags={question.tags} />
            </p>
          </div>
          <div className="flex shrink-0 gap-1">
            <Button variant="ghost" onClick={() => setEditing(true)}>
              Edit<span className="sr-only">: {question.text}</span>
            </Button>
            <Button variant="ghost" className="text-red-700" onClick={() => void onRemove()}>
              Delete<span className="sr-only">: {question.text}</span>
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}

function AddOwnQuestion() {
  const [text, setText] = useState("");
  const [group, setGroup] = useState<QuestionGroup>("field");
  const add = useAddBankQuestion();
  return (
    <form
      className="space-y-2"
      onSubmit={async (event) => {
        event.preventDefault();
        await add.mutateAsync({ id: crypto.randomUUID(), text, group });
        setText("");
      }}
    >
      <label htmlFor="own-new" className="block text-sm font-medium text-slate-800">
        Add a question to your bank
      </label>
      <textarea
        id="own-new"
        rows={2}
        maxLength={500}
        value={text}
        onChange={(event) => setText(event.target.value)}
        className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-[15px]"
      />
      <QuestionCheck text={text} onUseRewrite={setText} />
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor="own-new-group" className="sr-only">
          Group
        </label>
        <select
          id="own-new-group"
          value={group}
          onChange={(event) => setGroup(event.target.value as QuestionGroup)}
          className="rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm"
        >
          {questionGroups.map((each) => (
            <option key={each} value={each}>
              {questionGroupLabels[each]}
            </option>
          ))}
        </select>
        <Button type="submit" variant="primary" disabled={text.trim() === "" || add.isPending}>
          Add to my bank
        </Button>
      </div>
      {add.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {errorMessage(add.error)}
        </p>
      ) : null}
    </form>
  );
}
