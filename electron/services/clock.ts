// Dates as the app stores them: instants in ISO UTC, calendar days as YYYY-MM-DD in Europe/Brussels.
/** Where "now" comes from: the system's clock, or a test's, given to the router (RouterOptions.clock). */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export const nowIso = (now: Date = new Date()): string => now.toISOString();

const brusselsDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

export const todayInBrussels = (now: Date = new Date()): string => brusselsDay.format(now);
