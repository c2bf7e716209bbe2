package main

import (
	"bytes"
	"encoding/binary"
	"testing"
)

const expectedRows = `[
	{
		"type": "PutRow",
		"primaryKey": {"user_id": "u-1001", "order_id": 42},
		"columns": {"status": "paid", "amount": 99.5},
		"deletedColumns": []
	},
	{
		"type": "UpdateRow",
		"primaryKey": {"user_id": "u-1001", "order_id": 42},
		"columns": {"status": "shipped"},
		"deletedColumns": ["coupon"]
	},
	{
		"type": "DeleteRow",
		"primaryKey": {"user_id": "u-1002", "order_id": 7},
		"columns": {},
		"deletedColumns": []
	}
]`

func TestTablestoreCBORRecordsAsTheTriggerSendsThem(t *testing.T) {
	assertJSON(t, invoke(t, sampleEvent(t, "tablestore.cbor")), `{"trigger": "tablestore", "rows": `+expectedRows+`}`)
}

func TestTablestoreJSONRecordsAsTheConsoleSendsThem(t *testing.T) {
	assertJSON(t, invoke(t, sampleEvent(t, "tablestore.json")), `{"trigger": "tablestore", "rows": `+expectedRows+`}`)
}

func TestTablestoreBigIntegersBecomeStringsFromEitherEncoding(t *testing.T) {
	// Values past 2**53 - 1 would lose digits as JavaScript numbers; both paths give the exact decimal text.
	const big = 1506416585881590900
	asJSON := bytes.Replace(sampleEvent(t, "tablestore.json"), []byte(`"Value": 42`), []byte(`"Value": 1506416585881590900`), 1)
	assertPrimaryKeyOrderID(t, invoke(t, asJSON), "1506416585881590900")
	// The same value in the CBOR sample: order_id 42 (0x18 0x2a) becomes a uint64 (0x1b + 8 bytes).
	key := []byte("horder_ideValue\x18\x2a")
	wide := make([]byte, 8)
	binary.BigEndian.PutUint64(wide, big)
	asCBOR := bytes.Replace(sampleEvent(t, "tablestore.cbor"), key, append([]byte("horder_ideValue\x1b"), wide...), 1)
	assertPrimaryKeyOrderID(t, invoke(t, asCBOR), "1506416585881590900")
}

func assertPrimaryKeyOrderID(t *testing.T, result map[string]interface{}, want string) {
	t.Helper()
	rows := result["rows"].([]interface{})
	if got := object(t, object(t, rows[0])["primaryKey"])["order_id"]; got != want {
		t.Errorf("order_id: %#v, want %q", got, want)
	}
}
