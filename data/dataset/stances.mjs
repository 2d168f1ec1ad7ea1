// @ts-check
import { cite, t } from './helpers.mjs';

/**
 * Positions the article gives (or reports, or argues). Conservative on purpose: a position is
 * recorded only where a sentence carries it; `basis` says how the article knows it.
 * Every actor × issue pair not listed here is written as an explicit `not-stated` stance by
 * data/scripts/build.mjs. The `not-stated` records below carry a note and the sentence that
 * leaves the question open.
 * @type {import('../../packages/data/src/schema.js').Stance[]}
 */
export const stances = [
  // --- The United States: pressure, conditional arms, backing for the force ---------------
  {
    actor: 'united-states',
    issue: 'us-arms-deliveries',
    position: 'conditional',
    basis: 'reported',
    note: t(
      'Alleen als Oekraïne instemt met de deal (terugtrekking uit de Donbas en een staakt-het-vuren).',
      'Only if Ukraine accepts the deal (withdrawal from the Donbas and a ceasefire).',
    ),
    citations: [
      cite(
        3,
        'Nu dwingen de Verenigde Staten Kiev richting een akkoord: geen nieuwe wapenleveringen meer, tenzij Oekraïne instemt met een deal waarbij het zich terugtrekt uit de Donbas en een staakt‑het‑vuren accepteert.',
        'Now the United States is forcing Kyiv towards an agreement: no more new arms deliveries unless Ukraine agrees to a deal under which it withdraws from the Donbas and accepts a ceasefire.',
      ),
    ],
  },
  {
    actor: 'united-states',
    issue: 'leave-donbas',
    position: 'supports',
    basis: 'reported',
    note: t(
      'De VS zetten Kiev onder druk om deze deal te accepteren.',
      'The US is pressing Kyiv to accept this deal.',
    ),
    citations: [
      cite(
        3,
        'Nu dwingen de Verenigde Staten Kiev richting een akkoord',
        'Now the United States is forcing Kyiv towards an agreement',
      ),
      cite(
        3,
        'een deal waarbij het zich terugtrekt uit de Donbas',
        'a deal under which it withdraws from the Donbas',
      ),
    ],
  },
  {
    actor: 'united-states',
    issue: 'ceasefire',
    position: 'supports',
    basis: 'reported',
    note: t(
      'De VS zetten Kiev onder druk om deze deal te accepteren.',
      'The US is pressing Kyiv to accept this deal.',
    ),
    citations: [
      cite(
        3,
        'Nu dwingen de Verenigde Staten Kiev richting een akkoord',
        'Now the United States is forcing Kyiv towards an agreement',
      ),
      cite(3, 'en een staakt‑het‑vuren accepteert', 'and accepts a ceasefire'),
    ],
  },
  {
    actor: 'united-states',
    issue: 'binding-agreement',
    position: 'supports',
    basis: 'reported',
    note: t(
      'Het artikel meldt dat de VS Kiev naar een akkoord dwingen; een Amerikaans standpunt over een akkoord met Moskou staat er niet in.',
      'The article reports the US forcing Kyiv towards an agreement; it states no US position on an agreement with Moscow.',
    ),
    citations: [
      cite(
        3,
        'Nu dwingen de Verenigde Staten Kiev richting een akkoord',
        'Now the United States is forcing Kyiv towards an agreement',
      ),
    ],
  },
  {
    actor: 'united-states',
    issue: 'security-guarantees',
    position: 'supports',
    basis: 'reported',
    note: t('Via zijn topvertegenwoordigers.', 'Through its top representatives.'),
    citations: [
      cite(
        4,
        'topvertegenwoordigers van de VS in met “robuuste veiligheidsgaranties” voor Oekraïne',
        'top representatives of the US agreed to “robust security guarantees” for Ukraine',
      ),
    ],
  },
  {
    actor: 'united-states',
    issue: 'multinational-force',
    position: 'supports',
    basis: 'reported',
    note: t(
      'Politieke rugdekking, geen eigen bijdrage genoemd.',
      'Political backing; no US contribution of troops is mentioned.',
    ),
    citations: [cite(6, 'politieke rugdekking van de VS', 'political backing from the US')],
  },
  // --- The parties to Monday's agreement --------------------------------------------------
  ...['zelensky', 'european-leaders', 'merz', 'us-representatives'].flatMap(
    (actor) =>
      /** @type {import('../../packages/data/src/schema.js').Stance[]} */ ([
        {
          actor,
          issue: 'security-guarantees',
          position: 'supports',
          basis: 'reported',
          citations: [
            cite(
              4,
              'Maandagavond stemden president Volodymyr Zelensky, Europese leiders onder aanvoering van de Duitse bondskanselier Friedrich Merz en topvertegenwoordigers van de VS in met “robuuste veiligheidsgaranties” voor Oekraïne.',
              'On Monday evening, President Volodymyr Zelensky, European leaders led by German Chancellor Friedrich Merz and top US representatives agreed to “robust security guarantees” for Ukraine.',
            ),
          ],
        },
        {
          actor,
          issue: 'multinational-force',
          position: 'supports',
          basis: 'reported',
          note: t(
            'De troepenmacht is volgens het artikel de kern van de afspraak van maandagavond.',
            'According to the article, the force is the core of Monday evening’s agreement.',
          ),
          citations: [
            cite(
              6,
              'De kern van de afspraak is de oprichting van een door Europa geleide “multinationale troepenmacht voor Oekraïne”',
              'The core of the agreement is the creation of a European-led “multinational force for Ukraine”',
            ),
          ],
        },
      ]),
  ),
  {
    actor: 'germany',
    issue: 'security-guarantees',
    position: 'supports',
    basis: 'reported',
    note: t('Via bondskanselier Merz.', 'Through Chancellor Merz.'),
    citations: [
      cite(
        4,
        'Europese leiders onder aanvoering van de Duitse bondskanselier Friedrich Merz',
        'European leaders led by German Chancellor Friedrich Merz',
      ),
    ],
  },
  {
    actor: 'ukraine',
    issue: 'security-guarantees',
    position: 'supports',
    basis: 'reported',
    note: t('Via president Zelensky.', 'Through President Zelensky.'),
    citations: [
      cite(
        4,
        'Maandagavond stemden president Volodymyr Zelensky',
        'On Monday evening, President Volodymyr Zelensky … agreed',
      ),
    ],
  },
  {
    actor: 'willing-countries',
    issue: 'multinational-force',
    position: 'supports',
    basis: 'reported',
    note: t('Zij leveren bijdragen aan de troepenmacht.', 'They contribute to the force.'),
    citations: [
      cite(
        6,
        'met bijdragen van “bereidwillige landen”',
        'with contributions from “willing countries”',
      ),
    ],
  },
  // --- Ukraine: the deal's terms are open ---------------------------------------------------
  ...['leave-donbas', 'ceasefire', 'binding-agreement'].map(
    (issue) =>
      /** @type {import('../../packages/data/src/schema.js').Stance} */ ({
        actor: 'ukraine',
        issue,
        position: 'not-stated',
        note: t(
          'Het artikel laat open of Kiev tekent.',
          'The article leaves open whether Kyiv signs.',
        ),
        citations: [
          cite(7, 'als Kiev tekent', 'if Kyiv signs'),
          cite(9, 'accepteert Oekraïne de deal', 'if Ukraine accepts the deal'),
        ],
      }),
  ),
  // --- Russia and Putin: the paradox --------------------------------------------------------
  {
    actor: 'russia',
    issue: 'nato-at-border',
    position: 'opposes',
    basis: 'reported',
    note: t('De officiële reden voor de oorlog.', 'The official reason given for the war.'),
    citations: [
      cite(
        3,
        'officieel om onder meer te verhinderen dat NAVO‑troepen via Oekraïne naar de Russische grens oprukken',
        'officially, among other things, to prevent NATO troops from advancing via Ukraine to the Russian border',
      ),
    ],
  },
  {
    actor: 'putin',
    issue: 'nato-at-border',
    position: 'opposes',
    basis: 'reported',
    note: t(
      'Zijn argument om de invasie te rechtvaardigen.',
      'His argument to justify the invasion.',
    ),
    citations: [
      cite(
        9,
        'Juist dat scenario – NAVO‑soldaten en ‑vliegtuigen direct aan de Russische grens – gebruikte Poetin vanaf het begin als argument om de invasie te rechtvaardigen.',
        'Precisely that scenario – NATO soldiers and aircraft right at the Russian border – is what Putin used from the start as an argument to justify the invasion.',
      ),
    ],
  },
  {
    actor: 'putin',
    issue: 'nato-air-policing',
    position: 'opposes',
    basis: 'article-analysis',
    note: t(
      'Afgeleid door het artikel: NAVO-vliegtuigen aan de Russische grens waren zijn argument voor de invasie.',
      'The article’s inference: NATO aircraft at the Russian border were his argument for the invasion.',
    ),
    citations: [
      cite(
        9,
        'NAVO‑soldaten en ‑vliegtuigen direct aan de Russische grens',
        'NATO soldiers and aircraft right at the Russian border',
      ),
    ],
  },
  {
    actor: 'russia',
    issue: 'multinational-force',
    position: 'opposes',
    basis: 'article-analysis',
    citations: [
      cite(
        4,
        'krijgt iets terug wat Moskou altijd heeft willen vermijden – een structurele, westerse veiligheidspresentie in het land',
        'gets something in return that Moscow has always wanted to avoid – a structural Western security presence in the country',
      ),
    ],
  },
  {
    actor: 'putin',
    issue: 'multinational-force',
    position: 'opposes',
    basis: 'article-analysis',
    citations: [
      cite(
        10,
        'Om westerse troepen uit Oekraïne weg te houden, rest Poetin in de praktijk maar één optie',
        'To keep Western troops out of Ukraine, Putin in practice has only one option left',
      ),
    ],
  },
  {
    actor: 'russia',
    issue: 'security-guarantees',
    position: 'opposes',
    basis: 'article-analysis',
    citations: [
      cite(
        10,
        'de enige manier voor het Kremlin om de westerse veiligheidsgaranties – en de NAVO‑soldaten – op afstand te houden',
        'the only way for the Kremlin to keep the Western security guarantees – and the NATO soldiers – at bay',
      ),
    ],
  },
  {
    actor: 'russia',
    issue: 'binding-agreement',
    position: 'opposes',
    basis: 'article-analysis',
    note: t(
      'Een verwachting van deskundigen en het artikel, geen verklaard standpunt.',
      'An expectation of the experts and the article, not a declared position.',
    ),
    citations: [
      cite(
        10,
        'Deskundigen achten het daarom niet waarschijnlijk dat Moskou deze door hemzelf aangezwengelde “vredesprocedure” echt tot het einde durft door te trekken.',
        'Experts therefore consider it unlikely that Moscow will really dare to see this “peace procedure”, which it set in motion itself, through to the end.',
      ),
    ],
  },
  {
    actor: 'putin',
    issue: 'binding-agreement',
    position: 'opposes',
    basis: 'article-analysis',
    note: t(
      'Volgens het artikel zijn enige optie om westerse troepen uit Oekraïne te houden; geen verklaard standpunt.',
      'According to the article, his only option to keep Western troops out of Ukraine; not a declared position.',
    ),
    citations: [
      cite(
        10,
        'rest Poetin in de praktijk maar één optie: blijven vechten en géén bindend akkoord met de VS sluiten',
        'Putin in practice has only one option left: keep fighting and conclude no binding agreement with the US',
      ),
    ],
  },
  ...['ceasefire', 'leave-donbas'].map(
    (issue) =>
      /** @type {import('../../packages/data/src/schema.js').Stance} */ ({
        actor: 'russia',
        issue,
        position: 'not-stated',
        note: t(
          'Op papier lijkt de deal een succes voor het Kremlin, maar een Russisch standpunt staat niet in het artikel.',
          'On paper the deal looks like a success for the Kremlin, but the article states no Russian position.',
        ),
        citations: [
          cite(
            3,
            'Op papier lijkt dat een succes voor het Kremlin',
            'On paper that looks like a success for the Kremlin',
          ),
        ],
      }),
  ),
  // --- The experts forecast; they take no position ------------------------------------------
  {
    actor: 'experts',
    issue: 'binding-agreement',
    position: 'not-stated',
    note: t(
      'De deskundigen nemen geen standpunt in; zij verwachten dat Moskou de procedure niet afmaakt.',
      'The experts take no position; they expect Moscow not to see the procedure through.',
    ),
    citations: [
      cite(
        10,
        'Deskundigen achten het daarom niet waarschijnlijk dat Moskou deze door hemzelf aangezwengelde “vredesprocedure” echt tot het einde durft door te trekken.',
        'Experts therefore consider it unlikely that Moscow will really dare to see this “peace procedure”, which it set in motion itself, through to the end.',
      ),
    ],
  },
];
