import type { ReactNode } from "react";
import type { ActivityKind } from "../../domain/activity.js";

/** Line drawings per log entry kind; always next to the kind's written label. */
const paths: Record<ActivityKind, ReactNode> = {
  letter_sent: (
    <>
      <path d="M5 3.5h9l5 5v12a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-16a1 1 0 0 1 1-1Z" />
      <path d="M14 3.5v5h5M8 13h8M8 16.5h5" />
    </>
  ),
  email_sent: (
    <>
      <rect x="3" y="5.5" width="18" height="13" rx="2" />
      <path d="m3.5 7 8.5 6 8.5-6" />
    </>
  ),
  network_message_sent: (
    <>
      <rect x="3.5" y="3.5" width="17" height="17" rx="3" />
      <path d="M8 10.5v6M8 7.5h.01M12 16.5v-3.5a2.5 2.5 0 0 1 5 0v3.5M12 10.5v6" />
    </>
  ),
  call: (
    <path d="M6.6 3.5h2.6l1.5 4-2 1.3a10 10 0 0 0 6.5 6.5l1.3-2 4 1.5v2.6a2 2 0 0 1-2.2 2A16.5 16.5 0 0 1 4.6 5.7a2 2 0 0 1 2-2.2Z" />
  ),
  reply_received: (
    <>
      <path d="M9.5 8 4.5 12.5l5 4.5" />
      <path d="M4.5 12.5h9a6 6 0 0 1 6 6v1" />
    </>
  ),
  declined: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="m6 6 12 12" />
    </>
  ),
  snafu: (
    <>
      <path d="M10.3 4.3 2.9 17.5a2 2 0 0 0 1.7 3h14.8a2 2 0 0 0 1.7-3L13.7 4.3a2 2 0 0 0-3.4 0Z" />
      <path d="M12 9.5v4M12 17h.01" />
    </>
  ),
  meeting_scheduled: (
    <>
      <rect x="3.5" y="5" width="17" height="15" rx="2" />
      <path d="M3.5 9.5h17M8 3v4M16 3v4M9 14.5l2 2 4-4" />
    </>
  ),
  conversation_held: (
    <>
      <path d="M14 9.5a5.5 5.5 0 0 1-8 4.9L3 15.5l1-3A5.5 5.5 0 1 1 14 9.5Z" />
      <path d="M10 17.8a5.5 5.5 0 0 0 8 1.7l3 1-1-3a5.5 5.5 0 0 0-3.5-7.6" />
    </>
  ),
  conversation_cancelled: (
    <>
      <rect x="3.5" y="5" width="17" height="15.5" rx="2" />
      <path d="M3.5 9.5h17M8 3v4M16 3v4M9.5 12.5l5 5M14.5 12.5l-5 5" />
    </>
  ),
  thank_you_sent: (
    <path d="M12 20s-7.5-4.4-7.5-10a4.2 4.2 0 0 1 7.5-2.6A4.2 4.2 0 0 1 19.5 10c0 5.6-7.5 10-7.5 10Z" />
  ),
  update_sent: (
    <>
      <path d="m21 3-9.5 9.5M21 3l-6 18-3.5-8.5L3 9l18-6Z" />
    </>
  ),
  note: (
    <>
      <path d="M15.5 4.5 19.5 8.5 9 19H5v-4L15.5 4.5Z" />
      <path d="m13 7 4 4" />
    </>
  ),
};

export function LogKindIcon({ kind }: { kind: ActivityKind }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className="size-4 shrink-0"
    >
      {paths[kind]}
    </svg>
  );
}
