import { describe, expect, it } from 'vitest';
import { invokeHandler, readSampleEvent } from './function-under-test';

describe('none trigger (API/SDK invocation)', () => {
  it('greets the name in the payload', async () => {
    const result = await invokeHandler(readSampleEvent('invoke.json'));
    expect(result).toEqual({
      trigger: 'none',
      received: { action: 'greet', name: 'Function Compute' },
      message: 'Hello, Function Compute!',
    });
  });

  it('greets the world when invoked without a payload', async () => {
    const result = await invokeHandler(Buffer.alloc(0));
    expect(result).toEqual({ trigger: 'none', received: null, message: 'Hello, world!' });
  });
});
