/** What a résumé upload may be: the rule the Settings form and the API share (pure). */

export const maximumResumeBytes = 5 * 1024 * 1024;

const typesByExtension = {
  pdf: { contentType: "application/pdf", label: "PDF" },
  doc: { contentType: "application/msword", label: "Word document" },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word document",
  },
  odt: { contentType: "application/vnd.oasis.opendocument.text", label: "OpenDocument text" },
  rtf: { contentType: "application/rtf", label: "RTF document" },
  txt: { contentType: "text/plain; charset=utf-8", label: "text file" },
} as const;
type ResumeExtension = keyof typeof typesByExtension;

export const resumeExtensions = Object.keys(typesByExtension) as ResumeExtension[];

export type ResumeFileCheck =
  | { ok: true; fileName: string; contentType: string }
  | { ok: false; message: string };

const allowedList = "PDF, DOC, DOCX, ODT, RTF or TXT";

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** Whether the bytes look like the kind the name says, so a renamed file is caught early. */
function contentMatches(extension: ResumeExtension, bytes: Uint8Array): boolean {
  switch (extension) {
    case "pdf":
      // Some writers put a few bytes before the header; readers look in the first kilobyte.
      return Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-");
    case "doc":
      return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    case "docx":
    case "odt":
      return startsWith(bytes, ascii("PK\u0003\u0004"));
    case "rtf":
      return startsWith(bytes, ascii("{\\rtf"));
    case "txt":
      return !bytes.includes(0);
  }
}

/** The name as it will be shown and sent: no folders, no control characters, not too long. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  const printable = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  if (printable.length <= 120) return printable;
  const dot = printable.lastIndexOf(".");
  const extension = dot > 0 ? printable.slice(dot) : "";
  return `${printable.slice(0, 120 - extension.length)}${extension}`;
}

/** Checks name, size and content; the stored content type comes from here, never the browser. */
export function checkResumeFile(fileName: string, bytes: Uint8Array): ResumeFileCheck {
  const name = cleanFileName(fileName);
  const extension = name.toLowerCase().split(".").pop() ?? "";
  if (!name.includes(".") || !(extension in typesByExtension)) {
    return { ok: false, message: `Choose a ${allowedList} file for your résumé.` };
  }
  const type = typesByExtension[extension as ResumeExtension];
  if (bytes.length === 0) return { ok: false, message: "That file is empty. Choose another." };
  if (bytes.length > maximumResumeBytes) {
    return {
      ok: false,
      message: "That file is larger than 5 MB. Save a smaller version (a PDF usually is).",
    };
  }
  if (!contentMatches(extension as ResumeExtension, bytes)) {
    return {
      ok: false,
      message: `That file is named .${extension} but is not a ${type.label}. Save it again as a ${allowedList} file.`,
    };
  }
  return { ok: true, fileName: name, contentType: type.contentType };
}
