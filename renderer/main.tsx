import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { initI18n } from './i18n/index.ts';
import './platform/pdfWorker.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/compare.css';
import './styles/codebook.css';
import './styles/export.css';
import './styles/documents.css';
import './styles/coding.css';
import './styles/recordings.css';
import './styles/rigour.css';
import './styles/dynamics.css';
import './styles/synthesis.css';
import './styles/team.css';

await initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
