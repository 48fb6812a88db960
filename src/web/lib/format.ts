import { counted } from "../../domain/wording/plural.js";

// Its own module: the person's schema module it reads stays out of pages that only format dates.
export { sourceLabel } from "./source-label.js";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** "Nov 22, 2025" in the browser's language; an unreadable date is shown as given. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** "1 person", "3 people". */
export function countPeople(count: number): string {
  return counted(count, { one: "person", other: "people" });
}

/** A web address without "https://" and a trailing slash, for display. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}

/** "812 bytes", "24 KB", "1.3 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
