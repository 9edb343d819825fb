// Demo sessions: two working years of third-Tuesday sessions (13:30–16:00, school holidays left
// out); every past session with invitations and attendance, the next one with an agenda.
import type { Router } from '../electron/api/router.js';
import type { Result } from '../contract/types/app.js';

const PLACES = ['Maison de l’enfance, Wavre', 'CPAS de Wavre, salle du conseil', 'SSM L’Équinoxe, Ottignies'];

function ok<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** A small deterministic generator, so that every demo has the same figures. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Adds the sessions; answers how many, and the next session (with an agenda), if any. */
export async function addDemoSessions(router: Router, today: string): Promise<{ count: number; nextSessionId: string | null }> {
  const random = seeded(42);
  const years = [
    { from: '2025-09-01', until: '2026-06-30', skip: ['2025-12-16', '2026-02-17'] },
    { from: '2026-09-01', until: '2027-06-30', skip: ['2026-12-15', '2027-02-16'] },
  ];
  let count = 0;
  let nextSessionId: string | null = null;
  for (const [index, year] of years.entries()) {
    const created = ok<{ sessions: Array<{ id: string; date: string }> }>(
      await router.handle('sessions.createSeries', {
        title: 'Séance de concertation',
        place: PLACES[index]!,
        startTime: '13:30',
        endTime: '16:00',
        from: year.from,
        until: year.until,
        pattern: { kind: 'monthly', nth: 3, weekday: 'TU' },
        skipDates: year.skip,
      }),
      'sessions.createSeries',
    );
    count += created.sessions.length;
    for (const session of created.sessions) {
      if (session.date > today) continue;
      const detail = ok<{ participants: Array<{ memberId: string }> }>(await router.handle('sessions.invite', { sessionId: session.id, mode: 'all' }), 'sessions.invite');
      for (const p of detail.participants) {
        const draw = random();
        const status = draw < 0.72 ? 'present' : draw < 0.9 ? 'excused' : 'absent';
        ok(await router.handle('attendance.set', { sessionId: session.id, memberId: p.memberId, status }), 'attendance.set');
      }
    }
    const next = created.sessions.find((s) => s.date > today);
    if (next && index === years.length - 1) {
      await prepareNext(router, next.id);
      nextSessionId = next.id;
    }
  }
  return { count, nextSessionId };
}

async function prepareNext(router: Router, sessionId: string): Promise<void> {
  ok(await router.handle('sessions.invite', { sessionId, mode: 'all' }), 'sessions.invite');
  const items = [
    { title: 'Tour de table et nouvelles des services', durationMinutes: 20, sectors: [] },
    { title: 'Suivi des pistes de la séance précédente', durationMinutes: 30, sectors: ['disability'] },
  ];
  for (const item of items) {
    // The next session may be less than 48 hours away: then the demo adds it as an override.
    const added = await router.handle('agenda.add', { sessionId, ...item });
    if (!added.ok && added.error.code === 'AGENDA_CLOSED') ok(await router.handle('agenda.add', { sessionId, ...item, overrideReason: 'Données de démonstration' }), 'agenda.add');
    else ok(added, 'agenda.add');
  }
}
