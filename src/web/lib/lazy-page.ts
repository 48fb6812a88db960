import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/**
 * A page whose code is fetched the first time a route shows it. Each feature loads all its
 * pages from one module (its <feature>-pages.ts), so a feature is one chunk: a phone opening Today
 * does not download Settings. The route's Suspense boundary (app/shell.tsx) shows the
 * usual "Loading…" line meanwhile.
 */
export function lazyPage<Pages extends Record<Name, ComponentType>, Name extends keyof Pages>(
  load: () => Promise<Pages>,
  name: Name,
): LazyExoticComponent<Pages[Name]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
