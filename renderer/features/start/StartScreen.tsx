import { useState, type FormEvent } from 'react';
import { normaliserenTemplate } from '../../../shared/codebook/template.ts';
import { addCodes } from '../../db/codes.ts';
import { Toasts, useToasts } from '../../components/Toasts.tsx';
import { createProject, openProject, useProjects } from '../../db/projects.ts';
import { useTranslation } from '../../i18n/index.ts';
import { navigate } from '../../router.ts';
import { ProjectImportDialogs } from '../export/ProjectImportDialogs.tsx';
import { useProjectImport } from '../export/useProjectImport.ts';
import { LanguageSwitch } from '../settings/LanguageSwitch.tsx';
import { createExampleProject } from './exampleProject.ts';
import { ProjectRow } from './ProjectRow.tsx';

/** The first screen: what Koor is, a new project, and the list of projects. */
export function StartScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const projects = useProjects();
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<'normaliseren' | 'empty'>('normaliseren');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const toasts = useToasts();
  // A project file from a colleague or another program opens as a new project, with no empty project made first.
  const importer = useProjectImport(toasts.push, setError);

  const openExample = async () => {
    setBusy(true);
    try {
      const id = await createExampleProject(lang);
      navigate({ screen: 'project', projectId: id, section: 'documents' });
    } catch (e) {
      setError(t('start.exampleFailed', { detail: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('start.nameRequired'));
      return;
    }
    const id = await createProject(name);
    if (template === 'normaliseren') await addCodes(openProject(id), normaliserenTemplate(lang));
    setName('');
    navigate({ screen: 'project', projectId: id, section: 'documents' });
  };

  return (
    <div className="start">
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            K
          </span>
          <span>{t('app.name')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main className="start-main">
        <section className="start-intro">
          <h1>{t('app.tagline')}</h1>
          <p>{t('start.intro')}</p>
          <p className="privacy">{t('app.privacy')}</p>
        </section>
        <section className="card" aria-labelledby="new-project">
          <h2 id="new-project">{t('start.new')}</h2>
          <form className="new-project" onSubmit={(e) => void submit(e)}>
            <label>
              <span>{t('start.newName')}</span>
              <input
                value={name}
                placeholder={t('start.newPlaceholder')}
                onChange={(e) => {
                  setName(e.target.value);
                  setError('');
                }}
                aria-invalid={error ? true : undefined}
              />
            </label>
            <label>
              <span>{t('start.codebook')}</span>
              <select
                value={template}
                onChange={(e) => setTemplate(e.target.value === 'empty' ? 'empty' : 'normaliseren')}
              >
                <option value="normaliseren">{t('start.template.normaliseren')}</option>
                <option value="empty">{t('start.template.empty')}</option>
              </select>
            </label>
            <button type="submit" className="primary">
              {t('start.create')}
            </button>
          </form>
          <div className="start-actions">
            <button type="button" onClick={() => void openExample()} disabled={busy}>
              {busy ? t('app.loading') : t('start.example')}
            </button>
            <span className="muted">{t('start.exampleHint')}</span>
          </div>
          <div className="start-actions">
            <button type="button" onClick={() => void importer.choose()} disabled={importer.reading !== null}>
              {t('start.openFile')}
            </button>
            <span className="muted">{t('start.openFileHint')}</span>
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </section>
        <section className="card" aria-labelledby="projects-title">
          <h2 id="projects-title">{t('start.title')}</h2>
          {projects === undefined ? (
            <p>{t('app.loading')}</p>
          ) : projects.length === 0 ? (
            <p className="muted">{t('start.empty')}</p>
          ) : (
            <ul className="project-list">
              {projects.map((p) => (
                <ProjectRow key={p.id} project={p} />
              ))}
            </ul>
          )}
        </section>
      </main>
      <ProjectImportDialogs importer={importer} />
      <Toasts toasts={toasts.items} />
    </div>
  );
}
