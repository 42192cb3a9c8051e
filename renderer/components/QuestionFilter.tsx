import { useMemo } from 'react';
import { questionLabels, restrictToQuestion } from '../../shared/dynamics/questionFilter.ts';
import type { ProjectData } from '../../shared/model.ts';
import { useAllQuestions } from '../db/questions.ts';
import type { ProjectDb } from '../db/schema.ts';
import { useTranslation } from '../i18n/index.ts';

/** The project as a view filtered to one question of the questioning route ('' = all questions). */
export function useQuestionFilter(db: ProjectDb, data: ProjectData | undefined, label: string) {
  const questions = useAllQuestions(db);
  const labels = useMemo(() => questionLabels(questions ?? []), [questions]);
  const filtered = useMemo(
    () => (data && label && questions ? restrictToQuestion(data, questions, label) : data),
    [data, label, questions],
  );
  return { labels, data: filtered };
}

/** Chooses a question of the route to filter a view by; hidden while no route has been confirmed. */
export function QuestionFilter({
  labels,
  value,
  onChange,
}: {
  labels: string[];
  value: string;
  onChange: (label: string) => void;
}) {
  const { t } = useTranslation();
  if (labels.length === 0) return null;
  return (
    <label className="question-filter">
      <span>{t('question.filter')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('question.all')}</option>
        {labels.map((label) => (
          <option key={label} value={label}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
