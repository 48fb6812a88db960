import { type ReactNode, useEffect } from "react";
import { useNavigate } from "react-router";
import type { Profile, Target } from "../../../domain/profile.js";
import { Button } from "../../components/button.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { ToastRegion } from "../../components/toast.js";
import { useFormState } from "../../lib/form-state.js";
import { useDocumentTitle } from "../../lib/use-document-title.js";
import {
  checkedProfile,
  ProfileFields,
  profileFields,
  profileValues,
  TargetEditor,
  useFinishWelcome,
  useProfile,
  useSaveProfile,
} from "../settings/index.js";
import { markWelcomeShown } from "./welcome-gate.js";
import { WelcomeTimeZone } from "./welcome-time-zone.js";

function Step({
  number,
  title,
  hint,
  children,
}: {
  number: number;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`welcome-step-${number}`} className="mt-8">
      <div className="flex items-baseline gap-3">
        <span
          aria-hidden="true"
          className="flex size-7 shrink-0 items-center justify-center rounded-full bg-teal-50 text-sm font-semibold text-teal-800"
        >
          {number}
        </span>
        <div>
          <h2 id={`welcome-step-${number}`} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <p className="text-slate-600">{hint}</p>
        </div>
      </div>
      <div className="mt-4">{children}</div>
    </section>
  );
}

function WelcomeForm({ profile, targets }: { profile: Profile; targets: Target[] }) {
  const navigate = useNavigate();
  const save = useSaveProfile();
  const finish = useFinishWelcome();
  const form = useFormState(profileFields, "welcome", profileValues(profile));
  const busy = save.isPending || finish.isPending;

  async function done(withProfile: boolean) {
    form.clearErrors();
    try {
      if (withProfile) {
        const draft = checkedProfile(form);
        if (!draft) return;
        if (form.dirty) await save.mutateAsync(draft);
      }
      await finish.mutateAsync();
      navigate("/people", { replace: true });
      // The app's frame opens fresh, so it does not move focus itself: do it as a page load would.
      window.setTimeout(
        () => document.querySelector<HTMLElement>("[data-page-heading]")?.focus(),
        0,
      );
    } catch (error) {
      form.showSubmitError(error);
    }
  }

  return (
    <>
      <FormErrorAlert form={form} className="mb-4" />
      {profile.welcomeDoneAt === null ? <WelcomeTimeZone /> : null}
      <Step number={1} title="About you" hint="So Rapport can help you introduce yourself.">
        <ProfileFields form={form} idPrefix="welcome" />
      </Step>
      <Step
        number={2}
        title="What you are exploring"
        hint="A few fields, kinds of organization, roles and places you are curious about. Press Enter to add each one; you can change them any time in Settings."
      >
        <TargetEditor targets={targets} />
      </Step>
      <div className="-mx-5 mt-8 flex flex-col-reverse gap-2 rounded-b-2xl border-t border-slate-200 bg-slate-50 px-5 py-4 sm:-mx-8 sm:flex-row sm:items-center sm:justify-end sm:px-8">
        <p className="text-sm text-slate-500 sm:mr-auto">
          Everything here is optional and can be changed later in Settings.
        </p>
        <Button variant="ghost" disabled={busy} onClick={() => void done(false)}>
          Skip for now
        </Button>
        <Button variant="primary" disabled={busy} onClick={() => void done(true)}>
          {busy ? "Saving…" : "Save and continue"}
        </Button>
      </div>
    </>
  );
}

function WelcomeContent() {
  const profile = useProfile();
  if (profile.isPending) return <Loading />;
  if (profile.isError) return <LoadFailed error={profile.error} retry={() => profile.refetch()} />;
  return <WelcomeForm profile={profile.data.profile} targets={profile.data.targets} />;
}

/** The first-run welcome: what Rapport does, and a few optional questions. */
export function WelcomePage() {
  useDocumentTitle("Welcome");
  useEffect(markWelcomeShown, []);

  return (
    <div className="min-h-screen px-4 py-8 sm:py-12">
      <main id="main" className="mx-auto max-w-4xl">
        <div className="mb-6 flex items-center gap-2.5 px-1">
          <span
            aria-hidden="true"
            className="flex size-8 items-center justify-center rounded-lg bg-teal-700 font-bold text-white"
          >
            R
          </span>
          <span className="text-lg font-semibold tracking-tight">Rapport</span>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white px-5 pt-6 shadow-sm sm:px-8 sm:pt-8">
          <h1
            tabIndex={-1}
            data-page-heading
            className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl"
          >
            Welcome to Rapport
          </h1>
          <p className="mt-3 max-w-2xl text-lg text-slate-700">
            Rapport helps you learn about careers by talking with people who do the work: it keeps
            track of whom to ask, when to follow up, and who introduced you to whom. Tell it a
            little about yourself now, or skip this and do it later in Settings.
          </p>
          <WelcomeContent />
        </div>
      </main>
      <ToastRegion />
    </div>
  );
}
