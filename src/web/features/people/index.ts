// The people feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

export { peopleApi } from "./api.js";
export { PeopleBoardPage } from "./people-board-page.js";
export { PeopleListPage } from "./people-list-page.js";
export { EditPersonPage, NewPersonPage } from "./person-edit-pages.js";
export { PersonPage } from "./person-page.js";
export { Card, PersonLoadFailed, Phone, Subtitle } from "./person-page-parts.js";
export {
  queryKeys,
  useInvalidateAfterDelete,
  useInvalidateAll,
  usePeople,
  usePerson,
} from "./queries.js";
