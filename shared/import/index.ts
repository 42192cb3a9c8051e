/** The import API used by the renderer and the CLI. */
export { parseTranscript, formatOfFile, MAX_FILE_BYTES } from './parse.ts';
export { decodeText, type TextEncodingName } from './decode.ts';
export { detectSpeakers } from './speakers.ts';
export { matchSpeakerLabel, isSpeakerLabel, parseTimestamp } from './labels.ts';
export { guessRole } from './build.ts';
export {
  toProjectRecords,
  sha256Hex,
  type SpeakerChoice,
  type RecordOptions,
  type ProjectRecords,
} from './records.ts';
export { summariseSpeakers, spokenWords, type SpeakerSummary } from './summary.ts';
export { countWords } from './words.ts';
export { importMessages } from './messages.ts';
export type { ParsedTranscript, ParsedSpeaker, ParsedTurn, ParseOptions, ColumnMapping } from './types.ts';
export { compileLabelPattern, countLabelMatches } from './pattern.ts';
export { patternLines } from './patternLines.ts';
