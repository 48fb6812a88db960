import { type ReactNode, useEffect } from "react";
import { useLocation } from "react-router";
import { PageHeader } from "../../components/page-header.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { useProfile } from "./queries.js";
import { AboutYouForm } from "./settings-about-you.js";
import { AppearanceSection } from "./settings-appearance.js";
import { CadenceSettingsForm } from "./settings-cadence.js";
import { CalendarFeedSection } from "./settings-calendar.js";
import { CoachLimitsForm } from "./settings-coach.js";
import { YourDataSection } from "./settings-data.js";
import { OnThisDeviceSection } from "./settings-device.js";
import { DevicesSection } from "./settings-devices.js";
import { MailSettingsSection } from "./settings-mail.js";
import { PitchAndStoriesSection } from "./settings-pitch.js";
import { PrepareSettingsForm } from "./settings-prepare.js";
import { TargetEditor } from "./settings-targets.js";
import { TemplatesSection } from "./settings-templates.js";

function SettingsSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-6 border-t border-slate-200 pt-8 first:border-0 first:pt-0"
    >
      <h2 id={`${id}-heading`} className="text-xl font-semibold tracking-tight text-slate-900">
        {title}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-600">{description}</p>
      <div className="mt-5">{children}</div>
    </section>
  );
}

/** The sections in page order, for the jump links at the top. */
const sectionLinks = [
  ["about-you", "About you"],
  ["exploring", "Exploring"],
  ["reminders", "Reminders"],
  ["calendar-feed", "Calendar"],
  ["devices", "Phones and tablets"],
  ["templates", "Templates"],
  ["pitch-and-stories", "Pitch and stories"],
  ["coach", "Coach"],
  ["mail", "E-mail and résumé"],
  ["your-data", "Your data"],
  ["on-this-device", "On this device"],
  ["appearance", "Appearance"],
] as const;

function SectionLinks() {
  return (
    <nav aria-label="Settings sections" className="mb-8">
      <ul className="flex flex-wrap gap-2">
        {sectionLinks.map(([id, label]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              className="inline-block rounded-full bg-white px-3 py-1 text-sm font-medium text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50 hover:text-teal-800 focus-visible:outline-2 focus-visible:outline-teal-700"
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SettingsPage() {
  const profile = useProfile();
  const { hash } = useLocation();
  const loaded = profile.isSuccess;
  // A link like /settings#mail arrives before the sections exist; scroll once they do.
  useEffect(() => {
    if (loaded && hash)
      document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [loaded, hash]);

  function content() {
    if (profile.isPending) return <Loading label="Loading your settings…" />;
    if (profile.isError)
      return <LoadFailed error={profile.error} retry={() => profile.refetch()} />;
    return (
      <div className="flex flex-col gap-10">
        <SettingsSection
          id="about-you"
          title="About you"
          description="Rapport uses this when it helps you introduce yourself to the people you contact."
        >
          <div className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
            <AboutYouForm profile={profile.data.profile} />
          </div>
        </SettingsSection>
        <SettingsSection
          id="exploring"
          title="What you are exploring"
          description="The fields, kinds of organization, roles and places you are curious about. Tag people and organizations with them to see who can tell you about each one. Press Enter to add."
        >
          <TargetEditor targets={profile.data.targets} />
        </SettingsSection>
        <SettingsSection
          id="reminders"
          title="Reminders"
          description="When Today asks you to follow up, try again, say thank you or prepare. The defaults follow the method; change any of them."
        >
          <CadenceSettingsForm />
        </SettingsSection>
        <SettingsSection
          id="calendar-feed"
          title="Calendar"
          description="See your conversations and reminders in your own calendar app, with an alert before each one."
        >
          <CalendarFeedSection />
        </SettingsSection>
        <SettingsSection
          id="devices"
          title="Phones and tablets"
          description="Run a conversation from your phone: pair it over your own Wi-Fi, and revoke it whenever you like."
        >
          <DevicesSection />
        </SettingsSection>
        <SettingsSection
          id="templates"
          title="Templates"
          description="Your own wording for first messages, thank-yous and confirmations, with merge fields Rapport fills in for each person."
        >
          <TemplatesSection profile={profile.data.profile} />
        </SettingsSection>
        <SettingsSection
          id="pitch-and-stories"
          title="Pitch and stories"
          description="Your elevator pitch, your answers for when they ask about you, and the stories you can tell. Each conversation can have its own version of the pitch."
        >
          <PitchAndStoriesSection />
        </SettingsSection>
        <SettingsSection
          id="coach"
          title="Coach"
          description="How long a message may be before the coach suggests cutting it."
        >
          <CoachLimitsForm />
        </SettingsSection>
        <SettingsSection
          id="prepare"
          title="Prepare"
          description="The time budget of a question plan, the pitch's timing, when research counts as old, and your own question bank."
        >
          <PrepareSettingsForm />
        </SettingsSection>
        <SettingsSection
          id="mail"
          title="E-mail and résumé"
          description="Your résumé to attach when you choose, and the account Rapport can send your e-mails through."
        >
          <MailSettingsSection profileEmail={profile.data.profile.email} />
        </SettingsSection>
        <SettingsSection
          id="your-data"
          title="Your data"
          description="Everything stays on this computer. Download a copy whenever you like."
        >
          <YourDataSection />
        </SettingsSection>
        <SettingsSection
          id="on-this-device"
          title="On this device"
          description="What this browser keeps so your next conversations open without a connection, and Rapport as an app of its own."
        >
          <OnThisDeviceSection />
        </SettingsSection>
        <SettingsSection
          id="appearance"
          title="Appearance"
          description="Light or dark, or as your system is set."
        >
          <AppearanceSection />
        </SettingsSection>
      </div>
    );
  }

  return (
    <>
      <PageHeader
        title="Settings"
        description="About you, what you are exploring, reminders, calendar, phones and tablets, templates, your pitch and stories, the coach, e-mail, your data, this device and its appearance."
      />
      <SectionLinks />
      {content()}
    </>
  );
}
