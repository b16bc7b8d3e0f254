# ruff: noqa: E501, RUF001  (course prose: typographic dashes, long Markdown image lines)
"""Module 3 of the demo course: international collaboration and partnerships."""

from __future__ import annotations

from common import choices, t

LESSON_1 = {
    "id": "m3-l1",
    "dir": "m3/l1",
    "title": t("Taking members international", "Accompagner les membres à l'international"),
    "estimated_minutes": 30,
    "video_title": t("Video: a staged approach to internationalisation",
                     "Vidéo : une approche par étapes de l'internationalisation"),
    "slides": [
        {"title": "A staged approach to international markets and partners", "bullets": [],
         "narration": [
             ("Going international is one of the most valued things a cluster can do for "
              "SMEs. This lesson shows a staged approach.",
              "L'international est l'un des apports les plus appréciés d'un cluster pour les "
              "PME. Cette leçon présente une approche par étapes."),
         ]},
        {"title": "Why go international",
         "bullets": ["New customers and suppliers",
                     "Technology and research partners",
                     "Access to European projects"],
         "narration": [
             ("Foreign partners bring customers, technology and access to European projects "
              "that a single region cannot offer.",
              "Les partenaires étrangers apportent des clients, des technologies et un accès "
              "à des projets européens qu'une seule région ne peut offrir."),
         ]},
        {"title": "Four stages",
         "bullets": ["Explore: market intelligence",
                     "Connect: matchmaking and delegations",
                     "Collaborate: joint projects",
                     "Establish: lasting business"],
         "narration": [
             ("Move in four stages: explore, connect, collaborate, and establish.",
              "Avancez en quatre étapes : explorer, se connecter, collaborer et s'implanter."),
             ("Each stage builds the trust needed for the next one.",
              "Chaque étape construit la confiance nécessaire à la suivante."),
         ]},
        {"title": "Useful European tools",
         "bullets": ["European Cluster Collaboration Platform",
                     "Enterprise Europe Network",
                     "Strategic cluster partnerships"],
         "narration": [
             ("Use the European Cluster Collaboration Platform to find partner clusters, and "
              "the Enterprise Europe Network for company partner searches.",
              "Utilisez la plateforme européenne de collaboration des clusters pour trouver "
              "des clusters partenaires, et le réseau Enterprise Europe pour la recherche de "
              "partenaires."),
         ]},
        {"title": "Prepare your members",
         "bullets": ["Check export readiness first",
                     "Train the pitch, brief on the culture",
                     "Follow up every contact within weeks"],
         "narration": [
             ("Prepare companies before any mission, and follow up every contact quickly.",
              "Préparez les entreprises avant toute mission et assurez un suivi rapide de "
              "chaque contact."),
             ("Most value is lost after the trip, not during it.",
              "L'essentiel de la valeur se perd après le voyage, pas pendant."),
         ]},
    ],
    "figure": {
        "kind": "flow",
        "title": t("Four stages of internationalisation",
                   "Quatre étapes de l'internationalisation"),
        "stages": [
            {"label": t("Explore", "Explorer"),
             "caption": t("Market studies, webinars with partner clusters, trade statistics",
                          "Études de marché, webinaires avec des clusters partenaires, "
                          "statistiques")},
            {"label": t("Connect", "Se connecter"),
             "caption": t("B2B matchmaking, delegations, joint stands at fairs",
                          "Rendez-vous B2B, délégations, stands collectifs sur les salons")},
            {"label": t("Collaborate", "Collaborer"),
             "caption": t("Joint projects, consortia, pilot contracts",
                          "Projets communs, consortiums, premiers contrats pilotes")},
            {"label": t("Establish", "S'implanter"),
             "caption": t("Distributors, subsidiaries, long-term alliances",
                          "Distributeurs, filiales, alliances durables")},
        ],
    },
    "document_title": t("Course text: taking members international",
                        "Texte du cours : accompagner les membres à l'international"),
    "document": t(
        """
# Taking members international

For many SMEs, foreign markets and partners are out of reach on their own: they lack contacts,
market knowledge and time. A cluster can lower that barrier by organising activities that
companies could not afford alone, and by lending them the credibility of a recognised network.

## Why it matters

- **Growth**: new customers, distributors and suppliers.
- **Innovation**: access to technologies, research centres and test facilities abroad.
- **Projects**: European programmes often require partners from several countries.
- **Learning**: comparing practices with foreign clusters improves the cluster itself.

## A staged approach

Successful clusters rarely jump straight into a trade mission. They move through four stages.

![Four stages of internationalisation: explore, connect, collaborate, establish](figure-en.png)

In the **explore** stage, the team gathers market intelligence and organises webinars with
partner clusters in target countries. In the **connect** stage, members meet potential partners
through business-to-business matchmaking, incoming and outgoing delegations, or a joint stand
at a trade fair. In the **collaborate** stage, contacts turn into joint projects, consortia
and first pilot contracts. Finally, in the **establish** stage, companies set up distribution,
subsidiaries or long-term alliances, and the cluster steps back.

## European tools

The European Cluster Collaboration Platform lists cluster organisations across Europe and
helps find partner clusters and events. The Enterprise Europe Network supports company partner
searches and advice on foreign markets. European Strategic Cluster Partnerships bring several
clusters together around a joint internationalisation strategy, including towards markets
outside Europe.

## Make missions count

Select target countries together with members, based on real business interest rather than
political visits. Check that participating companies are export-ready, prepare their pitch
and documents, and brief them on business culture. After the mission, follow up every contact
within a few weeks and measure results six to twelve months later: meetings held, agreements
signed, projects started.
""",
        """
# Accompagner les membres à l'international

Pour beaucoup de PME, les marchés et partenaires étrangers sont hors de portée si elles sont
seules : il leur manque des contacts, la connaissance du marché et du temps. Un cluster peut
abaisser cette barrière en organisant des actions qu'aucune entreprise ne pourrait financer
seule, et en leur prêtant la crédibilité d'un réseau reconnu.

## Pourquoi c'est important

- **Croissance** : nouveaux clients, distributeurs et fournisseurs.
- **Innovation** : accès à des technologies, des centres de recherche et des plateformes
  d'essai à l'étranger.
- **Projets** : les programmes européens exigent souvent des partenaires de plusieurs pays.
- **Apprentissage** : comparer ses pratiques avec celles de clusters étrangers fait progresser
  le cluster lui-même.

## Une approche par étapes

Les clusters qui réussissent se lancent rarement d'emblée dans une mission commerciale. Ils
franchissent quatre étapes.

![Quatre étapes de l'internationalisation : explorer, se connecter, collaborer, s'implanter](figure-fr.png)

À l'étape **explorer**, l'équipe recueille de la veille sur les marchés et organise des
webinaires avec des clusters partenaires des pays ciblés. À l'étape **se connecter**, les
membres rencontrent des partenaires potentiels lors de rendez-vous d'affaires, de délégations
reçues ou envoyées, ou sur un stand collectif. À l'étape **collaborer**, les contacts se
transforment en projets communs, en consortiums et en premiers contrats pilotes. Enfin, à
l'étape **s'implanter**, les entreprises mettent en place distribution, filiales ou alliances
durables, et le cluster se met en retrait.

## Les outils européens

La plateforme européenne de collaboration des clusters (ECCP) recense les clusters en Europe
et aide à trouver des clusters partenaires et des événements. Le réseau Enterprise Europe
(EEN) accompagne la recherche de partenaires et conseille sur les marchés étrangers. Les
partenariats stratégiques européens de clusters réunissent plusieurs clusters autour d'une
stratégie commune d'internationalisation, y compris vers des marchés hors d'Europe.

## Des missions qui comptent

Choisissez les pays cibles avec les membres, selon un intérêt commercial réel plutôt que
pour des visites politiques. Vérifiez que les entreprises participantes sont prêtes à
exporter, préparez leur argumentaire et leurs documents, et informez-les de la culture
d'affaires. Après la mission, relancez chaque contact dans les semaines qui suivent et mesurez
les résultats six à douze mois plus tard : rendez-vous tenus, accords signés, projets lancés.
""",
    ),
    "factsheet": {
        "title": t("Internationalisation at a glance", "L'internationalisation en bref"),
        "lead": t(
            "Clusters help SMEs reach foreign partners and markets through a staged approach: "
            "explore, connect, collaborate, establish. Preparation and follow-up make the "
            "difference.",
            "Les clusters aident les PME à atteindre partenaires et marchés étrangers par une "
            "approche en étapes : explorer, se connecter, collaborer, s'implanter. La "
            "préparation et le suivi font la différence.",
        ),
        "figures": [
            (t("4", "4"), t("stages: explore, connect, collaborate, establish",
                            "étapes : explorer, se connecter, collaborer, s'implanter")),
            (t("2–4 weeks", "2–4 sem."), t("to follow up every contact after a mission "
                                           "(typical)",
                                           "pour relancer chaque contact après une mission "
                                           "(typique)")),
            (t("6–12 months", "6–12 mois"), t("before measuring the business results of a "
                                              "mission",
                                              "avant de mesurer les résultats commerciaux "
                                              "d'une mission")),
            (t("2–3", "2–3"), t("target countries at a time are enough for most clusters "
                                "(typical)",
                                "pays cibles à la fois suffisent à la plupart des clusters "
                                "(typique)")),
        ],
        "sections": [
            (t("Where to find partners", "Où trouver des partenaires"),
             t("The European Cluster Collaboration Platform for partner clusters and events; "
               "the Enterprise Europe Network for company partner searches; European "
               "Strategic Cluster Partnerships for joint strategies; trade promotion agencies "
               "and embassies for market information.",
               "La plateforme européenne de collaboration des clusters pour les clusters "
               "partenaires et les événements ; le réseau Enterprise Europe pour la recherche "
               "de partenaires ; les partenariats stratégiques européens de clusters pour les "
               "stratégies communes ; les agences de promotion et ambassades pour "
               "l'information sur les marchés.")),
            (t("Measuring results", "Mesurer les résultats"),
             t("Count meetings held, follow-up visits, agreements signed, joint projects "
               "started and new export turnover reported by members.",
               "Comptez les rendez-vous tenus, les visites de suivi, les accords signés, les "
               "projets communs lancés et le nouveau chiffre d'affaires à l'export déclaré "
               "par les membres.")),
        ],
        "checklist": [
            t("Target countries chosen with members", "Pays cibles choisis avec les membres"),
            t("Partner cluster identified in each target country",
              "Cluster partenaire identifié dans chaque pays cible"),
            t("Export readiness of participants checked",
              "Capacité à exporter des participants vérifiée"),
            t("Pitch and documents prepared, cultural briefing held",
              "Argumentaire et documents prêts, briefing culturel organisé"),
            t("Every contact followed up after the mission",
              "Chaque contact relancé après la mission"),
            t("Results measured after six to twelve months",
              "Résultats mesurés après six à douze mois"),
        ],
    },
    "quiz": {
        "title": t("Quiz: internationalisation", "Quiz : l'internationalisation"),
        "pass_score": 0.7,
        "max_attempts": 3,
        "feedback": "immediate",
        "shuffle": True,
        "questions": [
            {"id": "m3-l1-q1", "type": "ordering",
             "prompt": t("Put the four stages of internationalisation in order.",
                         "Remettez les quatre étapes de l'internationalisation dans l'ordre."),
             "items": [t("Explore", "Explorer"), t("Connect", "Se connecter"),
                       t("Collaborate", "Collaborer"), t("Establish", "S'implanter")],
             "explanation": t("Each stage builds the knowledge and trust the next one needs.",
                              "Chaque étape construit la connaissance et la confiance "
                              "nécessaires à la suivante.")},
            {"id": "m3-l1-q2", "type": "matching",
             "prompt": t("Match each European tool with what it is mainly used for.",
                         "Associez chaque outil européen à son usage principal."),
             "pairs": [
                 {"left": t("European Cluster Collaboration Platform",
                            "Plateforme européenne de collaboration des clusters"),
                  "right": t("Finding partner clusters and events",
                             "Trouver des clusters partenaires et des événements")},
                 {"left": t("Enterprise Europe Network", "Réseau Enterprise Europe"),
                  "right": t("Partner searches and advice for companies",
                             "Recherche de partenaires et conseil aux entreprises")},
                 {"left": t("European Strategic Cluster Partnership",
                            "Partenariat stratégique européen de clusters"),
                  "right": t("Joint internationalisation strategy of several clusters",
                             "Stratégie commune d'internationalisation de plusieurs clusters")},
             ],
             "explanation": t("Each tool serves a different level: clusters, companies, or "
                              "groups of clusters.",
                              "Chaque outil sert un niveau différent : clusters, entreprises ou "
                              "groupes de clusters.")},
            {"id": "m3-l1-q3", "type": "single",
             "prompt": t("When is most of the value of a trade mission usually lost?",
                         "Quand perd-on généralement l'essentiel de la valeur d'une mission "
                         "commerciale ?"),
             "choices": choices(("a", "During the flight", "Pendant le vol"),
                                ("b", "After the mission, without follow-up",
                                 "Après la mission, faute de suivi"),
                                ("c", "During the welcome speech",
                                 "Pendant le discours d'accueil"),
                                ("d", "When choosing the hotel", "Au choix de l'hôtel")),
             "answer": "b",
             "explanation": t("Contacts that are not followed up within weeks rarely turn "
                              "into business.",
                              "Les contacts non relancés dans les semaines qui suivent "
                              "débouchent rarement sur des affaires.")},
            {"id": "m3-l1-q4", "type": "multiple",
             "prompt": t("Which checks belong to preparing companies for a mission?",
                         "Quelles vérifications relèvent de la préparation des entreprises à "
                         "une mission ?"),
             "choices": choices(("a", "Export readiness", "La capacité à exporter"),
                                ("b", "A prepared pitch and documents",
                                 "Un argumentaire et des documents prêts"),
                                ("c", "A briefing on business culture",
                                 "Un briefing sur la culture d'affaires"),
                                ("d", "The number of souvenirs to bring back",
                                 "Le nombre de souvenirs à rapporter")),
             "answer": ["a", "b", "c"],
             "explanation": t("Readiness, pitch and cultural briefing make meetings "
                              "productive.",
                              "Préparation, argumentaire et briefing culturel rendent les "
                              "rendez-vous productifs.")},
            {"id": "m3-l1-q5", "type": "numeric",
             "prompt": t("Eight companies held 60 meetings during a mission; 9 led to an "
                         "agreement within a year. What is the conversion rate in percent?",
                         "Huit entreprises ont tenu 60 rendez-vous lors d'une mission ; 9 ont "
                         "abouti à un accord dans l'année. Quel est le taux de transformation "
                         "en pourcentage ?"),
             "answer": 15, "tolerance": 0.5,
             "explanation": t("9 ÷ 60 = 0.15, so 15 % of meetings became agreements.",
                              "9 ÷ 60 = 0,15, soit 15 % des rendez-vous transformés en "
                              "accords.")},
            {"id": "m3-l1-q6", "type": "true_false",
             "prompt": t("Target countries should be chosen from members' real business "
                         "interest rather than from political visits.",
                         "Les pays cibles doivent être choisis selon l'intérêt commercial réel "
                         "des membres plutôt que selon des visites politiques."),
             "answer": True,
             "explanation": t("Missions driven by member demand produce far better results.",
                              "Les missions portées par la demande des membres donnent de bien "
                              "meilleurs résultats.")},
        ],
    },
}

