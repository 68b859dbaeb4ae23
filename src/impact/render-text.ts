/** The report as plain text (terminal, CI log). */
import { causeLines, modeLine, resourceText, verdictMeaning } from './explain';
import { ImpactReport, ResourceImpact } from './model';

function section(title: string, items: ResourceImpact[]): string[] {
  if (items.length === 0) return [`  ${title}: unchanged`];
  return [`  ${title}:`, ...items.map((i) => `    - ${resourceText(i)}`)];
}

export function renderText(report: ImpactReport): string {
  const lines: string[] = [`vpn-impact ${modeLine(report)}`, `Sources: ${report.sources.join(', ')}`, ''];
  for (const set of report.sets) {
    lines.push(`Set ${set.name} (${set.source}) — ${set.connections.length} connection${set.connections.length === 1 ? '' : 's'}${set.cutOff ? ' — THE WHOLE VPC IS CUT OFF' : ''}`);
    const width = Math.max(...set.connections.map((c) => c.device.length), 6);
    for (const c of set.connections) {
      lines.push(`  ${c.device.padEnd(width)}  ${c.verdict}: ${verdictMeaning(c)}`);
      for (const line of causeLines(c.causes)) lines.push(`  ${' '.repeat(width)}    because ${line}`);
    }
    lines.push(...section('Gateway and attachment', set.gateway));
    lines.push(...section('Customer gateways', set.customerGateways));
    lines.push(...section('Routes', set.routes));
    lines.push(...section('Route propagations', set.propagations));
    lines.push('');
  }
  if (report.sets.length === 0) lines.push('No VPN resources in the input.', '');
  if (report.stops.length === 0) {
    lines.push('Guard: OK — no set loses every connection at once, and no connection is replaced without --allow-replace.');
  } else {
    lines.push(`Guard: STOP — ${report.stops.length} finding${report.stops.length === 1 ? '' : 's'}:`);
    for (const s of report.stops) lines.push(`  - ${s.set}: ${s.reason}`, `    How to go ahead: ${s.remedy}`);
  }
  return `${lines.join('\n')}\n`;
}
