package main

import (
	"encoding/hex"
	"math"
	"strings"
	"testing"
)

// Examples from RFC 8949 Appendix A, as the JSON the function would send back.
var cborExamples = []struct{ hex, json string }{
	{"00", `0`},
	{"17", `23`},
	{"1818", `24`},
	{"1903e8", `1000`},
	{"1a000f4240", `1000000`},
	{"1b000000e8d4a51000", `1000000000000`},
	{"1b001fffffffffffff", `9007199254740991`},
	{"1b0020000000000000", `"9007199254740992"`},
	{"1bffffffffffffffff", `"18446744073709551615"`},
	{"3bffffffffffffffff", `"-18446744073709551616"`},
	{"c249010000000000000000", `"18446744073709551616"`},
	{"20", `-1`},
	{"3863", `-100`},
	{"f90000", `0.0`},
	{"f93c00", `1.0`},
	{"f97bff", `65504.0`},
	{"f90001", `5.960464477539063e-08`},
	{"fa47c35000", `100000.0`},
	{"fb3ff199999999999a", `1.1`},
	{"f97c00", `null`},
	{"f4", `false`},
	{"f5", `true`},
	{"f6", `null`},
	{"f7", `null`},
	{"40", `""`},
	{"4401020304", `"AQIDBA=="`},
	{"60", `""`},
	{"6449455446", `"IETF"`},
	{"62c3bc", `"\u00fc"`},
	{"80", `[]`},
	{"83010203", `[1, 2, 3]`},
	{"8301820203820405", `[1, [2, 3], [4, 5]]`},
	{"a201020304", `{"1": 2, "3": 4}`},
	{"a26161016162820203", `{"a": 1, "b": [2, 3]}`},
	{"c074323031332d30332d32315432303a30343a30305a", `"2013-03-21T20:04:00Z"`},
	{"5f42010243030405ff", `"AQIDBAU="`},
	{"7f657374726561646d696e67ff", `"streaming"`},
	{"9fff", `[]`},
	{"9f018202039f0405ffff", `[1, [2, 3], [4, 5]]`},
	{"bf61610161629f0203ffff", `{"a": 1, "b": [2, 3]}`},
	{"bf6346756ef563416d7421ff", `{"Fun": true, "Amt": -2}`},
}

var malformedCBOR = []string{
	"",                               // nothing
	"18",                             // argument missing
	"1b0000",                         // argument cut short
	"62c3",                           // text shorter than its length
	"62c328",                         // not UTF-8
	"0000",                           // two items
	"ff",                             // a break outside an indefinite item
	"9f01",                           // indefinite array never closed
	"9f81ff",                         // a break inside a definite array, inside an indefinite one
	"5f6161ff",                       // text chunk inside a byte string
	"1f",                             // indefinite length on an integer
	"1c",                             // reserved additional information
	"a1818001",                       // array as a map key
	strings.Repeat("81", 200) + "00", // nested too deep
}

func decodeHex(t *testing.T, text string) []byte {
	t.Helper()
	data, err := hex.DecodeString(text)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestCBORRFC8949Examples(t *testing.T) {
	for _, example := range cborExamples {
		value, err := decodeCBOR(decodeHex(t, example.hex))
		if err != nil {
			t.Errorf("%s: %v", example.hex, err)
			continue
		}
		t.Run(example.hex, func(t *testing.T) { assertJSON(t, jsonSafe(value), example.json) })
	}
}

func TestCBORNaNInfinityAndNegativeZero(t *testing.T) {
	for hexText, check := range map[string]func(float64) bool{
		"f97e00": math.IsNaN,
		"f97c00": func(f float64) bool { return math.IsInf(f, 1) },
		"f9fc00": func(f float64) bool { return math.IsInf(f, -1) },
		"f98000": func(f float64) bool { return f == 0 && math.Signbit(f) },
	} {
		value, err := decodeCBOR(decodeHex(t, hexText))
		if number, isFloat := value.(float64); err != nil || !isFloat || !check(number) {
			t.Errorf("%s: %v, %v", hexText, value, err)
		}
	}
}

func TestCBORMalformedInputIsAnError(t *testing.T) {
	for _, hexText := range malformedCBOR {
		if value, err := decodeCBOR(decodeHex(t, hexText)); err == nil {
			t.Errorf("%.20s: decoded as %v", hexText, value)
		}
	}
}
