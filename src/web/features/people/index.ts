// The people feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

const pages = () => import("./people-pages.js");

export const PeopleBoardPage = lazyPage(pages, "PeopleBoardPage");
export const PeopleListPage = lazyPage(pages, "PeopleListPage");
export const EditPersonPage = lazyPage(pages, "EditPersonPage");
export const NewPersonPage = lazyPage(pages, "NewPersonPage");
export const PersonPage = lazyPage(pages, "PersonPage");

export { peopleApi } from "./api.js";
export { Card, PersonLoadFailed, Phone, Subtitle } from "./person-page-parts.js";
export { usePeopleNames, usePerson } from "./queries.js";
