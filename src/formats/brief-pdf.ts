import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  type Brief,
  briefEmptyText,
  briefSectionTitles,
  moreInRapport,
} from "../domain/prepare/brief.js";

/**
 * The brief as a one-page PDF (pdfkit). The standard PDF fonts cover only Windows-1252, so
 * names such as Łukasz or Nguyễn would print as garbage: DejaVu Sans Condensed (from the
 * dejavu-fonts-ttf package) is embedded instead, subset to the letters used. Everything is
 * measured first and the type set at the largest size (10 pt down to 6 pt) at which the
 * whole brief fits one page; the domain bounds every text, so it always does.
 */

export type BriefPaper = "a4" | "letter";

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;
/** Read once: the files ship with the package and never change while the server runs. */
function fontFiles() {
  fonts ??= {
    regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf")),
    bold: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf")),
  };
  return fonts;
}

interface Run {
  text: string;
  bold?: boolean;
}

/** One paragraph: runs of text, an optional marker hung in the margin ("1.", "•", "☐"). */
interface Line {
  runs: Run[];
  /** Relative to the body size. */
  scale?: number;
  marker?: string;
  /** Space above, in body sizes. */
  gap?: number;
}

/** Items set side by side in two columns (the checklist). */
interface Columns {
  columns: Line[];
  gap?: number;
}

type Block = Line | Columns;

const margin = 36;
const markerWidth = 1.6;
const lineGap = 0.15;

function section(title: string): Line {
  return { runs: [{ text: title, bold: true }], scale: 1.1, gap: 0.7 };
}

function labelled(label: string, value: string | null): Line[] {
  return value ? [{ runs: [{ text: `${label}: `, bold: true }, { text: value }] }] : [];
}

/** The brief's sections in order, as lines to set. */
function blocks(brief: Brief): Block[] {
  const { header, whoTheyAre, questions, research, checklist } = brief;
  const role = [header.title, header.organization].filter(Boolean).join(", ");
  const where = [header.mode, header.where].filter(Boolean).join(": ");
  const introducer = whoTheyAre.introducer
    ? `${whoTheyAre.introducer.name} (${whoTheyAre.introducer.mayName})`
    : null;
  const result: Block[] = [
    { runs: [{ text: header.name, bold: true }], scale: 1.7 },
    ...(role ? [{ runs: [{ text: role }], scale: 1.15 }] : []),
    {
      runs: [{ text: "When: ", bold: true }, { text: `${header.when} (${header.length})` }],
      gap: 0.4,
    },
    ...labelled("Where", where || null),
    ...labelled("Their phone", header.theirPhone),
    section(briefSectionTitles.whoTheyAre),
    ...labelled("How I found them", whoTheyAre.howFound),
    ...labelled("Introduced by", introducer),
    ...labelled("Common ground", whoTheyAre.commonGround),
    ...labelled(header.organization ?? "Organization", whoTheyAre.mission),
    ...labelled("Website", whoTheyAre.website),
    section(briefSectionTitles.objective),
    { runs: [{ text: brief.objective ?? briefEmptyText.objective }] },
    section(briefSectionTitles.pitch),
    { runs: [{ text: brief.pitch ?? briefEmptyText.pitch }] },
    section(briefSectionTitles.questions),
  ];
  if (questions.top.length === 0) result.push({ runs: [{ text: briefEmptyText.questions }] });
  for (const question of questions.top) {
    result.push({ marker: `${question.number}.`, runs: [{ text: question.text }], gap: 0.15 });
  }
  if (questions.spares.length > 0) {
    result.push({ runs: [{ text: `${briefSectionTitles.spares}:`, bold: true }], gap: 0.35 });
    for (const spare of questions.spares) result.push({ marker: "–", runs: [{ text: spare }] });
  }
  if (questions.notShown > 0)
    result.push({ runs: [{ text: moreInRapport(questions.notShown, "questions") }] });
  result.push(section(briefSectionTitles.research));
  if (research.bullets.length === 0) result.push({ runs: [{ text: briefEmptyText.research }] });
  for (const bullet of research.bullets) {
    result.push({
      marker: "•",
      runs: [{ text: `${bullet.text} ` }, { text: `(${bullet.dated})` }],
    });
  }
  if (research.more > 0) result.push({ runs: [{ text: moreInRapport(research.more) }] });
  result.push(section(`${briefSectionTitles.checklist} (${checklist.done} of ${checklist.total})`));
  if (checklist.items.length === 0) result.push({ runs: [{ text: briefEmptyText.checklist }] });
  else {
    result.push({
      columns: checklist.items.map((item) => ({
        marker: item.done ? "☑" : "☐",
        runs: [{ text: item.label }],
      })),
    });
  }
  return result;
}

