import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The UI lives in src/web and is built to dist/web, which the server serves as static files.
export default defineConfig({
  root: "src/web",
  plugins: [react(), tailwindcss()],
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
            { name: "vendor", test: /node_modules[\\/]/ },
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
