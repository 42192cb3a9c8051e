import type { Catalogue } from '../../../shared/messages.ts';

/** Messages of the export screen: codebook and segment exports, project exchange and backups. */
export const exportMessages: Catalogue = {
  nl: {},
  en: {},
};
