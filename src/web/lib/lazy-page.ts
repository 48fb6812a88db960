import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/** A lazily loaded page that can also be asked to start loading before it is drawn. */
export type LazyPage<Page extends ComponentType> = LazyExoticComponent<Page> & {
  /** Fetches the page's chunk now (the route's loader calls it); drawing the page waits for it. */
  preload: () => Promise<unknown>;
};

/**
 * A page whose code is fetched the first time a route shows it. Each feature loads all its
 * pages from one module (its <feature>-pages.ts), so a feature is one chunk: a phone opening Today
 * does not download Settings. The route's Suspense boundary (app/shell.tsx) shows the
 * usual "Loading…" line meanwhile.
 */
export function lazyPage<Pages extends Record<Name, ComponentType>, Name extends keyof Pages>(
  load: () => Promise<Pages>,
  name: Name,
): LazyPage<Pages[Name]> {
  const page = lazy(async () => ({ default: (await load())[name] }));
  return Object.assign(page, { preload: load });
}
