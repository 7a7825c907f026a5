/** Language cases: text, the declared tag (if any) and the language expected. */
export interface LanguageCase {
  name: string;
  text: string;
  declared?: string | null;
  lang: string;
}

const GERMAN =
  'Die Vossberg Chemie SE wird an ihrem Standort eine Anlage errichten. Das Land fördert das Vorhaben mit insgesamt 95 Millionen Euro, und die Produktion soll bis Ende 2026 beginnen.';
const ENGLISH =
  'Nordvolt will build a cell factory with an annual production capacity of 40 GWh and invest up to CAD 5.2 billion in the project, which is expected to start in 2026.';
const CHINESE =
  '宁德时代将在洛阳市偃师区建设零碳产业园，项目总投资预计120亿元，规划建设年产40GWh的储能电池生产线及配套的电池回收利用设施。';

export const languageCases: LanguageCase[] = [
  { name: 'og:locale with region', text: GERMAN, declared: 'de_DE', lang: 'de' },
  { name: 'BCP 47 with script region', text: CHINESE, declared: 'zh-CN', lang: 'zh' },
  { name: 'upper-case tag', text: ENGLISH, declared: 'EN-us', lang: 'en' },
  { name: 'missing tag: German stopwords', text: GERMAN, lang: 'de' },
  { name: 'missing tag: English stopwords', text: ENGLISH, lang: 'en' },
  { name: 'missing tag: Han script', text: CHINESE, lang: 'zh' },
  { name: 'template tag contradicted by the script', text: CHINESE, declared: 'en', lang: 'zh' },
  { name: 'undetermined tag', text: GERMAN, declared: 'und', lang: 'de' },
  {
    name: 'kana means Japanese',
    text: '株式会社サクラエナジーは、北海道に新たな蓄電池工場を建設する計画です。総投資額は約500億円です。',
    lang: 'ja',
  },
  {
    name: 'French stopwords',
    text: "Le groupe Valmorel annonce la construction d'une usine de batteries à Dunkerque et prévoit de créer des emplois dans la région pour les jeunes.",
    lang: 'fr',
  },
  {
    name: 'Spanish stopwords',
    text: 'La compañía prevé iniciar la construcción en el tercer trimestre y tiene previsto alcanzar una capacidad de 500 MW con el apoyo del gobierno.',
    lang: 'es',
  },
  {
    name: 'Hungarian stopwords',
    text: 'A vállalat új gyárat épít Győrben, és a cég tervezi, hogy a gyártást már a következő évben megkezdi, ami nem volt még a terv része.',
    lang: 'hu',
  },
  {
    name: 'Dutch is not German',
    text: 'Het bedrijf is van plan om een nieuwe fabriek te bouwen en de productie wordt in het jaar gestart met de steun van de overheid.',
    lang: 'nl',
  },
  { name: 'declared language without a module', text: 'Lorem', declared: 'pt-BR', lang: 'pt' },
  { name: 'legacy code', text: 'שלום', declared: 'iw', lang: 'he' },
  {
    name: 'Italian stopwords',
    text: 'La società prevede di avviare la produzione del nuovo stabilimento entro il 2027 e di assumere 180 persone con il sostegno della Regione.',
    lang: 'it',
  },
];
