// How FC starts this function's web server, whichever handler.go defines its routes: it listens on
// FC_SERVER_PORT and finishes the requests in flight when FC stops the instance.
package main

import (
	"context"
	"errors"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
)

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