LESSON_2 = {
    "id": "m3-l2",
    "dir": "m3/l2",
    "title": t("Building partnerships that last", "Construire des partenariats durables"),
    "estimated_minutes": 30,
    "video_title": t("Video: from first contact to lasting partnership",
                     "Vidéo : du premier contact au partenariat durable"),
    "slides": [
        {"title": "From a first contact to a partnership that lasts", "bullets": [],
         "narration": [
             ("Clusters do not work alone. This lesson is about choosing partners and keeping "
              "partnerships alive.",
              "Les clusters ne travaillent pas seuls. Cette leçon porte sur le choix des "
              "partenaires et sur la manière de faire vivre les partenariats."),
         ]},
        {"title": "Choose partners with a purpose",
         "bullets": ["Complementary competences or markets",
                     "Shared goals and a similar ambition",
                     "People who trust each other"],
         "narration": [
             ("Good partners are complementary, share a goal, and have people who trust each "
              "other.",
              "De bons partenaires sont complémentaires, partagent un objectif et ont des "
              "équipes qui se font confiance."),
         ]},
        {"title": "Formalise step by step",
         "bullets": ["Start with a small joint action",
                     "Then sign a memorandum of understanding",
                     "Agree a joint plan with named contacts"],
         "narration": [
             ("Start with one small joint action before signing anything.",
              "Commencez par une petite action commune avant de signer quoi que ce soit."),
             ("Then agree a memorandum of understanding with a joint plan and named contacts.",
              "Puis convenez d'un protocole d'accord avec un plan commun et des interlocuteurs "
              "nommés."),
         ]},
        {"title": "Projects as vehicles",
         "bullets": ["Interreg for cross-border regions",
                     "Horizon Europe for research and innovation",
                     "Single Market Programme for Euroclusters"],
         "narration": [
             ("European projects give partnerships resources and deadlines.",
              "Les projets européens donnent aux partenariats des moyens et des échéances."),
             ("Interreg, Horizon Europe and the Single Market Programme are common vehicles.",
              "Interreg, Horizon Europe et le programme pour le marché unique sont des "
              "véhicules courants."),
         ]},
        {"title": "Review every year",
         "bullets": ["What did members gain?",
                     "Is the effort still worth it?",
                     "Renew, refocus or close politely"],
         "narration": [
             ("Review each partnership every year, and refocus or close those that no longer "
              "bring value.",
              "Faites le bilan de chaque partenariat chaque année, et recentrez ou arrêtez "
              "ceux qui n'apportent plus de valeur."),
         ]},
    ],
    "figure": {
        "kind": "network",
        "title": t("The cluster's partnership network", "Le réseau de partenaires du cluster"),
        "centre": t("Your cluster", "Votre cluster"),
        "nodes": [t("Universities and RTOs", "Universités et centres techniques"),
                  t("Partner clusters abroad", "Clusters partenaires à l'étranger"),
                  t("Digital innovation hubs", "Pôles d'innovation numérique"),
                  t("Investors and banks", "Investisseurs et banques"),
                  t("Regional agencies", "Agences régionales"),
                  t("Enterprise Europe Network", "Réseau Enterprise Europe")],
    },
    "document_title": t("Course text: building partnerships that last",
                        "Texte du cours : construire des partenariats durables"),
    "document": t(
        """
# Building partnerships that last

A cluster's strength lies as much in its connections as in its members. Universities and
research and technology organisations (RTOs) bring knowledge, digital innovation hubs bring
technology services, regional agencies bring funding, and partner clusters abroad open doors
to new markets. Managing these relationships is a core skill of the cluster manager.

![The cluster's partnership network: universities, partner clusters, hubs, investors, agencies and the Enterprise Europe Network](figure-en.png)

## Choosing partners

Ask three questions before investing time in a partner:

- **Complementarity**: does the partner bring competences, markets or infrastructure that
  your members lack?
- **Shared purpose**: do you pursue a common goal, with a similar level of ambition and
  resources?
- **People**: is there a contact person you trust and who has a mandate to act?

A partnership that answers no to one of these questions usually remains a logo on a website.

## Formalising step by step

Trust grows through joint work. Start with a low-risk joint action, such as a webinar, a
study visit or a shared stand. If it works, sign a memorandum of understanding (MoU) that sets
out common objectives, a short joint action plan and named contacts on both sides. Keep it
light: an MoU is a commitment to cooperate, not a legal contract.

## Projects as vehicles

European programmes provide resources and deadlines that keep partners working together.
Interreg supports cooperation between regions, Horizon Europe funds research and innovation
consortia, and the Single Market Programme has supported Euroclusters that help SMEs across
borders. A good project is built on an existing relationship rather than assembled in a hurry
just before a call deadline.

## Reviewing and renewing

Once a year, review each partnership with the board. What did members gain? Which activities
took place? Is the effort still justified? Renew the partnerships that deliver, refocus those
that drift, and close the others politely. A short portfolio of active partnerships is worth
more than a long list of dormant agreements.
""",
        """
# Construire des partenariats durables

La force d'un cluster tient autant à ses relations qu'à ses membres. Les universités et les
centres de recherche et de technologie apportent des connaissances, les pôles d'innovation
numérique des services technologiques, les agences régionales des financements, et les
clusters partenaires à l'étranger ouvrent de nouveaux marchés. Gérer ces relations est une
compétence essentielle du manager de cluster.

![Le réseau de partenaires du cluster : universités, clusters partenaires, pôles, investisseurs, agences et réseau Enterprise Europe](figure-fr.png)

## Choisir ses partenaires

Posez trois questions avant d'investir du temps dans un partenaire :

- **Complémentarité** : le partenaire apporte-t-il des compétences, des marchés ou des
  équipements qui manquent à vos membres ?
- **Objectif partagé** : poursuivez-vous un but commun, avec un niveau d'ambition et de
  moyens comparable ?
- **Personnes** : existe-t-il un interlocuteur de confiance, mandaté pour agir ?

Un partenariat qui répond non à l'une de ces questions reste en général un simple logo sur
un site web.

## Formaliser pas à pas

La confiance naît du travail en commun. Commencez par une action commune à faible risque,
comme un webinaire, une visite d'étude ou un stand partagé. Si cela fonctionne, signez un
protocole d'accord qui fixe des objectifs communs, un court plan d'action et des
interlocuteurs nommés de part et d'autre. Restez léger : un protocole d'accord est un
engagement à coopérer, pas un contrat juridique.

## Les projets comme véhicules

Les programmes européens apportent des moyens et des échéances qui font travailler les
partenaires ensemble. Interreg soutient la coopération entre régions, Horizon Europe finance
des consortiums de recherche et d'innovation, et le programme pour le marché unique a soutenu
des Euroclusters qui aident les PME au-delà des frontières. Un bon projet s'appuie sur une
relation existante plutôt que d'être monté à la hâte juste avant la date limite d'un appel.

## Évaluer et renouveler

Une fois par an, passez chaque partenariat en revue avec le conseil. Qu'ont gagné les
membres ? Quelles activités ont eu lieu ? L'effort est-il encore justifié ? Renouvelez les
partenariats qui produisent des résultats, recentrez ceux qui dérivent et mettez fin aux
autres avec courtoisie. Quelques partenariats actifs valent mieux qu'une longue liste
d'accords en sommeil.
""",
    ),
    "factsheet": {
        "title": t("Partnership management checklist",
                   "Check-list de la gestion des partenariats"),
        "lead": t(
            "Partnerships extend what a cluster can offer its members. Choose them for "
            "complementarity, formalise them step by step, and review them every year.",
            "Les partenariats élargissent ce qu'un cluster peut offrir à ses membres. "
            "Choisissez-les pour leur complémentarité, formalisez-les pas à pas et "
            "évaluez-les chaque année.",
        ),
        "figures": [
            (t("3", "3"), t("selection questions: complementarity, shared purpose, people",
                            "questions de sélection : complémentarité, objectif partagé, "
                            "personnes")),
            (t("1", "1"), t("small joint action before signing any agreement",
                            "petite action commune avant de signer tout accord")),
            (t("1 / year", "1 / an"), t("review of each partnership with the board",
                                        "revue de chaque partenariat avec le conseil")),
            (t("5–10", "5–10"), t("active strategic partnerships are plenty for most clusters "
                                  "(typical)",
                                  "partenariats stratégiques actifs suffisent à la plupart "
                                  "des clusters (typique)")),
        ],
        "sections": [
            (t("What an MoU should contain", "Le contenu d'un protocole d'accord"),
             t("The parties, shared objectives, two or three joint actions for the first year, "
               "named contacts, how members of each side can take part, the duration and a "
               "review date.",
               "Les parties, les objectifs communs, deux ou trois actions communes pour la "
               "première année, les interlocuteurs nommés, la manière dont les membres de "
               "chaque côté participent, la durée et une date de revue.")),
            (t("Funding vehicles", "Véhicules de financement"),
             t("Interreg for cooperation between regions; Horizon Europe for research and "
               "innovation consortia; the Single Market Programme for cross-border support to "
               "SMEs; national and regional cooperation schemes.",
               "Interreg pour la coopération entre régions ; Horizon Europe pour les "
               "consortiums de recherche et d'innovation ; le programme pour le marché unique "
               "pour l'appui transfrontalier aux PME ; les dispositifs nationaux et "
               "régionaux de coopération.")),
        ],
        "checklist": [
            t("Partner map kept up to date", "Cartographie des partenaires tenue à jour"),
            t("Each partnership has a named contact on both sides",
              "Chaque partenariat a un interlocuteur nommé de chaque côté"),
            t("Joint plan with dated actions", "Plan commun avec des actions datées"),
            t("Members informed of partnership opportunities",
              "Membres informés des opportunités offertes par les partenariats"),
            t("Yearly review of benefits and effort",
              "Revue annuelle des bénéfices et de l'effort"),
            t("Dormant agreements closed or relaunched",
              "Accords en sommeil clos ou relancés"),
        ],
    },
    "quiz": {
        "title": t("Quiz: partnerships", "Quiz : les partenariats"),
        "pass_score": 0.7,
        "feedback": "end",
        "shuffle": False,
        "questions": [
            {"id": "m3-l2-q1", "type": "text",
             "prompt": t("Which three-letter abbreviation names a non-binding agreement in "
                         "which partners set out common objectives?",
                         "Quel sigle anglais de trois lettres désigne un accord non "
                         "contraignant dans lequel des partenaires fixent des objectifs "
                         "communs ?"),
             "answers": ["MoU", "memorandum of understanding", "protocole d'accord"],
             "explanation": t("A memorandum of understanding (MoU) is a commitment to "
                              "cooperate, not a legal contract.",
                              "Un memorandum of understanding (MoU, protocole d'accord) est un "
                              "engagement à coopérer, pas un contrat juridique.")},
            {"id": "m3-l2-q2", "type": "multiple", "partial": True,
             "prompt": t("Which questions help decide whether to invest in a partner? "
                         "(partial credit)",
                         "Quelles questions aident à décider d'investir dans un partenaire ? "
                         "(points partiels)"),
             "choices": choices(("a", "Does it bring competences our members lack?",
                                 "Apporte-t-il des compétences qui manquent à nos membres ?"),
                                ("b", "Do we share a common goal?",
                                 "Partageons-nous un objectif commun ?"),
                                ("c", "Is its logo attractive on our website?",
                                 "Son logo est-il attrayant sur notre site web ?"),
                                ("d", "Is there a trusted contact with a mandate?",
                                 "Y a-t-il un interlocuteur de confiance et mandaté ?")),
             "answer": ["a", "b", "d"],
             "explanation": t("Complementarity, shared purpose and people are what make "
                              "partnerships work.",
                              "Complémentarité, objectif partagé et personnes font "
                              "fonctionner un partenariat.")},
            {"id": "m3-l2-q3", "type": "single",
             "prompt": t("Which programme mainly supports cooperation between regions in "
                         "different countries?",
                         "Quel programme soutient principalement la coopération entre régions "
                         "de pays différents ?"),
             "choices": choices(("a", "Interreg", "Interreg"),
                                ("b", "Erasmus+ school exchanges",
                                 "Les échanges scolaires Erasmus+"),
                                ("c", "The Common Agricultural Policy direct payments",
                                 "Les paiements directs de la politique agricole commune"),
                                ("d", "None: regions cannot cooperate",
                                 "Aucun : les régions ne peuvent pas coopérer")),
             "answer": "a",
             "explanation": t("Interreg is the European territorial cooperation programme.",
                              "Interreg est le programme européen de coopération "
                              "territoriale.")},
            {"id": "m3-l2-q4", "type": "true_false",
             "prompt": t("A good European project is usually assembled in a hurry just before "
                         "the call deadline.",
                         "Un bon projet européen est en général monté à la hâte juste avant "
                         "la date limite de l'appel."),
             "answer": False,
             "explanation": t("Strong projects rest on relationships built before the call.",
                              "Les bons projets reposent sur des relations construites avant "
                              "l'appel.")},
            {"id": "m3-l2-q5", "type": "ordering",
             "prompt": t("Order the usual steps of building a partnership.",
                         "Classez les étapes habituelles de la construction d'un partenariat."),
             "items": [t("Identify a complementary partner",
                         "Identifier un partenaire complémentaire"),
                       t("Run a small joint action", "Mener une petite action commune"),
                       t("Sign a memorandum of understanding",
                         "Signer un protocole d'accord"),
                       t("Review the partnership after a year",
                         "Évaluer le partenariat au bout d'un an")],
             "explanation": t("Trust is built through joint work before it is formalised.",
                              "La confiance se construit par le travail commun avant d'être "
                              "formalisée.")},
            {"id": "m3-l2-q6", "type": "numeric",
             "prompt": t("Your cluster has signed 12 partnership agreements, but only 3 had "
                         "any activity last year. What percentage is active?",
                         "Votre cluster a signé 12 accords de partenariat, mais seuls 3 ont "
                         "eu une activité l'an dernier. Quel pourcentage est actif ?"),
             "answer": 25, "tolerance": 0.5,
             "explanation": t("3 ÷ 12 = 0.25: a sign that the portfolio needs pruning.",
                              "3 ÷ 12 = 0,25 : signe que le portefeuille doit être élagué.")},
        ],
    },
}

MODULE = {
    "id": "m3",
    "number": 3,
    "accent": "#5c6bc0",
    "title": t("International collaboration and partnerships",
               "Coopération internationale et partenariats"),
    "description": t("How a cluster takes members to foreign markets and builds lasting "
                     "partnerships.",
                     "Comment un cluster emmène ses membres vers les marchés étrangers et "
                     "construit des partenariats durables."),
    "lessons": [LESSON_1, LESSON_2],
}
