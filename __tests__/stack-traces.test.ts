import { Testing, TerraformStack } from 'cdktf';
import { RedundantVpn } from '../src';
import { suspendStackTraceFormatting } from '../src/app/stack-traces';
import { baseProps } from './support/synth';

type Formatter = typeof Error.prepareStackTrace;

describe('suspendStackTraceFormatting', () => {
  let original: Formatter;
  beforeEach(() => (original = Error.prepareStackTrace));
  afterEach(() => (Error.prepareStackTrace = original));

  test('a stack read while suspended is empty; the previous formatter is back after restore', () => {
    const restore = suspendStackTraceFormatting();
    const inside = new Error('inside').stack;
    restore();
    expect(inside).toBe('');
    expect(Error.prepareStackTrace).toBe(original);
    expect(new Error('after').stack).toMatch(/^Error: after\n\s+at /);
  });

  test('a formatter some tool installed (e.g. source-map-support) is put back as it was', () => {
    const custom: Formatter = (error) => `custom: ${(error as Error).message}`;
    Error.prepareStackTrace = custom;
    const restore = suspendStackTraceFormatting();
    restore();
    expect(Error.prepareStackTrace).toBe(custom);
    expect(new Error('x').stack).toBe('custom: x');
  });

  test('an error thrown while suspended and read afterwards has its full stack', () => {
    let thrown: Error | undefined;
    const restore = suspendStackTraceFormatting();
    try {
      throw new Error('boom');
    } catch (e) {
      thrown = e as Error;
    } finally {
      restore();
    }
    expect(thrown?.stack).toMatch(/^Error: boom\n\s+at .*stack-traces\.test\.ts/);
  });
});

describe('RedundantVpn and stack traces', () => {
  test('the formatter in effect before is in effect after, and the resources carry no recorded frames', () => {
    const custom: Formatter = (error) => `custom: ${(error as Error).message}`;
    const original = Error.prepareStackTrace;
    Error.prepareStackTrace = custom;
    try {
      const vpn = new RedundantVpn(new TerraformStack(Testing.app(), 's'), 'vpn', baseProps());
      expect(Error.prepareStackTrace).toBe(custom);
      // A nested-block object the provider class made in its constructor: cdktf recorded no frames.
      const logOptions = vpn.connections[0].tunnel1LogOptions as unknown as { creationStack: string[] };
      expect(logOptions.creationStack).toEqual([]);
    } finally {
      Error.prepareStackTrace = original;
    }
  });

  test('invalid props throw before the formatter is touched (the error keeps its stack)', () => {
    const original = Error.prepareStackTrace;
    let error: Error | undefined;
    try {
      new RedundantVpn(new TerraformStack(Testing.app(), 's'), 'vpn', baseProps({ customerGateways: [] }));
    } catch (e) {
      error = e as Error;
    }
    expect(Error.prepareStackTrace).toBe(original);
    expect(error?.stack).toMatch(/\n\s+at /);
  });
});
