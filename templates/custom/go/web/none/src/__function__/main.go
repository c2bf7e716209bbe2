// The web server FC runs for this function, on Go's own net/http: GET / greets, POST /echo returns the
// JSON body it was sent, anything else is 404. Every response is JSON.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
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

// queryObject gives the query parameters as an object: a repeated one is an array, as Express and Flask give them.
func queryObject(r *http.Request) map[string]interface{} {
	query := map[string]interface{}{}
	for key, values := range r.URL.Query() {
		if len(values) == 1 {
			query[key] = values[0]
		} else {
			query[key] = values
		}
	}
	return query
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

// listenAddress is where the server listens. FC sets FC_SERVER_PORT (s.yaml's port) and sends requests
// from outside the instance, so there it listens on every interface; started by hand, on loopback only.
func listenAddress(fcServerPort string) string {
	if fcServerPort != "" {
		return "0.0.0.0:" + fcServerPort
	}
	return "127.0.0.1:9000"
}

// FC starts this program as it is (s.yaml's customRuntimeConfig.command: /code/main).
func main() {
	server := &http.Server{Addr: listenAddress(os.Getenv("FC_SERVER_PORT")), Handler: newHandler()}
	// FC stops an instance with SIGTERM: finish the requests in flight, then exit.
	stopped := make(chan os.Signal, 1)
	signal.Notify(stopped, syscall.SIGTERM, os.Interrupt)
	go func() {
		<-stopped
		if err := server.Shutdown(context.Background()); err != nil {
			log.Printf("Shutdown: %v", err)
		}
	}()
	log.Printf("Listening on http://%s", server.Addr)
	if err := server.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}
