// The routes of this function's web server, on Go's own net/http: GET / greets, POST /echo returns the
// JSON body it was sent, anything else is 404. Every response is JSON.
package main

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
)

// newHandler answers every request of the function; the tests serve it on a free port.
func newHandler() http.Handler {
	return http.HandlerFunc(route)
}

func route(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/":
		greet(w, r)
	case r.Method == http.MethodPost && r.URL.Path == "/echo":
		echo(w, r)
	default:
		writeJSON(w, http.StatusNotFound, map[string]interface{}{"error": "Not found", "path": r.URL.Path})
	}
}

func greet(w http.ResponseWriter, r *http.Request) {
	query := queryObject(r)
	name, _ := query["name"].(string)
	if name == "" {
		name = "world"
	}
	writeJSON(w, http.StatusOK, map[string]interface{}{"message": "Hello, " + name + "!", "method": r.Method, "path": r.URL.Path, "query": query})
}

func echo(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]interface{}{"error": "The request body could not be read"})
		return
	}
	var received interface{}
	if err := json.Unmarshal(body, &received); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]interface{}{"error": "The request body is not valid JSON"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]interface{}{"received": received})
}

func writeJSON(w http.ResponseWriter, status int, body interface{}) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(body); err != nil {
		log.Printf("Writing the response failed: %v", err)
	}
}
