import { useMemo, useState } from 'react';
import type { ProjectData } from '../../../shared/model.ts';
import {
  applyPseudonymisation,
  planPseudonymisation,
  planQuoteDisplays,
  planSummaryTexts,
  pseudonymKeyToCsv,
  type PseudonymEntry,
  type PseudonymisationPlan,
} from '../../../shared/rigour/pseudonymise.ts';
import { applyPseudonyms } from '../../db/rigour.ts';
import { useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { useReadOnly } from '../../sync/readOnly.ts';
import { useStatFormat } from './format.ts';
import { PseudonymPreview } from './PseudonymPreview.tsx';
import { PseudonymTable } from './PseudonymTable.tsx';

type Props = {
  data: ProjectData;
  rows: PseudonymEntry[];
  onRowsChange: (rows: PseudonymEntry[]) => void;
  toast: (text: string) => void;
};

/** A preview of a key's replacements, made against one state of the project. */
type Preview = { data: ProjectData; key: string; plan: PseudonymisationPlan; excluded: Set<number> };

/** Build a key of real names → pseudonyms, preview every replacement, apply it, export the key apart. */
export function PseudonymTab({ data, rows, onRowsChange, toast }: Props) {
  const { t } = useTranslation();
  const session = useProject();
  const readOnly = useReadOnly();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const { count } = useStatFormat();
  const complete = rows.filter((r) => r.real.trim() !== '' && r.pseudonym.trim() !== '');
  const key = JSON.stringify(complete);
  const stale = preview !== null && (preview.key !== key || preview.data !== data);
  const speakerNames = useMemo(
    () =>
      [...new Set(data.speakers.filter((s) => s.role !== 'moderator').map((s) => s.name.trim()))].filter(
        Boolean,
      ),
    [data.speakers],
  );
  const applicable =
    preview && !stale
      ? preview.plan.replacements.length - preview.excluded.size + preview.plan.speakers.length
      : 0;

  const showPreview = () =>
    setPreview({ data, key, plan: planPseudonymisation(data, complete), excluded: new Set() });
  const toggle = (index: number, include: boolean) =>
    setPreview((p) => {
      if (!p) return p;
      const excluded = new Set(p.excluded);
      if (include) excluded.delete(index);
      else excluded.add(index);
      return { ...p, excluded };
    });
  const apply = async () => {
    if (!preview || stale) return;
    setBusy(true);
    try {
      // The summary grid's content is read now: citations move with the text, quotes get the pseudonym.
      const [summaries, keyQuotes] = await Promise.all([
        session.db.summaries.toArray(),
        session.db.keyQuotes.toArray(),
      ]);
      const before = { ...preview.data, summaries, keyQuotes };
      const plan = {
        replacements: preview.plan.replacements.filter((_, i) => !preview.excluded.has(i)),
        speakers: preview.plan.speakers,
        displays: planQuoteDisplays(keyQuotes, complete),
        // Names the researcher typed in the summary grid go too, so the report names nobody.
        summaryTexts: planSummaryTexts(summaries, complete),
      };
      await applyPseudonyms(session, before, applyPseudonymisation(before, plan));
      const total = plan.replacements.length + plan.speakers.length;
      toast(t('rigour.pseudo.applied', { count: total, n: count(total) }));
      setPreview(null);
    } catch (error) {
      toast(t('rigour.pseudo.failed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  const exportKey = async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${pseudonymKeyToCsv(complete)}`);
    const saved = await platform.saveFile({
      suggestedName: t('rigour.pseudo.keyFile'),
      bytes,
      mime: 'text/csv',
    });
    if (saved) toast(t('rigour.pseudo.exported'));
  };

  return (
    <section className="card rigour-card" aria-labelledby="rigour-pseudo-title">
      <h3 id="rigour-pseudo-title">{t('rigour.pseudo.title')}</h3>
      <p className="muted">{t('rigour.pseudo.intro')}</p>
      <p className="rigour-note" role="note">
        {t('rigour.pseudo.notStored')}
      </p>
      <PseudonymTable rows={rows} onChange={onRowsChange} speakerNames={speakerNames} />
      <div className="button-row">
        <button type="button" disabled={complete.length === 0} onClick={showPreview}>
          {t('rigour.pseudo.preview')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || applicable === 0 || readOnly !== null}
          title={readOnly ?? undefined}
          onClick={() => void apply()}
        >
          {t('rigour.pseudo.apply', { count: count(applicable) })}
        </button>
        <button type="button" disabled={complete.length === 0} onClick={() => void exportKey()}>
          {t('rigour.pseudo.exportKey')}
        </button>
      </div>
      {complete.length === 0 && <p className="muted">{t('rigour.pseudo.needRows')}</p>}
      {stale && <p role="alert">{t('rigour.pseudo.stale')}</p>}
      {preview && !stale && (
        <PseudonymPreview
          data={preview.data}
          plan={preview.plan}
          excluded={preview.excluded}
          onToggle={toggle}
        />
      )}
    </section>
  );
}
