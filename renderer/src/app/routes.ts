// The sections of the app, in the navigation's order.
export const ROUTES = ['home', 'members', 'charter', 'sessions', 'situations', 'minutes', 'settings'] as const;
export type RouteId = (typeof ROUTES)[number];
