import { describe, expect, it } from "vitest";
import { checkResumeFile, cleanFileName, maximumResumeBytes } from "./resume-file.js";

const bytesOf = (text: string) => new TextEncoder().encode(text);
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]);

describe("checkResumeFile", () => {
  it.each([
    ["cv.pdf", bytesOf("%PDF-1.7\n"), "application/pdf"],
    ["CV.PDF", bytesOf("\n\n%PDF-1.3\n"), "application/pdf"],
    ["cv.doc", ole, "application/msword"],
    ["cv.docx", zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["cv.odt", zip, "application/vnd.oasis.opendocument.text"],
    ["cv.rtf", bytesOf("{\\rtf1\\ansi Jordan}"), "application/rtf"],
    ["cv.txt", bytesOf("Jordan Lee — résumé"), "text/plain; charset=utf-8"],
  ])("accepts %s", (fileName, bytes, contentType) => {
    expect(checkResumeFile(fileName, bytes)).toEqual({ ok: true, fileName, contentType });
  });

  it.each([
    ["photo.png", bytesOf("png")],
    ["resume", bytesOf("%PDF-1.7")],
    ["cv.pages", zip],
  ])("refuses the type of %s", (fileName, bytes) => {
    expect(checkResumeFile(fileName, bytes)).toEqual({
      ok: false,
      message: "Choose a PDF, DOC, DOCX, ODT, RTF or TXT file for your résumé.",
    });
  });

  it("refuses a file renamed to look like another kind", () => {
    expect(checkResumeFile("cv.pdf", zip)).toEqual({
      ok: false,
      message:
        "That file is named .pdf but is not a PDF. Save it again as a PDF, DOC, DOCX, ODT, RTF or TXT file.",
    });
    expect(checkResumeFile("cv.txt", new Uint8Array([65, 0, 66])).ok).toBe(false);
  });

  it("takes 5 MB and not a byte more, and no empty file", () => {
    const atLimit = new Uint8Array(maximumResumeBytes).fill(65);
    expect(checkResumeFile("cv.txt", atLimit).ok).toBe(true);
    const over = new Uint8Array(maximumResumeBytes + 1).fill(65);
    expect(checkResumeFile("cv.txt", over)).toEqual({
      ok: false,
      message: "That file is larger than 5 MB. Save a smaller version (a PDF usually is).",
    });
    expect(checkResumeFile("cv.txt", new Uint8Array()).ok).toBe(false);
  });
});

describe("cleanFileName", () => {
  it("drops folders, quotes and control characters and keeps the extension when shortening", () => {
    expect(cleanFileName('/home/me/My "best" CV.pdf')).toBe("My best CV.pdf");
    expect(cleanFileName("C:\\cv\u0007.pdf")).toBe("cv.pdf");
    const long = cleanFileName(`${"a".repeat(300)}.docx`);
    expect(long).toHaveLength(120);
    expect(long.endsWith(".docx")).toBe(true);
  });
});
