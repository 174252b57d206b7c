import { z } from 'zod';
import { FILE_PURPOSES } from '../enums';
import type { UploadedFile } from '../models';
import { action, communityId, member } from './define';

/**
 * Uploads. Locally and in H5 the app posts the bytes to `POST /files?communityId=&purpose=` on the
 * functions' HTTP host; in WeChat it uploads to cloud storage under `uploads/<communityId>/…` and
 * registers the cloud fileID here. Either way the server checks the content before the file exists.
 */
export const files = {
  register: action<UploadedFile>()({
    input: z
      .object({
        communityId,
        purpose: z.enum(FILE_PURPOSES),
        cloudFileId: z
          .string()
          .max(512)
          .regex(/^cloud:\/\/[A-Za-z0-9._-]+\/uploads\/[A-Za-z0-9_-]+\/[A-Za-z0-9._-]+$/, 'cloudFileId'),
        /** From the recorder; trusted only when the length cannot be read from the bytes. */
        durationMs: z.number().int().min(0).max(600_000).optional(),
      })
      .strict(),
    access: member,
    mutating: true,
  }),
};
