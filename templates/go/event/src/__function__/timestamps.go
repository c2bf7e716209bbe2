package main

import (
	"math"
	"time"
)

// isoFromMillis is milliseconds since the epoch as ISO-8601 UTC text in JavaScript's toISOString()
// form (2026-11-20T08:00:00.000Z), or nil when millis is no JSON number (absent, text...) or its
// year is outside 1..9999.
func isoFromMillis(millis interface{}) *string {
	number, ok := asNumber(millis)
	if !ok {
		return nil
	}
	return isoFromMillisNumber(number)
}

// isoFromSeconds is isoFromMillis for seconds since the epoch.
func isoFromSeconds(seconds interface{}) *string {
	number, ok := asNumber(seconds)
	if !ok {
		return nil
	}
	return isoFromMillisNumber(number * 1000)
}

func isoFromMillisNumber(millis float64) *string {
	if math.IsNaN(millis) || math.IsInf(millis, 0) {
		return nil
	}
	whole := math.Trunc(millis) // like a JavaScript Date, drop sub-milliseconds
	if math.Abs(whole) > 1e15 { // far beyond year 9999, and safe to convert
		return nil
	}
	moment := time.UnixMilli(int64(whole)).UTC()
	if moment.Year() < 1 || moment.Year() > 9999 {
		return nil
	}
	text := moment.Format("2006-01-02T15:04:05.000Z")
	return &text
}
