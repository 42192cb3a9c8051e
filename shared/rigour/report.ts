import { codingsOverlapping } from '../coding/codings.ts';
import type { Coding, Id, ProjectData } from '../model.ts';
import { agreementStatistics, type AgreementStatistics, type RatingValue } from './agreement.ts';
import { agreementUnits, groupCodings, type AgreementOptions, type AgreementUnitKind } from './units.ts';

/** A unit on which the coders differ, with their codings of the code there, for the disagreement view. */
export type Disagreement = {
  codeId: Id;
  documentId: Id;
  start: number;
  end: number;
  turnId?: Id;
  /** Per coder, in the order asked for: "1", "0" or null. */
  values: RatingValue[];
  codings: Coding[];
};

export type CodeAgreement = AgreementStatistics & { codeId: Id };

export type AgreementReport = {
  coderIds: Id[];
  unit: AgreementUnitKind;
  perCode: CodeAgreement[];
  /** All codes pooled: every (unit, code) pair counts as one present/absent judgement. */
  overall: AgreementStatistics;
  disagreements: Disagreement[];
};

/** Agreement between coders per code and overall, with the list of units where they differ. */
export function agreementReport(
  project: ProjectData,
  coderIds: readonly Id[],
  options: AgreementOptions = {},
): AgreementReport {
  const units = agreementUnits(project, coderIds, options);
  const statsOptions = { coders: coderIds.length, categories: 2 };
  const byCode = new Map<Id, typeof units>();
  for (const unit of units) {
    const list = byCode.get(unit.codeId) ?? [];
    list.push(unit);
    byCode.set(unit.codeId, list);
  }
  const perCode = [...byCode.entries()].map(([codeId, list]) => ({
    codeId,
    ...agreementStatistics(list, statsOptions),
  }));
  const wanted = new Set(coderIds);
  const groups = groupCodings(project.codings.filter((c) => wanted.has(c.coderId)));
  const disagreements = units
    .filter((unit) => !unit.pooled && new Set(unit.values.filter((v) => v !== null)).size > 1)
    .map((unit): Disagreement => {
      const codings = codingsOverlapping(
        groups.get(`${unit.documentId}\u0000${unit.codeId}`) ?? [],
        unit.start,
        unit.end,
      );
      const base = { codeId: unit.codeId, documentId: unit.documentId, start: unit.start, end: unit.end };
      return { ...base, ...(unit.turnId ? { turnId: unit.turnId } : {}), values: unit.values, codings };
    });
  return {
    coderIds: [...coderIds],
    unit: options.unit ?? 'turn',
    perCode,
    overall: agreementStatistics(units, statsOptions),
    disagreements,
  };
}
