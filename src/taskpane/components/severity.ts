/** How each severity looks: one mapping, so badges, message bars and list borders agree. */
import type { BadgeProps, MessageBarIntent } from "@fluentui/react-components";
import type { Severity } from "../../core/types";

/** Most serious first: the order of groups and counts everywhere in the panel. */
export { SEVERITIES } from "../../host";

export const BADGE_COLOR: Readonly<Record<Severity, NonNullable<BadgeProps["color"]>>> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export const MESSAGE_BAR_INTENT: Readonly<Record<Severity, MessageBarIntent>> = {
  error: "error",
  warning: "warning",
  info: "info",
};
