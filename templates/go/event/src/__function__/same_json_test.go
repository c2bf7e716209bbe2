package main

import (
	"encoding/json"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// jsonValue is the JSON value in data, its numbers as json.Number so that none is rounded before it is compared.
func jsonValue(t *testing.T, data []byte) interface{} {
	t.Helper()
	value, ok := parseJSON(data)
	if !ok {
		t.Fatalf("not JSON: %s", data)
	}
	return value
}

// assertJSON checks that got, once encoded, is the same JSON value as the text want.
func assertJSON(t *testing.T, got interface{}, want string) {
	t.Helper()
	assertSameJSON(t, jsonValue(t, encode(t, got)), jsonValue(t, []byte(want)))
}

// assertSameJSON checks that two decoded JSON values are the same value, and says where they first differ.
func assertSameJSON(t *testing.T, got, want interface{}) {
	t.Helper()
	if at, differs := differsAt(byValue(got), byValue(want), ""); differs {
		t.Errorf("differs at %q\ngot  %s\nwant %s", at, encode(t, got), encode(t, want))
	}
}

// An integer's exact decimal digits: 64-bit integers must not round to a float64 to compare equal.
type exactInteger string

// byValue is a decoded JSON value with each number as what it denotes: an integer exactly (42,
// 42.0 and 4.2e1 alike), a fraction as the float64 it denotes (each language writes a float64 in
// its own shortest way).
func byValue(value interface{}) interface{} {
	switch value := value.(type) {
	case json.Number:
		if exact, ok := new(big.Rat).SetString(string(value)); ok && exact.IsInt() {
			return exactInteger(exact.Num().String())
		}
		fraction, _ := strconv.ParseFloat(string(value), 64)
		return fraction
	case []interface{}:
		items := make([]interface{}, len(value))
		for i, item := range value {
			items[i] = byValue(item)
		}
		return items
	case map[string]interface{}:
		entries := make(map[string]interface{}, len(value))
		for key, item := range value {
			entries[key] = byValue(item)
		}
		return entries
	default:
		return value
	}
}

var pointerEscapes = strings.NewReplacer("~", "~0", "/", "~1")

// differsAt is the JSON pointer (RFC 6901) to the first place where two values in byValue's form
// differ, under the pointer at; differs is false when they are the same value.
func differsAt(got, want interface{}, at string) (pointer string, differs bool) {
	gotObject, gotIsObject := got.(map[string]interface{})
	wantObject, wantIsObject := want.(map[string]interface{})
	if gotIsObject && wantIsObject {
		keys := make([]string, 0, len(gotObject)+len(wantObject))
		for key := range gotObject {
			keys = append(keys, key)
		}
		for key := range wantObject {
			if _, inGot := gotObject[key]; !inGot {
				keys = append(keys, key)
			}
		}
		sort.Strings(keys)
		for _, key := range keys {
			gotItem, inGot := gotObject[key]
			wantItem, inWant := wantObject[key]
			member := at + "/" + pointerEscapes.Replace(key)
			if inGot != inWant {
				return member, true
			}
			if pointer, differs := differsAt(gotItem, wantItem, member); differs {
				return pointer, true
			}
		}
		return "", false
	}
	gotArray, gotIsArray := got.([]interface{})
	wantArray, wantIsArray := want.([]interface{})
	if gotIsArray && wantIsArray && len(gotArray) == len(wantArray) {
		for i := range gotArray {
			if pointer, differs := differsAt(gotArray[i], wantArray[i], at+"/"+strconv.Itoa(i)); differs {
				return pointer, true
			}
		}
		return "", false
	}
	return at, !reflect.DeepEqual(got, want)
}
