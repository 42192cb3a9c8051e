import { useMemo, useState } from 'react';
import { documentTurns, inSegment } from '../../../shared/dynamics/participation.ts';
import type { Code, ProjectData } from '../../../shared/model.ts';
import { addCoding, addCodings } from '../../db/codings.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { useReadOnly } from '../../sync/readOnly.ts';
import { ReadOnlyNote } from '../../components/ReadOnlyNote.tsx';
import { CoderPrompt } from './CoderPrompt.tsx';
import { INTERACTION } from './interactionCodes.ts';
import { snippet, speakerName } from './route.ts';
import { useCoder } from './useCoder.ts';
import type { GroupModel } from './useGroup.ts';

type Props = { data: ProjectData; group: GroupModel; themes: Code[]; toast: (text: string) => void };

/** Marks a participant's whole turn as agreement or disagreement, optionally on a theme (one undoable step). */
export function MarkTurn({ data, group, themes, toast }: Props) {
  const { t } = useTranslation();
  const session = useProject();
  const readOnly = useReadOnly();
  const coder = useCoder();
  const [turnId, setTurnId] = useState('');
  const [themeId, setThemeId] = useState(themes[0]?.id ?? '');
  const participants = new Map(group.participants.map((s) => [s.id, s]));
  const turns = useMemo(() => {
    const ids = new Set(group.participants.map((s) => s.id));
    return documentTurns(data, group.document.id).filter(
      (turn) => turn.speakerId !== null && ids.has(turn.speakerId) && inSegment(turn, group.question),
    );
  }, [data, group]);
  const turn = turns.find((x) => x.id === turnId);
  const codeName = (id: string) => data.codes.find((c) => c.id === id)?.name ?? '';

  const mark = (codeId: string) => {
    if (!turn) return;
    coder.withCoder((coderId) => {
      const base = { documentId: turn.documentId, start: turn.start, end: turn.end, coderId };
      const theme = themeId ? [{ ...base, codeId: themeId }] : [];
      const work =
        theme.length > 0
          ? addCodings(session, [{ ...base, codeId }, ...theme])
          : addCoding(session, { ...base, codeId });
      void work.then(() =>
        toast(
          t('dynamics.mark.done', {
            code: codeName(codeId),
            speaker: speakerName(participants.get(turn.speakerId ?? '')),
          }),
        ),
      );
    });
  };

  return (
    <section className="card mark-turn" aria-label={t('dynamics.mark.title')}>
      <h3>{t('dynamics.mark.title')}</h3>
      <p className="measure-explain">{t('dynamics.mark.body')}</p>
      <ReadOnlyNote reason={readOnly} />
      <fieldset className="plain" disabled={readOnly !== null} title={readOnly ?? undefined}>
        <div className="mark-controls">
          <label>
            <span>{t('dynamics.mark.turn')}</span>
            <select value={turnId} onChange={(e) => setTurnId(e.target.value)}>
              <option value="">{t('dynamics.mark.chooseTurn', { count: turns.length })}</option>
              {turns.map((x) => (
                <option key={x.id} value={x.id}>
                  {`${speakerName(participants.get(x.speakerId ?? ''))}: ${snippet(group.document.text.slice(x.start, x.end), 80)}`}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('dynamics.mark.theme')}</span>
            <select value={themeId} onChange={(e) => setThemeId(e.target.value)}>
              <option value="">{t('dynamics.mark.noTheme')}</option>
              {themes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <div className="mark-buttons">
            <button type="button" className="agree" disabled={!turn} onClick={() => mark(INTERACTION.agree)}>
              {t('dynamics.mark.agree')}
            </button>
            <button
              type="button"
              className="disagree"
              disabled={!turn}
              onClick={() => mark(INTERACTION.disagree)}
            >
              {t('dynamics.mark.disagree')}
            </button>
          </div>
        </div>
      </fieldset>
      {turn && (
        <blockquote className="turn-preview">
          {snippet(group.document.text.slice(turn.start, turn.end), 600)}
        </blockquote>
      )}
      {coder.asking && <CoderPrompt onSave={(name) => void coder.save(name)} onClose={coder.cancel} />}
    </section>
  );
}
