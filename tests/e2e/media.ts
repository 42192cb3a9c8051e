import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One cue of a generated conversation: who speaks, from which second, what. */
export type Cue = { speaker: string; at: number; text: string };

/** A short Dutch conversation with a turn every 5 seconds. */
export const CUES: Cue[] = [
  { speaker: 'Anna', at: 0, text: 'Welkom allemaal bij dit gesprek over wat normaal is.' },
  { speaker: 'Bram', at: 5, text: 'Voor mij is normaal dat je gewoon naar school gaat.' },
  { speaker: 'Anna', at: 10, text: 'Wat vinden de anderen daarvan?' },
  { speaker: 'Carla', at: 15, text: 'Ik denk dat normaal voor iedereen anders is.' },
  { speaker: 'Bram', at: 20, text: 'Dat klopt, en daar moeten we naar luisteren.' },
];
const SLOT = 5;

function vttTime(seconds: number): string {
  return `00:00:${String(seconds).padStart(2, '0')}.000`;
}

/**
 * Writes `<name>.vtt` and `<name>.<ext>` into a new temp dir: the transcript with a cue per turn, and a
 * recording where each turn is spoken by espeak-ng at its time (sox pads the slots, ffmpeg encodes).
 */
export function makeConversation(
  name: string,
  extension: 'mp3' | 'wav' | 'webm' = 'mp3',
): {
  dir: string;
  transcript: string;
  recording: string;
} {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koor-media-'));
  const vtt = ['WEBVTT', ''];
  const slots: string[] = [];
  CUES.forEach((cue, i) => {
    vtt.push(`${vttTime(cue.at)} --> ${vttTime(cue.at + SLOT - 1)}`, `<v ${cue.speaker}>${cue.text}`, '');
    const spoken = path.join(dir, `spoken${i}.wav`);
    execFileSync('espeak-ng', ['-v', 'nl', '-s', '190', '-w', spoken, cue.text]);
    const slot = path.join(dir, `slot${i}.wav`);
    // Exactly SLOT seconds, mono 22.05 kHz: the speech, then silence.
    execFileSync('sox', [
      '-V1',
      spoken,
      '-r',
      '22050',
      '-c',
      '1',
      slot,
      'pad',
      '0',
      String(SLOT),
      'trim',
      '0',
      String(SLOT),
    ]);
    slots.push(slot);
  });
  const wav = path.join(dir, 'all.wav');
  execFileSync('sox', [...slots, wav]);
  const transcript = path.join(dir, `${name}.vtt`);
  writeFileSync(transcript, vtt.join('\n'));
  const recording = path.join(dir, `${name}.${extension}`);
  if (extension === 'wav') execFileSync('sox', [wav, recording]);
  else {
    const codec =
      extension === 'mp3'
        ? ['-codec:a', 'libmp3lame', '-b:a', '48k']
        : ['-codec:a', 'libopus', '-b:a', '32k'];
    execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', wav, ...codec, recording]);
  }
  return { dir, transcript, recording };
}

/** A tiny Windows Media Audio file, a format Chromium does not play. */
export function makeWma(dir: string, name: string): string {
  const file = path.join(dir, `${name}.wma`);
  execFileSync('ffmpeg', [
    '-y',
    '-loglevel',
    'error',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:duration=1',
    '-codec:a',
    'wmav2',
    file,
  ]);
  return file;
}
