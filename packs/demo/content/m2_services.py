# ruff: noqa: E501, RUF001  (course prose: typographic dashes, long Markdown image lines)
"""Module 2 of the demo course: services to members and SME digitalisation."""

from __future__ import annotations

from common import choices, t

LESSON_1 = {
    "id": "m2-l1",
    "dir": "m2/l1",
    "title": t("Designing services for members", "Concevoir l'offre de services aux membres"),
    "estimated_minutes": 30,
    "video_title": t("Video: a service portfolio members value",
                     "Vidéo : une offre de services utile aux membres"),
    "slides": [
        {"title": "A service portfolio that members value and pay for", "bullets": [],
         "narration": [
             ("Members join a cluster for what it does for them. This lesson shows how to "
              "design services they value, and pay for.",
              "Les membres rejoignent un cluster pour ce qu'il leur apporte. Cette leçon montre "
              "comment concevoir des services qu'ils apprécient et qu'ils paient."),
         ]},
        {"title": "Start from member needs",
         "bullets": ["Segment members: start-ups, SMEs, large firms, research",
                     "Ask what blocks their growth",
                     "Check what others already offer in the region"],
         "narration": [
             ("Segment your members, because a start-up and a large manufacturer need "
              "different things.",
              "Segmentez vos membres : une start-up et un grand industriel n'ont pas les mêmes "
              "besoins."),
             ("Then check which services already exist in the region, so you do not "
              "duplicate them.",
              "Vérifiez ensuite quels services existent déjà dans la région, pour ne pas les "
              "dupliquer."),
         ]},
        {"title": "Four families of services",
         "bullets": ["Community: events, matchmaking, information",
                     "Capabilities: training, expert advice",
                     "Collaboration: innovation projects",
                     "Markets: export, visibility, buyers"],
         "narration": [
             ("A balanced portfolio covers four families: community, capabilities, "
              "collaboration and markets.",
              "Une offre équilibrée couvre quatre familles : communauté, compétences, "
              "collaboration et marchés."),
         ]},
        {"title": "Who pays for what",
         "bullets": ["Core services included in the membership fee",
                     "Premium services billed to users",
                     "Projects co-funded by public programmes"],
         "narration": [
             ("Include core services in the membership fee, and bill premium services to "
              "those who use them.",
              "Incluez les services de base dans la cotisation et facturez les services premium "
              "à ceux qui les utilisent."),
             ("Public programmes can co-fund projects, but should not be your only income.",
              "Les programmes publics peuvent cofinancer des projets, mais ne doivent pas être "
              "votre seule ressource."),
         ]},
        {"title": "Measure and improve",
         "bullets": ["Track uptake by member segment",
                     "Ask for feedback after every service",
                     "Stop services nobody uses"],
         "narration": [
             ("Track who uses each service and ask for feedback every time.",
              "Suivez qui utilise chaque service et demandez un retour à chaque fois."),
             ("Have the courage to stop services that nobody uses.",
              "Ayez le courage d'arrêter les services que personne n'utilise."),
         ]},
    ],
    "figure": {
        "kind": "matrix",
        "title": t("Services matrix: who benefits most", "Matrice des services : qui en profite le plus"),
        "cols": [t("Start-ups", "Start-up"), t("SMEs", "PME"), t("Large firms", "Grands groupes"),
                 t("Research", "Recherche")],
        "rows": [
            {"label": t("Events and matchmaking", "Événements et mises en relation"),
             "levels": [3, 3, 2, 2]},
            {"label": t("Training and skills", "Formation et compétences"),
             "levels": [2, 3, 1, 1]},
            {"label": t("Innovation projects", "Projets d'innovation"),
             "levels": [2, 2, 3, 3]},
            {"label": t("Access to markets", "Accès aux marchés"), "levels": [3, 3, 1, 0]},
            {"label": t("Digital support", "Appui au numérique"), "levels": [1, 3, 1, 1]},
        ],
    },
    "document_title": t("Course text: designing member services",
                        "Texte du cours : concevoir les services aux membres"),
    "document": t(
        """
# Designing services for members

Companies pay a membership fee because they expect something in return. The service portfolio
is therefore the heart of a cluster's value proposition, and the main reason members renew or
leave.

## Know your members

Start by segmenting the membership. Start-ups look for customers, investors and credibility.
SMEs need skills, partners for innovation and help to reach new markets. Large companies want
access to innovative suppliers and to research. Universities and technology centres want
industrial partners for projects. A short interview or survey per segment, repeated every two
years, keeps the picture current.

![Services matrix showing which member segments benefit most from each service family](figure-en.png)

## Four families of services

- **Community**: information, newsletters, events, site visits, business-to-business
  matchmaking.
- **Capabilities**: training, peer learning, expert advice, for example on digitalisation,
  energy efficiency or regulation.
- **Collaboration**: building consortia, writing proposals, running joint innovation and
  research projects.
- **Markets**: export missions, joint stands at trade fairs, meetings with large buyers,
  visibility for members' products.

Before launching a service, check what regional agencies, chambers of commerce or digital
innovation hubs already offer. A cluster adds most value when it connects members to existing
support rather than duplicating it.

## A sustainable business model

A common model has three layers. Core services, such as information and networking events,
are included in the fee. Premium services, such as individual coaching or a trade fair stand,
are billed to the companies that use them. Projects are co-funded by regional, national or
European programmes. Relying mostly on one source, especially public grants, makes the cluster
fragile.

## Measure, learn and prune

Record who uses each service, ask for a short rating after every activity, and review the
portfolio once a year with the board. Services with low uptake and low satisfaction should be
redesigned or stopped, freeing time for what members really value.
""",
        """
# Concevoir l'offre de services aux membres

Les entreprises paient une cotisation parce qu'elles attendent quelque chose en retour.
L'offre de services est donc le cœur de la proposition de valeur d'un cluster, et la
principale raison pour laquelle les membres renouvellent leur adhésion ou partent.

## Connaître ses membres

Commencez par segmenter les membres. Les start-up cherchent des clients, des investisseurs et
de la crédibilité. Les PME ont besoin de compétences, de partenaires d'innovation et d'aide
pour atteindre de nouveaux marchés. Les grands groupes veulent accéder à des fournisseurs
innovants et à la recherche. Les universités et centres techniques recherchent des partenaires
industriels pour leurs projets. Un court entretien ou une enquête par segment, renouvelé tous
les deux ans, maintient cette image à jour.

![Matrice des services montrant quels segments de membres profitent le plus de chaque famille de services](figure-fr.png)

## Quatre familles de services

- **Communauté** : information, lettres d'information, événements, visites de sites, mises en
  relation d'affaires.
- **Compétences** : formation, apprentissage entre pairs, conseil d'experts, par exemple sur
  le numérique, l'efficacité énergétique ou la réglementation.
- **Collaboration** : montage de consortiums, rédaction de propositions, conduite de projets
  communs d'innovation et de recherche.
- **Marchés** : missions à l'export, stands collectifs sur les salons, rencontres avec de
  grands donneurs d'ordre, visibilité des produits des membres.

Avant de lancer un service, vérifiez ce que proposent déjà les agences régionales, les
chambres de commerce ou les pôles d'innovation numérique. Un cluster apporte le plus de valeur
lorsqu'il oriente ses membres vers l'offre existante plutôt que de la dupliquer.

## Un modèle économique durable

Un modèle courant comporte trois niveaux. Les services de base, comme l'information et les
événements de réseautage, sont inclus dans la cotisation. Les services premium, comme un
accompagnement individuel ou un stand sur un salon, sont facturés aux entreprises qui les
utilisent. Les projets sont cofinancés par des programmes régionaux, nationaux ou européens.
Dépendre surtout d'une seule source, en particulier de subventions publiques, fragilise le
cluster.

## Mesurer, apprendre, élaguer

Enregistrez qui utilise chaque service, demandez une courte évaluation après chaque activité
et revoyez l'offre une fois par an avec le conseil. Les services peu utilisés et peu appréciés
doivent être repensés ou arrêtés, pour libérer du temps pour ce que les membres apprécient
vraiment.
""",
    ),
    "factsheet": {
        "title": t("Member services at a glance", "Les services aux membres en bref"),
        "lead": t(
            "The service portfolio is the cluster's value proposition. It should answer "
            "clear member needs, complement regional support, and rest on a mixed funding "
            "model.",
            "L'offre de services est la proposition de valeur du cluster. Elle doit répondre "
            "à des besoins clairs des membres, compléter l'appui régional et reposer sur un "
            "financement diversifié.",
        ),
        "figures": [
            (t("4", "4"), t("service families: community, capabilities, collaboration, "
                            "markets",
                            "familles de services : communauté, compétences, collaboration, "
                            "marchés")),
            (t("3", "3"), t("funding layers: membership fees, billed services, co-funded "
                            "projects",
                            "niveaux de financement : cotisations, services facturés, projets "
                            "cofinancés")),
            (t("2 years", "2 ans"), t("a sensible interval between member needs surveys "
                                      "(typical)",
                                      "un intervalle raisonnable entre deux enquêtes sur les "
                                      "besoins (typique)")),
            (t("1 / year", "1 / an"), t("portfolio review with the board",
                                        "revue de l'offre avec le conseil")),
        ],
        "sections": [
            (t("Designing a new service", "Concevoir un nouveau service"),
             t("Describe the member problem, the target segment, what already exists in the "
               "region, the format, the price or funding, the person responsible and how "
               "success will be measured. Test it with a few members before a full launch.",
               "Décrivez le problème du membre, le segment visé, l'existant dans la région, le "
               "format, le prix ou le financement, le responsable et la mesure du succès. "
               "Testez-le avec quelques membres avant un lancement complet.")),
            (t("Signs that a service should change", "Signes qu'un service doit évoluer"),
             t("Falling attendance, the same few companies every time, poor ratings, or a "
               "partner organisation now offering the same thing for free.",
               "Une participation en baisse, toujours les mêmes entreprises, de mauvaises "
               "évaluations, ou un partenaire qui propose désormais la même chose gratuitement.")),
        ],
        "checklist": [
            t("Members segmented and needs documented per segment",
              "Membres segmentés et besoins documentés par segment"),
            t("Map of existing regional support services",
              "Cartographie des services d'appui régionaux existants"),
            t("Each service has an owner and a success indicator",
              "Chaque service a un responsable et un indicateur de succès"),
            t("Clear list of what the membership fee includes",
              "Liste claire de ce que comprend la cotisation"),
            t("Feedback collected after every activity",
              "Retours recueillis après chaque activité"),
            t("Yearly portfolio review, with services stopped when needed",
              "Revue annuelle de l'offre, avec arrêt de services si nécessaire"),
        ],
    },
    "quiz": {
        "title": t("Quiz: member services", "Quiz : les services aux membres"),
        "pass_score": 0.7,
        "max_attempts": 2,
        "feedback": "immediate",
        "shuffle": True,
        "questions": [
            {"id": "m2-l1-q1", "type": "single",
             "prompt": t("Which member segment usually looks first for customers, investors "
                         "and credibility?",
                         "Quel segment de membres cherche d'abord des clients, des "
                         "investisseurs et de la crédibilité ?"),
             "choices": choices(("a", "Start-ups", "Les start-up"),
                                ("b", "Large companies", "Les grands groupes"),
                                ("c", "Universities", "Les universités"),
                                ("d", "Public agencies", "Les agences publiques")),
             "answer": "a",
             "explanation": t("Young companies need market access, funding and the "
                              "credibility that a cluster network can lend them.",
                              "Les jeunes entreprises ont besoin d'accès au marché, de "
                              "financement et de la crédibilité qu'un réseau peut leur "
                              "apporter.")},
            {"id": "m2-l1-q2", "type": "multiple", "partial": True,
             "prompt": t("Which services belong to the 'markets' family? (partial credit)",
                         "Quels services relèvent de la famille « marchés » ? (points "
                         "partiels)"),
             "choices": choices(("a", "Joint stand at a trade fair",
                                 "Stand collectif sur un salon"),
                                ("b", "Meetings with large buyers",
                                 "Rencontres avec de grands donneurs d'ordre"),
                                ("c", "Training on cybersecurity", "Formation à la cybersécurité"),
                                ("d", "Export mission", "Mission à l'export"),
                                ("e", "Writing a research proposal",
                                 "Rédaction d'une proposition de recherche")),
             "answer": ["a", "b", "d"],
             "explanation": t("Training is a capability service and proposal writing belongs "
                              "to collaboration.",
                              "La formation relève des compétences et la rédaction de "
                              "propositions de la collaboration.")},
            {"id": "m2-l1-q3", "type": "matching",
             "prompt": t("Match each service with its family.",
                         "Associez chaque service à sa famille."),
             "pairs": [
                 {"left": t("B2B matchmaking event", "Rencontres d'affaires B2B"),
                  "right": t("Community", "Communauté")},
                 {"left": t("Peer-learning group on lean management",
                            "Groupe d'échange entre pairs sur le lean"),
                  "right": t("Capabilities", "Compétences")},
                 {"left": t("Joint R&D consortium", "Consortium de R&D commun"),
                  "right": t("Collaboration", "Collaboration")},
                 {"left": t("Trade mission abroad", "Mission commerciale à l'étranger"),
                  "right": t("Markets", "Marchés")},
             ],
             "explanation": t("The four families help check that the portfolio is balanced.",
                              "Les quatre familles aident à vérifier que l'offre est "
                              "équilibrée.")},
            {"id": "m2-l1-q4", "type": "true_false",
             "prompt": t("A cluster should offer its own version of every service available "
                         "in the region.",
                         "Un cluster doit proposer sa propre version de chaque service "
                         "disponible dans la région."),
             "answer": False,
             "explanation": t("Connecting members to existing support adds more value than "
                              "duplicating it.",
                              "Orienter les membres vers l'appui existant apporte plus de "
                              "valeur que de le dupliquer.")},
            {"id": "m2-l1-q5", "type": "numeric",
             "prompt": t("A cluster's budget is 400,000 EUR, of which 120,000 EUR comes from "
                         "membership fees. What percentage of the budget do fees represent?",
                         "Le budget d'un cluster est de 400 000 EUR, dont 120 000 EUR de "
                         "cotisations. Quel pourcentage du budget les cotisations "
                         "représentent-elles ?"),
             "answer": 30, "tolerance": 0.5,
             "explanation": t("120,000 ÷ 400,000 = 0.30, that is 30 %.",
                              "120 000 ÷ 400 000 = 0,30, soit 30 %.")},
            {"id": "m2-l1-q6", "type": "text",
             "prompt": t("What do we call services that are not included in the membership "
                         "fee and are billed to the companies that use them? (one word)",
                         "Comment appelle-t-on les services non compris dans la cotisation "
                         "et facturés aux entreprises qui les utilisent ? (un mot)"),
             "answers": ["premium", "paid", "payant", "payants", "premiums"],
             "explanation": t("Premium (paid) services complement the core services included "
                              "in the fee.",
                              "Les services premium (payants) complètent les services de base "
                              "compris dans la cotisation.")},
        ],
    },
}

