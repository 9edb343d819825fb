// Handlers of the roster: thin glue from validated input to the member services.
import type { Channel } from '../../../contract/contract.js';
import { createMember, deactivateMember, findLikelyDuplicates, getMember, listMembers, reactivateMember, updateMember } from '../../services/members.js';
import { commitRosterImport, exportRosterCsv, previewRosterImport, rosterImportTemplate } from '../../services/rosterCsv.js';
import { getWorkspaceSettings } from '../../services/settings.js';
import { irreversible } from '../../services/safety/irreversibleRecord.js';
import type { HandlersOf } from '../handlerContext.js';

type MemberChannel = Extract<Channel, `members.${string}`>;

export const memberHandlers: HandlersOf<MemberChannel> = {
  'members.list': (_input, ctx) => listMembers(ctx.unlocked.ws),
  'members.get': (input, ctx) => getMember(ctx.unlocked.ws, input.id),
  'members.create': (input, ctx) => {
    const { namesakeNote, ...data } = input;
    return createMember(ctx.unlocked.ws, ctx.unlocked.accountId, data, namesakeNote);
  },
  'members.findDuplicates': (input, ctx) => findLikelyDuplicates(ctx.unlocked.ws, input),
  'members.update': (input, ctx) => {
    const { id, ...data } = input;
    return updateMember(ctx.unlocked.ws, ctx.unlocked.accountId, id, data);
  },
  'members.deactivate': (input, ctx) => {
    const member = deactivateMember(ctx.unlocked.ws, ctx.unlocked.accountId, input.id, input.until, input.reason);
    irreversible(ctx.unlocked, { kind: 'member.deactivate', id: input.id, at: new Date().toISOString(), until: input.until });
    return member;
  },
  'members.reactivate': (input, ctx) => {
    const member = reactivateMember(ctx.unlocked.ws, ctx.unlocked.accountId, input.id);
    irreversible(ctx.unlocked, { kind: 'member.reactivate', id: input.id, at: new Date().toISOString() });
    return member;
  },
  'members.exportCsv': (_input, ctx) => exportRosterCsv(ctx.unlocked.ws, getWorkspaceSettings(ctx.unlocked.ws).groupName),
  'members.importTemplate': () => rosterImportTemplate(),
  'members.importPreview': (input, ctx) => previewRosterImport(ctx.unlocked.ws, Buffer.from(input.contentBase64, 'base64'), input.mapping),
  'members.importCommit': (input, ctx) =>
    commitRosterImport(ctx.unlocked.ws, ctx.unlocked.accountId, Buffer.from(input.contentBase64, 'base64'), input.mapping, input.acceptValidRows),
};
