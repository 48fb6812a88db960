import type { Generated } from "kysely";

/**
 * The tables as Kysely sees them. Instants are UTC ISO-8601 text in both dialects: one
 * representation, sortable as text, and no driver-specific Date parsing.
 */
export interface Database {
  organizations: OrganizationTable;
  people: PersonTable;
}

interface OwnedRow {
  id: string;
  /** Local mode has one implicit owner; multi-user mode isolates rows by this column. */
  owner_id: string;
  created_at: string;
  updated_at: string;
  /** Soft delete: the row stays recoverable (undo) until it is purged. */
  deleted_at: string | null;
}

export interface OrganizationTable extends OwnedRow {
  name: string;
  website: string | null;
  industry: string | null;
  /** JSON array of strings. */
  locations: Generated<string>;
  mission: string | null;
  notes: string | null;
}

export interface PersonTable extends OwnedRow {
  name: string;
  title: string | null;
  organization_id: string | null;
  email: string | null;
  phone: string | null;
  phone_extension: string | null;
  work_address: string | null;
  location: string | null;
  profile_url: string | null;
  source: string | null;
  common_ground: string | null;
  notes: string | null;
}
