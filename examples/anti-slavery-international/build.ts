/**
 * Anti-Slavery International's 2015–2020 strategy, built with the typed builder.
 *
 * The same model as `asi.yaml`, node for node and field for field (the test
 * `test/examples/asi.test.ts` checks that the two documents are deep-equal).
 * The builder checks at compile time that every link names an id declared
 * before it and of the right kind, which is why assumptions come before the
 * objectives whose links rest on them, and actors and indicators come last.
 *
 * Read `asi.yaml` for the commented model and `README.md` for what is
 * published and what is illustrative.
 *
 * @module
 */
import { theoryOfChange, type FrameworkCode, type Model, type ProgressMarker, type SourceDocument } from '../../src/index.js';

// Sources, as the observations and evidence cite them.
const ASI_STRATEGY = 'https://www.antislavery.org/about-us/vision-mission-and-strategy/';
const ASI_NUMBERS_2015_16 = 'http://www.antislavery.org/english/who_we_are/work_in_numbers.aspx';
const ASI_LEAFLET = 'https://vdocuments.site/change-cannot-happen-overnight-and-as-we-and-we-have-a-what-is-modern-slavery.html';
const ASI_2017 = 'https://www.antislavery.org/difference-we-made-2017/';
const ASI_REVIEW_2017_18 = 'https://docslib.org/doc/11475791/annual-review-2017-2018';
const TIP_2017 = 'https://www.state.gov/reports/2017-trafficking-in-persons-report/mauritania/';
const ILAB_GAP_LEARNINGS =
  'US Department of Labor (ILAB), evaluation learnings: Global Action Program (GAP) on Child Labor Issues, an ILO project (project evaluation report; the learnings database gives no date)';
const TIP_2018 = 'https://www.state.gov/reports/2018-trafficking-in-persons-report/mauritania/';
const TIP_2019 = 'https://www.state.gov/reports/2019-trafficking-in-persons-report-2/mauritania/';
const TIP_2020 = 'https://www.state.gov/reports/2020-trafficking-in-persons-report/mauritania/';
const ILO_CAS_MAURITANIA_2016 = 'http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%3A3284576';
const FIFTY_FOR_FREEDOM_GOAL = 'http://childlabour2017.org/en/resources/updates/netherlands-became-18th-country-ratifying-ilo-forced-labour-protocol';
// Two documents for one figure: listed as the reading's `sources`, each with its link and kind.
const FIFTY_FOR_FREEDOM_REACHED: readonly SourceDocument[] = [
  { title: '50 for Freedom: reaching 50 ratifications', url: 'https://50forfreedom.org/reaching50/', kind: 'other' },
  {
    title: 'ILO DG calls for ratification of Forced Labour Protocol (Nigerian Tribune)',
    url: 'https://tribuneonlineng.com/ilo-dg-calls-for-ratification-of-forced-labour-protocol-to-save-25-million-persons-affected-globally/',
    kind: 'media',
  },
];
const ILO_UZBEKISTAN_2019 = 'https://www.just-style.com/news/child-and-forced-labour-falls-in-uzbek-cotton-fields/';
const MSA_S54 = 'https://www.lexology.com/library/detail.aspx?g=bd4e2d7c-a17a-4349-8b3f-e0f305969ac7';
const MSA_S54_TEXT = 'https://www.legislation.gov.uk/ukpga/2015/30/section/54';
const WALK_FREE_2019 = 'https://www.walkfree.org/news/2019/measurement-action-freedom-what-it-means/';

/** ASI's mission, in the strategy's words. */
const MISSION =
  'Our mission is to work directly and indirectly with beneficiaries and stakeholders from a grassroots to an international level to eradicate slavery and its causes from the world.';

/** The strategy's own words on its multi-level approach. */
const MULTI_LEVEL_APPROACH =
  'The evidence based knowledge from our projects underpins local to global advocacy aimed at achieving sustained, systemic change. This uniquely multi-level approach is a distinctive feature of our strategy.';

/** Ends the description of every assumption: they are this example's, not ASI's. */
const EXAMPLE_ASSUMPTION = "This example's assumption, not ASI's: the published strategy states no assumptions.";

/** `meta` of every assumption. */
const STATED_BY_EXAMPLE = { statedBy: 'this example' } as const;

/** SDG target 8.7, which two indicators map to. */
const SDG_8_7: FrameworkCode = {
  framework: 'SDG',
  code: '8.7',
  title: 'Eradicate forced labour, end modern slavery and human trafficking and the worst forms of child labour',
};

/** Outcome-Mapping progress markers for the Mauritanian state (sub-objective 1.1). */
const MAURITANIA_MARKERS: readonly ProgressMarker[] = [
  { id: 'law', grade: 'expect', title: "Strengthens its anti-slavery law (Mauritania's 2015 law)" },
  { id: 'courts', grade: 'expect', title: 'Sets up specialised courts to hear slavery cases' },
  { id: 'cases', grade: 'expect', title: 'Police and prosecutors bring slavery cases before the courts' },
  { id: 'convictions', grade: 'like', title: 'Courts convict slaveholders under the new law' },
  { id: 'repeat-convictions', grade: 'like', title: 'Convictions follow in successive years' },
  { id: 'public-data', grade: 'like', title: 'The government publishes its own data on slavery cases and convictions' },
  { id: 'compensation', grade: 'love', title: 'Survivors receive the compensation courts award them' },
  { id: 'reintegration', grade: 'love', title: 'State-funded support (land, civil documents, schooling) helps people leaving slavery' },
];

/** Outcome-Mapping progress markers for the companies ASI engages (sub-objective 1.2). */
const BUSINESS_MARKERS: readonly ProgressMarker[] = [
  { id: 'statement', grade: 'expect', title: 'Publishes an annual slavery and human trafficking statement' },
  { id: 'names-risks', grade: 'expect', title: 'Names the forced- and child-labour risks in its supply chains' },
  { id: 'responds', grade: 'expect', title: 'Responds to evidence of forced labour brought by ASI or its partners' },
  { id: 'maps-suppliers', grade: 'like', title: 'Maps its supply chain beyond first-tier suppliers and publishes the list' },
  { id: 'grievance', grade: 'like', title: 'Sets up a grievance mechanism workers in its supply chain can use safely' },
  { id: 'stops-sourcing', grade: 'like', title: 'Stops sourcing goods made with state-imposed forced labour' },
  { id: 'remedy', grade: 'love', title: 'Provides remedy to workers found in forced labour in its supply chain' },
  { id: 'worker-monitoring', grade: 'love', title: 'Works with trade unions and worker organisations to monitor conditions' },
  { id: 'backs-due-diligence', grade: 'love', title: 'Publicly supports mandatory human-rights due diligence law' },
];

