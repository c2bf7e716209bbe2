package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Every trigger of this function has a contract in contracts/<trigger>.json at the project root:
// events in with the result the handler must give, and events its decoder must leave to other
// triggers. This one test runs them all, so a trigger's expected results live in one place for
// every language.

// contractEvent is an event as a contract gives it: in exactly one of the four forms.
type contractEvent struct {
	Name        string          `json:"name"`
	EventFile   *string         `json:"eventFile"`   // a sample event in events/, its bytes as they are
	Event       json.RawMessage `json:"event"`       // a JSON value, sent as its JSON text
	EventText   *string         `json:"eventText"`   // text, sent as its UTF-8 bytes ("": no payload)
	EventBase64 *string         `json:"eventBase64"` // bytes in base64 (a binary event)
}

type contract struct {
	Trigger string `json:"trigger"`
	// The results are HTTP responses whose body is JSON text, compared as the value it holds.
	JSONBody bool `json:"jsonBody"`
	Cases    []struct {
		contractEvent
		Result json.RawMessage `json:"result"`
	} `json:"cases"`
	Rejects []contractEvent `json:"rejects"`
}

func TestContracts(t *testing.T) {
	for _, candidate := range triggers {
		t.Run(candidate.id, func(t *testing.T) {
			terms := readContract(t, candidate.id)
			for _, entry := range terms.Cases {
				t.Run(entry.Name, func(t *testing.T) {
					// Through the whole dispatch, so it also shows that no earlier trigger claims the event.
					out, err := invokeRaw(t, entry.payload(t))
					if err != nil {
						t.Fatalf("the handler failed: %v", err)
					}
					got := jsonValue(t, out)
					if terms.JSONBody {
						got = withJSONBody(t, got)
					}
					assertSameJSON(t, got, jsonValue(t, entry.Result))
				})
			}
			for _, entry := range terms.Rejects {
				t.Run("leaves to other triggers: "+entry.Name, func(t *testing.T) {
					// Asked as the dispatcher asks: does this trigger recognise the event?
					if _, recognised, _ := candidate.handle(testContext(t), entry.payload(t)); recognised {
						t.Errorf("the %s trigger claims this event", candidate.id)
					}
				})
			}
		})
	}
}

// readContract is contracts/<trigger>.json at the project root.
func readContract(t *testing.T, trigger string) contract {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "contracts", trigger+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var terms contract
	if err := json.Unmarshal(data, &terms); err != nil {
		t.Fatalf("contracts/%s.json: %v", trigger, err)
	}
	if terms.Trigger != trigger {
		t.Fatalf("contracts/%s.json is the contract of %q", trigger, terms.Trigger)
	}
	return terms
}

// payload is the bytes the event stands for, as the handler receives them.
func (entry contractEvent) payload(t *testing.T) []byte {
	t.Helper()
	var data []byte
	forms := 0
	if entry.EventFile != nil {
		forms++
		data = sampleEvent(t, *entry.EventFile)
	}
	if entry.Event != nil { // an explicit null is there too, as the text null
		forms++
		var text bytes.Buffer
		if err := json.Compact(&text, entry.Event); err != nil {
			t.Fatal(err)
		}
		data = text.Bytes()
	}
	if entry.EventText != nil {
		forms++
		data = []byte(*entry.EventText)
	}
	if entry.EventBase64 != nil {
		forms++
		decoded, err := base64.StdEncoding.DecodeString(*entry.EventBase64)
		if err != nil {
			t.Fatalf("eventBase64: %v", err)
		}
		data = decoded
	}
	if forms != 1 {
		t.Fatalf("%q gives its event in %d forms; give exactly one of eventFile, event, eventText, eventBase64", entry.Name, forms)
	}
	return data
}

// withJSONBody is an HTTP response with its body, JSON text, replaced by the value it holds.
func withJSONBody(t *testing.T, response interface{}) interface{} {
	t.Helper()
	fields, isObject := response.(map[string]interface{})
	body, isText := fields["body"].(string)
	if !isObject || !isText {
		t.Fatalf("not an HTTP response with a text body: %s", encode(t, response))
	}
	parsed := map[string]interface{}{}
	for key, value := range fields {
		parsed[key] = value
	}
	parsed["body"] = jsonValue(t, []byte(body))
	return parsed
}
