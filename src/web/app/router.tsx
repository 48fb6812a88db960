import type { QueryClient } from "@tanstack/react-query";
import { Suspense } from "react";
import { createBrowserRouter, Navigate } from "react-router";
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

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      path: "/welcome",
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
        // Today is the home page: what to do now.
        { path: "/", element: <Navigate to="/today" replace /> },
        { path: "/today", element: <TodayPage /> },
        { path: "/people", element: <PeopleListPage /> },
        { path: "/people/board", element: <PeopleBoardPage /> },
        { path: "/people/new", element: <NewPersonPage /> },
        { path: "/people/:id", element: <PersonPage /> },
        { path: "/people/:id/edit", element: <EditPersonPage /> },
        { path: "/people/:id/compose", element: <ComposePage /> },
        { path: "/people/:id/call", element: <CallPage /> },
        { path: "/organizations", element: <OrganizationsListPage /> },
        { path: "/organizations/new", element: <NewOrganizationPage /> },
        { path: "/organizations/:id", element: <OrganizationPage /> },
        { path: "/organizations/:id/edit", element: <EditOrganizationPage /> },
        { path: "/trips", element: <TripsPage /> },
        { path: "/conversations", element: <ConversationsPage /> },
        { path: "/conversations/:id/prepare", element: <PreparePage /> },
        { path: "/conversations/:id/brief", element: <BriefPage /> },
        { path: "/conversations/:id/conduct", element: <ConductPage /> },
        { path: "/conversations/:id/follow-up", element: <FollowUpPage /> },
        {
          path: "/insights",
          element: <InsightsPage />,
          // Fire and forget: the page renders at once and finds its reads under way.
          loader: ({ request }) => {
            preloadInsights(queryClient, new URL(request.url));
            return null;
          },
        },
        { path: "/settings", element: <SettingsPage /> },
        { path: "/import", element: <ImportPage /> },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}