/**
 * Builds the model of Anti-Slavery International's 2015–2020 strategy.
 *
 * @example
 * ```ts
 * const model = buildAsiModel();
 * model.subObjectives('ko1'); // ['so1-1', 'so1-2', 'so1-3']
 * ```
 */
export function buildAsiModel(): Model {
  return theoryOfChange({
    id: 'asi-strategy-2015-2020',
    title: 'Anti-Slavery International strategy 2015–2020',
    organisation: 'Anti-Slavery International',
    maxReadingAge: 'P18M',
    description: "Anti-Slavery International's organisational strategy for 2015–2020: significant progress towards slavery eradication in at least 10 countries by 2020, through three key objectives — responsive and accountable duty bearers, empowered people affected by slavery, and the rejection of the social norms that perpetuate slavery.",
    period: { start: '2015-01-01', end: '2020-12-31' },
    levels: ['Vision', 'Strategic priority', 'Key objective', 'Sub-objective'],
    meta: { source: ASI_STRATEGY, illustrativeTag: 'illustrative' },
  })
    // Goals
    .goal('vision', {
      level: 'Vision',
      title: 'A world free from slavery',
      description: `Our vision is a world free from slavery. ${MISSION}`,
      meta: { mission: MISSION },
    })
    .goal('strategic-priority', {
      level: 'Strategic priority',
      title: 'Significant progress towards slavery eradication in at least 10 countries by 2020',
      description: `Anti-Slavery’s strategic priority is to ensure significant progress towards slavery eradication in at least 10 countries by 2020 through working with beneficiaries and stakeholders from grassroots to international level to address slavery and its causes. Anti-Slavery will have obtained significant changes in at least 10 countries, through the establishment of new, or effective implementation of existing national laws, policies or practices for the benefit of people affected by or vulnerable to slavery by 2020. ${MULTI_LEVEL_APPROACH}`,
      contributesTo: ['vision'],
    })

    // Assumptions: declared before the links that rest on them
    .assumption('duty-bearers-act-on-evidence', {
      title: 'Duty bearers act on evidence from projects and advocacy',
      description: `Responsive duty bearers turn evidence from ASI's projects and local-to-global advocacy into new, or better implemented, national laws, policies and practices — the strategy's "uniquely multi-level approach", in which "the evidence based knowledge from our projects underpins local to global advocacy aimed at achieving sustained, systemic change". ${EXAMPLE_ASSUMPTION}`,
      meta: STATED_BY_EXAMPLE,
      status: 'uncertain',
      evidence: [
        {
          summary: 'The UK Modern Slavery Act 2015 includes the supply-chain transparency clause ASI lobbied for (section 54, in force 29 October 2015).',
          source: ASI_LEAFLET,
          date: '2015-10-29',
        },
        {
          summary: 'Uzbekistan let the ILO monitor its cotton harvest; forced labour fell by 40% between the 2018 and 2019 harvests, to 102,000 pickers.',
          source: ILO_UZBEKISTAN_2019,
        },
        {
          summary: 'Against: of 183 governments Walk Free assessed in 2019, 47 had not criminalised human trafficking and only 36 had ratified the 2014 ILO Forced Labour Protocol.',
          source: WALK_FREE_2019,
          date: '2019-07-17',
        },
      ],
    })
    .assumption('measures-are-enforced', {
      title: 'Anti-slavery measures are enforced, not only adopted',
      description: `Laws and institutions introduced by governments are resourced and used, so that duty bearers become accountable in practice. ${EXAMPLE_ASSUMPTION}`,
      meta: STATED_BY_EXAMPLE,
      status: 'uncertain',
      evidence: [
        {
          summary: 'Mauritania: three regional anti-slavery courts operational, 47 cases involving at least 53 suspects, and the first 2 convictions under the 2015 law (previous period: 0).',
          source: TIP_2017,
          date: '2017-03-31',
        },
        {
          summary: 'Mauritania: 3 slaveholders prosecuted and convicted in the following period — a start, but few convictions against the cases opened.',
          source: TIP_2018,
          date: '2018-03-31',
        },
        {
          summary: 'Against: Mauritania convicted no one in April 2018 – March 2019, while nine appeal cases were pending before the Nema anti-slavery court.',
          source: TIP_2019,
          date: '2019-03-31',
        },
        {
          summary: 'Mauritania: the Nema anti-slavery court convicted 5 in April 2019 – March 2020, in cases pending since 2011 and 2015; but the government has rarely imprisoned convicted slaveholders and still reported no comprehensive law-enforcement data.',
          source: TIP_2020,
          date: '2020-03-31',
        },
      ],
    })
    .assumption('disclosure-drives-action', {
      title: 'Transparency duties lead businesses to act, not only to report',
      description: `Duties to disclose what a business does about forced and child labour in its supply chains lead it to change what it does. ${EXAMPLE_ASSUMPTION}`,
      meta: STATED_BY_EXAMPLE,
      status: 'uncertain',
      evidence: [
        {
          summary: 'Section 54 of the UK Modern Slavery Act requires businesses with a turnover of £36m or more to publish an annual slavery and human trafficking statement.',
          source: MSA_S54,
          date: '2015-10-29',
        },
        {
          summary: 'Against: the statement may say that the organisation has taken no steps; the Act requires disclosure, not action.',
          source: MSA_S54_TEXT,
        },
      ],
    })
    .assumption('knowledge-becomes-action', {
      title: 'People who know their rights can safely use support and redress mechanisms',
      description: `Mechanisms for support and redress exist and are safe to use, so that better knowledge of rights turns into claims. ${EXAMPLE_ASSUMPTION}`,
      meta: STATED_BY_EXAMPLE,
      status: 'uncertain',
      evidence: [
        {
          summary: "In FY2015–16, 37 people in Mauritania were brought out of slavery with ASI's support.",
          source: ASI_NUMBERS_2015_16,
          date: '2016-03-31',
        },
        {
          summary: 'By March 2017 Mauritania had three regional anti-slavery courts in operation.',
          source: TIP_2017,
        },
        {
          summary: 'Against: evaluations of anti-trafficking programmes mostly track outputs rather than outcomes, so whether knowledge turns into successful claims is rarely known.',
          source: 'Bryant and Landman (2020), Combatting Human Trafficking Since Palermo: What Do We Know about What Works?',
        },
      ],
    })
    .assumption('partners-can-shift-norms', {
      title: 'Local partners have the reach and legitimacy to shift norms',
      description: `ASI's local partner organisations are present and trusted enough in their communities for their challenge to be heard. ${EXAMPLE_ASSUMPTION}`,
      meta: STATED_BY_EXAMPLE,
      status: 'holds',
      evidence: [
        {
          summary: 'In FY2015–16 ASI worked with over 40 organisations in more than 20 countries.',
          source: ASI_NUMBERS_2015_16,
          date: '2016-03-31',
        },
        {
          summary: 'Niger: the six schools ASI established for communities of slave descent are now government-funded, and three new ones opened.',
          source: ASI_2017,
          date: '2017-12-31',
        },
      ],
    })
    .assumption('international-recognition-reaches-countries', {
      title: 'International recognition is taken up in national law and practice',
      description: `What the international community recognises (slavery as a development issue, forced and child marriage as slavery, discrimination as a cause) is taken up by governments. ${EXAMPLE_ASSUMPTION}`,
      meta: STATED_BY_EXAMPLE,
      status: 'uncertain',
      evidence: [
        {
          summary: 'Forced marriage, at any age, is counted in the 2017 global estimates of modern slavery: 15.4 million of 40.3 million people. Child and early marriage as such is not.',
          source: ASI_2017,
          date: '2017-12-31',
        },
        {
          summary: 'Against: in 2019, 133 of 183 governments had not criminalised forced marriage, and SDG target 8.7 lacks indicators covering all forms of modern slavery.',
          source: WALK_FREE_2019,
          date: '2019-07-17',
        },
      ],
    })

    // Key objectives
    .objective('ko1', {
      ref: '1',
      level: 'Key objective',
      title: 'Duty bearers are responsive and accountable to the rights and needs of people affected by and vulnerable to slavery',
      description: 'To secure the responsiveness and accountability of duty bearers.',
      contributesTo: [{ to: 'strategic-priority', assumptions: ['duty-bearers-act-on-evidence'] }],
    })
    .objective('ko2', {
      ref: '2',
      level: 'Key objective',
      title: 'People affected by and vulnerable to slavery are empowered to understand, assert and claim their rights',
      description: 'To empower people affected by slavery to claim their rights.',
      contributesTo: ['strategic-priority'],
    })
    .objective('ko3', {
      ref: '3',
      level: 'Key objective',
      title: 'The social norms and attitudes that underpin and perpetuate slavery are rejected',
      description: 'To achieve rejection of the social norms and attitudes perpetuating slavery.',
      contributesTo: ['strategic-priority'],
    })

    // Sub-objectives
    .objective('so1-1', {
      ref: '1.1',
      level: 'Sub-objective',
      title: 'National governments and institutions, including law enforcement and judiciary, have introduced effective anti-slavery measures',
      description: 'Drawing on demonstrated learning from Anti-Slavery’s partners and programmes, national governments and institutions, including law enforcement and judiciary, have introduced effective anti-slavery measures to address the causes and consequences of slavery in each country.',
      contributesTo: [{ to: 'ko1', assumptions: ['measures-are-enforced'] }],
    })
    .objective('so1-2', {
      ref: '1.2',
      level: 'Sub-objective',
      title: 'Businesses have adopted effective approaches towards eliminating forced and child labour',
      description: 'Businesses have adopted effective approaches towards eliminating forced and child labour in business operations and supply chains.',
      contributesTo: [{ to: 'ko1', assumptions: ['disclosure-drives-action'] }],
    })
    .objective('so1-3', {
      ref: '1.3',
      level: 'Sub-objective',
      title: 'Slavery and its causes are recognised internationally as a fundamental development issue',
      contributesTo: [
        {
          to: 'ko1',
          assumptions: ['international-recognition-reaches-countries'],
          // Evidence on the link itself, both findings this example's reading (see asi.yaml).
          evidence: [
            {
              summary:
                "This example's reading of another programme's evaluation: working with the ILO's international structures helps change reach national duty bearers. The evaluation found that \"Building on existing ILO experiences and programs and collaborating and coordinating with them have proven essential to successful implementation.\"",
              source: ILAB_GAP_LEARNINGS,
              stance: 'supports',
              strength: 'moderate',
            },
            {
              summary:
                'This example\'s reading: after the ILO Committee on the Application of Standards placed Mauritania in a "special paragraph" (June 2015), three regional anti-slavery courts became operational and gave the first 2 convictions under the 2015 law (previous period: 0).',
              source: TIP_2017,
              date: '2017-03-31',
              stance: 'supports',
              strength: 'weak',
            },
          ],
        },
      ],
    })
    .objective('so2-1', {
      ref: '2.1',
      level: 'Sub-objective',
      title: 'People affected by and vulnerable to slavery have improved knowledge and understanding of the relevant legal framework and their rights',
      description: 'People affected by and vulnerable to slavery have improved knowledge and understanding of the relevant legal framework, their rights, the corresponding responsibilities of relevant duty bearers, available mechanisms for support and redress, and the potential hazards of a range of livelihood options.',
      contributesTo: [{ to: 'ko2', assumptions: ['knowledge-becomes-action'] }],
    })
    .objective('so2-2', {
      ref: '2.2',
      level: 'Sub-objective',
      title: 'People affected by and vulnerable to slavery have improved capacity and confidence to assert and claim their rights',
      description: 'People affected by and vulnerable to slavery have improved capacity and confidence to assert and claim their rights, participate in or lead collective representation, seek redress in the case of exploitation and make safer livelihoods choices.',
      contributesTo: ['ko2'],
    })
    .objective('so3-1', {
      ref: '3.1',
      level: 'Sub-objective',
      title: 'Local partner organisations effectively challenge the social norms and attitudes that underpin and perpetuate slavery',
      description: 'Local partner organisations effectively challenge the social norms and attitudes that underpin and perpetuate slavery in their countries and regions.',
      contributesTo: [{ to: 'ko3', assumptions: ['partners-can-shift-norms'] }],
    })
    .objective('so3-2', {
      ref: '3.2',
      level: 'Sub-objective',
      title: 'Slavery eradication is recognised as an issue of political economy',
      description: 'Slavery eradication is recognised as an issue of political economy, requiring fundamental reform of trade and migration policy as well as the advancement of national and international rule of law.',
      contributesTo: ['ko3'],
    })
    .objective('so3-3', {
      ref: '3.3',
      level: 'Sub-objective',
      title: 'The international community recognise child and early marriage as a form of slavery',
      contributesTo: [{ to: 'ko3', assumptions: ['international-recognition-reaches-countries'] }],
    })
    .objective('so3-4', {
      ref: '3.4',
      level: 'Sub-objective',
      title: 'The international community recognise that discrimination, in particular caste discrimination and gender discrimination, are fundamental causes of slavery',
      contributesTo: [{ to: 'ko3', assumptions: ['international-recognition-reaches-countries'] }],
    })

    // Duty bearers
    .dutyBearer('national-governments', {
      title: 'National governments and institutions',
      actorType: 'state',
      description: 'Governments and state institutions of the countries where ASI works, which introduce anti-slavery measures (1.1), establish or implement the laws, policies and practices of the strategic priority, and reform trade and migration policy and the rule of law (3.2). The strategy counts law enforcement and the judiciary among them; they are modelled as their own nodes below.',
      accountableFor: ['strategic-priority', 'ko1', 'so1-1', 'so3-2'],
    })
    .dutyBearer('law-enforcement', {
      title: 'Law enforcement',
      actorType: 'law-enforcement',
      description: 'Police, labour inspectors and prosecutors. The strategy names "law enforcement and judiciary" together within national institutions (1.1); they are kept as two nodes because their change is observed differently: identification, investigation and prosecution here, convictions and remedy in the courts.',
      accountableFor: ['ko1', 'so1-1'],
    })
    .dutyBearer('judiciary', {
      title: 'The judiciary',
      actorType: 'judiciary',
      description: "Courts, such as Mauritania's regional anti-slavery courts, which convict slaveholders and award remedy. A separate node from law enforcement for the reason given there.",
      accountableFor: ['ko1', 'so1-1'],
    })
    .dutyBearer('businesses', {
      title: 'Businesses',
      actorType: 'business',
      description: 'Companies whose operations and supply chains may depend on forced and child labour (1.2).',
      accountableFor: ['ko1', 'so1-2'],
    })
    .dutyBearer('international-community', {
      title: 'The international community',
      actorType: 'international',
      description: 'States acting together, UN bodies and agencies such as the ILO, and international donors, whose recognition the strategy seeks (1.3, 3.2, 3.3, 3.4).',
      accountableFor: ['ko1', 'so1-3', 'so3-2', 'so3-3', 'so3-4'],
    })
    .dutyBearer('local-partners', {
      title: 'Local partner organisations',
      actorType: 'civil-society',
      description: "ASI's partner organisations, which challenge norms in their countries and regions (3.1). Not duty bearers in the human-rights sense but, in Outcome-Mapping terms, boundary partners whose behaviour the strategy seeks to change; the format has no separate actor kind for them.",
      accountableFor: ['so3-1'],
    })

    // Rights holders
    .rightsHolder('affected-people', {
      title: 'People affected by and vulnerable to slavery',
      actorType: 'community',
      description: 'People in slavery, people who have left it and people at risk of it — for example people of slave descent in Mauritania and Niger and brick-kiln workers in India.',
      benefitsFrom: ['strategic-priority', 'ko2', 'so2-1', 'so2-2'],
    })

    // Indicators: strategic priority
    .indicator('countries-with-change', {
      title: 'Countries with new or effectively implemented laws, policies or practices',
      measures: ['strategic-priority'],
      measure: { kind: 'number' },
      unit: 'countries',
      combine: 'latest',
      baseline: {
        date: '2015-01-01',
        value: 0,
        note: "Inferred by this example: changes are counted from the strategy's start. The strategy states the target, not a baseline.",
      },
      targets: [{ date: '2020-12-31', value: 10, source: ASI_STRATEGY, note: "The strategy's one explicit target." }],
      observations: [
        {
          date: '2015-12-31',
          value: 2,
          note: "Illustrative count. Published changes that year include the UK Modern Slavery Act 2015 and Mauritania's 2015 anti-slavery law.",
        },
        { date: '2016-12-31', value: 3 },
        {
          date: '2017-12-31',
          value: 5,
          note: "Illustrative count. Published changes include government funding of ASI's schools in Niger.",
        },
        { date: '2018-12-31', value: 6 },
        {
          date: '2019-12-31',
          value: 8,
          note: 'Illustrative count. Published changes include the ILO-monitored fall in forced labour in Uzbekistan.',
        },
        { date: '2020-12-31', value: 9 },
      ],
      tags: ['illustrative'],
      meta: { illustrative: ['observations'], inferred: ['baseline'] },
      note: "ILLUSTRATIVE observations: ASI published no running count of countries. The target of 10 countries by 2020 is the strategy's own; the baseline of 0 is this example's inference.",
    })

    // Key objective 1
    .indicator('duty-bearer-review', {
      title: "Annual review of duty bearers' responsiveness and accountability in focus countries",
      measures: ['ko1'],
      measure: { kind: 'qualitative' },
      baseline: { date: '2015-01-01', value: 'Strategy baseline', rating: 0 },
      targets: [
        {
          date: '2020-12-31',
          value: 'Duty bearers in at least 10 countries have adopted, and are implementing, effective anti-slavery measures',
          rating: 1,
        },
      ],
      observations: [
        {
          date: '2015-06-30',
          value: 'Following the June 2015 International Labour Conference, the ILO Committee on the Application of Standards placed Mauritania in a "special paragraph" over forced labour and slavery: an international call to account.',
          rating: 0.1,
          source: `${ASI_NUMBERS_2015_16}; ${ILO_CAS_MAURITANIA_2016}`,
          note: "ASI reports the special paragraph for FY2015–16; the ILO records the Committee's conclusions of June 2015 (104th session of the Conference, May–June 2015). Dated at the end of June 2015, the exact day not being given.",
        },
        {
          date: '2015-12-31',
          value: 'The UK Modern Slavery Act 2015 requires large businesses to report on slavery in their supply chains; Mauritania adopts a new anti-slavery law; UN member states adopt SDG target 8.7 on ending modern slavery.',
          rating: 0.2,
          source: `${MSA_S54}; ${TIP_2017}; ${ASI_LEAFLET}`,
        },
        {
          date: '2017-12-31',
          value: 'Mauritania: three regional anti-slavery courts operational, 47 cases involving at least 53 suspects, first 2 convictions under the 2015 law. Niger: the six schools ASI established for communities of slave descent are now government-funded.',
          rating: 0.4,
          source: `${TIP_2017}; ${ASI_2017}`,
        },
        {
          date: '2018-12-31',
          value: 'Mauritania: 3 slaveholders prosecuted and convicted in the 2017–18 reporting period. Courts are working, but convictions remain few against the cases opened.',
          rating: 0.45,
          source: TIP_2018,
        },
        {
          date: '2019-12-31',
          value: 'Uzbekistan: ILO monitoring of the 2019 cotton harvest finds 102,000 pickers in forced labour, 40% fewer than in 2018, and systematic child labour eradicated. Walk Free finds 47 of 183 governments still had not criminalised human trafficking. Mauritania convicted no one in April 2018 – March 2019.',
          rating: 0.55,
          source: `${ILO_UZBEKISTAN_2019}; ${WALK_FREE_2019}; ${TIP_2019}`,
        },
      ],
      tags: ['illustrative'],
      meta: { illustrative: ['ratings'] },
      note: "The findings summarise published facts (sources on each observation); the RATINGS are ILLUSTRATIVE judgements, as a review team would make them. No finding is written for 2016 or 2020; Mauritania's convictions of April 2019 – March 2020 are counted under 1.1.",
    })

    // Sub-objective 1.1: national governments and institutions
    .indicator('mauritania-government-markers', {
      title: 'The Mauritanian state acts against descent-based slavery (progress markers)',
      measures: ['so1-1'],
      measure: { kind: 'markers', markers: MAURITANIA_MARKERS },
      baseline: { date: '2015-01-01', value: [] },
      targets: [
        {
          date: '2020-12-31',
          value: MAURITANIA_MARKERS.map((m) => m.id),
          note: 'Every marker; the love-to-see markers are aspirational.',
        },
      ],
      observations: [
        { date: '2015-12-31', value: ['law'], source: TIP_2017, note: 'The 2015 anti-slavery law.' },
        {
          period: { start: '2016-04-01', end: '2017-03-31' },
          value: ['law', 'courts', 'cases', 'convictions'],
          source: TIP_2017,
          note: 'TIP 2017 (April 2016 – March 2017): three regional anti-slavery courts operational; 47 cases involving at least 53 suspects; the first 2 convictions under the 2015 law.',
        },
        {
          period: { start: '2017-04-01', end: '2018-03-31' },
          value: ['law', 'courts', 'cases', 'convictions', 'repeat-convictions'],
          source: TIP_2018,
          note: 'TIP 2018 (April 2017 – March 2018): 3 slaveholders prosecuted and convicted.',
        },
        {
          period: { start: '2019-04-01', end: '2020-03-31' },
          value: ['law', 'courts', 'cases', 'convictions', 'repeat-convictions'],
          source: TIP_2020,
          note: "TIP 2020 (April 2019 – March 2020): the Nema anti-slavery court convicted 5, after no convictions in the 2019 report's period. No new marker: the government still reported no comprehensive law-enforcement data (public-data not seen).",
        },
      ],
      note: "Each observation lists every marker seen so far. The observations map published facts to markers; the marker set is this example's own. Counting behaviour, not only numbers, is what Free the Slaves found Outcome Mapping brought to anti-slavery monitoring.",
    })
    .indicator('mauritania-convictions', {
      title: 'Slavery and trafficking convictions in Mauritania (US TIP reports, running total)',
      measures: ['so1-1'],
      measure: { kind: 'number' },
      unit: 'convictions',
      combine: 'cumulative',
      baseline: { date: '2015-01-01', value: 0, note: 'The 2015 anti-slavery law dates from that year.' },
      targets: [{ date: '2020-12-31', value: 20, note: 'Illustrative target.' }],
      observations: [
        {
          period: { start: '2015-04-01', end: '2016-03-31' },
          value: 0,
          source: TIP_2017,
          note: 'TIP 2017 gives 0 convictions for the previous period (April 2015 – March 2016).',
        },
        {
          period: { start: '2016-04-01', end: '2017-03-31' },
          value: 2,
          source: TIP_2017,
          note: 'TIP 2017 (April 2016 – March 2017): 2 slaveholders convicted by the Nema court, the first convictions under the 2015 law.',
        },
        {
          period: { start: '2017-04-01', end: '2018-03-31' },
          value: 3,
          source: TIP_2018,
          note: "TIP 2018 (April 2017 – March 2018): 3 slaveholders prosecuted and convicted. The report gives 2 convictions for the previous period, as TIP 2017 did, but counts that period's investigations differently.",
        },
        { period: { start: '2018-04-01', end: '2019-03-31' }, value: 0, source: TIP_2019, note: 'TIP 2019 (April 2018 – March 2019) gives 0 convictions.' },
        {
          period: { start: '2019-04-01', end: '2020-03-31' },
          value: 5,
          source: TIP_2020,
          note: 'TIP 2020 (April 2019 – March 2020): the Nema anti-slavery court convicted 5, in cases pending since 2011 and 2015.',
        },
      ],
      tags: ['illustrative'],
      meta: { illustrative: ['targets'] },
      note: "Each observation is one TIP report's count for its own April–March period, so the observations add up: about 10 convictions from April 2015 to March 2020 (0 + 2 + 3 + 0 + 5). \"About\", because each report counts its own period as the government and the media reported it (the government published no comprehensive data), and the 2020 convictions include cases pending since 2011, before the 2015 law. The observations are published; the TARGET of 20 is ILLUSTRATIVE.",
    })
    .indicator('uzbek-cotton-forced-labour', {
      title: "People in forced labour in Uzbekistan's cotton harvest",
      measures: ['so1-1'],
      measure: { kind: 'number' },
      unit: 'people',
      direction: 'decrease',
      combine: 'latest',
      frameworks: [SDG_8_7],
      baseline: {
        date: '2018-12-31',
        value: 170000,
        source: ILO_UZBEKISTAN_2019,
        note: 'Derived — the ILO found 102,000 in 2019, 40% fewer than in 2018.',
        flags: ['estimated'],
      },
      targets: [{ date: '2020-12-31', value: 0, note: "Eradication, the strategy's aim; not a published milestone." }],
      observations: [
        {
          date: '2018-12-31',
          value: 170000,
          source: ILO_UZBEKISTAN_2019,
          note: "Derived from the ILO's 2019 figure (about 170,000).",
          flags: ['estimated'],
        },
        {
          date: '2019-12-31',
          value: 102000,
          source: ILO_UZBEKISTAN_2019,
          note: 'ILO third-party monitoring of the 2019 harvest: 102,000 pickers in forced labour, 40% fewer than in 2018; "systematic child labour has been eradicated".',
        },
      ],
      source: 'ILO third-party monitoring of the cotton harvest',
      note: 'A government measure at work: Uzbekistan accepted ILO monitoring of its harvest. The series starts in 2018 because the published figures found start there (the 2018 value is derived). The TARGET of zero is the aim of eradication itself, not an invented milestone.',
    })
    .indicator('niger-schools-government-funded', {
      title: 'Share of the schools ASI established in Niger for communities of slave descent that the government funds',
      measures: ['so1-1'],
      measure: { kind: 'percentage' },
      unit: '%',
      baseline: {
        date: '2015-01-01',
        value: 0,
        note: 'Inferred by this example: ASI reported in 2017 that the schools are now government-funded.',
      },
      targets: [{ date: '2020-12-31', value: 100, note: 'Illustrative target (full hand-over).' }],
      observations: [
        {
          date: '2017-12-31',
          value: 100,
          source: ASI_2017,
          note: 'All six schools are now government-funded, and three new ones opened.',
        },
      ],
      tags: ['illustrative'],
      meta: { illustrative: ['targets'], inferred: ['baseline'] },
      note: 'The observation is published; the BASELINE is inferred and the TARGET ILLUSTRATIVE.',
    })

    // Sub-objective 1.2: businesses
    .indicator('business-markers', {
      title: 'Companies ASI engages change how they tackle forced and child labour (progress markers)',
      measures: ['so1-2'],
      measure: { kind: 'markers', markers: BUSINESS_MARKERS },
      baseline: { date: '2015-01-01', value: [] },
      targets: [
        {
          date: '2020-12-31',
          value: BUSINESS_MARKERS.map((m) => m.id),
          note: 'Every marker; the love-to-see markers are aspirational.',
        },
      ],
      observations: [
        { date: '2016-12-31', value: ['statement'] },
        { date: '2017-12-31', value: ['statement', 'responds'] },
        { date: '2018-12-31', value: ['statement', 'names-risks', 'responds'] },
        {
          date: '2019-12-31',
          value: ['statement', 'names-risks', 'responds', 'maps-suppliers', 'stops-sourcing'],
        },
        {
          date: '2020-12-31',
          value: ['statement', 'names-risks', 'responds', 'maps-suppliers', 'stops-sourcing', 'grievance'],
        },
      ],
      tags: ['illustrative'],
      meta: { illustrative: ['observations'] },
      note: 'ILLUSTRATIVE observations: the markers most companies in an engagement group show each year, as a review would record them; none are published. Each lists every marker seen so far.',
    })
    .indicator('uk-supply-chain-reporting', {
      title: 'UK law requires large businesses to report on slavery in their supply chains',
      measures: ['so1-2'],
      measure: { kind: 'boolean' },
      maxReadingAge: 'P10Y',
      baseline: { date: '2015-01-01', value: false },
      targets: [{ date: '2020-12-31', value: true }],
      observations: [
        {
          date: '2015-10-29',
          value: true,
          source: `${MSA_S54}; ${ASI_LEAFLET}`,
          note: 'Modern Slavery Act 2015, section 54, in force 29 October 2015: businesses with a turnover of £36m or more must publish an annual slavery and human trafficking statement. ASI lobbied for the clause.',
        },
      ],
      note: 'The lever ASI lobbied for, rather than business behaviour itself, which the progress markers above track.',
    })

    // Sub-objective 1.3: international recognition as a development issue
    .indicator('sdg-target-8-7', {
      title: 'Ending modern slavery is a target of the UN Sustainable Development Goals',
      measures: ['so1-3'],
      measure: { kind: 'boolean' },
      maxReadingAge: 'P10Y',
      frameworks: [SDG_8_7],
      baseline: { date: '2015-01-01', value: false },
      targets: [{ date: '2020-12-31', value: true }],
      observations: [
        {
          date: '2015-09-25',
          value: true,
          source: ASI_LEAFLET,
          note: 'The UN General Assembly adopted the SDGs on 25 September 2015, with target 8.7; ASI reports helping to include slavery eradication as a target.',
        },
      ],
    })

    // Key objective 2
    .indicator('people-counted-by-asi', {
      title: "People in ASI's yearly headline figure (supported, lives changed or empowered; definitions differ)",
      measures: ['ko2'],
      measure: { kind: 'number' },
      unit: 'people',
      combine: 'latest',
      baseline: { date: '2015-01-01', value: 0, note: "Convention: counted from the strategy's start." },
      targets: [{ date: '2020-12-31', value: 100000, note: 'Illustrative target.' }],
      observations: [
        {
          period: { start: '2015-04-01', end: '2016-03-31' },
          value: 115200,
          source: ASI_NUMBERS_2015_16,
          note: 'FY2015–16: "directly supporting over 115,200 people", with over 40 organisations in more than 20 countries. Definition: people directly SUPPORTED.',
        },
        {
          period: { start: '2017-01-01', end: '2017-12-31' },
          value: 81000,
          source: ASI_2017,
          note: 'Calendar 2017: ASI\'s work helped "change the lives of over 81,000 people affected by slavery". Definition: people whose lives ASI says it CHANGED — not a count of people reached or supported. A different definition and period: not comparable with FY2015–16, and not to be added to it.',
        },
        {
          period: { start: '2017-04-01', end: '2018-03-31' },
          value: 77388,
          source: ASI_REVIEW_2017_18,
          note: 'FY2017–18: 77,388 people "directly empowered to understand, assert and claim their rights" across 19 projects in 14 countries (people EMPOWERED, the wording of key objective 2). Overlaps calendar 2017: not to be added to it.',
        },
      ],
      tags: ['illustrative'],
      meta: { illustrative: ['baseline', 'targets'] },
      note: "ASI's headline count of people changes its definition from year to year: people directly supported (FY2015–16), people whose lives its work changed (2017), people directly empowered (FY2017–18). The observations are published, but are read one at a time (\"latest\"), never added up or compared as a trend. The baseline of 0 is a convention and the TARGET is ILLUSTRATIVE. No figures for 2019–2020 were found.",
    })

    // Sub-objective 2.1: knowledge of rights
    .indicator('rights-knowledge', {
      title: 'Share of people in project communities who know their rights and where to seek support or redress',
      measures: ['so2-1'],
      measure: { kind: 'percentage' },
      unit: '%',
      baseline: { date: '2015-01-01', value: 25 },
      targets: [{ date: '2017-12-31', value: 45, note: 'Mid-point milestone.' }, { date: '2020-12-31', value: 70 }],
      observations: [
        { date: '2015-12-31', value: 27 },
        { date: '2016-12-31', value: 33 },
        { date: '2017-12-31', value: 41 },
        { date: '2018-12-31', value: 49 },
        { date: '2019-12-31', value: 55 },
        { date: '2020-12-31', value: 62 },
      ],
      tags: ['illustrative'],
      meta: { illustrative: ['baseline', 'targets', 'observations'] },
      note: 'ILLUSTRATIVE throughout: the kind of annual sample survey a project would run; no such figures are published.',
    })
    .indicator('brick-kiln-workers-reached', {
      title: 'Brick-kiln workers in India reached by ASI and its partners in the year',
      measures: ['so2-1'],
      measure: { kind: 'number' },
      unit: 'workers',
      combine: 'latest',
      baseline: { date: '2015-01-01', value: 0, note: "Convention: counted from the strategy's start." },
      targets: [{ date: '2020-12-31', value: 60000, note: 'Illustrative target.' }],
      observations: [{ period: { start: '2015-04-01', end: '2016-03-31' }, value: 53683, source: ASI_NUMBERS_2015_16, note: 'FY2015–16.' }],
      tags: ['illustrative'],
      meta: { illustrative: ['baseline', 'targets'] },
      note: 'The observation is published; the baseline of 0 is a convention and the TARGET is ILLUSTRATIVE. No later figure was found.',
    })

    // Sub-objective 2.2: capacity and confidence to claim rights
    .indicator('mauritania-people-freed', {
      title: "People brought out of slavery in Mauritania with ASI's support",
      measures: ['so2-2'],
      measure: { kind: 'number' },
      unit: 'people',
      combine: 'cumulative',
      baseline: { date: '2015-01-01', value: 0 },
      targets: [{ date: '2020-12-31', value: 200, note: 'Illustrative target.' }],
      observations: [{ period: { start: '2015-04-01', end: '2016-03-31' }, value: 37, source: ASI_NUMBERS_2015_16, note: 'FY2015–16.' }],
      tags: ['illustrative'],
      meta: { illustrative: ['targets'] },
      note: 'Leaving slavery and seeking redress is the claim 2.2 is about. The observation is published; the TARGET is ILLUSTRATIVE. No later figure was found.',
    })
    .indicator('niger-children-in-education', {
      title: 'Children of slave descent in Niger helped into education in the year',
      measures: ['so2-2'],
      measure: { kind: 'number' },
      unit: 'children',
      combine: 'latest',
      baseline: { date: '2015-01-01', value: 0, note: "Convention: counted from the strategy's start." },
      targets: [{ date: '2020-12-31', value: 500, note: 'Illustrative target.' }],
      observations: [
        {
          period: { start: '2015-04-01', end: '2016-03-31' },
          value: 452,
          source: ASI_NUMBERS_2015_16,
          note: 'FY2015–16; 3,287 family members were supported as well.',
        },
      ],
      tags: ['illustrative'],
      meta: { illustrative: ['baseline', 'targets'] },
      note: 'The observation is published; the baseline of 0 is a convention and the TARGET is ILLUSTRATIVE. No later figure was found.',
    })
    .indicator('movements-strengthened', {
      title: 'Anti-slavery movements strengthened in the year',
      measures: ['so2-2'],
      measure: { kind: 'number' },
      unit: 'movements',
      combine: 'latest',
      baseline: { date: '2015-01-01', value: 0, note: "Convention: counted from the strategy's start." },
      targets: [{ date: '2020-12-31', value: 20, note: 'Illustrative target.' }],
      observations: [
        {
          period: { start: '2017-04-01', end: '2018-03-31' },
          value: 17,
          source: ASI_REVIEW_2017_18,
          note: 'FY2017–18, "over 17 anti-slavery movements strengthened across 19 projects in 14 countries".',
        },
      ],
      tags: ['illustrative'],
      meta: { illustrative: ['baseline', 'targets'] },
      note: 'Collective representation, as 2.2 puts it. The observation is published (a lower bound); the baseline of 0 is a convention and the TARGET is ILLUSTRATIVE.',
    })

    // Key objective 3
    .indicator('norm-change-stage', {
      title: 'Stage of rejection of slavery-related norms in project communities (median across projects)',
      measures: ['ko3'],
      measure: {
        kind: 'scale',
        levels: [
          'Accepted as normal',
          'Questioned by some',
          'Openly challenged by local leaders',
          'Rejected by most of the community',
          'Rejection upheld by local institutions',
        ],
      },
      baseline: { date: '2015-01-01', value: 'Questioned by some' },
      targets: [
        { date: '2017-12-31', value: 'Openly challenged by local leaders', note: 'Mid-point milestone.' },
        { date: '2020-12-31', value: 'Rejected by most of the community' },
      ],
      observations: [
        { date: '2015-12-31', value: 'Questioned by some' },
        { date: '2016-12-31', value: 'Questioned by some' },
        { date: '2017-12-31', value: 'Openly challenged by local leaders' },
        { date: '2018-12-31', value: 'Openly challenged by local leaders' },
        { date: '2019-12-31', value: 'Openly challenged by local leaders' },
        { date: '2020-12-31', value: 'Openly challenged by local leaders' },
      ],
      tags: ['illustrative'],
      meta: { illustrative: ['baseline', 'targets', 'observations'] },
      note: 'ILLUSTRATIVE throughout: a scale a programme team might rate each year; norms move slowly, and this invented series stalls short of its target.',
    })

    // Sub-objective 3.1: local partner organisations
    .indicator('partners-effective', {
      title: 'Share of local partner organisations whose norm-change work is rated effective in the annual partner review',
      measures: ['so3-1'],
      measure: { kind: 'percentage' },
      unit: '%',
      baseline: { date: '2015-01-01', value: 40 },
      targets: [{ date: '2020-12-31', value: 75 }],
      observations: [
        { date: '2015-12-31', value: 40 },
        { date: '2016-12-31', value: 45 },
        { date: '2017-12-31', value: 52 },
        { date: '2018-12-31', value: 58 },
        { date: '2019-12-31', value: 63 },
        { date: '2020-12-31', value: 66 },
      ],
      tags: ['illustrative'],
      meta: { illustrative: ['baseline', 'targets', 'observations'] },
      note: 'ILLUSTRATIVE throughout. For scale: in FY2015–16 ASI worked with over 40 organisations in more than 20 countries (published).',
    })

    // Sub-objective 3.2: political economy and the rule of law
    .indicator('forced-labour-protocol-ratifications', {
      title: 'Governments that have ratified the 2014 ILO Forced Labour Protocol',
      measures: ['so3-2'],
      measure: { kind: 'number' },
      unit: 'governments',
      combine: 'latest',
      frameworks: [{ framework: 'ILO', code: 'P029', title: 'Protocol of 2014 to the Forced Labour Convention, 1930' }],
      baseline: {
        date: '2014-06-11',
        value: 0,
        note: 'Adopted by the International Labour Conference on 11 June 2014.',
      },
      targets: [
        {
          date: '2018-12-31',
          value: 50,
          source: FIFTY_FOR_FREEDOM_GOAL,
          note: 'The published goal of "50 for Freedom", the campaign of the ILO with the IOE and the ITUC: at least 50 ratifications by 2018.',
        },
        {
          date: '2020-12-31',
          value: 50,
          sources: FIFTY_FOR_FREEDOM_REACHED,
          note: "The same goal, held to the strategy's end: it was not met by then (the fiftieth ratification, Sudan's, came on 17 March 2021).",
        },
      ],
      observations: [
        {
          date: '2019-07-17',
          value: 36,
          source: WALK_FREE_2019,
          note: 'Walk Free, "Measurement, Action, Freedom", published 17 July 2019: 36 of the 183 governments assessed had ratified.',
        },
      ],
      note: 'The advancement of international rule of law, as 3.2 puts it. The observation and the target are published.',
    })

    // Sub-objective 3.3: child and early marriage
    .indicator('marriage-recognised-as-slavery', {
      title: 'How far the international community recognises child and early marriage as a form of slavery',
      measures: ['so3-3'],
      measure: {
        kind: 'scale',
        levels: [
          'Marriage not counted in the global estimates of modern slavery',
          'Forced marriage, at any age, counted as modern slavery',
          'Child and early marriage as such recognised as a form of slavery',
        ],
      },
      baseline: {
        date: '2015-01-01',
        value: 'Marriage not counted in the global estimates of modern slavery',
        note: 'Inferred by this example: the strategy seeks this recognition, so it is taken as absent at the start.',
      },
      targets: [
        {
          date: '2020-12-31',
          value: 'Child and early marriage as such recognised as a form of slavery',
          note: "Sub-objective 3.3 in the strategy's words.",
        },
      ],
      observations: [
        {
          date: '2017-12-31',
          value: 'Forced marriage, at any age, counted as modern slavery',
          source: ASI_2017,
          note: 'The 2017 global estimates count 15.4 million people in forced marriage among 40.3 million in modern slavery. They count forced marriage at any age, so child and early marriage is counted only where it is forced, not as such.',
        },
      ],
      meta: { inferred: ['baseline'] },
      note: 'A lower claim than "achieved": the published step, forced marriage in the global estimates, is half-way on this scale, and no later step was found. The levels are this example\'s own reading of 3.3.',
    })

    // Sub-objective 3.4: discrimination as a cause of slavery
    .indicator('discrimination-recognition', {
      title: 'How far international bodies recognise caste and gender discrimination as causes of slavery',
      measures: ['so3-4'],
      measure: {
        kind: 'scale',
        levels: [
          'Not acknowledged',
          'Raised by civil society only',
          'Acknowledged in UN expert reports',
          'Reflected in intergovernmental recommendations',
          'Acted on in international programmes and funding',
        ],
      },
      baseline: { date: '2015-01-01', value: 'Raised by civil society only' },
      targets: [{ date: '2020-12-31', value: 'Reflected in intergovernmental recommendations' }],
      observations: [
        { date: '2015-12-31', value: 'Raised by civil society only' },
        { date: '2016-12-31', value: 'Raised by civil society only' },
        { date: '2017-12-31', value: 'Acknowledged in UN expert reports' },
        { date: '2018-12-31', value: 'Acknowledged in UN expert reports' },
        { date: '2019-12-31', value: 'Acknowledged in UN expert reports' },
        { date: '2020-12-31', value: 'Acknowledged in UN expert reports' },
      ],
      tags: ['illustrative'],
      meta: { illustrative: ['baseline', 'targets', 'observations'] },
      note: 'ILLUSTRATIVE throughout; no published assessment was found.',
    })
    .build();
}
