// Tablestore trigger: rows written to a table with Stream enabled, one record per row change.
// The trigger sends the records as CBOR; the console's test events send the same records as JSON.
package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"math"
	"strconv"
	"strings"
)

var tablestoreTrigger = newTrigger("tablestore", decodeTablestoreStream, describeRowChanges)

// The largest integer a JavaScript number holds exactly; larger ones become decimal strings.
const maxSafeInteger = 1<<53 - 1

type tablestoreRow struct {
	Type           interface{}            `json:"type"`
	PrimaryKey     map[string]interface{} `json:"primaryKey"`
	Columns        map[string]interface{} `json:"columns"`
	DeletedColumns []string               `json:"deletedColumns"`
}

type tablestoreResult struct {
	Trigger string          `json:"trigger"`
	Rows    []tablestoreRow `json:"rows"`
}

// decodeTablestoreStream recognises the stream records, {Version, Records: [...]}, in CBOR or JSON.
func decodeTablestoreStream(event []byte) ([]interface{}, bool) {
	stream, ok := parseJSON(event)
	if !ok {
		decoded, err := decodeCBOR(event)
		if err != nil {
			return nil, false
		}
		stream = decoded
	}
	// Big integers as strings, and bytes as base64, whichever encoding they came in.
	envelope := asObject(jsonSafe(stream))
	_, hasVersion := envelope["Version"].(string)
	records, hasRecords := envelope["Records"].([]interface{})
	return records, hasVersion && hasRecords
}

// describeRowChanges gives each row change: its type, primary key, the columns it wrote and the columns it deleted.
func describeRowChanges(ctx context.Context, records []interface{}) (tablestoreResult, error) {
	result := tablestoreResult{Trigger: "tablestore", Rows: []tablestoreRow{}}
	for _, item := range records {
		record := asObject(item)
		row := tablestoreRow{
			Type:           record["Type"],
			PrimaryKey:     map[string]interface{}{},
			Columns:        map[string]interface{}{},
			DeletedColumns: []string{},
		}
		for _, key := range columnsOf(record["PrimaryKey"]) {
			row.PrimaryKey[columnName(key)] = key["Value"]
		}
		for _, column := range columnsOf(record["Columns"]) {
			if column["Type"] == "Put" {
				row.Columns[columnName(column)] = column["Value"]
			} else { // DeleteOneVersion or DeleteAllVersions
				row.DeletedColumns = append(row.DeletedColumns, columnName(column))
			}
		}
		result.Rows = append(result.Rows, row)
	}
	return result, nil
}

func columnsOf(value interface{}) []map[string]interface{} {
	items, _ := value.([]interface{})
	columns := make([]map[string]interface{}, 0, len(items))
	for _, item := range items {
		columns = append(columns, asObject(item))
	}
	return columns
}

func columnName(column map[string]interface{}) string {
	name, _ := column["ColumnName"].(string)
	return name
}

// jsonSafe is value with integers beyond +/-(2**53 - 1) as decimal strings (a JavaScript number would
// round them), byte strings as base64 text, and NaN and infinities as nil (JSON has no such numbers).
func jsonSafe(value interface{}) interface{} {
	switch value := value.(type) {
	case json.Number:
		if strings.ContainsAny(string(value), ".eE") {
			return value
		}
		if integer, err := strconv.ParseInt(string(value), 10, 64); err == nil && integer >= -maxSafeInteger && integer <= maxSafeInteger {
			return value
		}
		return string(value)
	case float64:
		if math.IsNaN(value) || math.IsInf(value, 0) {
			return nil
		}
		return value
	case []byte:
		return base64.StdEncoding.EncodeToString(value)
	case []interface{}:
		items := make([]interface{}, len(value))
		for i, item := range value {
			items[i] = jsonSafe(item)
		}
		return items
	case map[string]interface{}:
		entries := make(map[string]interface{}, len(value))
		for key, item := range value {
			entries[key] = jsonSafe(item)
		}
		return entries
	default:
		return value
	}
}
