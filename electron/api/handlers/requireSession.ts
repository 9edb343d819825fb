// The unlocked session a handler works in; the router has already checked the channel's access rule.
import { AppError } from '../../../contract/errors.js';
import type { Session } from '../../services/workspace.js';
import type { HandlerContext } from './index.js';

export function requireSession(ctx: HandlerContext): Session {
  const session = ctx.getSession();
  if (!session) throw new AppError('UNAUTHENTICATED');
  return session;
}
