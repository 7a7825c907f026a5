import type { Firmness } from '../../../lib/model';

/** What a commitment must look like; omitted fields are not checked. */
export interface ExpectedCommitment {
  /** The commitment span starts with this text (quotes and datelines trimmed). */
  startsWith: string;
  actor?: string;
  firmness?: Firmness;
  deadline?: string;
  amount?: { value: number; unit: string };
}

/** Commitment cases: a text, its language and every commitment expected, in order. */
export interface CommitmentCase {
  name: string;
  lang: string;
  text: string;
  commitments: ExpectedCommitment[];
}

export const commitmentCases: CommitmentCase[] = [
  {
    name: 'English modal, generic actor and quoted speaker',
    lang: 'en',
    text: `ROTTERDAM, 21 January 2026 — Carrowmore Logistics Group N.V. today presented a programme. Under the programme, Carrowmore will replace 1,500 diesel trucks by the end of 2028. The company also plans to build 60 charging hubs.

"Electric trucks are cheaper," said Pieter van Leeuwen, Chief Executive Officer of Carrowmore. "By 2030, we aim to halve emissions, and we will not buy another diesel tractor after 2027."`,
    commitments: [
      {
        startsWith: 'Under the programme, Carrowmore will',
        actor: 'Carrowmore',
        firmness: 'firm',
        deadline: '2028-12-31',
        amount: { value: 1500, unit: 'trucks' },
      },
      { startsWith: 'The company also plans', actor: 'Carrowmore', firmness: 'intent' },
      { startsWith: 'By 2030, we aim', actor: 'Carrowmore', deadline: '2030' },
    ],
  },
  {
    name: 'two actors in one sentence give two clauses',
    lang: 'en',
    text: 'The Port of Rotterdam Authority will make a six-hectare site available from 2027, and Carrowmore Logistics N.V. intends to operate the hub.',
    commitments: [
      {
        startsWith: 'The Port of Rotterdam Authority will make',
        actor: 'Port of Rotterdam Authority',
        deadline: '2027',
      },
      {
        startsWith: 'Carrowmore Logistics N.V. intends',
        actor: 'Carrowmore Logistics',
        firmness: 'intent',
      },
    ],
  },
  {
    name: 'hopes, completed actions, forecasts and disclaimers are no commitments',
    lang: 'en',
    text: `Helix Materials Inc. signed an agreement today. Ascension Parish officials said they hope the complex will attract suppliers. Demand for electrolyte is expected to grow by 2032. A webcast will be available online.

This press release contains forward-looking statements. Words such as "will" and "plans" identify forward-looking statements. Helix undertakes no obligation to update them.`,
    commitments: [],
  },
  {
    name: 'conditional firmness',
    lang: 'en',
    text: 'Quantara S.A. will invest EUR 7.3 billion between 2026 and 2030, subject to the approval of public funding.',
    commitments: [
      {
        startsWith: 'Quantara S.A. will invest',
        firmness: 'conditional',
        deadline: '2030',
        amount: { value: 7.3e9, unit: 'EUR' },
      },
    ],
  },
  {
    name: 'targets as a verb but not as a noun',
    lang: 'en',
    text: 'Helix Materials Inc. ("Helix" or "the Company") is a producer. The Company targets first shipments in the second half of 2028. Helix’s targets were submitted in 2025.',
    commitments: [
      {
        startsWith: 'The Company targets',
        actor: 'Helix',
        firmness: 'intent',
        deadline: '2028-H2',
      },
    ],
  },
  {
    name: 'list of targets after a colon',
    lang: 'en',
    text: 'Under the framework, Nordvolt Energy AB has set the following targets:\n\nconstruction to begin in Q3 2026;\nstart of series production by the end of 2028;\n100% fossil-free electricity from day one.\n\nThe site is large.',
    commitments: [
      { startsWith: 'construction to begin', actor: 'Nordvolt Energy', deadline: '2026-Q3' },
      { startsWith: 'start of series production', deadline: '2028-12-31' },
      { startsWith: '100% fossil-free', amount: { value: 100, unit: '%' } },
    ],
  },
  {
    name: 'German future needs an infinitive; passive future belongs to the issuer',
    lang: 'de',
    text: `Krefeld, 7. November 2023 – Die Vossberg Chemie SE wird eine Anlage errichten. Wissenschaftlich begleitet wird das Projekt vom Institut für Katalyse e.V. (IKPN).

Die Anlage soll ab Ende 2026 jährlich bis zu 120.000 Tonnen Methanol produzieren. Das Institut wird die Daten auswerten.`,
    commitments: [
      { startsWith: 'Die Vossberg Chemie SE wird', actor: 'Vossberg Chemie', firmness: 'firm' },
      {
        startsWith: 'Die Anlage soll',
        actor: 'Vossberg Chemie',
        firmness: 'intent',
        deadline: '2026-12-31',
        amount: { value: 120_000, unit: 't' },
      },
      { startsWith: 'Das Institut wird', actor: 'IKPN' },
    ],
  },
  {
    name: 'German verb-second subject, strebt an, reported speech',
    lang: 'de',
    text: `Insgesamt plant die Elbtal Halbleiter AG, bis Ende 2027 rund 1,1 Milliarden Euro zu investieren. Er hoffe, dass die Elbtal Halbleiter AG wachsen wird. Die Unterzeichnung werde ein neues Kapitel eröffnen.

„Wir haben uns verpflichtet, die Emissionen bis 2030 zu senken“, sagte der Vorstand der Elbtal Halbleiter AG. Bis 2045 streben wir Netto-Null an.`,
    commitments: [
      {
        startsWith: 'Insgesamt plant die Elbtal',
        actor: 'Elbtal Halbleiter',
        deadline: '2027-12-31',
        amount: { value: 1.1e9, unit: 'EUR' },
      },
      {
        startsWith: 'Wir haben uns verpflichtet',
        actor: 'Elbtal Halbleiter',
        firmness: 'firm',
        deadline: '2030',
      },
      { startsWith: 'Bis 2045 streben wir', actor: 'Elbtal Halbleiter', deadline: '2045' },
    ],
  },
  {
    name: 'Chinese modal, context actor and generic 公司',
    lang: 'zh',
    text: `3月16日，宁德时代新能源科技股份有限公司（以下简称“宁德时代”）与洛阳市人民政府签署协议。根据协议，宁德时代将在洛阳建设零碳产业园，项目总投资预计120亿元。项目一期计划于2024年6月建成投产。

洛阳市人民政府将为项目建设提供保障。刘建华表示，希望宁德时代带动更多企业落户河南。林伟表示，公司将以洛阳零碳产业园为支点深化合作。`,
    commitments: [
      {
        startsWith: '根据协议，宁德时代将',
        actor: '宁德时代',
        firmness: 'firm',
        amount: { value: 1.2e10, unit: 'CNY' },
      },
      { startsWith: '项目一期计划', actor: '宁德时代', firmness: 'intent', deadline: '2024-06' },
      { startsWith: '洛阳市人民政府将', actor: '洛阳市人民政府' },
      { startsWith: '林伟表示，公司将', actor: '宁德时代' },
    ],
  },
  {
    name: 'French future, engagement and quoted speaker',
    lang: 'fr',
    text: `Paris, le 3 mars 2026 – Le groupe Valmorel SA investira 1,2 milliard d'euros d'ici fin 2028.

« Nous prévoyons de démarrer la production au deuxième trimestre 2027 », a déclaré Marie Dupont, présidente de Valmorel. L'entreprise s'engage à réduire ses émissions de 50 % d'ici 2030. Valmorel a signé en janvier un accord.`,
    commitments: [
      {
        startsWith: 'Le groupe Valmorel SA investira',
        actor: 'Valmorel',
        firmness: 'firm',
        deadline: '2028-12-31',
        amount: { value: 1.2e9, unit: 'EUR' },
      },
      { startsWith: 'Nous prévoyons', actor: 'Valmorel', firmness: 'intent', deadline: '2027-Q2' },
      {
        startsWith: "L'entreprise s'engage",
        actor: 'Valmorel',
        firmness: 'firm',
        deadline: '2030',
      },
    ],
  },
  {
    name: 'Spanish future, previsto and compromise',
    lang: 'es',
    text: 'Ibérica Renovables S.A. (en adelante, "Ibérica") invertirá 800 millones de euros en Huelva. La compañía prevé iniciar la construcción en el tercer trimestre de 2026. Ibérica se compromete a reducir sus emisiones un 40 % antes de 2030. Ibérica firmó un acuerdo en 2025.',
    commitments: [
      {
        startsWith: 'Ibérica Renovables S.A. (en adelante',
        actor: 'Ibérica',
        firmness: 'firm',
        amount: { value: 8e8, unit: 'EUR' },
      },
      {
        startsWith: 'La compañía prevé',
        actor: 'Ibérica',
        firmness: 'intent',
        deadline: '2026-Q3',
      },
      // "antes de 2030" is strictly before 2030: the last day of 2029.
      {
        startsWith: 'Ibérica se compromete',
        actor: 'Ibérica',
        firmness: 'firm',
        deadline: '2029-12-31',
      },
    ],
  },
  {
    name: 'Japanese plans and subject particle',
    lang: 'ja',
    text: '東京、2026年4月1日 – 株式会社サクラエナジー（以下「サクラ」）は、北海道に工場を建設する計画です。経済産業省の補助金を活用する予定です。サクラは2030年までに排出量を50%削減することを約束します。',
    commitments: [
      { startsWith: '株式会社サクラエナジー', actor: 'サクラ', firmness: 'intent' },
      { startsWith: '経済産業省の補助金', actor: 'サクラ', firmness: 'intent' },
      { startsWith: 'サクラは2030年までに', actor: 'サクラ', firmness: 'firm', deadline: '2030' },
    ],
  },
  {
    name: 'Hungarian fog, tervezi and vállalja',
    lang: 'hu',
    text: 'A Dunai Akkumulátor Zrt. 120 milliárd forintos beruházással új gyárat épít Győrben. A vállalat 2027 végéig 800 új munkahelyet fog létrehozni. A cég tervezi, hogy 2028 első félévében megkezdi a gyártást.',
    commitments: [
      {
        startsWith: 'A Dunai Akkumulátor Zrt. 120 milliárd',
        actor: 'Dunai Akkumulátor',
        amount: { value: 1.2e11, unit: 'HUF' },
      },
      {
        startsWith: 'A vállalat 2027 végéig',
        actor: 'Dunai Akkumulátor',
        firmness: 'firm',
        deadline: '2027-12-31',
      },
      {
        startsWith: 'A cég tervezi',
        actor: 'Dunai Akkumulátor',
        firmness: 'intent',
        deadline: '2028-H1',
      },
    ],
  },
  {
    name: 'Italian future, si impegna a, pro-drop speaker and a negated disclaimer',
    lang: 'it',
    text: `Bergamo, 3 febbraio 2026 – Fonderie Serio S.p.A. (“Serio” o la “Società”) investirà 60 milioni di euro in un nuovo reparto. La Società prevede di avviare la produzione entro il 2027. Il Comune di Bergamo si impegna a completare la strada di accesso entro giugno 2027.

«Intendiamo assumere 90 persone entro il 2028», ha dichiarato Anna Rota, amministratrice delegata di Serio.

Dichiarazioni previsionali

La Società non si impegna ad aggiornare le dichiarazioni previsionali.`,
    commitments: [
      {
        startsWith: 'Fonderie Serio S.p.A.',
        actor: 'Serio',
        firmness: 'firm',
        amount: { value: 6e7, unit: 'EUR' },
      },
      { startsWith: 'La Società prevede', actor: 'Serio', firmness: 'intent', deadline: '2027' },
      {
        startsWith: 'Il Comune di Bergamo si impegna',
        actor: 'Comune di Bergamo',
        deadline: '2027-06',
      },
      { startsWith: 'Intendiamo assumere', actor: 'Serio', deadline: '2028' },
    ],
  },
  {
    name: 'a name behind a preposition is no subject; the verb-second subject is',
    lang: 'de',
    text: 'Gemeinsam mit der Technischen Hochschule Enzberg (THE) beabsichtigt die Lindwurm Metall GmbH, ab 2027 ein Labor zu betreiben. Den Strom wird ab 2028 die Nordwind Energie GmbH liefern.',
    commitments: [
      { startsWith: 'Gemeinsam mit der', actor: 'Lindwurm Metall', deadline: '2027' },
      { startsWith: 'Den Strom wird', actor: 'Nordwind Energie', deadline: '2028' },
    ],
  },
  {
    name: 'a predicate after a bare "und" keeps the subject of the clause',
    lang: 'de',
    text: 'Das Land Tirol unterstützt die Ansiedlung über seine Agentur Standort Tirol GmbH und wird die Zufahrt bis Mitte 2026 ausbauen.',
    commitments: [{ startsWith: 'Das Land Tirol', actor: 'Land Tirol', deadline: '2026' }],
  },
  {
    name: 'an appositive name fills the subject slot; the lead actor owns later actorless plans',
    lang: 'en',
    text: `Pune, March 2, 2026: Sahyadri Industries Ltd. today announced that its wholly owned subsidiary, Sahyadri Solar Private Limited (“SSPL”), will build a module factory.

Phase I is scheduled to be commissioned by March 2027. The company will also fund a training centre.`,
    commitments: [
      { startsWith: 'Sahyadri Industries Ltd.', actor: 'SSPL' },
      { startsWith: 'Phase I is scheduled', actor: 'SSPL', deadline: '2027-03' },
      { startsWith: 'The company will also', actor: 'SSPL' },
    ],
  },
  {
    name: '"the state government" prefers the government named with that head',
    lang: 'en',
    text: 'The agreement was signed with the Government of Kerala in the presence of officials of the Ports Department. Under the agreement, the state government will provide 300 acres of land.',
    commitments: [{ startsWith: 'Under the agreement', actor: 'Government of Kerala' }],
  },
  {
    name: 'a board decision binds; an expectation and a third party forecast do not',
    lang: 'en',
    text: 'Wattle Metals Limited (ASX: WML) is pleased to announce that its Board has approved the Yarra Mine. Wattle expects to fund the mine from cash. The regulators are expected to decide in 2027.',
    commitments: [{ startsWith: 'Wattle Metals Limited', actor: 'Wattle', firmness: 'firm' }],
  },
  {
    name: 'a German board decision with the participle at the end',
    lang: 'de',
    text: 'Der Verwaltungsrat der Limmat Pharma AG hat den Bau einer neuen Anlage genehmigt.',
    commitments: [{ startsWith: 'Der Verwaltungsrat', actor: 'Limmat Pharma', firmness: 'firm' }],
  },
  {
    name: 'plural subjects with a bare verb, and headline-style list items',
    lang: 'en',
    text: `Highlights

Construction to commence in April 2026
Nameplate capacity of 12,000 tpa to be reached in FY29

Kookaburra Resources Limited will partner with Tasman University. The partners plan to enroll 200 trainees per year from 2027.`,
    commitments: [
      { startsWith: 'Construction to commence', deadline: '2026-04' },
      { startsWith: 'Nameplate capacity', deadline: '2029' },
      { startsWith: 'Kookaburra Resources Limited will' },
      { startsWith: 'The partners plan', firmness: 'intent', deadline: '2027' },
    ],
  },
  {
    name: 'list items take the lead-in date; the lead-in itself is no commitment',
    lang: 'de',
    text: `Die Stadtwerke Auental GmbH (SWA) bauen die Fernwärme aus. Bis 2030 sollen außerdem folgende Maßnahmen umgesetzt werden:

Verlängerung des Netzes um 12 Kilometer
Bau eines Wärmespeichers bis Ende 2027`,
    commitments: [
      { startsWith: 'Verlängerung des Netzes', actor: 'SWA', deadline: '2030' },
      { startsWith: 'Bau eines Wärmespeichers', actor: 'SWA', deadline: '2027-12-31' },
    ],
  },
  {
    name: 'a French group is its parent; a company named after its descriptor commits itself',
    lang: 'fr',
    text: 'Causse Énergies SA annonce la décision finale d’investissement de son projet. Le projet sera porté par sa filiale Causse Hydrogène SAS, qui investira 50 M€ dans le site. Au total, le groupe prévoit d’investir 90 M€ d’ici 2028. La société de transport Lot Mobilités SAS s’est engagée à acheter 300 tonnes d’hydrogène par an.',
    commitments: [
      { startsWith: 'Causse Énergies SA annonce', actor: 'Causse Énergies', firmness: 'firm' },
      { startsWith: 'Le projet sera porté', actor: 'Causse Hydrogène' },
      { startsWith: 'Au total, le groupe', actor: 'Causse Énergies', deadline: '2028' },
      { startsWith: 'La société de transport', actor: 'Lot Mobilités' },
    ],
  },
  {
    name: 'Japanese bracket alias, board resolution, verbal noun with します, prefecture as actor',
    lang: 'ja',
    text: '株式会社北陸セラミックス（本社：石川県金沢市、代表取締役社長：山田一郎、以下「北陸セラミックス」）は、取締役会において新工場の建設を決議しました。新工場は、当社の子会社である北陸セラ能登株式会社が建設・運営します。\n\n石川県は、周辺道路の整備について支援を行う予定です。',
    commitments: [
      { startsWith: '株式会社北陸セラミックス', actor: '北陸セラミックス', firmness: 'firm' },
      { startsWith: '新工場は、当社の子会社', actor: '北陸セラ能登' },
      { startsWith: '石川県は', actor: '石川県' },
    ],
  },
  {
    name: 'Chinese Hong Kong style definitions, generic 本集团 and a list comma',
    lang: 'zh',
    text: '本公告乃由粤川新材料控股有限公司（「本公司」，连同其附属公司统称「本集团」）董事会自愿作出。\n\n粤川新材料（佛山）有限公司（「粤川佛山」）将投资约人民币10亿元建设该项目。本集团力争于2028年实现收入增长。\n\n省发展改革委、省能源局将会同有关部门加快电网建设。',
    commitments: [
      { startsWith: '粤川新材料（佛山）有限公司', actor: '粤川佛山' },
      { startsWith: '本集团力争', actor: '粤川新材料', deadline: '2028' },
      { startsWith: '省发展改革委', actor: '省发展改革委' },
    ],
  },
  {
    name: 'a German dative object after the verb is no subject',
    lang: 'de',
    text: 'Die Brenner Logistik AG baut ein Lager. Zudem wird die Brenner Logistik AG dem Landesverband Tirol bis 2027 eine Fläche überlassen.',
    commitments: [{ startsWith: 'Zudem wird', actor: 'Brenner Logistik', deadline: '2027' }],
  },
  {
    name: 'the "About" section starts at a heading that ends in a legal form',
    lang: 'en',
    text: `Sahyadri Industries Ltd. will build a plant.

About Sahyadri Industries Ltd.

Sahyadri Industries Ltd. is a diversified group and remains committed to creating value.`,
    commitments: [
      { startsWith: 'Sahyadri Industries Ltd. will build', actor: 'Sahyadri Industries' },
    ],
  },

  {
    name: 'Spanish board approval and a preterite undertaking',
    lang: 'es',
    text: 'Minera Licancabur S.A. (“Licancabur”) anunció hoy que su directorio aprobó la construcción del proyecto. La compañía se comprometió a dejar de extraer agua continental a más tardar en 2029.',
    commitments: [
      { startsWith: 'Minera Licancabur S.A.', actor: 'Licancabur', firmness: 'firm' },
      { startsWith: 'La compañía se comprometió', actor: 'Licancabur', deadline: '2029' },
    ],
  },
  {
    name: 'Spanish "desde" with a future is "from", not "since"',
    lang: 'es',
    text: 'Minera Licancabur S.A. opera en Chile. “Desde 2027, el 100% de la electricidad provendrá de contratos renovables”, dijo la gerenta general de Licancabur.',
    commitments: [{ startsWith: 'Desde 2027', deadline: '2027' }],
  },
  {
    name: 'a subjectless clause takes the subject of the clause coordinated with it',
    lang: 'es',
    text: 'Aceros Forjados del Bajío, S.A.B. de C.V. (“AFB” o “la Compañía”) invertirá 4,850 millones de pesos.\n\nLa subsidiaria Forjas AFB Coahuila, S.A. de C.V. operará la planta. La construcción iniciará en el tercer trimestre de 2026 y la Compañía prevé iniciar operaciones en 2027.',
    commitments: [
      { startsWith: 'Aceros Forjados', actor: 'AFB' },
      { startsWith: 'La subsidiaria Forjas', actor: 'Forjas AFB Coahuila' },
      { startsWith: 'La construcción iniciará', actor: 'AFB', deadline: '2026-Q3' },
    ],
  },
  {
    name: 'a French lead-in that commits announces its list items',
    lang: 'fr',
    text: 'La Banque Mutualiste du Sillon Alpin (BMSA) présente son plan.\n\nD’ici 2030, la BMSA s’engage à :\n\nconsacrer 4,5 milliards d’euros de crédits à la rénovation énergétique ;\nmaintenir l’ensemble de ses 142 agences ;\nréduire de 50 % l’empreinte carbone de son fonctionnement.\n\n« Nous espérons que le dispositif pourra être étendu », indique un partenaire.',
    commitments: [
      { startsWith: 'consacrer', actor: 'BMSA', deadline: '2030' },
      { startsWith: 'maintenir', actor: 'BMSA', deadline: '2030' },
      { startsWith: 'réduire', actor: 'BMSA', deadline: '2030' },
    ],
  },
  {
    name: 'Hungarian present tense with a forward date, two clauses joined by pedig',
    lang: 'hu',
    text: 'A Fővárosi Önkormányzat 2026 végéig hat hajóállomáson építi ki a töltőket, a BKK Budapesti Közlekedési Központ Zrt. pedig 2026 második felétől a bérlettel is igénybe vehető járatok közé sorolja az új vonalat.',
    commitments: [
      {
        startsWith: 'A Fővárosi Önkormányzat',
        actor: 'Fővárosi Önkormányzat',
        deadline: '2026-12-31',
      },
      { startsWith: 'a BKK', actor: 'BKK', deadline: '2026-H2' },
    ],
  },
  {
    name: 'Hungarian dated clauses: subject after the date; past and negation are no commitment',
    lang: 'hu',
    text: 'A Hegyalja Energia Nyrt. rendkívüli tájékoztatást tesz közzé. Az engedélyt a hivatal 2025 decemberében adta ki. A napelempark termelésének 70 százalékát 2027-től a Zempléni Cukorgyártó Kft. vásárolja meg. A Társaság nem vállal kötelezettséget e kijelentések frissítésére.',
    commitments: [{ startsWith: 'A napelempark', actor: 'Zempléni Cukorgyártó', deadline: '2027' }],
  },
  {
    name: 'Chinese comma clauses with their own subjects are separate commitments',
    lang: 'zh',
    text: '深圳市康泓医疗科技股份有限公司（以下简称“公司”）发布公告。公司将以自有资金向惠州康泓增资14,000万元，惠州市仲恺新兴产业投资合伙企业（有限合伙）将按持股比例同步增资6,000万元。',
    commitments: [
      { startsWith: '公司将以自有资金', actor: '深圳市康泓医疗科技' },
      { startsWith: '惠州市仲恺', actor: '惠州市仲恺新兴产业投资合伙企业（有限合伙）' },
    ],
  },
  {
    name: 'Chinese board resolution and a subsidiary named after its parent',
    lang: 'zh',
    text: '1. 深圳市康泓医疗科技股份有限公司（以下简称“公司”）控股子公司康泓生物科技（惠州）有限公司（以下简称“惠州康泓”）拟投资建设生产基地项目。\n\n2. 公司于2026年4月24日召开董事会会议，审议通过了《关于投资建设项目的议案》。',
    commitments: [
      { startsWith: '深圳市康泓医疗科技', actor: '惠州康泓' },
      { startsWith: '公司于2026年4月24日', actor: '深圳市康泓医疗科技' },
    ],
  },
  {
    name: 'Japanese list announced in words under a plan',
    lang: 'ja',
    text: '白鷺通商株式会社は中期経営計画を策定しました。\n\n計画期間の3年間で、総額300,000百万円の投融資を実行する計画です。重点分野は以下のとおりです。\nエネルギー・脱炭素：供給網の構築\n物流：共同配送網の拡大\n\n以上',
    commitments: [
      { startsWith: '計画期間の3年間で', actor: '白鷺通商' },
      { startsWith: 'エネルギー・脱炭素', actor: '白鷺通商' },
      { startsWith: '物流', actor: '白鷺通商' },
    ],
  },
  {
    name: 'English joint subject, end of the decade, possessed subject',
    lang: 'en',
    text: 'CAMBRIDGE, Mass., May 5, 2026 – Tessellate Therapeutics, Inc. today announced an agreement with Corvane Pharmaceuticals plc. The companies aim to nominate a candidate by the end of 2026. Under a second agreement, the university’s Center for Antimicrobial Discovery will screen the compound library. Tessellate expects more news. “Together we intend to bring the first inhibitor to patients by the end of the decade,” said the CEO of Tessellate.',
    commitments: [
      { startsWith: 'The companies aim', actor: 'Tessellate', deadline: '2026-12-31' },
      { startsWith: 'Under a second agreement', actor: 'Center for Antimicrobial Discovery' },
      { startsWith: 'Together we intend', actor: 'Tessellate', deadline: '2030' },
    ],
  },
  {
    name: 'German separable verb far from its particle, e.V. inside a clause, a period of years',
    lang: 'de',
    text: 'Die Hessler GmbH & Co. KGaA legt Zahlen vor. Hessler wird in den Jahren 2026 bis 2028 insgesamt rund 85 Mio. Euro investieren. Bis 2030 strebt Hessler einen Umsatz von 750 Mio. Euro und eine EBIT-Marge von mindestens 10 Prozent an. Der BVFR wird die Ergebnisse beim DIN Deutsches Institut für Normung e.V. einbringen.',
    commitments: [
      { startsWith: 'Hessler wird', actor: 'Hessler', deadline: '2028' },
      { startsWith: 'Bis 2030 strebt', actor: 'Hessler', deadline: '2030' },
      { startsWith: 'Der BVFR wird' },
    ],
  },

  {
    name: 'a Hungarian name with a case ending is no subject',
    lang: 'hu',
    text: 'A Sárrét Recycling Kft. új üzemet nyit. A Debreceni Egyetemmel közösen 2026 szeptemberétől duális mérnökképzési programot indítanak.',
    commitments: [{ startsWith: 'A Debreceni Egyetemmel', actor: 'Sárrét Recycling' }],
  },
];
