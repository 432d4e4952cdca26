/**
 * Jest stand-in for office-addin-manifest. office-addin-mock only needs its OfficeApp enum, and the
 * real package pulls in manifest-conversion code whose dependencies do not load here (ajv/dist/core).
 */
"use strict";

const OfficeApp = Object.freeze({
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
});

module.exports = { OfficeApp };