type Doc = PDFKit.PDFDocument;

function setFont(doc: Doc, bold: boolean, size: number) {
  doc.font(bold ? "BriefBold" : "BriefRegular").fontSize(size);
}

function lineHeight(doc: Doc, line: Line, size: number, width: number): number {
  const fontSize = size * (line.scale ?? 1);
  const indent = line.marker ? markerWidth * size : 0;
  // Measured in the line's heavier font, so bold labels never run past the measure.
  setFont(
    doc,
    line.runs.some((run) => run.bold),
    fontSize,
  );
  return doc.heightOfString(line.runs.map((run) => run.text).join(""), {
    width: width - indent,
    lineGap: lineGap * fontSize,
  });
}

function blockHeight(doc: Doc, block: Block, size: number, width: number): number {
  const gap = (block.gap ?? 0) * size;
  if ("columns" in block) {
    const half = (width - size) / 2;
    let height = 0;
    for (let index = 0; index < block.columns.length; index += 2) {
      const pair = block.columns.slice(index, index + 2);
      height += Math.max(...pair.map((line) => lineHeight(doc, line, size, half)));
    }
    return gap + height;
  }
  return gap + lineHeight(doc, block, size, width);
}

function drawLine(doc: Doc, line: Line, size: number, x: number, y: number, width: number) {
  const fontSize = size * (line.scale ?? 1);
  const indent = line.marker ? markerWidth * size : 0;
  if (line.marker) {
    setFont(doc, false, fontSize);
    doc.text(line.marker, x, y, { width: indent, lineBreak: false });
  }
  line.runs.forEach((run, index) => {
    setFont(doc, run.bold === true, fontSize);
    const options = {
      width: width - indent,
      lineGap: lineGap * fontSize,
      continued: index < line.runs.length - 1,
    };
    if (index === 0) doc.text(run.text, x + indent, y, options);
    else doc.text(run.text, options);
  });
}

const bodySizes = [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6];

/** The brief as PDF bytes on one A4 (default) or Letter page. */
export async function briefPdf(
  brief: Brief,
  options: { paper?: BriefPaper; compress?: boolean } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on the first brief, not with the server: every CLI command starts without it.
  const { default: PDFDocument } = await import("pdfkit");
  const { regular, bold } = fontFiles();
  const doc = new PDFDocument({
    size: options.paper === "letter" ? "LETTER" : "A4",
    margin,
    compress: options.compress ?? true,
    info: { Title: `Brief: ${brief.header.name}, ${brief.header.day}`, Creator: "Rapport" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.registerFont("BriefRegular", regular);
  doc.registerFont("BriefBold", bold);

  const width = doc.page.width - 2 * margin;
  const bottom = doc.page.height - margin;
  const all = blocks(brief);
  const total = (size: number) =>
    all.reduce((sum, block) => sum + blockHeight(doc, block, size, width), 0);
  const size =
    bodySizes.find((candidate) => margin + total(candidate) <= bottom - candidate) ??
    bodySizes.at(-1) ??
    6;

  let y = margin;
  for (const block of all) {
    const height = blockHeight(doc, block, size, width);
    // Never a second page: the bounds make this unreachable, and it stays so if they change.
    if (y + height > bottom) break;
    y += (block.gap ?? 0) * size;
    if ("columns" in block) {
      const half = (width - size) / 2;
      for (let index = 0; index < block.columns.length; index += 2) {
        const pair = block.columns.slice(index, index + 2);
        pair.forEach((line, column) => {
          drawLine(doc, line, size, margin + column * (half + size), y, half);
        });
        y += Math.max(...pair.map((line) => lineHeight(doc, line, size, half)));
      }
    } else {
      drawLine(doc, block, size, margin, y, width);
      y += lineHeight(doc, block, size, width);
    }
  }
  doc.end();
  return done;
}

/** "brief-maya-chen-2025-03-05.pdf": the person's name in plain letters, and the day. */
export function briefPdfFileName(brief: Brief): string {
  const name = brief.header.name
    .replace(/[łŁ]/g, "l")
    .replace(/[đĐ]/g, "d")
    .replace(/[øØ]/g, "o")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9\s-]/g, "")
    .trim()
    .replace(/[\s-]+/g, "-")
    .toLowerCase();
  return `brief-${name || "person"}-${brief.header.day}.pdf`;
}
