package main

import "context"

// A trigger of this function: the id FC knows it by, and how it handles an event that may be its own.
type trigger struct {
	id string
	// handle does nothing and returns recognised = false when the event is not one of this trigger's.
	handle func(ctx context.Context, event []byte) (result interface{}, recognised bool, err error)
}

// newTrigger joins a trigger's decoder (ok = false: not its event) to the work it does with what the decoder returns.
func newTrigger[Payload any, Result any](id string, decode func(event []byte) (Payload, bool), work func(ctx context.Context, payload Payload) (Result, error)) trigger {
	return trigger{id: id, handle: func(ctx context.Context, event []byte) (interface{}, bool, error) {
		payload, ok := decode(event)
		if !ok {
			return nil, false, nil
		}
		result, err := work(ctx, payload)
		if err != nil {
			return nil, true, err
		}
		return result, true, nil
	}}
}
