import {
  type QuestionGroup,
  questionGroupLabels,
  type TiaraTag,
  tiaraTagLabels,
} from "../../../domain/prepare/preparation.js";

export function TagBadges({ tags }: { tags: readonly TiaraTag[] }) {
  if (tags.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {tags.map((tag) => (
        <span
          key={tag}
          className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700"
        >
          {tiaraTagLabels[tag]}
        </span>
      ))}
    </span>
  );
}

export function GroupLabel({ group }: { group: QuestionGroup }) {
  return <span className="text-xs text-slate-500">{questionGroupLabels[group]}</span>;
}
