# ruff: noqa: RUF001  (course prose: typographic dashes, long Markdown image lines)
"""Module 4 of the demo course: cluster excellence, quality indicators and benchmarking."""

from __future__ import annotations

from common import choices, t

LESSON_1 = {
    "id": "m4-l1",
    "dir": "m4/l1",
    "title": t("Cluster management excellence labels",
               "Les labels d'excellence du management de cluster"),
    "estimated_minutes": 30,
    "video_title": t("Video: Bronze, Silver and Gold labels",
                     "Vidéo : les labels Bronze, Argent et Or"),
    "slides": [
        {"title": "Bronze, Silver and Gold: proving the quality of cluster management",
         "bullets": [],
         "narration": [
             ("How can a cluster prove that it is well managed? This lesson introduces the "
              "European cluster management excellence labels.",
              "Comment un cluster peut-il prouver qu'il est bien géré ? Cette leçon présente "
              "les labels européens d'excellence du management de cluster."),
         ]},
        {"title": "Why quality matters",
         "bullets": ["Members want value for their fee",
                     "Funders want evidence of impact",
                     "Partners abroad want a reliable ally"],
         "narration": [
             ("Members, funders and foreign partners all want evidence that the cluster "
              "organisation is professional.",
              "Membres, financeurs et partenaires étrangers veulent tous la preuve que la "
              "structure du cluster est professionnelle."),
         ]},
        {"title": "Three European labels",
         "bullets": ["Bronze: benchmarking interview",
                     "Silver: proven improvements",
                     "Gold: excellent, professional management"],
         "narration": [
             ("The European Cluster Excellence Initiative defined three labels: Bronze, Silver "
              "and Gold.",
              "L'initiative européenne pour l'excellence des clusters a défini trois labels : "
              "Bronze, Argent et Or."),
             ("Bronze starts with a benchmarking interview, and each level asks for more "
              "evidence.",
              "Le Bronze commence par un entretien de benchmarking, et chaque niveau exige "
              "davantage de preuves."),
         ]},
        {"title": "What assessors look at",
         "bullets": ["Structure and governance",
                     "Financing and services",
                     "Interaction, achievements and recognition"],
         "narration": [
             ("Assessors look at structure, governance, financing, services, interaction "
              "among members, and achievements.",
              "Les évaluateurs examinent la structure, la gouvernance, le financement, les "
              "services, les interactions entre membres et les réalisations."),
         ]},
        {"title": "Prepare the evidence",
         "bullets": ["Strategy and action plan",
                     "Budget, member list, activity reports",
                     "Indicators with several years of data"],
         "narration": [
             ("Prepare your evidence early: strategy, budget, member data and indicators over "
              "several years.",
              "Préparez vos preuves tôt : stratégie, budget, données sur les membres et "
              "indicateurs sur plusieurs années."),
         ]},
    ],
    "figure": {
        "kind": "staircase",
        "title": t("The three cluster management excellence labels",
                   "Les trois labels d'excellence du management de cluster"),
        "steps": [
            {"label": t("Bronze", "Bronze"), "colour": "#9c5b2e",
             "caption": t("Benchmarking interview on 36 indicators",
                          "Entretien de benchmarking sur 36 indicateurs")},
            {"label": t("Silver", "Argent"), "colour": "#74828f",
             "caption": t("Second benchmarking and three proven improvements",
                          "Second benchmarking et trois améliorations prouvées")},
            {"label": t("Gold", "Or"), "colour": "#b08a17",
             "caption": t("On-site assessment of excellent management",
                          "Évaluation sur site d'un management excellent")},
        ],
    },
    "document_title": t("Course text: excellence labels",
                        "Texte du cours : les labels d'excellence"),
    "document": t(
        """
# Cluster management excellence labels

A cluster organisation spends members' fees and public money. Sooner or later someone asks:
*is it well managed?* The European Cluster Excellence Initiative (ECEI), launched by the
European Commission in 2009, answered with a common method to benchmark cluster management
organisations and to award quality labels. The labels were first operated by the European
Secretariat for Cluster Analysis (ESCA); since 2020 the EUCLES association has been taking
over the labelling system.

![Three labels in ascending order: Bronze, Silver and Gold](figure-en.png)

## Three levels

- **Bronze** ("Striving for Cluster Excellence") follows a benchmarking interview between the
  cluster manager and an impartial expert, covering 36 indicators. The cluster receives a
  report comparing it with similar organisations, with recommendations. The first Bronze label
  is valid for two years.
- **Silver** confirms that the cluster has improved. It is based on a second benchmarking
  after one and a half to two years, the description of three areas of improvement, and an
  on-site audit that checks them.
- **Gold** is awarded to organisations that demonstrate a high level of professionalism. Two
  experts assess the cluster on site against demanding quality criteria, with strategy at the
  heart of the assessment.

## What is assessed

The indicators cover six areas: the structure of the cluster (members, their mix and
commitment), the cluster management and its governance, the financing of the cluster
management, the services offered, the contacts and interaction within the cluster, and its
achievements and recognition.

## Why apply

The benchmarking report is useful in itself: it shows where the cluster stands compared with
hundreds of others and gives an outside view on weaknesses the team no longer sees. Labels are
also a signal to members, funders and foreign partners, and some programmes value them when
selecting clusters.

## How to prepare

Keep a folder of evidence up to date all year round: statutes, strategy and action plan,
budget and financing mix, member list, activity reports, satisfaction surveys and indicator
time series. A label process then becomes a review of what you already do, not a rush to
produce documents.
""",
        """
# Les labels d'excellence du management de cluster

Une structure de cluster dépense les cotisations des membres et de l'argent public. Tôt ou
tard, quelqu'un demande : *est-elle bien gérée ?* L'initiative européenne pour l'excellence
des clusters (ECEI), lancée par la Commission européenne en 2009, y a répondu par une méthode
commune pour comparer les structures d'animation de clusters et leur attribuer des labels de
qualité. Ces labels ont d'abord été gérés par le Secrétariat européen pour l'analyse des
clusters (ESCA) ; depuis 2020, l'association EUCLES reprend progressivement le système de
labellisation.

![Trois labels par ordre croissant : Bronze, Argent et Or](figure-fr.png)

## Trois niveaux

- **Bronze** (« Striving for Cluster Excellence ») fait suite à un entretien de benchmarking
  entre le manager du cluster et un expert impartial, portant sur 36 indicateurs. Le cluster
  reçoit un rapport qui le compare à des structures similaires, avec des recommandations. Le
  premier label Bronze est valable deux ans.
- **Argent** confirme que le cluster a progressé. Il repose sur un second benchmarking un an
  et demi à deux ans plus tard, la description de trois domaines d'amélioration et un audit
  sur site qui les vérifie.
- **Or** récompense les structures qui font preuve d'un haut niveau de professionnalisme.
  Deux experts évaluent le cluster sur site selon des critères de qualité exigeants, la
  stratégie étant au cœur de l'évaluation.

## Ce qui est évalué

Les indicateurs couvrent six domaines : la structure du cluster (membres, diversité et
engagement), le management du cluster et sa gouvernance, le financement de la structure, les
services proposés, les contacts et interactions au sein du cluster, et ses réalisations et sa
reconnaissance.

## Pourquoi se lancer

Le rapport de benchmarking est utile en soi : il situe le cluster par rapport à des centaines
d'autres et apporte un regard extérieur sur des faiblesses que l'équipe ne voit plus. Les
labels sont aussi un signal pour les membres, les financeurs et les partenaires étrangers, et
certains programmes en tiennent compte pour sélectionner des clusters.

## Comment se préparer

Tenez à jour toute l'année un dossier de preuves : statuts, stratégie et plan d'action,
budget et structure de financement, liste des membres, rapports d'activité, enquêtes de
satisfaction et séries d'indicateurs. La labellisation devient alors une revue de ce que vous
faites déjà, et non une course aux documents.
""",
    ),
    "factsheet": {
        "title": t("Excellence labels at a glance", "Les labels d'excellence en bref"),
        "lead": t(
            "The European cluster management excellence labels (Bronze, Silver, Gold) give "
            "cluster organisations an external, comparable view of their management quality.",
            "Les labels européens d'excellence du management de cluster (Bronze, Argent, Or) "
            "offrent aux structures de clusters un regard extérieur et comparable sur la "
            "qualité de leur management.",
        ),
        "figures": [
            (t("2009", "2009"), t("launch of the European Cluster Excellence Initiative by the "
                                  "European Commission",
                                  "lancement de l'initiative européenne pour l'excellence des "
                                  "clusters par la Commission européenne")),
            (t("36", "36"), t("indicators discussed in the Bronze benchmarking interview",
                              "indicateurs abordés lors de l'entretien de benchmarking Bronze")),
            (t("2 years", "2 ans"), t("validity of a first Bronze label",
                                      "validité d'un premier label Bronze")),
            (t("3", "3"), t("areas of improvement to demonstrate for the Silver label",
                            "domaines d'amélioration à démontrer pour le label Argent")),
        ],
        "sections": [
            (t("The six assessed areas", "Les six domaines évalués"),
             t("Structure of the cluster; cluster management and governance; financing of "
               "the cluster management; services; contacts and interaction within the "
               "cluster; achievements and recognition.",
               "Structure du cluster ; management et gouvernance ; financement de la "
               "structure ; services ; contacts et interactions au sein du cluster ; "
               "réalisations et reconnaissance.")),
            (t("Who runs the labels", "Qui gère les labels"),
             t("The labelling system was set up under the ECEI and operated by the European "
               "Secretariat for Cluster Analysis (ESCA). The EUCLES association, created in "
               "2020, is taking it over. Check the current procedures and fees with them "
               "before applying.",
               "Le système de labellisation a été créé dans le cadre de l'ECEI et géré par le "
               "Secrétariat européen pour l'analyse des clusters (ESCA). L'association EUCLES, "
               "créée en 2020, en assure la reprise. Vérifiez auprès d'eux les procédures et "
               "tarifs en vigueur avant de candidater.")),
        ],
        "checklist": [
            t("Statutes, strategy and action plan available",
              "Statuts, stratégie et plan d'action disponibles"),
            t("Budget and financing mix for the last three years",
              "Budget et structure de financement des trois dernières années"),
            t("Up-to-date member list with segments", "Liste des membres à jour, par segment"),
            t("Activity reports and service statistics",
              "Rapports d'activité et statistiques des services"),
            t("Member satisfaction survey results", "Résultats d'enquêtes de satisfaction"),
            t("Indicator time series with targets", "Séries d'indicateurs avec cibles"),
        ],
    },
    "quiz": {
        "title": t("Quiz: excellence labels", "Quiz : les labels d'excellence"),
        "pass_score": 0.8,
        "max_attempts": 2,
        "feedback": "immediate",
        "shuffle": True,
        "questions": [
            {"id": "m4-l1-q1", "type": "ordering",
             "prompt": t("Order the labels from the first level to the highest.",
                         "Classez les labels du premier niveau au plus élevé."),
             "items": [t("Bronze", "Bronze"), t("Silver", "Argent"), t("Gold", "Or")],
             "explanation": t("Bronze starts the journey, Silver proves improvement, Gold "
                              "recognises excellence.",
                              "Le Bronze ouvre le parcours, l'Argent prouve les progrès, l'Or "
                              "reconnaît l'excellence.")},
            {"id": "m4-l1-q2", "type": "numeric",
             "prompt": t("How many indicators does the Bronze benchmarking interview cover?",
                         "Combien d'indicateurs l'entretien de benchmarking Bronze "
                         "couvre-t-il ?"),
             "answer": 36, "tolerance": 0,
             "explanation": t("The interview covers 36 indicators in six areas.",
                              "L'entretien couvre 36 indicateurs répartis en six domaines.")},
            {"id": "m4-l1-q3", "type": "matching",
             "prompt": t("Match each label with what it requires.",
                         "Associez chaque label à ce qu'il exige."),
             "pairs": [
                 {"left": t("Bronze", "Bronze"),
                  "right": t("A benchmarking interview with an impartial expert",
                             "Un entretien de benchmarking avec un expert impartial")},
                 {"left": t("Silver", "Argent"),
                  "right": t("Three demonstrated areas of improvement",
                             "Trois domaines d'amélioration démontrés")},
                 {"left": t("Gold", "Or"),
                  "right": t("An on-site assessment of highly professional management",
                             "Une évaluation sur site d'un management très professionnel")},
             ],
             "explanation": t("Each level asks for more evidence than the one before.",
                              "Chaque niveau exige plus de preuves que le précédent.")},
            {"id": "m4-l1-q4", "type": "multiple", "partial": True,
             "prompt": t("Which areas are covered by the benchmarking indicators? (partial "
                         "credit)",
                         "Quels domaines les indicateurs de benchmarking couvrent-ils ? "
                         "(points partiels)"),
             "choices": choices(("a", "Financing of the cluster management",
                                 "Financement de la structure"),
                                ("b", "Services offered", "Services proposés"),
                                ("c", "Share price of member companies",
                                 "Cours de bourse des entreprises membres"),
                                ("d", "Achievements and recognition",
                                 "Réalisations et reconnaissance"),
                                ("e", "Governance of the cluster", "Gouvernance du cluster")),
             "answer": ["a", "b", "d", "e"],
             "explanation": t("The six areas are structure, management and governance, "
                              "financing, services, interaction, and achievements and "
                              "recognition.",
                              "Les six domaines sont la structure, le management et la "
                              "gouvernance, le financement, les services, les interactions, et "
                              "les réalisations et la reconnaissance.")},
            {"id": "m4-l1-q5", "type": "true_false",
             "prompt": t("A first Bronze label is valid for two years.",
                         "Un premier label Bronze est valable deux ans."),
             "answer": True,
             "explanation": t("It can then be renewed by repeating the benchmarking.",
                              "Il peut ensuite être renouvelé en refaisant le benchmarking.")},
            {"id": "m4-l1-q6", "type": "single",
             "prompt": t("What is the best way to prepare for a label assessment?",
                         "Quelle est la meilleure façon de préparer une évaluation en vue d'un "
                         "label ?"),
             "choices": choices(("a", "Write all documents in the week before the visit",
                                 "Rédiger tous les documents la semaine précédant la visite"),
                                ("b", "Keep an evidence folder up to date all year",
                                 "Tenir à jour un dossier de preuves toute l'année"),
                                ("c", "Ask members to praise the cluster to the assessor",
                                 "Demander aux membres de vanter le cluster devant "
                                 "l'évaluateur"),
                                ("d", "Hire a consultant to answer on your behalf",
                                 "Engager un consultant pour répondre à votre place")),
             "answer": "b",
             "explanation": t("A living evidence folder turns the assessment into a review of "
                              "normal work.",
                              "Un dossier de preuves vivant fait de l'évaluation une revue du "
                              "travail courant.")},
        ],
    },
}

