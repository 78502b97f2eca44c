/**
 * The version of the JSON that `cchc check --json` and `cchc consolidate --json` print, written
 * into every document as `schemaVersion`. Raise it when a field changes meaning or disappears;
 * adding a field keeps it (readers of the published schema ignore what they do not know only if
 * the schema says so: see docs/json/).
 */
export const SCHEMA_VERSION = 1 as const;
