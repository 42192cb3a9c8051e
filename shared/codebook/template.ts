/**
 * The Normaliseren template codebook and the focus-group interaction codes, in Dutch and English.
 * GUIDs are constants so that every export of the template (and every project started from it) names
 * the same code with the same GUID in NVivo, ATLAS.ti, MAXQDA and QualCoder. Never change them.
 */
import type { Code } from '../model.ts';
import { TEMPLATE_TEXTS_EN } from './templateEn.ts';
import { TEMPLATE_TEXTS_NL } from './templateNl.ts';

export type TemplateLang = 'nl' | 'en';

/** The words of one template code in one language. */
export type TemplateText = {
  name: string;
  description: string;
  inclusion: string;
  exclusion: string;
  example: string;
  searchTerms?: string[];
};

type Node = { key: TemplateKey; id: string; color: string; codable: boolean; children?: Node[] };

export type TemplateKey =
  | 'visie'
  | 'partnerschap'
  | 'taal'
  | 'bredeBlik'
  | 'positieveBlik'
  | 'imperfectie'
  | 'factoren'
  | 'werkzaam'
  | 'belemmerend'
  | 'domeinen'
  | 'informeleSteun'
  | 'formeleHulp'
  | 'beleid'
  | 'informeelFormeel'
  | 'informeel'
  | 'formeel'
  | 'individueelCollectief'
  | 'individueel'
  | 'collectief'
  | 'interactie'
  | 'instemming'
  | 'onenigheid'
  | 'aanvulling'
  | 'vraag'
  | 'humor'
  | 'stilte';

const NORMALISEREN: Node[] = [
  {
    key: 'visie',
    id: '008ec3d5-3781-4221-9b9c-30b965c3fd44',
    color: '#34495E',
    codable: false,
    children: [
      { key: 'partnerschap', id: '3e13145b-071a-404b-9ad7-b5dbd1670213', color: '#1F5FA8', codable: true },
      { key: 'taal', id: '024755aa-c11e-4680-813a-7edd8d890025', color: '#B91C1C', codable: true },
      { key: 'bredeBlik', id: 'a410b388-517b-4e1d-acb5-9a8692a7e60a', color: '#2CA02C', codable: true },
      { key: 'positieveBlik', id: '2c15e29e-41f1-4874-a067-59806c9b4fb8', color: '#A16207', codable: true },
      { key: 'imperfectie', id: 'cdfb3b0a-4b57-4b4b-b01f-d0d2161e8719', color: '#9467BD', codable: true },
    ],
  },
  {
    key: 'factoren',
    id: '8626ed41-a625-46fc-b543-b836d51e6d8f',
    color: '#5D6D7E',
    codable: false,
    children: [
      { key: 'werkzaam', id: 'e878a577-ba6f-4d63-9d6b-badf9d65cd71', color: '#15803D', codable: true },
      { key: 'belemmerend', id: '71247d2b-5d3b-4c37-8ca9-c4dd441788a9', color: '#C0392B', codable: true },
    ],
  },
  {
    key: 'domeinen',
    id: '6920c314-ec2a-40d3-8b70-0aee70fea587',
    color: '#7F8C8D',
    codable: false,
    children: [
      { key: 'informeleSteun', id: 'bd26d16c-1d0a-46ea-a8a1-5a0ecb6461b1', color: '#16A085', codable: true },
      { key: 'formeleHulp', id: 'f964ddaf-2cff-4200-a47b-c48cacf07089', color: '#1D4ED8', codable: true },
      { key: 'beleid', id: '705dbd49-402d-4d43-8c7b-350ee2a7bd19', color: '#8E44AD', codable: true },
    ],
  },
  {
    key: 'informeelFormeel',
    id: 'c16b951f-fbf1-41a9-8fca-3e0e7a46de3f',
    color: '#64748B',
    codable: false,
    children: [
      { key: 'informeel', id: 'f660249f-bf27-4a9b-af77-df17846bfdcc', color: '#0F766E', codable: true },
      { key: 'formeel', id: 'eaa632d6-e4b0-4d2e-8ab1-29591035dffc', color: '#5499C7', codable: true },
    ],
  },
  {
    key: 'individueelCollectief',
    id: '6371e295-08ef-4c90-8558-ed4459391d9b',
    color: '#6B7280',
    codable: false,
    children: [
      { key: 'individueel', id: 'cc021599-2e66-4e32-9136-fa2d3ff54194', color: '#E11D48', codable: true },
      { key: 'collectief', id: '9d6faa3a-5742-4266-a887-4ae1d39bd003', color: '#7E22CE', codable: true },
    ],
  },
];

const INTERACTION: Node[] = [
  {
    key: 'interactie',
    id: '612d335b-35af-4ecb-a947-32696a3844aa',
    color: '#616A6B',
    codable: false,
    children: [
      { key: 'instemming', id: '867903d7-6fdf-4189-802d-b98f10294f8a', color: '#65A30D', codable: true },
      { key: 'onenigheid', id: '3b3d28c6-c0c1-48ed-9ecd-008b16a18868', color: '#DB2777', codable: true },
      { key: 'aanvulling', id: 'bd2802ef-f373-4679-b1ea-68483f30fba7', color: '#0891B2', codable: true },
      { key: 'vraag', id: '24820dc1-5ce6-41bf-9a03-7624bba5b252', color: '#7C2D12', codable: true },
      { key: 'humor', id: 'd5a0a898-125a-43f4-ba4e-a7cecf47f57e', color: '#C026D3', codable: true },
      { key: 'stilte', id: '8c5ce7c6-cd7d-4beb-bf5d-17fb0ac3cab0', color: '#475569', codable: true },
    ],
  },
];

const TEXTS: Record<TemplateLang, Record<TemplateKey, TemplateText>> = {
  nl: TEMPLATE_TEXTS_NL,
  en: TEMPLATE_TEXTS_EN,
};

function toCodes(nodes: Node[], lang: TemplateLang): Code[] {
  const out: Code[] = [];
  const visit = (list: Node[], parentId: string | null): void => {
    list.forEach((node, order) => {
      const text = TEXTS[lang][node.key];
      const code: Code = {
        id: node.id,
        parentId,
        name: text.name,
        color: node.color,
        description: text.description,
        inclusion: text.inclusion,
        exclusion: text.exclusion,
        example: text.example,
        order,
        codable: node.codable,
      };
      if (text.searchTerms) code.searchTerms = [...text.searchTerms];
      out.push(code);
      if (node.children) visit(node.children, node.id);
    });
  };
  visit(nodes, null);
  return out;
}

/** The Normaliseren codebook: the vision's five themes, factors, domains and two contrasts. */
export function normaliserenTemplate(lang: TemplateLang): Code[] {
  return toCodes(NORMALISEREN, lang);
}

/** Codes for what happens between participants of a focus group (agreement, disagreement, humour …). */
export function interactionCodes(lang: TemplateLang): Code[] {
  return toCodes(INTERACTION, lang);
}
