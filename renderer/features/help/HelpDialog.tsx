import { Dialog } from '../../components/Dialog.tsx';
import { useTranslation } from '../../i18n/index.ts';

// Every keyboard shortcut of the app, as [keys (or the message key of keys with a name), message key of what it does].
const SHORTCUTS: [string, string][] = [
  ['Ctrl+Z', 'help.undo'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'help.redo'],
  ['↑ ↓', 'help.turns'],
  ['help.key.selectTurn', 'help.selectTurn'],
  ['1 … 9', 'help.pinned'],
  ['Ctrl+K', 'help.picker'],
  ['Ctrl+I', 'help.inVivo'],
  ['Ctrl+F', 'help.find'],
  ['Ctrl+Enter', 'help.splitTurn'],
  ['Shift+↑ ↓', 'help.selectTurns'],
  ['Delete', 'help.removeCoding'],
  ['Esc', 'help.escape'],
  ['Alt+↑ ↓ ← →', 'help.moveCode'],
  ['F1', 'help.open'],
];

// The player's keys in a document with a recording; F4 as in f4transkript (F1 stays Help, F5 stays reload).
const PLAYER_SHORTCUTS: [string, string][] = [
  ['F4', 'help.playPause'],
  ['F2', 'help.playFrom'],
  ['F3', 'help.back'],
  ['F7 / F9', 'help.speed'],
  ['F8', 'help.loop'],
  ['Ctrl+Shift+Enter', 'help.sync'],
];

// The keys of the transcription mode: f4transkript's F4 and F8, a key per speaker.
const TRANSCRIBE_SHORTCUTS: [string, string][] = [
  ['F4', 'help.transcribeToggle'],
  ['F3', 'help.back'],
  ['F8', 'help.insertTime'],
  ['F7 / F9', 'help.transcribeSpeed'],
  ['Ctrl+1 … 9 / Alt+Shift+1 … 9', 'help.newTurn'],
  ['Backspace', 'help.removeTurn'],
];

/** The Help screen: how Koor is organised and every shortcut. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog wide title={t('help.title')} onClose={onClose}>
      <p>{t('help.intro')}</p>
      <table className="shortcuts">
        <thead>
          <tr>
            <th>{t('help.keys')}</th>
            <th>{t('help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={action}>
              <td>
                <kbd>{keys.startsWith('help.') ? t(keys) : keys}</kbd>
              </td>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('help.recording')}</h3>
      <table className="shortcuts">
        <tbody>
          {PLAYER_SHORTCUTS.map(([keys, action]) => (
            <tr key={action}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('help.transcribe')}</h3>
      <table className="shortcuts">
        <tbody>
          {TRANSCRIBE_SHORTCUTS.map(([keys, action]) => (
            <tr key={action}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('app.privacy')}</p>
    </Dialog>
  );
}
