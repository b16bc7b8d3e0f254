# ruff: noqa: E501, RUF001  (course prose: typographic dashes, long Markdown image lines)
"""Module 1 of the demo course: a cluster's strategy and governance."""

from __future__ import annotations

from common import choices, t

LESSON_1 = {
    "id": "m1-l1",
    "dir": "m1/l1",
    "title": t("Building a cluster strategy", "Construire la stratégie d'un cluster"),
    "estimated_minutes": 30,
    "video_title": t("Video: from shared ambition to roadmap",
                     "Vidéo : de l'ambition partagée à la feuille de route"),
    "slides": [
        {"title": "From a shared ambition to a roadmap that members own", "bullets": [],
         "narration": [
             ("Welcome. In this lesson you will see how a cluster turns a shared ambition into "
              "a strategy that its members actually own.",
              "Bienvenue. Dans cette leçon, vous verrez comment un cluster transforme une "
              "ambition partagée en une stratégie que ses membres s'approprient vraiment."),
         ]},
        {"title": "Why a cluster needs a strategy",
         "bullets": ["Focuses a small team and a limited budget",
                     "Gives companies a reason to join and to stay",
                     "Makes results visible to members and funders"],
         "narration": [
             ("A strategy focuses a small team and a limited budget on what matters most.",
              "Une stratégie concentre une petite équipe et un budget limité sur l'essentiel."),
             ("It also gives members and funders a clear reason to commit.",
              "Elle donne aussi aux membres et aux financeurs une raison claire de s'engager."),
         ]},
        {"title": "Start from evidence",
         "bullets": ["Map members, value chains and competences",
                     "Interview companies about their real needs",
                     "Check the fit with the regional smart specialisation strategy"],
         "narration": [
             ("Start from evidence: map your members and value chains, and interview companies "
              "about their real needs.",
              "Partez des faits : cartographiez vos membres et vos chaînes de valeur, et "
              "interrogez les entreprises sur leurs besoins réels."),
             ("Then check the fit with your region's smart specialisation strategy.",
              "Vérifiez ensuite la cohérence avec la stratégie de spécialisation intelligente "
              "de votre région."),
         ]},
        {"title": "From vision to action plan",
         "bullets": ["A vision for the next five to ten years",
                     "Three to five strategic objectives",
                     "Actions with an owner, a budget and indicators"],
         "narration": [
             ("Translate the vision into three to five objectives.",
              "Traduisez la vision en trois à cinq objectifs."),
             ("Every objective needs concrete actions, an owner, a budget and indicators.",
              "Chaque objectif a besoin d'actions concrètes, d'un responsable, d'un budget et "
              "d'indicateurs."),
         ]},
        {"title": "Keep the strategy alive",
         "bullets": ["Co-create it with members and the board",
                     "Review progress every year",
                     "Revise the strategy every three to five years"],
         "narration": [
             ("Write the strategy together with members and the board, not for them.",
              "Rédigez la stratégie avec les membres et le conseil d'administration, et non "
              "à leur place."),
             ("Review progress every year, and revise the whole strategy every three to five "
              "years.",
              "Faites le point chaque année et révisez l'ensemble de la stratégie tous les "
              "trois à cinq ans."),
         ]},
    ],
    "figure": {
        "kind": "cycle",
        "title": t("The cluster strategy cycle", "Le cycle stratégique du cluster"),
        "centre": t("Members at the centre", "Les membres au centre"),
        "labels": [t("Analyse", "Analyser"), t("Vision and objectives", "Vision et objectifs"),
                   t("Action plan", "Plan d'action"), t("Implementation", "Mise en œuvre"),
                   t("Monitoring and review", "Suivi et revue")],
    },
    "document_title": t("Course text: building a cluster strategy",
                        "Texte du cours : construire la stratégie d'un cluster"),
    "document": t(
        """
# Building a cluster strategy

A cluster organisation rarely has more than a handful of staff, yet it is expected to serve
dozens or hundreds of companies, research centres and public partners. Without a strategy, the
team ends up reacting to whoever shouts loudest. A good strategy is therefore less a glossy
document than a **shared decision about what the cluster will and will not do**.

![The cluster strategy cycle: analyse, vision and objectives, action plan, implementation, monitoring and review](figure-en.png)

## Start from evidence, not from wishes

Before writing a single objective, collect facts about the ecosystem:

- **Who are the members?** Size, sector, position in the value chain, innovation capacity.
- **What do they need?** Structured interviews with 15 to 30 companies tell you more than any
  survey with a 10 % response rate.
- **What is around you?** Competing or complementary clusters, universities, technology
  centres, and the priorities of the regional smart specialisation strategy (S3).

Summarise the findings in a short SWOT analysis and validate it with the board.

## From vision to objectives

The vision describes where the ecosystem should be in five to ten years, for example
"our region is the European reference for sustainable food packaging". Break it down into
**three to five strategic objectives**. More than that and the team will spread itself too
thin. Each objective is then turned into an action plan in which every action has an owner,
a budget line, a deadline and at least one indicator.

## Make members co-owners

Strategies written by consultants alone tend to stay in a drawer. Run workshops with member
companies, invite the board to prioritise, and publish a one-page summary that any member can
read in two minutes. People support what they helped to build.

## Review and adapt

Check progress against the indicators every year and report it at the general assembly.
Markets and technologies move quickly, so plan a full revision every three to five years, or
earlier if a major shock hits your sector.
""",
        """
# Construire la stratégie d'un cluster

Une structure d'animation de cluster compte rarement plus de quelques salariés, mais elle doit
servir des dizaines, voire des centaines d'entreprises, de laboratoires et de partenaires
publics. Sans stratégie, l'équipe finit par répondre à celui qui parle le plus fort. Une bonne
stratégie est donc moins un beau document qu'une **décision partagée sur ce que le cluster fera
et ne fera pas**.

![Le cycle stratégique du cluster : analyser, vision et objectifs, plan d'action, mise en œuvre, suivi et revue](figure-fr.png)

## Partir des faits, pas des souhaits

Avant d'écrire le moindre objectif, rassemblez des faits sur l'écosystème :

- **Qui sont les membres ?** Taille, secteur, place dans la chaîne de valeur, capacité
  d'innovation.
- **De quoi ont-ils besoin ?** Des entretiens structurés avec 15 à 30 entreprises en disent
  plus qu'une enquête au taux de réponse de 10 %.
- **Qu'y a-t-il autour de vous ?** Clusters concurrents ou complémentaires, universités,
  centres techniques et priorités de la stratégie régionale de spécialisation intelligente
  (S3).

Résumez les résultats dans une courte analyse SWOT (forces, faiblesses, opportunités, menaces)
et faites-la valider par le conseil d'administration.

## De la vision aux objectifs

La vision décrit où l'écosystème doit se trouver dans cinq à dix ans, par exemple « notre
région est la référence européenne de l'emballage alimentaire durable ». Déclinez-la en
**trois à cinq objectifs stratégiques**. Au-delà, l'équipe se disperse. Chaque objectif devient
ensuite un plan d'action dans lequel chaque action a un responsable, une ligne budgétaire, une
échéance et au moins un indicateur.

## Faire des membres des co-propriétaires

Les stratégies rédigées par des consultants seuls finissent souvent dans un tiroir. Organisez
des ateliers avec les entreprises membres, demandez au conseil de fixer les priorités et
publiez une synthèse d'une page que chaque membre peut lire en deux minutes. On soutient ce
que l'on a contribué à construire.

## Suivre et adapter

Mesurez chaque année les progrès à l'aide des indicateurs et présentez-les en assemblée
générale. Les marchés et les technologies évoluent vite : prévoyez une révision complète tous
les trois à cinq ans, ou plus tôt si un choc majeur touche votre secteur.
""",
    ),
    "factsheet": {
        "title": t("Cluster strategy at a glance", "La stratégie de cluster en bref"),
        "lead": t(
            "A cluster strategy is a shared decision about priorities. It links the needs of "
            "members to a small number of objectives, each backed by actions, owners, budget "
            "and indicators.",
            "Une stratégie de cluster est une décision partagée sur les priorités. Elle relie "
            "les besoins des membres à un petit nombre d'objectifs, chacun soutenu par des "
            "actions, des responsables, un budget et des indicateurs.",
        ),
        "figures": [
            (t("3–5", "3–5"), t("strategic objectives: a typical maximum for a small team",
                                "objectifs stratégiques : un maximum typique pour une petite "
                                "équipe")),
            (t("15–30", "15–30"), t("structured member interviews give a solid picture of "
                                    "needs (typical)",
                                    "entretiens structurés avec des membres donnent une image "
                                    "solide des besoins (typique)")),
            (t("3–5 years", "3–5 ans"), t("usual strategy horizon, with a yearly progress "
                                         "review",
                                         "horizon habituel d'une stratégie, avec un bilan "
                                         "annuel")),
            (t("1 page", "1 page"), t("summary that every member should be able to read",
                                      "de synthèse que chaque membre doit pouvoir lire")),
        ],
        "sections": [
            (t("What a strategy contains", "Le contenu d'une stratégie"),
             t("An analysis of the ecosystem (members, value chains, competitors, regional "
               "priorities), a vision, three to five objectives, an action plan, a budget "
               "and a monitoring framework with indicators and targets.",
               "Une analyse de l'écosystème (membres, chaînes de valeur, concurrents, "
               "priorités régionales), une vision, trois à cinq objectifs, un plan d'action, "
               "un budget et un dispositif de suivi avec indicateurs et cibles.")),
            (t("How to involve members", "Comment impliquer les membres"),
             t("Interview companies of every size, run prioritisation workshops, let the board "
               "decide between options and present the final strategy at the general assembly.",
               "Interrogez des entreprises de toutes tailles, organisez des ateliers de "
               "priorisation, laissez le conseil trancher entre les options et présentez la "
               "stratégie finale en assemblée générale.")),
            (t("Common pitfalls", "Pièges fréquents"),
             t("Too many objectives, no budget attached to actions, indicators that only count "
               "activities, and a strategy that nobody reviews after its launch.",
               "Trop d'objectifs, des actions sans budget, des indicateurs qui ne comptent que "
               "des activités, et une stratégie que personne ne revoit après son lancement.")),
        ],
        "checklist": [
            t("Member needs collected in the last 12 months",
              "Besoins des membres recueillis au cours des 12 derniers mois"),
            t("SWOT analysis validated by the board", "Analyse SWOT validée par le conseil"),
            t("Fit with the regional S3 priorities checked",
              "Cohérence avec les priorités de la S3 régionale vérifiée"),
            t("Every action has an owner, a budget and an indicator",
              "Chaque action a un responsable, un budget et un indicateur"),
            t("One-page summary published to members",
              "Synthèse d'une page diffusée aux membres"),
            t("Yearly review date in the calendar", "Date de revue annuelle fixée au calendrier"),
        ],
    },
    "quiz": {
        "title": t("Quiz: cluster strategy", "Quiz : la stratégie de cluster"),
        "pass_score": 0.7,
        "max_attempts": 3,
        "feedback": "immediate",
        "shuffle": True,
        "questions": [
            {"id": "m1-l1-q1", "type": "single",
             "prompt": t("How many strategic objectives are usually advisable for a cluster "
                         "organisation with a small team?",
                         "Combien d'objectifs stratégiques sont en général conseillés pour un "
                         "cluster doté d'une petite équipe ?"),
             "choices": choices(("a", "One", "Un seul"), ("b", "Three to five", "Trois à cinq"),
                                ("c", "Ten to twelve", "Dix à douze"),
                                ("d", "As many as members ask for",
                                 "Autant que les membres en demandent")),
             "answer": "b",
             "explanation": t("Three to five objectives keep the team focused; beyond that, "
                              "effort and budget get spread too thin.",
                              "Trois à cinq objectifs gardent l'équipe concentrée ; au-delà, "
                              "les efforts et le budget se dispersent.")},
            {"id": "m1-l1-q2", "type": "multiple",
             "prompt": t("Which sources belong in the analysis phase of a cluster strategy?",
                         "Quelles sources relèvent de la phase d'analyse d'une stratégie de "
                         "cluster ?"),
             "choices": choices(("a", "Structured interviews with member companies",
                                 "Entretiens structurés avec des entreprises membres"),
                                ("b", "The regional smart specialisation strategy",
                                 "La stratégie régionale de spécialisation intelligente"),
                                ("c", "A map of competing and complementary clusters",
                                 "Une carte des clusters concurrents et complémentaires"),
                                ("d", "The cluster manager's personal preferences",
                                 "Les préférences personnelles du manager du cluster")),
             "answer": ["a", "b", "c"],
             "explanation": t("The analysis rests on evidence about members, the ecosystem and "
                              "regional priorities, not on personal preferences.",
                              "L'analyse repose sur des faits concernant les membres, "
                              "l'écosystème et les priorités régionales, pas sur des "
                              "préférences personnelles.")},
            {"id": "m1-l1-q3", "type": "true_false",
             "prompt": t("A strategy written by external consultants alone is usually well "
                         "supported by members.",
                         "Une stratégie rédigée uniquement par des consultants externes est en "
                         "général bien soutenue par les membres."),
             "answer": False,
             "explanation": t("Members support what they helped to build; co-creation "
                              "workshops and board decisions create ownership.",
                              "On soutient ce que l'on a contribué à construire ; les ateliers "
                              "de co-création et les décisions du conseil créent "
                              "l'appropriation.")},
            {"id": "m1-l1-q4", "type": "ordering",
             "prompt": t("Put the steps of the strategy cycle in order.",
                         "Remettez les étapes du cycle stratégique dans l'ordre."),
             "items": [t("Analyse the ecosystem", "Analyser l'écosystème"),
                       t("Define vision and objectives", "Définir la vision et les objectifs"),
                       t("Write the action plan", "Rédiger le plan d'action"),
                       t("Implement", "Mettre en œuvre"),
                       t("Monitor and review", "Suivre et réviser")],
             "explanation": t("Evidence first, then choices, then actions, and finally "
                              "measurement that feeds the next cycle.",
                              "D'abord les faits, puis les choix, puis les actions, et enfin "
                              "la mesure qui alimente le cycle suivant.")},
            {"id": "m1-l1-q5", "type": "text",
             "prompt": t("Which four-letter acronym names the analysis of strengths, "
                         "weaknesses, opportunities and threats?",
                         "Quel sigle de quatre lettres désigne l'analyse des forces, "
                         "faiblesses, opportunités et menaces ?"),
             "answers": ["SWOT", "FFOM", "AFOM"],
             "explanation": t("SWOT: strengths, weaknesses, opportunities, threats (in French "
                              "also called FFOM or AFOM).",
                              "SWOT : strengths, weaknesses, opportunities, threats (en "
                              "français aussi FFOM ou AFOM).")},
            {"id": "m1-l1-q6", "type": "numeric",
             "prompt": t("You interviewed 24 of your 80 member companies. What share of the "
                         "membership is that, in percent?",
                         "Vous avez interrogé 24 de vos 80 entreprises membres. Quelle part "
                         "des membres cela représente-t-il, en pourcentage ?"),
             "answer": 30, "tolerance": 0.5,
             "explanation": t("24 ÷ 80 = 0.30, so 30 % of the members.",
                              "24 ÷ 80 = 0,30, soit 30 % des membres.")},
        ],
    },
}

