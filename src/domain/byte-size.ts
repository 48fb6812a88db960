/**
 * "50 MB", "1.5 MB", "512 KB": a size as a person reads it in a message. `up` rounds to the
 * next whole megabyte, for a size said to be over a limit ("This file is 101 MB").
 */
export function formatByteSize(bytes: number, rounding: "nearest" | "up" = "nearest"): string {
  const megabytes = bytes / (1024 * 1024);
  if (rounding === "up") return `${Math.ceil(megabytes)} MB`;
  if (megabytes >= 1) return `${Number(megabytes.toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
