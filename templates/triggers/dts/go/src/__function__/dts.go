// DTS trigger: row changes a Data Transmission Service subscription reads from a database's log,
// which EventBridge pushes to the function in batches of CloudEvents.
package main

import (
	"context"
	"encoding/base64"
	"math"
	"strings"
	"unicode/utf8"
)

var dtsTrigger = newTrigger("dts", decodeDtsRecords, describeDtsChanges)

type dtsRowChange struct {
	Operation *string                `json:"operation"`
	Database  *string                `json:"database"`
	Table     *string                `json:"table"`
	ChangedAt *string                `json:"changedAt"`
	Before    map[string]interface{} `json:"before"` // nil, written as null: no image (an insert has no row before)
	After     map[string]interface{} `json:"after"`
}

type dtsResult struct {
	Trigger string         `json:"trigger"`
	Changes []dtsRowChange `json:"changes"`
}

// decodeDtsRecords recognises a push of DTS change records: CloudEvents of type dts:ConsumeMessage.
func decodeDtsRecords(event []byte) ([]map[string]interface{}, bool) {
	return pushedEventsOfType(event, "dts:ConsumeMessage")
}

// describeDtsChanges reports each row change with the row before and after it, column by column.
func describeDtsChanges(ctx context.Context, cloudEvents []map[string]interface{}) (dtsResult, error) {
	result := dtsResult{Trigger: "dts", Changes: []dtsRowChange{}}
	for _, cloudEvent := range cloudEvents {
		data := asObject(cloudEvent["data"]) // nil reads as empty
		schema := asObject(data["schema"])
		result.Changes = append(result.Changes, dtsRowChange{
			Operation: asText(data["operationType"]),
			Database:  asText(schema["databaseName"]),
			Table:     asText(schema["tableName"]),
			ChangedAt: isoFromSeconds(data["sourceTimestamp"]), // seconds
			Before:    dtsRow(data["beforeImage"]),
			After:     dtsRow(data["afterImage"]),
		})
	}
	return result, nil
}

// dtsRow is an image's columns by name, its values lined up with its schema's fields by position; nil when there is no image.
func dtsRow(image interface{}) map[string]interface{} {
	record := asObject(image)
	values, hasValues := record["values"].([]interface{})
	if !hasValues {
		return nil
	}
	fields, _ := asObject(record["recordSchema"])["recordFields"].([]interface{})
	row := map[string]interface{}{}
	for index, item := range fields {
		field := asObject(item)
		name, named := field["fieldName"].(string)
		if !named {
			continue
		}
		position, hasPosition := asNumber(field["fieldPosition"])
		if !hasPosition {
			position = float64(index)
		}
		var value interface{} // no value at that position: null
		if position >= 0 && position < float64(len(values)) && position == math.Trunc(position) {
			value = values[int(position)]
		}
		row[name] = dtsColumnValue(value)
	}
	return row
}

// dtsColumnValue is one column's value: numbers come as {data: 115}; text comes as a serialised Java
// ByteBuffer, {data: {hb: [bytes…]}, charset}, whose bytes are the text in that character set (UTF-8
// here; another set's bytes are given as base64).
func dtsColumnValue(value interface{}) interface{} {
	column := asObject(value)
	signed, isBuffer := asObject(column["data"])["hb"].([]interface{})
	if !isBuffer {
		return column["data"]
	}
	raw := make([]byte, len(signed))
	for i, item := range signed {
		raw[i] = javaByte(item)
	}
	charset := "utf8"
	if name, named := column["charset"].(string); named {
		charset = strings.ToLower(name)
	}
	if strings.HasPrefix(charset, "utf8") || charset == "utf-8" {
		return decodeUTF8(raw)
	}
	return base64.StdEncoding.EncodeToString(raw)
}

// javaByte is one byte of a Java byte[], which Java writes signed (-61 is 0xC3); as in JavaScript's
// Number(item) & 0xff, only the low 8 bits of the whole number count, and what is no number reads as 0.
func javaByte(item interface{}) byte {
	number, _ := asNumber(item)
	if math.IsNaN(number) || math.IsInf(number, 0) {
		return 0
	}
	return byte(int64(math.Mod(math.Trunc(number), 256)))
}

// decodeUTF8 is bytes as UTF-8 text, each maximal ill-formed part replaced by one U+FFFD, as Node.js
// and the WHATWG decoder replace them (a bare conversion would keep the bytes, and JSON would then
// write one U+FFFD for each byte).
func decodeUTF8(raw []byte) string {
	var text strings.Builder
	for len(raw) > 0 {
		r, size := utf8.DecodeRune(raw)
		if r != utf8.RuneError || size > 1 { // a well-formed character (an encoded U+FFFD too)
			text.Write(raw[:size])
			raw = raw[size:]
			continue
		}
		text.WriteRune(utf8.RuneError)
		raw = raw[illFormedLength(raw):]
	}
	return text.String()
}

// illFormedLength is how many bytes at the start of raw, which is no well-formed UTF-8 character,
// one U+FFFD stands for: a lead byte with the continuation bytes that could still have completed it.
func illFormedLength(raw []byte) int {
	lead := raw[0]
	var needed int
	low, high := byte(0x80), byte(0xBF) // the range of the byte after the lead; later ones are always 80..BF
	switch {
	case lead >= 0xC2 && lead <= 0xDF:
		needed = 1
	case lead == 0xE0:
		needed, low = 2, 0xA0
	case lead == 0xED:
		needed, high = 2, 0x9F
	case lead >= 0xE1 && lead <= 0xEF:
		needed = 2
	case lead == 0xF0:
		needed, low = 3, 0x90
	case lead == 0xF4:
		needed, high = 3, 0x8F
	case lead >= 0xF1 && lead <= 0xF3:
		needed = 3
	default: // a continuation byte, or one no character starts with
		return 1
	}
	length := 1
	for length <= needed && length < len(raw) && raw[length] >= low && raw[length] <= high {
		low, high = 0x80, 0xBF
		length++
	}
	return length
}
