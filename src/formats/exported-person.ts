import type { Person } from "../domain/person.js";

/** The fields of a person that the CSV and vCard exports write; any Person will do. */
export type ExportedPerson = Pick<
  Person,
  | "id"
  | "name"
  | "title"
  | "organizationName"
  | "email"
  | "phone"
  | "phoneExtension"
  | "workAddress"
  | "location"
  | "profileUrl"
  | "source"
  | "commonGround"
  | "notes"
>;