CASE_STUDY = {
    "id": "m4-case",
    "title": t("Case study: Valnord Mechatronics aims for Gold",
               "Étude de cas : Valnord Mechatronics vise l'Or"),
    "text": t(
        """
# Case study: Valnord Mechatronics aims for Gold

*This case is fictional. It combines situations that trainers often meet in real clusters.*

Valnord Mechatronics is a regional cluster of 96 members: 71 SMEs, 9 large companies,
6 start-ups and 10 research and training organisations. Its team of four people is led by a
cluster manager who joined three years ago. The cluster obtained the **Bronze label** two
years ago. The benchmarking report praised its events and its close ties with the regional
university, but pointed out an outdated strategy, a heavy dependence on public funding and
little international activity.

The board now wants the **Gold label** within three years and has asked the manager for a
plan.

## Key figures

| Indicator | Two years ago | Today | Peer median |
|---|---|---|---|
| Members | 88 | 96 | 110 |
| Membership renewal rate | 84 % | 79 % | 85 % |
| Share of public funding in the budget | 68 % | 62 % | 50 % |
| Members involved in joint projects | 18 % | 22 % | 30 % |
| Members taking part in international activities | 5 % | 7 % | 20 % |
| Member satisfaction (good or very good) | 74 % | 78 % | 76 % |

## What the manager knows

- The strategy dates from six years ago and was written by a consultant. Members rarely refer
  to it.
- Events are popular, but the same 25 companies attend most of them.
- Three SMEs recently left, saying the cluster "is for the big firms".
- A partner cluster in another EU country has proposed a joint application to a European
  programme, with a deadline in four months.
- The regional government will cut its core grant by 10 % next year.

## Your task

Put yourself in the manager's position. Use what you learnt about strategy, governance,
services, internationalisation and quality indicators to answer the three questions of this
case study. There is no single right answer: justify your choices.
""",
        """
# Étude de cas : Valnord Mechatronics vise l'Or

*Ce cas est fictif. Il combine des situations que les formateurs rencontrent souvent dans de
vrais clusters.*

Valnord Mechatronics est un cluster régional de 96 membres : 71 PME, 9 grandes entreprises,
6 start-up et 10 organismes de recherche et de formation. Son équipe de quatre personnes est
dirigée par un manager arrivé il y a trois ans. Le cluster a obtenu le **label Bronze** il y a
deux ans. Le rapport de benchmarking saluait ses événements et ses liens étroits avec
l'université régionale, mais relevait une stratégie dépassée, une forte dépendance aux
financements publics et une faible activité internationale.

Le conseil d'administration veut désormais obtenir le **label Or** d'ici trois ans et a
demandé un plan au manager.

## Chiffres clés

| Indicateur | Il y a deux ans | Aujourd'hui | Médiane des pairs |
|---|---|---|---|
| Membres | 88 | 96 | 110 |
| Taux de renouvellement des adhésions | 84 % | 79 % | 85 % |
| Part du financement public dans le budget | 68 % | 62 % | 50 % |
| Membres impliqués dans des projets communs | 18 % | 22 % | 30 % |
| Membres participant à des actions internationales | 5 % | 7 % | 20 % |
| Satisfaction des membres (bonne ou très bonne) | 74 % | 78 % | 76 % |

## Ce que sait le manager

- La stratégie date de six ans et a été rédigée par un consultant. Les membres y font
  rarement référence.
- Les événements ont du succès, mais ce sont les mêmes 25 entreprises qui participent à la
  plupart d'entre eux.
- Trois PME sont parties récemment en estimant que le cluster « est fait pour les grands ».
- Un cluster partenaire d'un autre pays de l'UE propose une candidature commune à un
  programme européen, avec une date limite dans quatre mois.
- La région réduira de 10 % sa subvention de fonctionnement l'an prochain.

## Votre mission

Mettez-vous à la place du manager. Appuyez-vous sur ce que vous avez appris sur la
stratégie, la gouvernance, les services, l'internationalisation et les indicateurs de qualité
pour répondre aux trois questions de cette étude de cas. Il n'y a pas de réponse unique :
justifiez vos choix.
""",
    ),
    "questions": [
        t("Which three areas of improvement would you commit to first, as the basis of a "
          "Silver application on the way to Gold? Explain why you chose them.",
          "Sur quels trois domaines d'amélioration vous engageriez-vous d'abord, comme base "
          "d'une candidature au label Argent sur la route de l'Or ? Expliquez votre choix."),
        t("Propose five indicators for the board's dashboard, each with a target for three "
          "years from now, and say how you would collect the data.",
          "Proposez cinq indicateurs pour le tableau de bord du conseil, chacun avec une cible "
          "à trois ans, et indiquez comment vous recueilleriez les données."),
        t("How would you respond to the SMEs who feel the cluster is 'for the big firms', and "
          "to the 10 % cut in the regional grant, without losing members?",
          "Comment répondriez-vous aux PME qui trouvent que le cluster « est fait pour les "
          "grands », et à la baisse de 10 % de la subvention régionale, sans perdre de "
          "membres ?"),
    ],
}

