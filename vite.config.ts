import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

// The UI lives in src/web and is built to dist/web, which the server serves as static files.
export default defineConfig({
  root: "src/web",
  plugins: [
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
            // zod's settings go with zod, so they run before any chunk builds a schema (the entry
            // runs last of all: too late for schemas built as their modules load).
            { name: "vendor", test: /node_modules[\\/]|src[\\/]web[\\/]lib[\\/]zod-config\.ts$/ },
          ],
        },
      },
    },
  },
  server: {
    host: "127.0.0.1",
    proxy: {
      "/api": "http://127.0.0.1:4477",
    },
  },
});
