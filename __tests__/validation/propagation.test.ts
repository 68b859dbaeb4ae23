/** No route table propagation: a warning with an id the user can acknowledge, never an error. */
import { Testing } from 'cdktf';
import { RedundantVpn, RedundantVpnProps } from '../../src';
import { buildApp, warningText } from '../../src/app/run';
import { formatIssue } from '../../src/validation/issues';
import { baseProps, errorsOf } from './support';

const ID = 'VPN-ROUTE-NO-PROPAGATION';
const WARNING =
  'no route table propagation — the VPC has no route to on-premises unless routes are added elsewhere ' +
  '(list the VPC route tables that should reach on-premises, or acknowledge this warning if another stack adds the routes)';

const propagationWarnings = (props: RedundantVpnProps) => RedundantVpn.validate(props).warnings.filter((w) => w.ruleId === ID).map(formatIssue);

test.each([
  ['absent', undefined, '(missing)'],
  ['empty', [], '[]'],
])('routeTableIds %s: warned under its id, not an error', (_name, routeTableIds, shown) => {
  const props = baseProps({ routeTableIds: routeTableIds as string[] | undefined });
  expect(errorsOf(props)).toEqual([]);
  expect(propagationWarnings(props)).toEqual([`routeTableIds: ${shown} — ${WARNING}`]);
});

test('acknowledged by its id with a reason: not reported, listed as acknowledged', () => {
  const props = baseProps({ routeTableIds: undefined, acknowledgedWarnings: { [ID]: 'the transit stack owns the routes' } });
  const result = RedundantVpn.validate(props);
  expect(result.errors).toEqual([]);
  expect(result.warnings.filter((w) => w.ruleId === ID)).toEqual([]);
  expect(result.acknowledgedWarnings.map((a) => [a.ruleId, a.reason])).toEqual([[ID, 'the transit stack owns the routes']]);
});

test('one route table: no warning', () => {
  expect(propagationWarnings(baseProps({ routeTableIds: ['rtb-0a1b2c3d4e5f60718'] }))).toEqual([]);
});

test('the default app stays warning-free', () => {
  expect(warningText(buildApp({}, () => Testing.app()))).toBe('');
});
