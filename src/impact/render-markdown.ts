/** The report as Markdown for a pull-request comment, with a Mermaid picture of each set. */
import { causeLines, modeLine, resourceText, verdictMeaning } from './explain';
import { CONNECTION_DOWN_VERDICTS, ConnectionImpact, ImpactReport, SetImpact, Verdict } from './model';

/** Mermaid label text: quotes and angle brackets as entities (labels are inside "…"). */
function label(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** Table cell text: pipes escaped, one line. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function nodeClass(c: ConnectionImpact): string {
  if (CONNECTION_DOWN_VERDICTS.has(c.verdict)) return 'down';
  if (c.verdict === Verdict.PINNED) return 'pinned';
  if (c.verdict === Verdict.ADDED) return 'added';
  if (c.tunnelsAffected.length > 0) return 'degraded';
  return 'ok';
}

/** VPC — gateway — one node per connection, one edge per tunnel (dashed and named when the deploy touches it). */
export function mermaidOf(set: SetImpact): string {
  const lines = ['```mermaid', 'flowchart LR', '  vpc(["VPC"])', `  gw["virtual private gateway${set.cutOff ? '<br/>CUT OFF' : ''}"]:::${set.cutOff ? 'down' : 'ok'}`];
  lines.push(set.cutOff ? '  vpc -.-x|"cut off"| gw' : '  vpc --- gw');
  set.connections.forEach((c, i) => {
    lines.push(`  c${i}["${label(c.device)}<br/>${label(c.verdict)}"]:::${nodeClass(c)}`);
    for (const n of [1, 2] as const) {
      const touched = c.tunnelsAffected.includes(n) || c.verdict === Verdict.ADDED;
      lines.push(touched ? `  gw -.-|"tunnel ${n}: ${c.verdict === Verdict.ADDED ? 'new' : 'affected'}"| c${i}` : `  gw ---|"tunnel ${n}"| c${i}`);
    }
  });
  lines.push(
    '  classDef ok fill:#e6f4ea,stroke:#1e8e3e',
    '  classDef degraded fill:#fef7e0,stroke:#f9ab00',
    '  classDef down fill:#fce8e6,stroke:#d93025,stroke-width:2px',
    '  classDef pinned fill:#e8eaf6,stroke:#3f51b5',
    '  classDef added fill:#e3f2fd,stroke:#1a73e8',
    '```',
  );
  return lines.join('\n');
}

/** No connection, gateway, customer gateway, route or propagation changes (not even tags). */
function isUntouched(set: SetImpact): boolean {
  const quiet = set.connections.every((c) => c.verdict === Verdict.UNCHANGED && c.causes.length === 0);
  return quiet && set.gateway.length + set.customerGateways.length + set.routes.length + set.propagations.length === 0;
}

export function renderMarkdown(report: ImpactReport): string {
  const out: string[] = [`## VPN impact — ${report.mode === 'plan' ? 'PLAN' : 'ADVISORY'}`, '', `> ${modeLine(report)}`, '', `Sources: ${report.sources.map((s) => `\`${s}\``).join(', ')}`, ''];
  if (report.stops.length === 0) {
    out.push('**Guard: OK** — no set loses every connection at once, and no connection is replaced without `--allow-replace`.', '');
  } else {
    out.push(`**Guard: STOP** — ${report.stops.length} finding${report.stops.length === 1 ? '' : 's'}:`, '');
    for (const s of report.stops) out.push(`- **${cell(s.set)}**: ${s.reason}  `, `  How to go ahead: ${s.remedy}`);
    out.push('');
  }
  // Sets this deploy does not touch at all: one line, so a comment for many stacks stays short
  // (GitHub truncates comments above 65536 characters).
  const untouched = report.sets.filter(isUntouched);
  if (untouched.length > 0) out.push(`Untouched sets (every connection UNCHANGED, nothing else changes): ${untouched.map((s) => `\`${cell(s.source)}: ${cell(s.name)}\``).join(', ')}`, '');
  for (const set of report.sets.filter((s) => !isUntouched(s))) {
    out.push(`### ${cell(set.name)} (${cell(set.source)})${set.cutOff ? ' — the whole VPC is cut off' : ''}`, '', mermaidOf(set), '');
    out.push('| Connection | Verdict | Why |', '| --- | --- | --- |');
    for (const c of set.connections) {
      const why = [verdictMeaning(c), ...causeLines(c.causes)].map(cell).join('<br/>');
      out.push(`| ${cell(c.device)} | **${c.verdict}** | ${why} |`);
    }
    out.push('');
    const lists: [string, SetImpact['gateway']][] = [
      ['Gateway and attachment', set.gateway],
      ['Customer gateways', set.customerGateways],
      ['Routes', set.routes],
      ['Route propagations', set.propagations],
    ];
    for (const [title, items] of lists) {
      if (items.length === 0) out.push(`- ${title}: unchanged`);
      else out.push(`- ${title}:`, ...items.map((i) => `  - ${cell(resourceText(i))}`));
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
