import type { ReactNode, SVGProps } from "react";

function Icon({ children, ...props }: SVGProps<SVGSVGElement> & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className="size-5 shrink-0"
      {...props}
    >
      {children}
    </svg>
  );
}

export const TodayIcon = () => (
  <Icon>
    <rect x="3.5" y="5" width="17" height="15" rx="2" />
    <path d="M3.5 9.5h17M8 3v4M16 3v4M8 13.5h3" />
  </Icon>
);

export const PeopleIcon = () => (
  <Icon>
    <circle cx="9" cy="8" r="3.25" />
    <path d="M3 19.5c.6-3.2 3-5 6-5s5.4 1.8 6 5" />
    <path d="M15.5 5.2a3 3 0 0 1 0 5.6M17.5 14.8c1.8.6 3 2.1 3.5 4.7" />
  </Icon>
);

export const TripIcon = () => (
  <Icon>
    <path d="M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11Z" />
    <circle cx="12" cy="10" r="2.5" />
  </Icon>
);

export const OrganizationIcon = () => (
  <Icon>
    <path d="M4 20.5V5.5a1 1 0 0 1 1-1h8a1 1 0 0 1 1 1v15M14 9.5h5a1 1 0 0 1 1 1v10" />
    <path d="M2.5 20.5h19M7.5 8h3M7.5 11.5h3M7.5 15h3M17 13.5h.01M17 16.5h.01" />
  </Icon>
);

export const ConversationIcon = () => (
  <Icon>
    <path d="M20 12a7.5 7.5 0 0 1-11 6.6L4 20l1.4-4.2A7.5 7.5 0 1 1 20 12Z" />
    <path d="M9 11h.01M12.5 11h.01M16 11h.01" />
  </Icon>
);

export const InsightsIcon = () => (
  <Icon>
    <path d="M4 20.5h16M7 17v-5M12 17V7M17 17v-8" />
  </Icon>
);

export const SettingsIcon = () => (
  <Icon>
    <path d="M4 7h9M17 7h3M4 17h3M11 17h9" />
    <circle cx="15" cy="7" r="2" />
    <circle cx="9" cy="17" r="2" />
  </Icon>
);

export const MenuIcon = () => (
  <Icon>
    <path d="M4 7h16M4 12h16M4 17h16" />
  </Icon>
);

export const PlusIcon = () => (
  <Icon className="size-4 shrink-0">
    <path d="M12 5v14M5 12h14" />
  </Icon>
);

export const ExternalIcon = () => (
  <Icon className="ml-1 inline-block size-3.5 shrink-0 align-[-2px]">
    <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
  </Icon>
);

export const SearchIcon = () => (
  <Icon>
    <circle cx="11" cy="11" r="6.5" />
    <path d="m16 16 4 4" />
  </Icon>
);

export const QuestionIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M9.75 9.5a2.4 2.4 0 0 1 4.6.9c0 1.6-2.35 2-2.35 3.6M12 16.75h.01" />
  </Icon>
);

export const UploadIcon = () => (
  <Icon className="size-6">
    <path d="M12 15.5V4.5M7.5 9 12 4.5 16.5 9M4.5 15v3.5a1 1 0 0 0 1 1h13a1 1 0 0 0 1-1V15" />
  </Icon>
);

export const DownloadIcon = () => (
  <Icon className="size-4 shrink-0">
    <path d="M12 4v11M7 10.5l5 5 5-5M5 19.5h14" />
  </Icon>
);

export const DocumentIcon = () => (
  <Icon className="size-6">
    <path d="M14 3.5H7a1.5 1.5 0 0 0-1.5 1.5v14A1.5 1.5 0 0 0 7 20.5h10a1.5 1.5 0 0 0 1.5-1.5V8L14 3.5Z" />
    <path d="M14 3.5V8h4.5M9 12.5h6M9 16h6" />
  </Icon>
);

/** A phone with a tick: kept on this device. */
export const OnDeviceIcon = () => (
  <Icon className="size-3.5 shrink-0">
    <rect x="6.5" y="3" width="11" height="18" rx="2" />
    <path d="M9.5 12l2 2 3.5-4" />
  </Icon>
);
