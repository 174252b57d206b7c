import { useState } from 'react';
import { messageOf } from '@/lib/cloud-error';
import { pickAndUpload, type Uploaded } from '../services/photos';

/** Photos attached to one step (progress, an ending): picked, uploaded, removable; at most `max`. */
export function usePhotos(communityId: string, max = 6) {
  const [photos, setPhotos] = useState<Uploaded[]>([]);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (uploading || photos.length >= max) return;
    setUploading(true);
    setError(null);
    try {
      const more = await pickAndUpload({ communityId, purpose: 'appeal_photo', count: max - photos.length });
      setPhotos((p) => [...p, ...more].slice(0, max));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setUploading(false);
    }
  };
  return {
    photos,
    ids: photos.map((p) => p.fileId),
    uploading,
    error,
    add: () => void add(),
    remove: (i: number) => setPhotos((p) => p.filter((_, j) => j !== i)),
    clear: () => setPhotos([]),
  };
}
