import type { MessageParams } from '../../../../shared/model.ts';
import { formatClock } from '../../../../shared/recordings/timeline.ts';
import { formatNumber } from '../../../i18n/index.ts';

/** Bytes as MB or GB in the user's language ("123,4 MB"). */
export function formatBytes(bytes: number, lang: string): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1024 ? `${formatNumber(mb / 1024, lang, 1)} GB` : `${formatNumber(mb, lang, 1)} MB`;
}

/** A recording message's params ready to show: byte counts as MB/GB, seconds as h:mm:ss. */
export function displayParams(params: MessageParams | undefined, lang: string): MessageParams {
  const shown: MessageParams = { ...params };
  for (const key of ['size', 'free'] as const) {
    const value = params?.[key];
    if (typeof value === 'number') shown[key] = formatBytes(value, lang);
  }
  for (const key of ['duration', 'latest'] as const) {
    const value = params?.[key];
    if (typeof value === 'number') shown[key] = formatClock(value);
  }
  return shown;
}
