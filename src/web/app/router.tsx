import type { QueryClient } from "@tanstack/react-query";
import { type ComponentType, Suspense } from "react";
import { createBrowserRouter, replace } from "react-router";
import { NotFoundPage } from "../components/not-found-page.js";
import { Loading } from "../components/query-state.js";
import { CallPage } from "../features/call/index.js";
import { ComposePage } from "../features/compose/index.js";
import { ConductPage } from "../features/conduct/index.js";
import { ConversationsPage } from "../features/conversations/index.js";
import { FollowUpPage } from "../features/follow-up/index.js";
import { ImportPage } from "../features/import/index.js";
import { InsightsPage, preloadInsights } from "../features/insights/index.js";
import {
  EditOrganizationPage,
  NewOrganizationPage,
  OrganizationPage,
  OrganizationsListPage,
} from "../features/organizations/index.js";
import {
  EditPersonPage,
  NewPersonPage,
  PeopleBoardPage,
  PeopleListPage,
  PersonPage,
} from "../features/people/index.js";
import { BriefPage, PreparePage } from "../features/prepare/index.js";
import { prefetchProfile, SettingsPage } from "../features/settings/index.js";
import { TodayPage } from "../features/today/index.js";
import { TripsPage } from "../features/trips/index.js";
import { WelcomeGate, WelcomePage } from "../features/welcome/index.js";
import { RouteErrorPage } from "./route-error-page.js";
import { AppShell } from "./shell.js";

/**
 * A route's loader that starts fetching its page's chunk at once, beside the profile the shell
 * waits for, instead of once the shell is drawn: on a first load of Today that saves a round trip.
 * A chunk that fails to load is reported when the page is drawn (its error boundary), not here.
 */
const startLoading = (page: { preload: () => Promise<unknown> }) => () => {
  page.preload().catch(() => undefined);
  return null;
};

/** A page's route: its path, the lazily loaded page, and the loader that starts fetching it. */
function pageRoute(path: string, Page: ComponentType & { preload: () => Promise<unknown> }) {
  return { path, element: <Page />, loader: startLoading(Page) };
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      path: "/welcome",
      loader: startLoading(WelcomePage),
      element: (
        // The welcome is drawn outside the shell, so it has its own boundary for its chunk.
        <Suspense fallback={<Loading />}>
          <WelcomePage />
        </Suspense>
      ),
      errorElement: <RouteErrorPage />,
    },
    {
      element: (
        <WelcomeGate>
          <AppShell />
        </WelcomeGate>
      ),
      // Parent loaders start first: the profile the gate waits for is asked before a page's reads.
      loader: () => {
        prefetchProfile(queryClient);
        return null;
      },
      errorElement: <RouteErrorPage />,
      children: [
        // Today is the home page: what to do now. Sent on before anything is drawn, so Today's
        // loader starts its chunk on the first load of "/" too.
        { path: "/", loader: () => replace("/today") },
        pageRoute("/today", TodayPage),
        pageRoute("/people", PeopleListPage),
        pageRoute("/people/board", PeopleBoardPage),
        pageRoute("/people/new", NewPersonPage),
        pageRoute("/people/:id", PersonPage),
        pageRoute("/people/:id/edit", EditPersonPage),
        pageRoute("/people/:id/compose", ComposePage),
        pageRoute("/people/:id/call", CallPage),
        pageRoute("/organizations", OrganizationsListPage),
        pageRoute("/organizations/new", NewOrganizationPage),
        pageRoute("/organizations/:id", OrganizationPage),
        pageRoute("/organizations/:id/edit", EditOrganizationPage),
        pageRoute("/trips", TripsPage),
        pageRoute("/conversations", ConversationsPage),
        pageRoute("/conversations/:id/prepare", PreparePage),
        pageRoute("/conversations/:id/brief", BriefPage),
        pageRoute("/conversations/:id/conduct", ConductPage),
        pageRoute("/conversations/:id/follow-up", FollowUpPage),
        {
          path: "/insights",
          element: <InsightsPage />,
          // Fire and forget: the page renders at once and finds its reads under way.
          loader: ({ request }) => {
            preloadInsights(queryClient, new URL(request.url));
            return null;
          },
        },
        pageRoute("/settings", SettingsPage),
        pageRoute("/import", ImportPage),
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}
