// HTTP function (FC 2.0): FC runs this program and calls HandleHTTPRequest with each request, as a
// net/http handler.
//
// Routes: GET / greets ?name= (default "world") and echoes the request line, POST /echo returns the
// JSON body it was sent, anything else is 404. Every response is JSON.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/aliyun/fc-runtime-go-sdk/fc"
)

func main() {
	fc.StartHttp(HandleHTTPRequest)
}

// HandleHTTPRequest routes one request and writes a JSON response.
func HandleHTTPRequest(ctx context.Context, w http.ResponseWriter, req *http.Request) error {
	path := req.URL.Path
	if path == "" {
		path = "/"
	}
	switch {
	case req.Method == http.MethodGet && path == "/":
		query := queryOf(req)
		// A repeated ?name= is ambiguous, so only a single non-empty value counts.
		name, single := query["name"].(string)
		if !single || name == "" {
			name = "world"
		}
		return respond(w, http.StatusOK, map[string]interface{}{
			"message": "Hello, " + name + "!",
			"method":  req.Method,
			"path":    path,
			"query":   query,
		})
	case req.Method == http.MethodPost && path == "/echo":
		received, ok := readJSON(req.Body)
		if !ok {
			return respond(w, http.StatusBadRequest, map[string]interface{}{"error": "The request body is not valid JSON"})
		}
		return respond(w, http.StatusOK, map[string]interface{}{"received": received})
	default:
		return respond(w, http.StatusNotFound, map[string]interface{}{"error": "Not found", "path": path})
	}
}

// queryOf is the query string: one value stays a string and a repeated key becomes a list, as in FC's Node.js request.queries.
func queryOf(req *http.Request) map[string]interface{} {
	query := map[string]interface{}{}
	for key, values := range req.URL.Query() {
		if len(values) == 1 {
			query[key] = values[0]
		} else {
			query[key] = values
		}
	}
	return query
}

// readJSON is the one JSON value in body; numbers stay as they were sent (json.Number).
func readJSON(body io.Reader) (value interface{}, ok bool) {
	if body == nil {
		return nil, false
	}
	data, err := io.ReadAll(body)
	if err != nil {
		return nil, false
	}
	decoder := json.NewDecoder(bytes.NewReader(data))
	decoder.UseNumber()
	if decoder.Decode(&value) != nil {
		return nil, false
	}
	_, err = decoder.Token()
	return value, err == io.EOF
}

func respond(w http.ResponseWriter, status int, payload interface{}) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	encoder := json.NewEncoder(w)
	encoder.SetEscapeHTML(false)
	return encoder.Encode(payload)
}
