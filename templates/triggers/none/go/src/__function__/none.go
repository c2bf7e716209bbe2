// No trigger: the function is invoked through the FC API or an SDK (or the console), with any payload.
package main

import (
	"context"
	"strings"
)

var noneTrigger = newTrigger("none", decodeInvocation, greet)

// An invocation's payload: the parsed JSON, the text when it is not JSON, or nil when it is empty.
type invocation struct {
	payload interface{}
}

type greetingResult struct {
	Trigger  string      `json:"trigger"`
	Received interface{} `json:"received"`
	Message  string      `json:"message"`
}

// decodeInvocation recognises every event: an API/SDK call may carry anything, or nothing.
func decodeInvocation(event []byte) (invocation, bool) {
	if strings.TrimSpace(string(event)) == "" {
		return invocation{}, true
	}
	if payload, ok := parseJSON(event); ok {
		return invocation{payload}, true
	}
	return invocation{strings.ToValidUTF8(string(event), "\uFFFD")}, true
}

// greet greets the `name` in the payload, or the world.
func greet(ctx context.Context, call invocation) (greetingResult, error) {
	name, _ := asObject(call.payload)["name"].(string)
	if name == "" {
		name = "world"
	}
	return greetingResult{Trigger: "none", Received: call.payload, Message: "Hello, " + name + "!"}, nil
}
