// Every page of the people feature, loaded together as one chunk on the first visit (see index.ts).
export { PeopleBoardPage } from "./people-board-page.js";
export { PeopleListPage } from "./people-list-page.js";
export { EditPersonPage, NewPersonPage } from "./person-edit-pages.js";
export { PersonPage } from "./person-page.js";