LESSON_2 = {
    "id": "m1-l2",
    "dir": "m1/l2",
    "title": t("Governance and the cluster board",
               "La gouvernance et le conseil d'administration du cluster"),
    "estimated_minutes": 30,
    "video_title": t("Video: who decides what in a cluster",
                     "Vidéo : qui décide quoi dans un cluster"),
    "slides": [
        {"title": "Who decides what, and how members keep control", "bullets": [],
         "narration": [
             ("This lesson explains how a cluster is governed: who decides what, and how "
              "members keep control of their organisation.",
              "Cette leçon explique comment un cluster est gouverné : qui décide quoi, et "
              "comment les membres gardent le contrôle de leur organisation."),
         ]},
        {"title": "Three levels of governance",
         "bullets": ["General assembly: all members, big decisions",
                     "Board: strategy, budget, oversight",
                     "Management team: daily operations"],
         "narration": [
             ("Most clusters have three levels: the general assembly of members, the board, "
              "and the management team.",
              "La plupart des clusters ont trois niveaux : l'assemblée générale des membres, "
              "le conseil d'administration et l'équipe de management."),
             ("Each level has its own clear set of decisions.",
              "Chaque niveau dispose de son propre champ de décisions clairement défini."),
         ]},
        {"title": "A board that represents the ecosystem",
         "bullets": ["Majority of companies, including SMEs",
                     "Seats for research and training",
                     "Public funders as observers or advisers"],
         "narration": [
             ("A good board is led by industry, with SMEs and large firms side by side.",
              "Un bon conseil est piloté par l'industrie, avec les PME et les grandes "
              "entreprises côte à côte."),
             ("Research and training partners bring knowledge, while funders often advise "
              "without voting.",
              "Les partenaires de la recherche et de la formation apportent leurs "
              "connaissances, tandis que les financeurs conseillent souvent sans voter."),
         ]},
        {"title": "Rules that build trust",
         "bullets": ["Written statutes and rules of procedure",
                     "Conflict-of-interest policy",
                     "Transparent finances and minutes"],
         "narration": [
             ("Competitors sit at the same table, so trust depends on written rules.",
              "Des concurrents siègent à la même table : la confiance repose donc sur des "
              "règles écrites."),
             ("Publish statutes, a conflict of interest policy, and the minutes of board "
              "meetings.",
              "Publiez les statuts, une politique de gestion des conflits d'intérêts et les "
              "comptes rendus du conseil."),
         ]},
    ],
    "figure": {
        "kind": "hierarchy",
        "title": t("A typical cluster governance structure",
                   "Une structure de gouvernance type de cluster"),
        "levels": [
            [t("General assembly of members", "Assemblée générale des membres")],
            [t("Board (industry-led)", "Conseil d'administration (piloté par l'industrie)")],
            [t("Cluster manager and team", "Manager du cluster et équipe")],
            [t("Digital working group", "Groupe numérique"),
             t("Skills working group", "Groupe compétences"),
             t("Export working group", "Groupe export")],
        ],
        "side": t("Advisory council: research, public authorities",
                  "Conseil consultatif : recherche, pouvoirs publics"),
    },
    "document_title": t("Course text: governance and the board",
                        "Texte du cours : la gouvernance et le conseil"),
    "document": t(
        """
# Governance and the cluster board

Governance answers a simple question: **who decides what, on whose behalf, and how are they
held to account?** In a cluster the question is delicate, because competing companies,
universities and public funders share one organisation. Clear governance is what allows them
to trust each other.

![A typical cluster governance structure: general assembly, board, management team and working groups, with an advisory council](figure-en.png)

## The three usual levels

- **General assembly.** All members meet at least once a year. They elect the board, approve
  the accounts and the membership fees, and amend the statutes.
- **Board.** Usually seven to fifteen people. The board sets the strategy, adopts the budget,
  recruits and supervises the cluster manager, and decides on new services.
- **Management team.** The cluster manager and staff run daily operations: animating working
  groups, delivering services, applying for projects, and reporting to the board.

Working groups or thematic committees let members shape activities in their own field of
interest. An advisory council of researchers and public authorities can bring expertise
without blurring the line between advice and decision.

## Composition matters

An industry-led board keeps the cluster close to market needs. Make sure SMEs are not
outnumbered by large companies, and that the board reflects the regions and value-chain
segments of your membership. Limit terms, for example to three years renewable once, so that
new faces come in.

## Rules that create trust

Write down the statutes and the internal rules of procedure. Adopt a conflict-of-interest
policy: a board member whose company bids for a cluster contract leaves the room during that
decision. Keep minutes, publish the annual accounts to members, and separate the roles of
chair and cluster manager.

## Signs of healthy governance

Board meetings are quorate, decisions are documented, the strategy is discussed rather than
just presented, and members know who represents them.
""",
        """
# La gouvernance et le conseil d'administration du cluster

La gouvernance répond à une question simple : **qui décide quoi, au nom de qui, et comment en
rend-on compte ?** Dans un cluster, la question est délicate, car des entreprises
concurrentes, des universités et des financeurs publics partagent une même organisation. Une
gouvernance claire est ce qui leur permet de se faire confiance.

![Une structure de gouvernance type : assemblée générale, conseil, équipe de management et groupes de travail, avec un conseil consultatif](figure-fr.png)

## Les trois niveaux habituels

- **Assemblée générale.** Tous les membres se réunissent au moins une fois par an. Ils
  élisent le conseil, approuvent les comptes et les cotisations, et modifient les statuts.
- **Conseil d'administration.** En général sept à quinze personnes. Le conseil fixe la
  stratégie, adopte le budget, recrute et encadre le manager du cluster, et décide des
  nouveaux services.
- **Équipe de management.** Le manager du cluster et son équipe assurent le fonctionnement
  quotidien : animation des groupes de travail, services, montage de projets et compte rendu
  au conseil.

Les groupes de travail ou commissions thématiques permettent aux membres d'orienter les
activités dans leur domaine. Un conseil consultatif de chercheurs et de pouvoirs publics
apporte son expertise sans brouiller la frontière entre conseil et décision.

## La composition compte

Un conseil piloté par l'industrie garde le cluster proche des besoins du marché. Veillez à
ce que les PME ne soient pas minoritaires face aux grands groupes, et à ce que le conseil
reflète les territoires et les maillons de la chaîne de valeur représentés. Limitez les
mandats, par exemple à trois ans renouvelables une fois, pour renouveler les visages.

## Des règles qui créent la confiance

Rédigez les statuts et un règlement intérieur. Adoptez une politique de conflits d'intérêts :
un administrateur dont l'entreprise répond à un marché du cluster quitte la salle pendant la
décision. Tenez des procès-verbaux, communiquez les comptes annuels aux membres et séparez
les fonctions de président et de manager du cluster.

## Les signes d'une gouvernance saine

Le quorum est atteint, les décisions sont documentées, la stratégie est débattue plutôt que
simplement présentée, et les membres savent qui les représente.
""",
    ),
    "factsheet": {
        "title": t("Cluster governance checklist", "Check-list de la gouvernance de cluster"),
        "lead": t(
            "Good governance lets competitors, researchers and funders work in one "
            "organisation. It rests on clear roles, a representative board and written rules.",
            "Une bonne gouvernance permet à des concurrents, des chercheurs et des financeurs "
            "de travailler dans une même organisation. Elle repose sur des rôles clairs, un "
            "conseil représentatif et des règles écrites.",
        ),
        "figures": [
            (t("3", "3"), t("governance levels: general assembly, board, management team",
                            "niveaux de gouvernance : assemblée générale, conseil, équipe de "
                            "management")),
            (t("7–15", "7–15"), t("board members is a workable size (typical)",
                                  "administrateurs : une taille qui fonctionne (typique)")),
            (t("> 50 %", "> 50 %"), t("of board seats held by companies in an industry-led "
                                      "cluster",
                                      "des sièges du conseil détenus par des entreprises dans "
                                      "un cluster piloté par l'industrie")),
            (t("≥ 1 / year", "≥ 1 / an"), t("general assembly approving accounts and reporting",
                                            "assemblée générale pour approuver les comptes et "
                                            "rendre compte")),
        ],
        "sections": [
            (t("Who decides what", "Qui décide quoi"),
             t("The general assembly elects the board and approves accounts and fees. The "
               "board sets strategy and budget and supervises the manager. The management "
               "team runs operations and reports back.",
               "L'assemblée générale élit le conseil et approuve les comptes et les "
               "cotisations. Le conseil fixe la stratégie et le budget et encadre le "
               "manager. L'équipe de management gère les opérations et rend compte.")),
            (t("Composition of the board", "Composition du conseil"),
             t("Industry-led, with a balance of SMEs and large firms, value-chain segments and "
               "territories; seats or advisory roles for research, training and public "
               "partners; limited and staggered terms.",
               "Piloté par l'industrie, avec un équilibre entre PME et grands groupes, maillons "
               "de la chaîne de valeur et territoires ; des sièges ou rôles consultatifs pour "
               "la recherche, la formation et les partenaires publics ; des mandats limités "
               "et échelonnés.")),
        ],
        "checklist": [
            t("Statutes and rules of procedure up to date",
              "Statuts et règlement intérieur à jour"),
            t("Conflict-of-interest policy adopted and applied",
              "Politique de conflits d'intérêts adoptée et appliquée"),
            t("SMEs fairly represented on the board", "PME équitablement représentées au conseil"),
            t("Board minutes kept and shared with members",
              "Procès-verbaux du conseil tenus et partagés avec les membres"),
            t("Chair and cluster manager roles kept separate",
              "Fonctions de président et de manager du cluster séparées"),
            t("Board terms limited and renewal planned",
              "Mandats limités et renouvellement planifié"),
        ],
    },
    "quiz": {
        "title": t("Quiz: cluster governance", "Quiz : la gouvernance du cluster"),
        "pass_score": 0.7,
        "feedback": "end",
        "shuffle": False,
        "questions": [
            {"id": "m1-l2-q1", "type": "matching",
             "prompt": t("Match each governance body with its typical responsibility.",
                         "Associez chaque instance à sa responsabilité habituelle."),
             "pairs": [
                 {"left": t("General assembly", "Assemblée générale"),
                  "right": t("Elects the board and approves the accounts",
                             "Élit le conseil et approuve les comptes")},
                 {"left": t("Board", "Conseil d'administration"),
                  "right": t("Sets the strategy and adopts the budget",
                             "Fixe la stratégie et adopte le budget")},
                 {"left": t("Management team", "Équipe de management"),
                  "right": t("Runs services and daily operations",
                             "Assure les services et le fonctionnement quotidien")},
                 {"left": t("Advisory council", "Conseil consultatif"),
                  "right": t("Gives expert advice without voting",
                             "Donne un avis d'expert sans voter")},
             ],
             "explanation": t("Separating decision, supervision, execution and advice is the "
                              "basis of clear governance.",
                              "Séparer décision, supervision, exécution et conseil est la base "
                              "d'une gouvernance claire.")},
            {"id": "m1-l2-q2", "type": "single",
             "prompt": t("Who usually recruits and supervises the cluster manager?",
                         "Qui recrute et encadre habituellement le manager du cluster ?"),
             "choices": choices(("a", "The general assembly", "L'assemblée générale"),
                                ("b", "The board", "Le conseil d'administration"),
                                ("c", "The regional funding agency",
                                 "L'agence régionale de financement"),
                                ("d", "The largest member company",
                                 "La plus grande entreprise membre")),
             "answer": "b",
             "explanation": t("The board, acting for all members, recruits and supervises the "
                              "cluster manager.",
                              "Le conseil, agissant pour l'ensemble des membres, recrute et "
                              "encadre le manager du cluster.")},
            {"id": "m1-l2-q3", "type": "multiple", "partial": True,
             "prompt": t("Which practices build trust between competing members? (partial "
                         "credit)",
                         "Quelles pratiques créent la confiance entre membres concurrents ? "
                         "(points partiels)"),
             "choices": choices(("a", "A written conflict-of-interest policy",
                                 "Une politique écrite de conflits d'intérêts"),
                                ("b", "Minutes of board meetings shared with members",
                                 "Des procès-verbaux du conseil partagés avec les membres"),
                                ("c", "Unlimited board terms for founding members",
                                 "Des mandats illimités pour les membres fondateurs"),
                                ("d", "Annual accounts presented to members",
                                 "Des comptes annuels présentés aux membres"),
                                ("e", "Decisions taken informally by the chair",
                                 "Des décisions prises de façon informelle par le président")),
             "answer": ["a", "b", "d"],
             "explanation": t("Written rules and transparency build trust; unlimited terms and "
                              "informal decisions undermine it.",
                              "Règles écrites et transparence créent la confiance ; mandats "
                              "illimités et décisions informelles la minent.")},
            {"id": "m1-l2-q4", "type": "true_false",
             "prompt": t("Combining the roles of board chair and cluster manager in one "
                         "person is recommended.",
                         "Il est recommandé qu'une même personne cumule les fonctions de "
                         "président du conseil et de manager du cluster."),
             "answer": False,
             "explanation": t("The board supervises the manager, so the two roles should be "
                              "held by different people.",
                              "Le conseil encadre le manager : les deux fonctions doivent "
                              "donc être tenues par des personnes différentes.")},
            {"id": "m1-l2-q5", "type": "numeric",
             "prompt": t("Your board has 12 seats and 7 are held by companies. What "
                         "percentage of seats do companies hold? (one decimal is enough)",
                         "Votre conseil compte 12 sièges, dont 7 détenus par des entreprises. "
                         "Quel pourcentage des sièges détiennent-elles ? (une décimale "
                         "suffit)"),
             "answer": 58.3, "tolerance": 0.5,
             "explanation": t("7 ÷ 12 ≈ 0.583, so about 58.3 %: a company majority.",
                              "7 ÷ 12 ≈ 0,583, soit environ 58,3 % : une majorité "
                              "d'entreprises.")},
            {"id": "m1-l2-q6", "type": "ordering",
             "prompt": t("Order the bodies from the widest membership to the smallest.",
                         "Classez les instances de la plus large à la plus restreinte."),
             "items": [t("General assembly", "Assemblée générale"),
                       t("Board", "Conseil d'administration"),
                       t("Management team", "Équipe de management")],
             "explanation": t("All members form the assembly, which elects a smaller board, "
                              "which hires the team.",
                              "Tous les membres forment l'assemblée, qui élit un conseil plus "
                              "restreint, qui recrute l'équipe.")},
        ],
    },
}

MODULE = {
    "id": "m1",
    "number": 1,
    "accent": "#e09f3e",
    "title": t("Strategy and governance", "Stratégie et gouvernance"),
    "description": t("How a cluster sets its strategy and organises decision-making.",
                     "Comment un cluster définit sa stratégie et organise ses décisions."),
    "lessons": [LESSON_1, LESSON_2],
}
