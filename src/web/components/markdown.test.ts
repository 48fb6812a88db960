import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, safeMarkdownUrl } from "./markdown.js";

const render = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe("Markdown, rendered safely", () => {
  it("renders the Markdown a note is written in, links opening in a new tab", () => {
    expect(render("**Bold** and [their site](https://acme.example/about)\n\n- one\n- two")).toBe(
      '<div class="flex flex-col gap-2 break-words text-slate-800 "><p><strong>Bold</strong> and <a href="https://acme.example/about" target="_blank" rel="noopener noreferrer nofollow" class="font-medium text-teal-800 underline decoration-teal-800/30 underline-offset-2 hover:decoration-teal-800">their site</a></p>\n<ul class="list-disc pl-5">\n<li>one</li>\n<li>two</li>\n</ul></div>',
    );
  });

  it("lets no raw HTML through: scripts, event handlers and comments are dropped", () => {
    const html = render(
      'Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> <!-- hidden --> there\n\n<div onclick="x()">block</div>',
    );
    expect(html).not.toMatch(/<script|<img|onerror|onclick|<!--|<div onclick/);
    // What was between the tags stays, as inert text.
    expect(html).toContain("<p>Hi alert(1)   there</p>");
  });

  it("never renders javascript:, data: or vbscript: addresses as links", () => {
    const html = render(
      "[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html,<script>x</script>) [d](vbscript:x) <javascript:alert(3)>",
    );
    expect(html).not.toContain("<a ");
    expect(html).not.toMatch(/href/);
    // The link texts stay, and an autolink's address is shown as plain text.
    expect(html).toContain(
      "<p><span>a</span> <span>b</span> <span>c</span> <span>d</span> <span>javascript:alert(3)</span></p>",
    );
  });

  it("shows an image as its alt text, never loading it", () => {
    expect(render("![their logo](https://acme.example/logo.png)")).toContain(
      "<p><span>[their logo]</span></p>",
    );
  });

  it("keeps http(s), mailto and relative addresses only", () => {
    expect(safeMarkdownUrl("https://a.example")).toBe("https://a.example");
    expect(safeMarkdownUrl("mailto:maya@a.example")).toBe("mailto:maya@a.example");
    expect(safeMarkdownUrl("/people/1")).toBe("/people/1");
    expect(safeMarkdownUrl(" javascript:alert(1)")).toBeUndefined();
    expect(safeMarkdownUrl("data:text/html,x")).toBeUndefined();
  });
});
