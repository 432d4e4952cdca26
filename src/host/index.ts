/** The host contract: what every host implements and shares. Imports core only. */
export * from "./contract";
export * from "./errors";
export * from "./settings";
export * from "./mappings";
export * from "./marks";
export * from "./results";
export * from "./text";
export * from "./backup";
export * from "./sheets";
