// "Vérifier l'intégrité": one report from a list of checks. A new check is one more line in
// INTEGRITY_CHECKS (an id, and a function from the open workspace to an outcome).
import { verifyAuditChain } from '../audit.js';
import { verifyAllSignatures } from '../charter/status.js';
import type { OpenWorkspace } from '../store.js';

export interface CheckOutcome {
  ok: boolean;
  /** How many things were checked (rows, events, signatures), when that means something. */
  checked?: number;
  /** Machine-readable findings (SQLite's messages, the first broken audit event…), never content. */
  problems: string[];
}

export interface IntegrityCheck {
  /** Also the i18n key of its label: safety:checks.<id>. */
  id: string;
  run(ws: OpenWorkspace): CheckOutcome;
}

export interface IntegrityReport {
  ok: boolean;
  at: string;
  checks: Array<CheckOutcome & { id: string }>;
}

const sqliteIntegrity: IntegrityCheck = {
  id: 'sqliteIntegrity',
  run: (ws) => {
    const lines = (ws.sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
    const ok = lines.length === 1 && lines[0] === 'ok';
    return { ok, problems: ok ? [] : lines.slice(0, 20) };
  },
};

const foreignKeys: IntegrityCheck = {
  id: 'foreignKeys',
  run: (ws) => {
    const rows = ws.sqlite.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
    return { ok: rows.length === 0, problems: rows.slice(0, 20).map((r) => `${r.table}#${r.rowid} → ${r.parent}`) };
  },
};

const auditChain: IntegrityCheck = {
  id: 'auditChain',
  run: (ws) => {
    const result = verifyAuditChain(ws.db);
    return { ok: result.ok, checked: result.count, problems: result.problem ? [`${result.problem.kind}@${result.problem.seq}`] : [] };
  },
};

/** Every recorded charter signature verifies against the signer's key and the version's text. */
const signatures: IntegrityCheck = {
  id: 'signatures',
  run: (ws) => {
    const result = verifyAllSignatures(ws.db);
    // Ids and reasons only: the report may be copied into a support request, names stay out of it.
    return { ok: result.ok, checked: result.checked, problems: result.failures.slice(0, 20).map((f) => `${f.signatureId}: ${f.reason} (v${f.versionNumber}, ${f.method})`) };
  },
};

export const INTEGRITY_CHECKS: IntegrityCheck[] = [sqliteIntegrity, foreignKeys, auditChain, signatures];

/** Runs every check; a check that throws is reported as failed, never hides the others. */
export function runIntegrityChecks(ws: OpenWorkspace, checks: IntegrityCheck[] = INTEGRITY_CHECKS, now = new Date()): IntegrityReport {
  const results = checks.map((check) => {
    try {
      return { id: check.id, ...check.run(ws) };
    } catch (error) {
      const code = (error as { code?: string }).code ?? (error instanceof Error ? error.name : 'error');
      return { id: check.id, ok: false, problems: [`exception: ${code}`] };
    }
  });
  return { ok: results.every((r) => r.ok), at: now.toISOString(), checks: results };
}
