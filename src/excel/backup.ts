/** The backup record's format is shared by every host: it lives in src/host/backup.ts. */
export * from "../host/backup";