LESSON_2 = {
    "id": "m2-l2",
    "dir": "m2/l2",
    "title": t("Supporting SMEs' digital transformation",
               "Accompagner la transformation numérique des PME"),
    "estimated_minutes": 35,
    "video_title": t("Video: a digital pathway for SMEs",
                     "Vidéo : un parcours numérique pour les PME"),
    "slides": [
        {"title": "A step-by-step digital pathway for SMEs", "bullets": [],
         "narration": [
             ("Most SMEs know they must go digital, but few know where to start. A cluster can "
              "guide them step by step.",
              "La plupart des PME savent qu'elles doivent se numériser, mais peu savent par où "
              "commencer. Un cluster peut les guider pas à pas."),
         ]},
        {"title": "Assess before advising",
         "bullets": ["Use a digital maturity assessment",
                     "Look at strategy, skills, data, automation",
                     "Repeat it to show progress"],
         "narration": [
             ("Begin with a digital maturity assessment, such as the one used by European "
              "digital innovation hubs.",
              "Commencez par une évaluation de la maturité numérique, comme celle utilisée "
              "par les pôles européens d'innovation numérique."),
             ("Repeat it later to show the company how far it has come.",
              "Renouvelez-la plus tard pour montrer à l'entreprise le chemin parcouru."),
         ]},
        {"title": "From awareness to scale-up",
         "bullets": ["Raise awareness with peer examples",
                     "Build a roadmap of small steps",
                     "Pilot, then scale what works"],
         "narration": [
             ("Peer examples raise awareness better than any presentation.",
              "Les exemples de pairs sensibilisent mieux que n'importe quelle présentation."),
             ("Then help each company build a roadmap, run a small pilot, and scale what "
              "works.",
              "Aidez ensuite chaque entreprise à bâtir une feuille de route, à mener un petit "
              "pilote et à généraliser ce qui fonctionne."),
         ]},
        {"title": "Work with the ecosystem",
         "bullets": ["Digital innovation hubs: test before invest",
                     "Technology providers among members",
                     "Regional funding and training schemes"],
         "narration": [
             ("You do not have to do everything yourself. Digital innovation hubs, technology "
              "providers and regional schemes can deliver much of the support.",
              "Vous n'avez pas à tout faire vous-même. Les pôles d'innovation numérique, les "
              "fournisseurs de technologies et les dispositifs régionaux peuvent assurer une "
              "grande partie de l'appui."),
         ]},
        {"title": "People first",
         "bullets": ["Train staff, not only managers",
                     "Cybersecurity from day one",
                     "Lead the change, explain the why"],
         "narration": [
             ("Finally, technology only works when people use it, so invest in skills, "
              "security and change management.",
              "Enfin, la technologie ne fonctionne que si les gens l'utilisent : investissez "
              "dans les compétences, la sécurité et la conduite du changement."),
         ]},
    ],
    "figure": {
        "kind": "staircase",
        "title": t("The SME digital maturity staircase",
                   "L'escalier de la maturité numérique des PME"),
        "steps": [
            {"label": t("Paper-based", "Papier"),
             "caption": t("Paper, e-mail and spreadsheets", "Papier, e-mail et tableurs")},
            {"label": t("Basic tools", "Outils de base"),
             "caption": t("Accounting software, website", "Logiciel comptable, site web")},
            {"label": t("Integrated", "Intégrée"),
             "caption": t("ERP, e-invoicing, online sales", "ERP, e-facture, vente en ligne")},
            {"label": t("Connected", "Connectée"),
             "caption": t("Machines and data linked, dashboards",
                          "Machines et données reliées, tableaux de bord")},
            {"label": t("Data-driven", "Pilotée par la donnée"),
             "caption": t("Analytics, AI, digital twins", "Analytique, IA, jumeaux numériques")},
        ],
    },
    "document_title": t("Course text: SME digital transformation",
                        "Texte du cours : la transformation numérique des PME"),
    "document": t(
        """
# Supporting SMEs' digital transformation

Digitalisation is now one of the services members ask for most. Yet small companies often
lack time, in-house skills and a clear picture of what technology can do for them. A cluster is
well placed to help: it is trusted, it knows the sector, and it can pool demand.

## Start with an assessment

A **digital maturity assessment** gives the company and the adviser a shared starting point.
The open assessment used by the European Digital Innovation Hubs (EDIHs) looks at six
dimensions: digital business strategy, digital readiness, human-centric digitalisation, data
management, automation and artificial intelligence, and green digitalisation. Repeating the
assessment after a year or two makes progress visible.

![A five-step digital maturity staircase, from paper-based to data-driven](figure-en.png)

## A pathway in small steps

1. **Awareness**: site visits, peer testimonials and short demonstrations show what is
   possible in companies like theirs.
2. **Assessment and roadmap**: the maturity check leads to a roadmap of a few prioritised
   projects with expected benefits.
3. **Pilot**: one limited project, for instance connecting two machines or digitising order
   entry, tested with clear success criteria.
4. **Scale-up**: what works is extended, financed and integrated into everyday processes.

Most SMEs climb the staircase one step at a time. Jumping straight to artificial intelligence
when orders are still typed twice rarely works.

## Use the whole ecosystem

EDIHs offer test-before-invest facilities, training, help to find financing and access to
networks. Technology providers among your members can run demonstrations, and regional
agencies often fund audits or pilots. The cluster's role is to **orchestrate**: match each
company with the right partner and follow up.

## Put people first

Train operators as well as managers, and involve staff early so that new tools are adopted
rather than resisted. Treat cybersecurity as a basic requirement from the first project, not as
an afterthought. Finally, share results across the membership: every successful pilot is the
best argument for the next company.
""",
        """
# Accompagner la transformation numérique des PME

Le numérique fait désormais partie des services les plus demandés par les membres. Pourtant,
les petites entreprises manquent souvent de temps, de compétences internes et d'une vision
claire de ce que la technologie peut leur apporter. Le cluster est bien placé pour les aider :
il inspire confiance, connaît le secteur et peut mutualiser les besoins.

## Commencer par une évaluation

Une **évaluation de la maturité numérique** donne à l'entreprise et au conseiller un point de
départ commun. L'outil ouvert utilisé par les pôles européens d'innovation numérique (EDIH)
examine six dimensions : stratégie numérique, préparation numérique, numérisation centrée sur
l'humain, gestion des données, automatisation et intelligence artificielle, et numérique
durable. Refaire l'évaluation un ou deux ans plus tard rend les progrès visibles.

![Un escalier de maturité numérique en cinq marches, du papier au pilotage par la donnée](figure-fr.png)

## Un parcours par petites étapes

1. **Sensibilisation** : visites de sites, témoignages de pairs et courtes démonstrations
   montrent ce qui est possible dans des entreprises comparables.
2. **Évaluation et feuille de route** : le diagnostic débouche sur quelques projets
   prioritaires avec les bénéfices attendus.
3. **Pilote** : un projet limité, par exemple relier deux machines ou numériser la saisie des
   commandes, testé avec des critères de réussite clairs.
4. **Généralisation** : ce qui fonctionne est étendu, financé et intégré aux processus
   quotidiens.

La plupart des PME gravissent l'escalier une marche à la fois. Passer directement à
l'intelligence artificielle quand les commandes sont encore saisies deux fois fonctionne
rarement.

## Mobiliser tout l'écosystème

Les EDIH proposent des moyens de test avant investissement, des formations, une aide à la
recherche de financements et l'accès à des réseaux. Les fournisseurs de technologies membres
du cluster peuvent organiser des démonstrations, et les agences régionales financent souvent
des diagnostics ou des pilotes. Le rôle du cluster est d'**orchestrer** : orienter chaque
entreprise vers le bon partenaire et assurer le suivi.

## L'humain d'abord

Formez les opérateurs autant que les dirigeants et associez les équipes tôt, pour que les
nouveaux outils soient adoptés plutôt que subis. Traitez la cybersécurité comme une exigence
de base dès le premier projet. Enfin, partagez les résultats avec tous les membres : chaque
pilote réussi est le meilleur argument pour convaincre l'entreprise suivante.
""",
    ),
    "factsheet": {
        "title": t("SME digitalisation pathway", "Parcours de numérisation des PME"),
        "lead": t(
            "A cluster helps SMEs go digital by assessing their maturity, building a roadmap "
            "of small steps, and orchestrating support from hubs, providers and funders.",
            "Un cluster aide les PME à se numériser en évaluant leur maturité, en construisant "
            "une feuille de route par petites étapes et en orchestrant l'appui des pôles, des "
            "fournisseurs et des financeurs.",
        ),
        "figures": [
            (t("6", "6"), t("dimensions in the EDIH digital maturity assessment",
                            "dimensions dans l'évaluation de maturité numérique des EDIH")),
            (t("4", "4"), t("stages of the pathway: awareness, roadmap, pilot, scale-up",
                            "étapes du parcours : sensibilisation, feuille de route, pilote, "
                            "généralisation")),
            (t("1", "1"), t("limited pilot project before any large investment",
                            "projet pilote limité avant tout gros investissement")),
            (t("12–24 months", "12–24 mois"), t("before re-assessing maturity (typical)",
                                                "avant de réévaluer la maturité (typique)")),
        ],
        "sections": [
            (t("The six assessment dimensions", "Les six dimensions de l'évaluation"),
             t("Digital business strategy; digital readiness; human-centric digitalisation; "
               "data management; automation and artificial intelligence; green "
               "digitalisation.",
               "Stratégie numérique ; préparation numérique ; numérisation centrée sur "
               "l'humain ; gestion des données ; automatisation et intelligence "
               "artificielle ; numérique durable.")),
            (t("What EDIHs offer", "Ce que proposent les EDIH"),
             t("Test before invest, skills and training, support to find investment, and "
               "access to an innovation ecosystem and networking.",
               "Le test avant investissement, les compétences et la formation, l'aide à la "
               "recherche de financements, et l'accès à un écosystème d'innovation et à des "
               "réseaux.")),
            (t("The cluster's role", "Le rôle du cluster"),
             t("Raise awareness with peer examples, pool demand, match each company with the "
               "right partner, follow up, and share results across the membership.",
               "Sensibiliser par l'exemple de pairs, mutualiser les besoins, orienter chaque "
               "entreprise vers le bon partenaire, assurer le suivi et partager les résultats "
               "avec tous les membres.")),
        ],
        "checklist": [
            t("Maturity assessment done and discussed with management",
              "Évaluation de maturité réalisée et discutée avec la direction"),
            t("Roadmap with three prioritised projects at most",
              "Feuille de route avec trois projets prioritaires au plus"),
            t("Pilot with measurable success criteria",
              "Pilote avec des critères de réussite mesurables"),
            t("Regional EDIH and funding schemes contacted",
              "EDIH régional et dispositifs de financement contactés"),
            t("Staff trained and cybersecurity basics in place",
              "Personnel formé et bases de cybersécurité en place"),
            t("Results shared with other members", "Résultats partagés avec les autres membres"),
        ],
    },
    "quiz": {
        "title": t("Quiz: SME digitalisation", "Quiz : la numérisation des PME"),
        "pass_score": 0.6,
        "feedback": "end",
        "shuffle": True,
        "questions": [
            {"id": "m2-l2-q1", "type": "ordering",
             "prompt": t("Put the stages of the digital pathway in order.",
                         "Remettez les étapes du parcours numérique dans l'ordre."),
             "items": [t("Awareness", "Sensibilisation"),
                       t("Assessment and roadmap", "Évaluation et feuille de route"),
                       t("Pilot project", "Projet pilote"),
                       t("Scale-up", "Généralisation")],
             "explanation": t("Companies first see what is possible, then plan, test on a small "
                              "scale, and only then extend.",
                              "Les entreprises voient d'abord ce qui est possible, puis "
                              "planifient, testent à petite échelle et seulement ensuite "
                              "généralisent.")},
            {"id": "m2-l2-q2", "type": "multiple",
             "prompt": t("Which are dimensions of the EDIH digital maturity assessment?",
                         "Lesquelles sont des dimensions de l'évaluation de maturité numérique "
                         "des EDIH ?"),
             "choices": choices(("a", "Data management", "Gestion des données"),
                                ("b", "Green digitalisation", "Numérique durable"),
                                ("c", "Share price", "Cours de l'action"),
                                ("d", "Automation and artificial intelligence",
                                 "Automatisation et intelligence artificielle")),
             "answer": ["a", "b", "d"],
             "explanation": t("The six dimensions are strategy, readiness, human-centric "
                              "digitalisation, data, automation and AI, and green "
                              "digitalisation.",
                              "Les six dimensions sont la stratégie, la préparation, la "
                              "numérisation centrée sur l'humain, les données, "
                              "l'automatisation et l'IA, et le numérique durable.")},
            {"id": "m2-l2-q3", "type": "single",
             "prompt": t("What is the cluster's main role in SME digitalisation?",
                         "Quel est le rôle principal du cluster dans la numérisation des PME ?"),
             "choices": choices(("a", "Selling software licences to members",
                                 "Vendre des licences logicielles aux membres"),
                                ("b", "Orchestrating support and following up",
                                 "Orchestrer l'appui et assurer le suivi"),
                                ("c", "Running members' IT departments",
                                 "Gérer le service informatique des membres"),
                                ("d", "Replacing digital innovation hubs",
                                 "Remplacer les pôles d'innovation numérique")),
             "answer": "b",
             "explanation": t("The cluster matches companies with the right partners and "
                              "keeps them moving, rather than delivering everything itself.",
                              "Le cluster oriente les entreprises vers les bons partenaires et "
                              "les fait avancer, plutôt que de tout réaliser lui-même.")},
            {"id": "m2-l2-q4", "type": "numeric",
             "prompt": t("A company's maturity score rose from 40 to 52 out of 100. By how "
                         "many percent did the score increase?",
                         "Le score de maturité d'une entreprise est passé de 40 à 52 sur 100. "
                         "De combien de pour cent le score a-t-il augmenté ?"),
             "answer": 30, "tolerance": 1,
             "explanation": t("(52 − 40) ÷ 40 = 0.30, an increase of 30 %.",
                              "(52 − 40) ÷ 40 = 0,30, soit une hausse de 30 %.")},
            {"id": "m2-l2-q5", "type": "text",
             "prompt": t("EDIHs let companies try a technology before buying it. Complete the "
                         "phrase: 'test before ...'",
                         "Les EDIH permettent de tester une technologie avant de l'acheter. "
                         "Complétez la formule anglaise : « test before ... »"),
             "answers": ["invest", "investing"],
             "explanation": t("'Test before invest' is one of the core EDIH services.",
                              "« Test before invest » (tester avant d'investir) est l'un des "
                              "services de base des EDIH.")},
            {"id": "m2-l2-q6", "type": "true_false",
             "prompt": t("Cybersecurity can safely wait until a company has reached the "
                         "data-driven stage.",
                         "La cybersécurité peut attendre sans risque que l'entreprise ait "
                         "atteint le stade du pilotage par la donnée."),
             "answer": False,
             "explanation": t("Cybersecurity is a basic requirement from the very first "
                              "digital project.",
                              "La cybersécurité est une exigence de base dès le premier projet "
                              "numérique.")},
        ],
    },
}

MODULE = {
    "id": "m2",
    "number": 2,
    "accent": "#2a9d8f",
    "title": t("Member services and SME digitalisation",
               "Services aux membres et numérisation des PME"),
    "description": t("How to design a valued service portfolio and guide SMEs through "
                     "digital transformation.",
                     "Comment concevoir une offre de services appréciée et guider les PME dans "
                     "leur transformation numérique."),
    "lessons": [LESSON_1, LESSON_2],
}
