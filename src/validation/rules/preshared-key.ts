/**
 * Pre-shared keys. Sources: provider `validVPNConnectionTunnelPreSharedKey` (P) and EC2 API
 * `VpnTunnelOptionsSpecification.PreSharedKey` (A): 8–64 characters from A–Z a–z 0–9 `.` `_`,
 * not starting with `0`. The key is NEVER echoed: every report passes {@link SECRET}.
 */
import { SECRET } from '../issues';
import { RuleContext } from '../rule';
import { forEachGiven } from '../tunnels';
import { isToken } from '../values';

const ALLOWED = '8–64 characters from A–Z a–z 0–9 "." "_", not starting with "0"';
const CHARACTERS = /^[A-Za-z0-9._]*$/;

export function presharedKeyFormat(ctx: RuleContext): void {
  const { report: r } = ctx;
  forEachGiven(ctx, 'presharedKey', ({ value, path }) => {
    if (isToken(value)) return;
    if (typeof value !== 'string') {
      r.error(path, SECRET, 'not a string', ALLOWED);
      return;
    }
    if (value.length < 8 || value.length > 64) {
      r.error(path, SECRET, `${value.length} character${value.length === 1 ? '' : 's'}: too ${value.length < 8 ? 'short' : 'long'}`, ALLOWED);
    }
    if (!CHARACTERS.test(value)) {
      r.error(path, SECRET, 'contains characters AWS does not allow', ALLOWED);
    }
    if (value.startsWith('0')) {
      r.error(path, SECRET, 'starts with "0"', ALLOWED);
    }
  });
}
