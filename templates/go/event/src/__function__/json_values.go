package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
)

// decodeJSON decodes data, which must hold exactly one JSON value, into target. Numbers that land in
// interface{} values stay json.Number, so they are written back out exactly as they came in.
func decodeJSON(data []byte, target interface{}) bool {
	decoder := json.NewDecoder(bytes.NewReader(data))
	decoder.UseNumber()
	if decoder.Decode(target) != nil {
		return false
	}
	_, err := decoder.Token()
	return err == io.EOF
}

// parseJSON is the JSON value in data, or ok = false when data is not JSON.
func parseJSON(data []byte) (value interface{}, ok bool) {
	ok = decodeJSON(data, &value)
	return value, ok
}

// jsonOrText is the JSON value when text is JSON, else the text itself; nil stays nil.
func jsonOrText(text *string) interface{} {
	if text == nil {
		return nil
	}
	if value, ok := parseJSON([]byte(*text)); ok {
		return value
	}
	return *text
}

// jsonText is value as JSON text, with <, > and & left as they are (json.Marshal escapes them for HTML).
func jsonText(value interface{}) (string, error) {
	var out strings.Builder
	encoder := json.NewEncoder(&out)
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(value); err != nil {
		return "", err
	}
	return strings.TrimSuffix(out.String(), "\n"), nil
}

// asObject is value as a JSON object, or nil when it is something else.
func asObject(value interface{}) map[string]interface{} {
	object, _ := value.(map[string]interface{})
	return object
}

// asNumber is a decoded JSON number as a float64; ok is false for anything else (nil, text...).
func asNumber(value interface{}) (number float64, ok bool) {
	switch value := value.(type) {
	case json.Number:
		// Out of range parses as +/-Inf or 0, as JavaScript reads it.
		number, err := strconv.ParseFloat(string(value), 64)
		return number, err == nil || errors.Is(err, strconv.ErrRange)
	case float64:
		return value, true
	}
	return 0, false
}
