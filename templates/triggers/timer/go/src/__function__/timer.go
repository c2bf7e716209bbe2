// Timer trigger: fires on a cron schedule or at a fixed interval, with the payload set on the trigger.
package main

import "context"

var timerTrigger = newTrigger("timer", decodeTimer, reportTick)

type timerTick struct {
	TriggerTime *string     `json:"triggerTime"`
	TriggerName *string     `json:"triggerName"`
	Payload     interface{} `json:"payload"`
}

type timerResult struct {
	Trigger     string      `json:"trigger"`
	TriggerName string      `json:"triggerName"`
	FiredAt     string      `json:"firedAt"`
	Payload     interface{} `json:"payload"`
}

// decodeTimer recognises a timer event: {triggerTime, triggerName, payload?}.
func decodeTimer(event []byte) (timerTick, bool) {
	var tick timerTick
	ok := decodeJSON(event, &tick) && tick.TriggerTime != nil && tick.TriggerName != nil
	return tick, ok
}

// reportTick says when it fired, with the trigger's payload: parsed when it is JSON, else the text.
func reportTick(ctx context.Context, tick timerTick) (timerResult, error) {
	return timerResult{
		Trigger:     "timer",
		TriggerName: *tick.TriggerName,
		FiredAt:     *tick.TriggerTime,
		Payload:     payloadOf(tick),
	}, nil
}

func payloadOf(tick timerTick) interface{} {
	if text, isText := tick.Payload.(string); isText {
		return jsonOrText(&text)
	}
	return tick.Payload // set through the API as JSON, or absent (nil)
}
