import { splitPoint } from '../../../../shared/coding/turnEdits.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { SpeakerChoiceDialog } from './SpeakerChoiceDialog.tsx';
import { SpeakerEditDialog } from './SpeakerEditDialog.tsx';
import { TurnMenu, type TurnMenuItem } from './TurnMenu.tsx';
import type { CodingData } from './useCodingData.ts';
import type { SpeakerQuestion, TurnCorrections as State } from './useTurnCorrections.ts';

const CONTEXT = 90;

/** The chip menu and the speaker dialog of the coding view. */
export function TurnCorrections({ data, state }: { data: CodingData; state: State }) {
  const { t } = useTranslation();
  const { menu, question } = state;
  const perspectives = [
    ...new Set(
      [data.document.attributes.perspective, ...data.speakers.map((s) => s.attributes.perspective)].filter(
        (p): p is string => Boolean(p),
      ),
    ),
  ];
  const chosen = state.chosenNow;
  return (
    <>
      {chosen.length > 0 && (
        <div className="chosen-bar" role="status">
          <span>{t('turns.selected', { count: chosen.length })}</span>
          <button
            type="button"
            disabled={state.readOnly !== null}
            title={state.readOnly ?? undefined}
            onClick={() => state.setQuestion({ kind: 'turns', turnIds: chosen })}
          >
            {t('turns.changeSelected', { count: chosen.length })}
          </button>
          <button type="button" className="link" onClick={state.clear}>
            {t('turns.clearSelection')}
          </button>
        </div>
      )}
      {menu && <ChipMenu data={data} state={state} index={menu.index} x={menu.x} y={menu.y} />}
      {question?.kind === 'edit' && (
        <SpeakerEditDialog
          speaker={question.speaker}
          perspectives={perspectives}
          onSave={state.editSpeaker}
          onClose={() => state.setQuestion(null)}
        />
      )}
      {question && question.kind !== 'edit' && (
        <SpeakerChoiceDialog
          key={question.kind}
          {...dialogText(question, t)}
          speakers={data.speakers}
          initial={initialChoice(question, data)}
          {...(question.kind === 'speaker' ? { exclude: question.speaker.id } : {})}
          perspectives={perspectives}
          onConfirm={(target, name) => state.answer(question, target, name)}
          onClose={() => state.setQuestion(null)}
        >
          <QuestionBody question={question} data={data} />
        </SpeakerChoiceDialog>
      )}
    </>
  );
}

function ChipMenu(props: { data: CodingData; state: State; index: number; x: number; y: number }) {
  const { t } = useTranslation();
  const { data, state, index } = props;
  const row = data.rows[index];
  if (!row?.turn) return null;
  const turn = row.turn;
  const speaker = row.speaker;
  const caret = state.caret;
  const splitsHere =
    caret !== null &&
    caret >= row.start &&
    caret <= row.end &&
    splitPoint(data.document.text, row.start, row.end, caret);
  const first = data.rows.findIndex((r) => r.turn) === index;
  const selected = state.chosenNow;
  const ofSpeaker = speaker ? data.rows.filter((r) => r.turn?.speakerId === speaker.id).length : 0;
  const items: TurnMenuItem[] = [
    {
      key: 'split',
      label: t('turns.split'),
      shortcut: 'Ctrl+Enter',
      onSelect: () => state.askSplit(index),
      disabled: !splitsHere && t('turns.splitHint'),
    },
    {
      key: 'one',
      label: t('turns.changeOne'),
      onSelect: () => state.setQuestion({ kind: 'turns', turnIds: [turn.id] }),
    },
  ];
  if (selected.length > 1 || (selected.length === 1 && selected[0] !== turn.id)) {
    items.push({
      key: 'selected',
      label: t('turns.changeSelected', { count: selected.length }),
      onSelect: () => state.setQuestion({ kind: 'turns', turnIds: selected }),
    });
  }
  if (speaker) {
    items.push({
      key: 'edit',
      label: t('turns.edit', { name: speaker.name }),
      onSelect: () => state.setQuestion({ kind: 'edit', speaker }),
    });
    items.push({
      key: 'all',
      label: t('turns.changeAll', { count: ofSpeaker, name: speaker.name }),
      onSelect: () => state.setQuestion({ kind: 'speaker', speaker, count: ofSpeaker }),
    });
  }
  items.push({
    key: 'merge',
    label: t('turns.mergePrevious'),
    onSelect: () => state.merge(turn.id),
    disabled: first && t('turns.noPrevious'),
  });
  return (
    <TurnMenu
      x={props.x}
      y={props.y}
      items={state.readOnly ? items.map((item) => ({ ...item, disabled: state.readOnly! })) : items}
      hint={t('turns.selectHint')}
      onClose={state.closeMenu}
    />
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function dialogText(question: Exclude<SpeakerQuestion, { kind: 'edit' }>, t: T) {
  if (question.kind === 'split')
    return {
      title: t('turns.splitTitle'),
      question: t('turns.splitWho'),
      confirmLabel: t('turns.splitConfirm'),
    };
  if (question.kind === 'turns')
    return { title: t('turns.changeTitle'), question: t('turns.who'), confirmLabel: t('turns.assign') };
  return {
    title: t('turns.allTitle', { name: question.speaker.name }),
    question: t('turns.who'),
    confirmLabel: t('turns.assign'),
  };
}

/** A split starts with a new speaker (a missed person); a change with the first other speaker. */
function initialChoice(
  question: Exclude<SpeakerQuestion, { kind: 'edit' }>,
  data: CodingData,
): string | null {
  if (question.kind === 'split') return null;
  const current =
    question.kind === 'speaker'
      ? question.speaker.id
      : data.rows.find((r) => r.turn?.id === question.turnIds[0])?.turn?.speakerId;
  return data.speakers.find((s) => s.id !== current)?.id ?? null;
}

function QuestionBody({
  question,
  data,
}: {
  question: Exclude<SpeakerQuestion, { kind: 'edit' }>;
  data: CodingData;
}) {
  const { t } = useTranslation();
  const text = data.document.text;
  if (question.kind === 'turns') return <p>{t('turns.changeBody', { count: question.turnIds.length })}</p>;
  if (question.kind === 'speaker')
    return <p>{t('turns.allBody', { count: question.count, name: question.speaker.name })}</p>;
  const { turn, offset } = question;
  const point = splitPoint(text, turn.start, turn.end, offset);
  if (!point) return null;
  const name = data.speakers.find((s) => s.id === turn.speakerId)?.name ?? t('turns.noSpeakerChip');
  const before = text.slice(Math.max(turn.start, point.firstEnd - CONTEXT), point.firstEnd);
  const after = text.slice(point.secondStart, Math.min(turn.end, point.secondStart + CONTEXT));
  return (
    <div className="split-preview">
      <p>
        <span className="muted">{t('turns.splitFirst', { name })}</span>{' '}
        <q>
          {point.firstEnd - CONTEXT > turn.start ? '…' : ''}
          {before}
        </q>
      </p>
      <p>
        <span className="muted">{t('turns.splitSecond')}</span>{' '}
        <q>
          {after}
          {point.secondStart + CONTEXT < turn.end ? '…' : ''}
        </q>
      </p>
    </div>
  );
}
