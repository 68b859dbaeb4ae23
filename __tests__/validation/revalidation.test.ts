/** Validating the same props object again sees its current content (no result kept between runs). */
import { RedundantVpn, RedundantVpnProps } from '../../src';
import { baseProps, errorsOf } from './support';

describe('validating a props object again after changing it', () => {
  it('reports tunnel options of a customer gateway added since the first validation', () => {
    const props = baseProps();
    const gateways = [...props.customerGateways];
    const mutable = { ...props, customerGateways: gateways } as RedundantVpnProps;
    expect(errorsOf(mutable)).toEqual([]);

    gateways.push({ name: 'dc3-edge', ipAddress: '203.0.113.30', bgpAsn: 65030, tunnel1: { phase1LifetimeSeconds: 10 } });

    expect(errorsOf(mutable)).toEqual([expect.stringMatching(/^customerGateways\[2\]\.tunnel1\.phase1LifetimeSeconds: /)]);
  });

  it('reports tunnel options changed in place since the first validation', () => {
    const props = { ...baseProps(), tunnelOptions: {} } as RedundantVpnProps;
    expect(RedundantVpn.validate(props).errors).toEqual([]);

    Object.assign(props, { tunnelOptions: { replayWindowSize: 3 } });

    expect(errorsOf(props)).toEqual([expect.stringMatching(/^tunnelOptions\.replayWindowSize: /)]);
  });
});
