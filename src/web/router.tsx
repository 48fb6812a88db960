import { createBrowserRouter, Navigate } from "react-router";
import { AppShell } from "./components/app-shell.js";
import { CallPage } from "./pages/call-page.js";
import { ComposePage } from "./pages/compose-page.js";
import { ConversationsPage } from "./pages/conversations-page.js";
import { ImportPage } from "./pages/import-page.js";
import { NotFoundPage } from "./pages/not-found-page.js";
import { EditOrganizationPage, NewOrganizationPage } from "./pages/organization-edit-pages.js";
import { OrganizationPage } from "./pages/organization-page.js";
import { OrganizationsListPage } from "./pages/organizations-list-page.js";
import { PeopleBoardPage } from "./pages/people-board-page.js";
import { PeopleListPage } from "./pages/people-list-page.js";
import { EditPersonPage, NewPersonPage } from "./pages/person-edit-pages.js";
import { PersonPage } from "./pages/person-page.js";
import { PlaceholderPage } from "./pages/placeholder-page.js";
import { RouteErrorPage } from "./pages/route-error-page.js";
import { SettingsPage } from "./pages/settings-page.js";
import { TodayPage } from "./pages/today-page.js";
import { TripsPage } from "./pages/trips-page.js";
import { WelcomeGate } from "./pages/welcome-gate.js";
import { WelcomePage } from "./pages/welcome-page.js";

export function createRouter() {
  return createBrowserRouter([
    { path: "/welcome", element: <WelcomePage />, errorElement: <RouteErrorPage /> },
    {
      element: (
        <WelcomeGate>
          <AppShell />
        </WelcomeGate>
      ),
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
        {
          path: "/insights",
          element: (
            <PlaceholderPage
              title="Insights"
              promise="This page isn't built yet: soon it will gather what your conversations teach you, so you can see which paths fit you best."
            />
          ),
        },
        { path: "/settings", element: <SettingsPage /> },
        { path: "/import", element: <ImportPage /> },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}
