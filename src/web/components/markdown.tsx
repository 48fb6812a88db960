import type { ComponentProps } from "react";
import ReactMarkdown, { type Components } from "react-markdown";

/**
 * Markdown the explorer typed (research notes), rendered safely: react-markdown builds
 * React elements from the syntax tree and never sets HTML, raw HTML in the text (a
 * <script>, an <img onerror>, a comment) is dropped (`skipHtml`), and a link keeps its
 * address only for http(s) and mailto: anything else (javascript:, data:, vbscript:…)
 * renders as its plain text, never as a link. Images are shown as their alt text: a
 * note must not load addresses by itself.
 */

const allowedProtocols = /^(https?:|mailto:)/i;

/** The address a link may keep, or undefined (then it is no link at all). */
export function safeMarkdownUrl(url: string): string | undefined {
  const address = url.trim();
  // A relative or fragment address has no scheme; one with a colon before any / ? # has.
  const scheme = /^[^/?#]*:/.exec(address);
  if (!scheme) return address === "" ? undefined : address;
  return allowedProtocols.test(address) ? address : undefined;
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="font-medium text-teal-800 underline decoration-teal-800/30 underline-offset-2 hover:decoration-teal-800"
      >
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ alt }) => (alt ? <span>[{alt}]</span> : null),
  h1: ({ children }) => <p className="font-semibold text-slate-900">{children}</p>,
  h2: ({ children }) => <p className="font-semibold text-slate-900">{children}</p>,
  h3: ({ children }) => <p className="font-semibold text-slate-900">{children}</p>,
  ul: ({ children }) => <ul className="list-disc pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="list-decimal pl-5">{children}</ol>,
  code: ({ children }) => (
    <code className="rounded bg-slate-100 px-1 py-0.5 text-[0.9em]">{children}</code>
  ),
  blockquote: ({ children }) => (
    <blockquote className="border-l-2 border-slate-300 pl-3 text-slate-600">{children}</blockquote>
  ),
};

export function Markdown({
  text,
  className = "",
}: { text: string } & Pick<ComponentProps<"div">, "className">) {
  return (
    <div className={`flex flex-col gap-2 break-words text-slate-800 ${className}`}>
      <ReactMarkdown
        skipHtml
        urlTransform={safeMarkdownUrl}
        components={components}
        disallowedElements={["iframe", "object", "embed", "form", "input", "svg", "math"]}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
