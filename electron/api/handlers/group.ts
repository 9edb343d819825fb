// Handlers of the group-folder channels: thin glue to the group link service.
import type { Channel } from '../../../contract/contract.js';
import { admitToGroup, changeGroupFolder, foundGroup, groupStatus, groupsInFolder, joinGroup, syncGroupNow } from '../../services/group/link.js';
import { groupCharter, publishCharterToGroup, signGroupCharter } from '../../services/group/charter.js';
import type { HandlersOf, UnlockedContext } from '../handlerContext.js';

type GroupChannel = Extract<Channel, `group.${string}`>;

const isCoordinator = (ctx: UnlockedContext) => ctx.account.roles.includes('coordinator');

export const groupHandlers: HandlersOf<GroupChannel> = {
  'group.status': (_input, ctx) => groupStatus(ctx.sodium, ctx.unlocked, isCoordinator(ctx)),
  'group.syncNow': (_input, ctx) => syncGroupNow(ctx.sodium, ctx.unlocked, isCoordinator(ctx)),
  'group.found': (input, ctx) => foundGroup(ctx.sodium, ctx.unlocked, ctx.router.workspaceDir, input.folder),
  'group.findInFolder': (input, ctx) => groupsInFolder(ctx.sodium, ctx.router.workspaceDir, input.folder),
  'group.join': (input, ctx) => joinGroup(ctx.sodium, ctx.unlocked, ctx.router.workspaceDir, input),
  'group.setFolder': (input, ctx) => changeGroupFolder(ctx.sodium, ctx.unlocked, ctx.router.workspaceDir, input.folder),
  'group.admit': (input, ctx) => admitToGroup(ctx.sodium, ctx.unlocked, input.memberId, input.roles),
  'group.charter': (_input, ctx) => ({ charter: groupCharter(ctx.sodium, ctx.unlocked) }),
  'group.publishCharter': (_input, ctx) => publishCharterToGroup(ctx.sodium, ctx.unlocked),
  'group.signCharter': (input, ctx) => signGroupCharter(ctx.sodium, ctx.unlocked, input),
};
