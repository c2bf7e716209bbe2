import { describe, expect, it } from 'vitest';
import { invokeHandler, readSampleEvent } from './function-under-test';

const timerEvent = (fields: { payload?: string }): Buffer =>
  Buffer.from(JSON.stringify({ triggerTime: '2026-11-20T08:00:00Z', triggerName: 'nightly', ...fields }));

describe('timer trigger', () => {
  it('reports the timer with its JSON payload parsed', async () => {
    const result = await invokeHandler(readSampleEvent('timer.json'));
    expect(result).toEqual({
      trigger: 'timer',
      triggerName: 'timer-trigger',
      firedAt: '2026-11-20T08:00:00Z',
      payload: { task: 'daily-report', recipients: ['ops@example.com'] },
    });
  });

  it('keeps a payload that is not JSON as text', async () => {
    const result = await invokeHandler(timerEvent({ payload: 'awesome-fc' }));
    expect(result).toMatchObject({ trigger: 'timer', triggerName: 'nightly', payload: 'awesome-fc' });
  });

  it('reports a null payload when the timer has none', async () => {
    const result = await invokeHandler(timerEvent({}));
    expect(result).toMatchObject({ trigger: 'timer', payload: null });
  });
});
