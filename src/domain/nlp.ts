import type compromise from "compromise";

/** compromise's entry: `nlp(text)` reads a text into a document of tagged terms. */
type Nlp = typeof compromise;

/** The few Node functions this module looks for, typed here so the web build needs no Node types. */
interface NodeModules {
  createRequire(url: string): (id: string) => unknown;
}

const nodeModules = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => NodeModules | undefined } }
).process?.getBuiltinModule?.("node:module");

let loaded: Nlp | undefined;

/**
 * compromise, loaded the first time a text is read. Its English lexicon takes about half a
 * second of CPU to load, and most processes (the server at start, an import, a backup)
 * never read prose: on Node it is required (its CommonJS build, the same version and
 * lexicon) on first use, so starting Rapport does not pay for it. In the browser the
 * bundle's nlp chunk is loaded with the module that imports this one.
 */
export const nlp: (text: string) => ReturnType<Nlp> = nodeModules
  ? (text) => {
      loaded ??= nodeModules.createRequire(import.meta.url)("compromise") as Nlp;
      return loaded(text);
    }
  : (await import("compromise")).default;
