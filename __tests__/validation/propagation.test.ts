/** No route table propagation: a warning with an id the user can acknowledge, never an error. */
import { Testing } from 'cdktf';
import { buildApp, warningText } from '../../src/app/run';
import { VPN_ROUTE_NO_PROPAGATION } from '../../src/validation/rules/propagation';
import { baseProps, errorsOf, warningsOf } from './support';

const WARNING =
  'VPN-ROUTE-NO-PROPAGATION: no route table propagation — the VPC has no route to on-premises unless routes are added elsewhere ' +
  '(list the VPC route tables that should reach on-premises, or acknowledge this warning if another stack adds the routes)';

test('the id is the documented one', () => {
  expect(VPN_ROUTE_NO_PROPAGATION).toBe('VPN-ROUTE-NO-PROPAGATION');
});

test.each([
  ['absent', undefined, '(missing)'],
  ['empty', [], '[]'],
])('routeTableIds %s: warned, not an error', (_name, routeTableIds, shown) => {
  const props = baseProps({ routeTableIds: routeTableIds as string[] | undefined });
  expect(errorsOf(props)).toEqual([]);
  expect(warningsOf(props).filter((w) => w.includes(VPN_ROUTE_NO_PROPAGATION))).toEqual([`routeTableIds: ${shown} — ${WARNING}`]);
});

test('one route table: no warning', () => {
  expect(warningsOf(baseProps({ routeTableIds: ['rtb-0a1b2c3d4e5f60718'] })).filter((w) => w.includes(VPN_ROUTE_NO_PROPAGATION))).toEqual([]);
});

test('the default app stays warning-free', () => {
  expect(warningText(buildApp({}, () => Testing.app()))).toBe('');
});
