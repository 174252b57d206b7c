import { z } from 'zod';
import type { CreatedInvite, OperatorCommunity } from '../models';
import { action, communityId, shortText, signedIn } from './define';

/**
 * The platform operator (街道 or 区社治委): an openid named in the deployment's LINLI_OPERATORS,
 * never anything a request says. The router only asks for an identity; the domain checks the list.
 */
export const operator = {
  communities: action<OperatorCommunity[]>()({ input: z.object({}).strict(), access: signedIn }),
  createCommunity: action<OperatorCommunity>()({
    input: z
      .object({
        /** A short Latin id (e.g. guanghua); generated when absent. */
        newId: z
          .string()
          .regex(/^[a-z][a-z0-9-]{2,31}$/, 'id')
          .optional(),
        name: shortText(30),
        district: shortText(30),
        street: shortText(30),
      })
      .strict(),
    access: signedIn,
    mutating: true,
  }),
  inviteAdmin: action<CreatedInvite>()({
    input: z.object({ communityId }).strict(),
    access: signedIn,
    mutating: true,
  }),
};
