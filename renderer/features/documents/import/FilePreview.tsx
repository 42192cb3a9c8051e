import { countWords } from '../../../../shared/import/words.ts';
import type { ColumnMapping } from '../../../../shared/import/types.ts';
import { AttributesEditor } from '../../../components/AttributesEditor.tsx';
import { PerspectiveSelect } from '../../../components/PerspectiveSelect.tsx';
import { formatCount, useTranslation } from '../../../i18n/index.ts';
import { DetectionWarnings } from './DetectionWarnings.tsx';
import { SUGGESTED_ATTRIBUTES, type ImportFile, type ParseChoice } from './importModel.ts';
import { LabelPatternEditor } from './LabelPatternEditor.tsx';
import { SpeakerTable } from './SpeakerTable.tsx';
import { TurnReview } from './TurnReview.tsx';

type Props = {
  file: ImportFile;
  perspectives: string[];
  update: (change: Partial<ImportFile>) => void;
  reparse: (options: ParseChoice) => void;
};

/** The preview of one file: its name, perspective, attributes and detected speakers, before storing. */
export function FilePreview({ file, perspectives, update, reparse }: Props) {
  const { t, i18n } = useTranslation();
  if (file.status === 'failed') {
    return (
      <div className="file-preview">
        <h3>{file.fileName}</h3>
        <p className="form-error" role="alert">
          {t(file.error?.reason ?? 'error.unknown', { ...file.error?.params, file: file.fileName })}
        </p>
        <p className="muted">{t('import.failedHint')}</p>
      </div>
    );
  }
  if (!file.parsed) return <p className="file-preview">{t('import.parsing')}</p>;
  const parsed = file.parsed;
  const words = parsed.turns.reduce(
    (sum, turn) => sum + countWords(parsed.text.slice(turn.start, turn.end)),
    0,
  );
  return (
    <div className="file-preview">
      <div className="preview-head">
        <label className="grow">
          <span>{t('import.documentName')}</span>
          <input value={file.name} onChange={(e) => update({ name: e.target.value })} />
        </label>
        <PerspectiveSelect
          label={t('import.perspective')}
          value={file.perspective}
          extra={perspectives}
          onChange={(perspective) => update({ perspective })}
        />
      </div>
      <p className="muted">
        {t('import.summary', {
          format: parsed.format.toUpperCase(),
          speakers: formatCount('speakers', parsed.speakers.length, i18n.language),
          turns: formatCount('turns', parsed.turns.length, i18n.language),
          words: formatCount('words', words, i18n.language),
        })}
        {parsed.encoding ? ` · ${parsed.encoding}` : ''}
      </p>
      {file.duplicateOf && (
        <p className="warning" role="note">
          {t('import.duplicate', { name: file.duplicateOf })}
        </p>
      )}
      {parsed.columns && file.columnMapping && (
        <ColumnMappingEditor
          columns={parsed.columns}
          mapping={file.columnMapping}
          unsure={parsed.needsColumnMapping === true}
          onChange={(columnMapping) =>
            reparse({ withoutSpeakers: file.withoutSpeakers, columnMapping, labelPattern: file.labelPattern })
          }
        />
      )}
      <label className="inline">
        <input
          type="checkbox"
          checked={file.withoutSpeakers}
          onChange={(e) =>
            reparse({
              withoutSpeakers: e.target.checked,
              labelPattern: file.labelPattern,
              ...(file.columnMapping ? { columnMapping: file.columnMapping } : {}),
            })
          }
        />
        <span>{t('import.withoutSpeakers')}</span>
      </label>
      <DetectionWarnings warnings={file.warnings ?? []} />
      {!parsed.columns && !file.withoutSpeakers && (
        <LabelPatternEditor
          file={file}
          onApply={(labelPattern) => reparse({ withoutSpeakers: false, labelPattern })}
        />
      )}
      {parsed.speakers.length > 0 ? (
        <SpeakerTable parsed={parsed} edits={file.speakers} onChange={(speakers) => update({ speakers })} />
      ) : (
        <p className="muted">
          {parsed.turns.length > 0
            ? t('import.noSpeakerNames', { count: parsed.turns.length })
            : t('import.noSpeakers')}
        </p>
      )}
      {parsed.turns.length > 0 && (
        <TurnReview
          key={file.key}
          parsed={parsed}
          speakers={file.speakers}
          onChange={(next) => update({ parsed: next })}
        />
      )}
      <AttributesEditor
        attributes={file.attributes}
        suggestions={SUGGESTED_ATTRIBUTES}
        onChange={(attributes) => update({ attributes })}
      />
      {parsed.preambleEnd > 0 && (
        <details>
          <summary>{t('import.preamble')}</summary>
          <pre className="preamble">{parsed.text.slice(0, parsed.preambleEnd)}</pre>
        </details>
      )}
    </div>
  );
}

function ColumnMappingEditor(props: {
  columns: string[];
  mapping: ColumnMapping;
  unsure: boolean;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const { t } = useTranslation();
  const { columns, mapping, onChange } = props;
  const select = (field: 'text' | 'speaker' | 'time', optional: boolean) => (
    <label>
      <span>{t(`import.column.${field}`)}</span>
      <select
        value={mapping[field] ?? -1}
        onChange={(e) => {
          const value = Number(e.target.value);
          const next = { ...mapping };
          if (value < 0) delete next[field as 'speaker' | 'time'];
          else next[field] = value;
          onChange(next);
        }}
      >
        {optional && <option value={-1}>—</option>}
        {columns.map((c, i) => (
          <option key={i} value={i}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="column-mapping">
      <legend>{t('import.columns')}</legend>
      {props.unsure && <p className="warning">{t('import.columnsUnsure')}</p>}
      <div className="row">
        {select('text', false)}
        {select('speaker', true)}
        {select('time', true)}
      </div>
    </fieldset>
  );
}
