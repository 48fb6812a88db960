import { createBrowserRouter, Navigate } from "react-router";
import { AppShell } from "./components/app-shell.js";
import { NotFoundPage } from "./pages/not-found-page.js";
import { EditOrganizationPage, NewOrganizationPage } from "./pages/organization-edit-pages.js";
import { OrganizationPage } from "./pages/organization-page.js";
import { OrganizationsListPage } from "./pages/organizations-list-page.js";
import { PeopleListPage } from "./pages/people-list-page.js";
import { EditPersonPage, NewPersonPage } from "./pages/person-edit-pages.js";
import { PersonPage } from "./pages/person-page.js";
import { PlaceholderPage } from "./pages/placeholder-page.js";
import { RouteErrorPage } from "./pages/route-error-page.js";

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteErrorPage />,
      children: [
        // Today is the natural home once it exists; until then People is.
        { path: "/", element: <Navigate to="/people" replace /> },
        {
          path: "/today",
          element: (
            <PlaceholderPage
              title="Today"
              promise="This page isn't built yet: soon it will list the messages to send, meetings to prepare and thank-you notes that are due today."
            />
          ),
        },
        { path: "/people", element: <PeopleListPage /> },
        { path: "/people/new", element: <NewPersonPage /> },
        { path: "/people/:id", element: <PersonPage /> },
        { path: "/people/:id/edit", element: <EditPersonPage /> },
        { path: "/organizations", element: <OrganizationsListPage /> },
        { path: "/organizations/new", element: <NewOrganizationPage /> },
        { path: "/organizations/:id", element: <OrganizationPage /> },
        { path: "/organizations/:id/edit", element: <EditOrganizationPage /> },
        {
          path: "/conversations",
          element: (
            <PlaceholderPage
              title="Conversations"
              promise="This page isn't built yet: soon it will hold each informational interview, from the questions you prepare to the notes you take and the thanks you send."
            />
          ),
        },
        {
          path: "/insights",
          element: (
            <PlaceholderPage
              title="Insights"
              promise="This page isn't built yet: soon it will gather what your conversations teach you, so you can see which paths fit you best."
            />
          ),
        },
        {
          path: "/settings",
          element: (
            <PlaceholderPage
              title="Settings"
              promise="This page isn't built yet: soon it will let you choose your time zone and back up or restore your data."
            />
          ),
        },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}
