'use strict';

exports.isoFromMillis = isoFromMillis;
exports.isoFromSeconds = isoFromSeconds;

/** ISO-8601 UTC time (`2026-11-20T08:00:00.000Z`) of a Unix time in milliseconds; null when it is not one. */
function isoFromMillis(millis) {
  if (typeof millis !== 'number') return null;
  const date = new Date(millis);
  // Years 0000-9999 only, as the other languages' handlers give them: JavaScript would write +010000-….
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < 0 || year > 9999 ? null : date.toISOString();
}

/** ISO-8601 UTC time of a Unix time in seconds; null when it is not one. */
function isoFromSeconds(seconds) {
  return typeof seconds === 'number' ? isoFromMillis(seconds * 1000) : null;
}
