// Inputs of the group-folder channels (issue 17): choosing the shared folder, founding or joining
// the group through it, admitting a member's computer.
import { z } from 'zod';
import { ROLES } from './common.js';

/** A local folder path, as the person types or picks it; existence and writability are checked by the service. */
export const folderPath = z.string().trim().min(1, 'validation.required').max(1000);

export const groupFolderInput = z.object({ folder: folderPath }).strict();

export const joinGroupInput = z
  .object({
    folder: folderPath,
    groupId: z.string().regex(/^[0-9A-Za-z-]{8,64}$/),
    /** The founding coordinator's key id, whose fingerprint the member compared aloud with the coordinator. */
    founderKeyId: z.string().regex(/^[0-9a-f]{32}$/),
  })
  .strict();

export const admitToGroupInput = z
  .object({
    memberId: z.string().min(1).max(64),
    roles: z.array(z.enum(ROLES)).min(1).max(3).default(['member']),
  })
  .strict();