LESSON_2 = {
    "id": "m4-l2",
    "dir": "m4/l2",
    "title": t("KPIs and benchmarking", "Indicateurs clés et benchmarking"),
    "estimated_minutes": 45,
    "video_title": t("Video: measuring what matters",
                     "Vidéo : mesurer ce qui compte"),
    "slides": [
        {"title": "Measuring what matters and learning from peers", "bullets": [],
         "narration": [
             ("What gets measured gets managed. This lesson shows how to choose key "
              "performance indicators and compare them with peers.",
              "Ce qui se mesure se pilote. Cette leçon montre comment choisir des indicateurs "
              "clés de performance et les comparer avec ceux de pairs."),
         ]},
        {"title": "Outcomes, not just activity",
         "bullets": ["Inputs and activities: what we do",
                     "Outputs: what we deliver",
                     "Outcomes and impact: what changes"],
         "narration": [
             ("Counting events is easy, but members care about what changes for them.",
              "Compter les événements est facile, mais les membres s'intéressent à ce qui "
              "change pour eux."),
             ("Track outputs, and above all outcomes such as new projects or new customers.",
              "Suivez les réalisations, et surtout les résultats, comme de nouveaux projets "
              "ou de nouveaux clients."),
         ]},
        {"title": "A compact KPI set",
         "bullets": ["Ten to fifteen indicators at most",
                     "Clear definitions and yearly targets",
                     "Membership, engagement, funding, results"],
         "narration": [
             ("Keep a compact set of ten to fifteen indicators, each with a clear definition "
              "and a target.",
              "Gardez un jeu resserré de dix à quinze indicateurs, chacun avec une définition "
              "claire et une cible."),
         ]},
        {"title": "Benchmark with peers",
         "bullets": ["Use the same definitions",
                     "Compare with similar clusters",
                     "Learn from the best, do not just rank"],
         "narration": [
             ("Benchmarking means comparing with similar clusters, using the same "
              "definitions.",
              "Le benchmarking consiste à se comparer à des clusters similaires, avec les "
              "mêmes définitions."),
             ("The goal is to learn from the best, not to win a ranking.",
              "Le but est d'apprendre des meilleurs, pas de gagner un classement."),
         ]},
    ],
    "figure": {
        "kind": "bars",
        "title": t("Illustrative KPI dashboard: our cluster against the peer median",
                   "Tableau de bord illustratif : notre cluster face à la médiane des pairs"),
        "series": [t("Our cluster", "Notre cluster"), t("Peer median", "Médiane des pairs")],
        "rows": [
            {"label": t("Membership renewal", "Renouvellement des adhésions"),
             "values": [88, 82]},
            {"label": t("Members in joint projects", "Membres en projets communs"),
             "values": [34, 41]},
            {"label": t("Private share of budget", "Part privée du budget"),
             "values": [38, 45]},
            {"label": t("Member satisfaction", "Satisfaction des membres"),
             "values": [81, 76]},
        ],
    },
    "document_title": t("Course text: KPIs and benchmarking",
                        "Texte du cours : indicateurs et benchmarking"),
    "document": t(
        """
# KPIs and benchmarking

A cluster that cannot show its results will struggle to keep members and funders. Key
performance indicators (KPIs) make progress visible, and benchmarking puts them in context.

## From activity to impact

A simple logic model helps to choose indicators:

1. **Inputs**: staff, budget, partners.
2. **Activities**: events, training, matchmaking, project building.
3. **Outputs**: participants, companies coached, proposals submitted.
4. **Outcomes**: new collaborations, projects funded, contracts signed, skills gained.
5. **Impact**: growth, jobs, innovation and competitiveness of the ecosystem.

Most clusters measure activities and outputs well. The challenge is outcomes: ask members
once a year, in a short survey, what the cluster helped them achieve. Impact is long-term and
influenced by many factors, so claim contribution rather than sole credit.

## A compact KPI set

Ten to fifteen indicators are enough. A balanced set covers:

- **Membership**: number of members, share of SMEs, renewal rate.
- **Engagement**: members active in at least one activity, members in joint projects.
- **Finance**: budget, share of private income, diversity of funding sources.
- **Results**: projects funded, international partnerships, member satisfaction.

Write a definition for each indicator (what is counted, when, from which source) and set a
yearly target with the board.

![Illustrative KPI dashboard comparing a cluster with the median of its peers](figure-en.png)

## Benchmarking

Benchmarking compares your indicators with those of similar clusters: comparable size, sector
or stage of development. It only works with shared definitions, which is why structured
benchmarking, such as the one behind the European excellence labels, is valuable. In the
example above, the cluster keeps members well and satisfies them, but involves fewer of them
in joint projects and relies more on public money than its peers. That points to two
improvement areas.

## Closing the loop

Present a one-page dashboard at every board meeting, discuss the gaps, decide on improvement
actions and check their effect the following year. Indicators are a management tool, not a
report for the drawer.
""",
        """
# Indicateurs clés et benchmarking

Un cluster incapable de montrer ses résultats aura du mal à garder ses membres et ses
financeurs. Les indicateurs clés de performance (KPI) rendent les progrès visibles, et le
benchmarking les met en perspective.

## De l'activité à l'impact

Un modèle logique simple aide à choisir les indicateurs :

1. **Moyens** : équipe, budget, partenaires.
2. **Activités** : événements, formations, mises en relation, montage de projets.
3. **Réalisations** : participants, entreprises accompagnées, propositions déposées.
4. **Résultats** : nouvelles collaborations, projets financés, contrats signés, compétences
   acquises.
5. **Impact** : croissance, emplois, innovation et compétitivité de l'écosystème.

La plupart des clusters mesurent bien les activités et les réalisations. La difficulté, ce
sont les résultats : demandez aux membres, une fois par an et par une courte enquête, ce que
le cluster les a aidés à accomplir. L'impact est de long terme et dépend de nombreux
facteurs : parlez de contribution plutôt que de mérite exclusif.

## Un jeu d'indicateurs resserré

Dix à quinze indicateurs suffisent. Un jeu équilibré couvre :

- **Adhésion** : nombre de membres, part des PME, taux de renouvellement.
- **Engagement** : membres actifs dans au moins une activité, membres impliqués dans des
  projets communs.
- **Finances** : budget, part des recettes privées, diversité des sources de financement.
- **Résultats** : projets financés, partenariats internationaux, satisfaction des membres.

Rédigez une définition pour chaque indicateur (ce qui est compté, quand, à partir de quelle
source) et fixez une cible annuelle avec le conseil.

![Tableau de bord illustratif comparant un cluster à la médiane de ses pairs](figure-fr.png)

## Le benchmarking

Le benchmarking compare vos indicateurs à ceux de clusters similaires : taille, secteur ou
stade de développement comparables. Il ne fonctionne qu'avec des définitions communes, d'où
l'intérêt d'un benchmarking structuré, comme celui qui sous-tend les labels européens
d'excellence. Dans l'exemple ci-dessus, le cluster fidélise et satisfait bien ses membres,
mais en implique moins dans des projets communs et dépend davantage de l'argent public que
ses pairs. Cela désigne deux axes d'amélioration.

## Boucler la boucle

Présentez un tableau de bord d'une page à chaque réunion du conseil, discutez des écarts,
décidez d'actions d'amélioration et vérifiez leur effet l'année suivante. Les indicateurs sont
un outil de pilotage, pas un rapport destiné au tiroir.
""",
    ),
    "factsheet": {
        "title": t("KPI and benchmarking toolkit", "Boîte à outils indicateurs et benchmarking"),
        "lead": t(
            "A compact, well-defined set of indicators, compared with similar clusters and "
            "discussed by the board, turns data into better management decisions.",
            "Un jeu d'indicateurs resserré et bien défini, comparé à des clusters similaires "
            "et discuté par le conseil, transforme les données en meilleures décisions de "
            "pilotage.",
        ),
        "figures": [
            (t("10–15", "10–15"), t("indicators are enough for a board dashboard (typical)",
                                    "indicateurs suffisent pour un tableau de bord (typique)")),
            (t("5", "5"), t("levels of the logic model: inputs, activities, outputs, outcomes, "
                            "impact",
                            "niveaux du modèle logique : moyens, activités, réalisations, "
                            "résultats, impact")),
            (t("1 / year", "1 / an"), t("outcome survey of members",
                                        "enquête auprès des membres sur les résultats")),
            (t("1 page", "1 page"), t("dashboard at every board meeting",
                                      "de tableau de bord à chaque réunion du conseil")),
        ],
        "sections": [
            (t("Examples of KPIs with definitions", "Exemples d'indicateurs et de définitions"),
             t("Renewal rate: members renewing this year divided by members at the end of "
               "last year. Engagement: members taking part in at least one activity in the "
               "year, divided by all members. Private share: fees plus billed services "
               "divided by total income.",
               "Taux de renouvellement : membres ayant renouvelé cette année divisés par les "
               "membres à la fin de l'année précédente. Engagement : membres ayant participé "
               "à au moins une activité dans l'année, divisés par l'ensemble des membres. Part "
               "privée : cotisations plus services facturés, divisées par les recettes "
               "totales.")),
            (t("Benchmarking well", "Bien se comparer"),
             t("Choose peers of similar size, sector or maturity; use identical definitions "
               "and periods; look at the best performers to learn how they work, then turn "
               "the gaps into improvement actions.",
               "Choisissez des pairs de taille, de secteur ou de maturité comparables ; "
               "utilisez des définitions et des périodes identiques ; observez les meilleurs "
               "pour comprendre leurs pratiques, puis transformez les écarts en actions "
               "d'amélioration.")),
        ],
        "checklist": [
            t("Each KPI has a written definition and a source",
              "Chaque indicateur a une définition écrite et une source"),
            t("Outputs and outcomes both measured", "Réalisations et résultats tous deux mesurés"),
            t("Yearly targets agreed with the board", "Cibles annuelles validées par le conseil"),
            t("Peer group chosen for comparison", "Groupe de pairs choisi pour la comparaison"),
            t("Dashboard discussed at every board meeting",
              "Tableau de bord discuté à chaque réunion du conseil"),
            t("Improvement actions followed up the next year",
              "Actions d'amélioration suivies l'année suivante"),
        ],
    },
    "quiz": {
        "title": t("Quiz: KPIs and benchmarking", "Quiz : indicateurs et benchmarking"),
        "pass_score": 0.7,
        "feedback": "end",
        "shuffle": True,
        "questions": [
            {"id": "m4-l2-q1", "type": "numeric",
             "prompt": t("At the end of last year the cluster had 90 members; 81 of them "
                         "renewed this year. What is the renewal rate in percent?",
                         "À la fin de l'année dernière, le cluster comptait 90 membres ; 81 "
                         "ont renouvelé cette année. Quel est le taux de renouvellement en "
                         "pourcentage ?"),
             "answer": 90, "tolerance": 0.5,
             "explanation": t("81 ÷ 90 = 0.90, a renewal rate of 90 %.",
                              "81 ÷ 90 = 0,90, soit un taux de renouvellement de 90 %.")},
            {"id": "m4-l2-q2", "type": "ordering",
             "prompt": t("Order the levels of the logic model.",
                         "Classez les niveaux du modèle logique."),
             "items": [t("Inputs", "Moyens"), t("Activities", "Activités"),
                       t("Outputs", "Réalisations"), t("Outcomes", "Résultats"),
                       t("Impact", "Impact")],
             "explanation": t("Resources fund activities, which deliver outputs, which lead "
                              "to outcomes and, in the long run, impact.",
                              "Les moyens financent des activités, qui produisent des "
                              "réalisations, qui mènent à des résultats puis, à long terme, "
                              "à un impact.")},
            {"id": "m4-l2-q3", "type": "matching",
             "prompt": t("Match each indicator with its level in the logic model.",
                         "Associez chaque indicateur à son niveau dans le modèle logique."),
             "pairs": [
                 {"left": t("Number of events held", "Nombre d'événements organisés"),
                  "right": t("Activities", "Activités")},
                 {"left": t("Companies coached", "Entreprises accompagnées"),
                  "right": t("Outputs", "Réalisations")},
                 {"left": t("Contracts signed thanks to a mission",
                            "Contrats signés grâce à une mission"),
                  "right": t("Outcomes", "Résultats")},
             ],
             "explanation": t("Counting what you do is easy; what changes for members matters "
                              "more.",
                              "Compter ce que l'on fait est facile ; ce qui change pour les "
                              "membres compte davantage.")},
            {"id": "m4-l2-q4", "type": "text",
             "prompt": t("What is the English term for comparing your indicators and "
                         "practices with those of similar organisations in order to learn?",
                         "Quel terme anglais, aussi utilisé en français, désigne la "
                         "comparaison de ses indicateurs et pratiques avec ceux "
                         "d'organisations similaires pour apprendre ?"),
             "answers": ["benchmarking", "benchmark", "parangonnage", "étalonnage"],
             "explanation": t("Benchmarking (in French also 'parangonnage') is about learning "
                              "from peers, not ranking.",
                              "Le benchmarking (ou parangonnage) sert à apprendre des pairs, "
                              "pas à se classer.")},
            {"id": "m4-l2-q5", "type": "single",
             "prompt": t("In the illustrative dashboard, which indicator calls most clearly "
                         "for an improvement action?",
                         "Dans le tableau de bord illustratif, quel indicateur appelle le plus "
                         "clairement une action d'amélioration ?"),
             "choices": choices(("a", "Membership renewal", "Renouvellement des adhésions"),
                                ("b", "Member satisfaction", "Satisfaction des membres"),
                                ("c", "Members in joint projects",
                                 "Membres en projets communs"),
                                ("d", "None: all are above the median",
                                 "Aucun : tous sont au-dessus de la médiane")),
             "answer": "c",
             "explanation": t("Members in joint projects (34 % against 41 %) is the largest "
                              "gap below the peer median.",
                              "Les membres en projets communs (34 % contre 41 %) présentent "
                              "le plus grand écart sous la médiane des pairs.")},
            {"id": "m4-l2-q6", "type": "multiple",
             "prompt": t("What makes a benchmarking exercise meaningful?",
                         "Qu'est-ce qui rend un exercice de benchmarking pertinent ?"),
             "choices": choices(("a", "Identical indicator definitions",
                                 "Des définitions d'indicateurs identiques"),
                                ("b", "Peers of similar size, sector or maturity",
                                 "Des pairs de taille, de secteur ou de maturité comparables"),
                                ("c", "Choosing only weaker clusters to look good",
                                 "Choisir uniquement des clusters plus faibles pour briller"),
                                ("d", "Turning gaps into improvement actions",
                                 "Transformer les écarts en actions d'amélioration")),
             "answer": ["a", "b", "d"],
             "explanation": t("Comparable peers, shared definitions and follow-up actions make "
                              "benchmarking a learning tool.",
                              "Des pairs comparables, des définitions communes et des actions "
                              "de suivi font du benchmarking un outil d'apprentissage.")},
        ],
    },
    "case_study": CASE_STUDY,
}

MODULE = {
    "id": "m4",
    "number": 4,
    "accent": "#d1603d",
    "title": t("Cluster excellence, quality indicators and benchmarking",
               "Excellence des clusters, indicateurs de qualité et benchmarking"),
    "description": t("Quality labels, key performance indicators and benchmarking for cluster "
                     "organisations.",
                     "Labels de qualité, indicateurs clés de performance et benchmarking pour "
                     "les structures de clusters."),
    "lessons": [LESSON_1, LESSON_2],
}
