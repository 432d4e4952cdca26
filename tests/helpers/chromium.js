/**
 * How the browser tests and the web benchmark launch Debian's Chromium: never a downloaded browser.
 * Without these flags Chromium stalls on a closed network (update checks, sync, field trials).
 */
"use strict";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

module.exports = { CHROMIUM, CHROMIUM_ARGS };
