/** Jest stand-in for imported stylesheets: tests never look at CSS. */
"use strict";

module.exports = {};
