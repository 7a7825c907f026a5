import type { WatchListEntry } from '../../../lib/detect';
import type { MentionKey } from '../../../lib/library/entity-groups';
import { foldEntity } from '../../../lib/library/entity-groups';

const m = (entity: string, pageId: string, quote = entity): MentionKey => [
  foldEntity(entity),
  entity,
  pageId,
  quote,
];

/** Grouping cases: mentions, a watch-list, and the groups expected (name, mentions, releases, names). */
export interface GroupCase {
  name: string;
  mentions: MentionKey[];
  watchList: WatchListEntry[];
  groups: { name: string; mentions: number; releases: number; names: string[] }[];
}

export const groupCases: GroupCase[] = [
  {
    name: 'one entity across releases',
    mentions: [m('CATL', 'p1'), m('CATL', 'p1'), m('CATL', 'p2')],
    watchList: [],
    groups: [{ name: 'CATL', mentions: 3, releases: 2, names: ['CATL'] }],
  },
  {
    name: 'case, width and spacing variants are one entity, shown in the commonest spelling',
    mentions: [
      m('Nordvolt AB', 'p1'),
      m('NORDVOLT  AB', 'p2'),
      m('Nordvolt AB', 'p3'),
      m('ＮＯＲＤＶＯＬＴ AB', 'p3'),
    ],
    watchList: [],
    groups: [
      {
        name: 'Nordvolt AB',
        mentions: 4,
        releases: 3,
        names: ['Nordvolt AB', 'NORDVOLT  AB', 'ＮＯＲＤＶＯＬＴ AB'],
      },
    ],
  },
  {
    name: 'the watch-list merges aliases under its name',
    mentions: [
      m('Contemporary Amperex Technology Co., Limited', 'p1'),
      m('宁德时代新能源科技股份有限公司', 'p2'),
      m('catl', 'p3'),
      m('Henan Provincial Government', 'p1'),
    ],
    watchList: [
      {
        name: 'CATL',
        aliases: ['Contemporary Amperex Technology Co., Limited', '宁德时代新能源科技股份有限公司'],
      },
    ],
    groups: [
      {
        name: 'CATL',
        mentions: 3,
        releases: 3,
        names: [
          'catl',
          'Contemporary Amperex Technology Co., Limited',
          '宁德时代新能源科技股份有限公司',
        ],
      },
      {
        name: 'Henan Provincial Government',
        mentions: 1,
        releases: 1,
        names: ['Henan Provincial Government'],
      },
    ],
  },
  {
    name: 'the words releases use are names too; the entity is what is shown',
    mentions: [
      m('Contemporary Amperex Technology Co., Limited', 'p1'),
      m('Contemporary Amperex Technology Co., Limited', 'p1', 'CATL'),
      m('Contemporary Amperex Technology Co., Limited', 'p2', 'CATL'),
    ],
    watchList: [],
    groups: [
      {
        name: 'Contemporary Amperex Technology Co., Limited',
        mentions: 3,
        releases: 2,
        names: ['Contemporary Amperex Technology Co., Limited', 'CATL'],
      },
    ],
  },
  {
    name: 'most mentioned first, ties by name',
    mentions: [m('Beta', 'p1'), m('Alpha', 'p1'), m('Gamma', 'p1'), m('Gamma', 'p2')],
    watchList: [],
    groups: [
      { name: 'Gamma', mentions: 2, releases: 2, names: ['Gamma'] },
      { name: 'Alpha', mentions: 1, releases: 1, names: ['Alpha'] },
      { name: 'Beta', mentions: 1, releases: 1, names: ['Beta'] },
    ],
  },
];
