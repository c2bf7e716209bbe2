// HTTP trigger (FC 3.0): FC calls the event handler with the request as a JSON event and sends back
// the events.HTTPTriggerResponse the handler returns.
//
// Routes: GET / greets ?name= (default "world") and echoes the request line, POST /echo returns the
// JSON body it was sent, anything else is 404. Every response is JSON.
package main

import (
	"context"
	"encoding/base64"
	"net/http"

	"github.com/aliyun/fc-runtime-go-sdk/events"
)

var httpTrigger = newTrigger("http", decodeHTTPRequest, routeHTTPRequest)

// decodeHTTPRequest recognises an HTTP event: {version: "v1", rawPath, headers, queryParameters, body, requestContext.http, ...}.
func decodeHTTPRequest(event []byte) (events.HTTPTriggerEvent, bool) {
	var shape struct {
		Version        string `json:"version"`
		RequestContext *struct {
			HTTP map[string]interface{} `json:"http"`
		} `json:"requestContext"`
	}
	var request events.HTTPTriggerEvent
	ok := decodeJSON(event, &shape) && shape.Version == "v1" && shape.RequestContext != nil &&
		shape.RequestContext.HTTP != nil && decodeJSON(event, &request)
	return request, ok
}

// routeHTTPRequest routes one request and returns the response for FC to send.
func routeHTTPRequest(ctx context.Context, request events.HTTPTriggerEvent) (events.HTTPTriggerResponse, error) {
	method := textOf(request.TriggerContext.Http.Method)
	path := textOf(request.TriggerContext.Http.Path)
	if path == "" {
		path = textOf(request.RawPath)
	}
	if path == "" {
		path = "/"
	}
	switch {
	case method == http.MethodGet && path == "/":
		query := map[string]string{}
		if request.QueryParameters != nil {
			query = *request.QueryParameters
		}
		// FC joins a repeated ?name= into one comma-separated string; an empty one greets the world.
		name := query["name"]
		if name == "" {
			name = "world"
		}
		return jsonResponse(http.StatusOK, map[string]interface{}{
			"message": "Hello, " + name + "!",
			"method":  method,
			"path":    path,
			"query":   query,
		})
	case method == http.MethodPost && path == "/echo":
		body, readable := requestBody(request)
		received, ok := parseJSON(body)
		if !readable || !ok {
			return jsonResponse(http.StatusBadRequest, map[string]interface{}{"error": "The request body is not valid JSON"})
		}
		return jsonResponse(http.StatusOK, map[string]interface{}{"received": received})
	default:
		return jsonResponse(http.StatusNotFound, map[string]interface{}{"error": "Not found", "path": path})
	}
}

func textOf(text *string) string {
	if text == nil {
		return ""
	}
	return *text
}

// requestBody is the body's bytes, base64-decoded when FC encoded it; readable is false when that fails.
func requestBody(request events.HTTPTriggerEvent) (body []byte, readable bool) {
	text := textOf(request.Body)
	if request.IsBase64Encoded == nil || !*request.IsBase64Encoded {
		return []byte(text), true
	}
	body, err := base64.StdEncoding.DecodeString(text)
	return body, err == nil
}

func jsonResponse(status int, payload interface{}) (events.HTTPTriggerResponse, error) {
	body, err := jsonText(payload)
	return events.HTTPTriggerResponse{
		StatusCode:      status,
		Headers:         map[string]string{"Content-Type": "application/json"},
		IsBase64Encoded: false,
		Body:            body,
	}, err
}
