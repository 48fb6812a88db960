import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * zod set jitless where zod defines its settings, so it holds before any schema is built in
 * whichever chunk builds the first one: zod would otherwise probe `new Function` to compile faster
 * checks, and the app's Content-Security-Policy (no eval; server/web-headers.ts) reports that probe
 * as a violation even though zod catches it. Also given to the dev server's prebundling.
 */
const zodJitless = {
  name: "rapport:zod-jitless",
  transform: {
    filter: { id: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/ },
    handler(code: string) {
      if (!code.includes("export function config("))
        throw new Error("zod's core no longer defines config(): set jitless another way");
      return { code: `${code}\nconfig({ jitless: true });\n`, map: null };
    },
  },
} satisfies Plugin;

type AstNode = { type: string; start: number; [key: string]: unknown };
const isNode = (value: unknown): value is AstNode =>
  typeof value === "object" && value !== null && typeof (value as AstNode).type === "string";

/** Where each call and `new` of an expression starts, leaving out the functions it defines. */
function callStarts(node: AstNode, starts: Set<number>): void {
  if (/^(ArrowFunctionExpression|FunctionExpression|ClassExpression)$/.test(node.type)) return;
  if (node.type === "CallExpression" || node.type === "NewExpression") starts.add(node.start);
  for (const [key, value] of Object.entries(node)) {
    if (key === "type") continue;
    for (const child of Array.isArray(value) ? value : [value])
      if (isNode(child)) callStarts(child, starts);
  }
}

/**
 * src/domain runs nothing when it loads (docs/ARCHITECTURE.md), but a bundler cannot know that
 * `z.object(…)` or `optionalText("Name", 200)` has no effect, so a page that imports one label
 * from a domain module would get every schema in it, and zod. This marks each call in a domain
 * module's top-level `const` as `@__PURE__`, so what a chunk does not use is left out. Only
 * comments are inserted (the build makes no source maps).
 */
function pureDomainDeclarations(): Plugin {
  return {
    name: "rapport:pure-domain-declarations",
    apply: "build",
    enforce: "post",
    transform: {
      filter: { id: /[\\/]src[\\/]domain[\\/].*\.ts$/ },
      handler(code) {
        const starts = new Set<number>();
        for (const statement of (this.parse(code) as unknown as { body: AstNode[] }).body) {
          const declaration =
            statement.type === "ExportNamedDeclaration" ? statement.declaration : statement;
          if (!isNode(declaration) || declaration.type !== "VariableDeclaration") continue;
          for (const declarator of declaration.declarations as AstNode[])
            if (isNode(declarator.init)) callStarts(declarator.init, starts);
        }
        if (starts.size === 0) return null;
        let marked = "";
        let copied = 0;
        for (const start of [...starts].sort((a, b) => a - b)) {
          marked += `${code.slice(copied, start)}/* @__PURE__ */ `;
          copied = start;
        }
        return { code: marked + code.slice(copied), map: null };
      },
    },
  };
}

// The UI lives in src/web and is built to dist/web, which the server serves as static files.
export default defineConfig(({ command }) => ({
  root: "src/web",
  resolve: {
    // react-router's package exports send every bundler to its development build (warnings
    // left in, a little larger); a production build takes the production one.
    alias:
      command === "build"
        ? [
            {
              find: /^react-router$/,
              replacement: fromHere("./node_modules/react-router/dist/production/index.mjs"),
            },
            {
              find: /^react-router\/dom$/,
              replacement: fromHere("./node_modules/react-router/dist/production/dom-export.mjs"),
            },
          ]
        : [],
  },
  plugins: [
    zodJitless,
    pureDomainDeclarations(),
    react(),
    tailwindcss(),
    // The installable app (issue 11): the manifest, and the service worker in src/web/sw/sw.ts
    // with the built files precached. lib/service-worker.ts registers it and decides when an
    // update takes over (never while a conduct page is open), so nothing is injected here.
    VitePWA({
      strategies: "injectManifest",
      srcDir: "sw",
      filename: "sw.ts",
      injectRegister: false,
      registerType: "prompt",
      manifest: {
        name: "Rapport",
        short_name: "Rapport",
        description: "Run informational interviews from first idea to lasting relationship.",
        id: "/",
        start_url: "/",
        scope: "/",
        display: "standalone",
        // Tailwind's teal-700, the brand's colour; the page's slate-50 behind it.
        theme_color: "#0f766e",
        background_color: "#f8fafc",
        icons: [
          { src: "/pwa-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/pwa-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          {
            src: "/pwa-maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
        ],
      },
      // The icons are among the files the pattern below precaches; list each once.
      includeManifestIcons: false,
      injectManifest: {
        globPatterns: ["**/*.{js,css,html,svg,png,woff2}"],
        // The language library's chunk is the largest file and must open offline too.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    rolldownOptions: {
      // Our modules run nothing when they load but main.tsx (the others only declare), so importing one name from a feature's index.ts brings that name's module, not
      // every module the index re-exports: the shell's imports do not pull other pages into
      // Today's first load.
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]src[\\/]web[\\/]app[\\/]main\.tsx$/, sideEffects: true },
          { test: /[\\/]src[\\/](web|domain)[\\/].*\.tsx?$/, sideEffects: false },
        ],
      },
      output: {
        // Libraries change less often than our code: separate files cache better.
        codeSplitting: {
          groups: [
            {
              name: "react",
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            // The language library behind interest phrases is most of the libraries' weight and
            // only the composer and the call page use it: its own chunk, loaded with them.
            { name: "nlp", test: /node_modules[\\/]compromise[\\/]/ },
            // The Markdown renderer (research notes) and its syntax-tree libraries: only the pages
            // that show notes or Prepare's records load it, never Today's first load.
            {
              name: "markdown",
              test: /node_modules[\\/](react-markdown|remark-[^\\/]+|rehype-[^\\/]+|mdast-[^\\/]+|hast-[^\\/]+|micromark[^\\/]*|unified|unist-[^\\/]+|vfile[^\\/]*|devlop|bail|trough|is-plain-obj|property-information|space-separated-tokens|comma-separated-tokens|html-url-attributes|style-to-object|style-to-js|inline-style-parser|estree-util-[^\\/]+|decode-named-character-reference|character-entities[^\\/]*|character-reference-invalid|ccount|trim-lines|zwitch|longest-streak|parse-entities|stringify-entities|is-alphabetical|is-alphanumerical|is-decimal|is-hexadecimal|@ungap[\\/]structured-clone)[\\/]/,
            },
            // The reflection trend's chart (issue 11): only the follow-up page loads it.
            { name: "uplot", test: /node_modules[\\/]uplot[\\/]/ },
            // The referral network's layout (issue 12): only Insights' network section loads it;
            // left to "vendor" it would join Today's first load.
            { name: "d3-force", test: /node_modules[\\/]d3-(force|quadtree|dispatch|timer)[\\/]/ },
            // The schemas' library: only the forms and pages that check input load it.
            { name: "zod", test: /node_modules[\\/]zod[\\/]/ },
            // The libraries the entry itself runs (the query cache, the API client, the shell's
            // dialog…). Any other library goes with the pages that use it, never the first load.
            { name: "vendor", test: /node_modules[\\/]/, tags: ["$initial"] },
          ],
        },
      },
    },
  },
  optimizeDeps: { rolldownOptions: { plugins: [zodJitless] } },
  server: {
    host: "127.0.0.1",
    proxy: {
      "/api": "http://127.0.0.1:4477",
    },
  },
}));
