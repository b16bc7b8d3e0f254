"""Pack-level data of the demo course "Cluster management essentials"."""

from __future__ import annotations

from common import t
from m1_strategy import MODULE as M1
from m2_services import MODULE as M2
from m3_international import MODULE as M3
from m4_excellence import MODULE as M4

PACK_ID = "eu.cluster4smart.essentials"
VERSION = 1
LANGUAGES = ["en", "fr"]
PUBLISHER = "Cluster4Smart demo publisher"
TITLE = t("Cluster management essentials", "L'essentiel du management de clusters")
DESCRIPTION = t(
    "A practical introduction for cluster managers and SME support staff: how to set a "
    "cluster's strategy and governance, design services that help SMEs go digital, build "
    "international partnerships, and measure and benchmark the quality of cluster management. "
    "Four modules, eight lessons, each with a short video, a course text, a fact sheet and a "
    "quiz.",
    "Une introduction pratique pour les managers de clusters et les équipes d'appui aux PME : "
    "définir la stratégie et la gouvernance d'un cluster, concevoir des services qui aident "
    "les PME à réussir leur transformation numérique, construire des partenariats "
    "internationaux, puis mesurer et comparer la qualité du management de cluster. Quatre "
    "modules, huit leçons, chacune avec une courte vidéo, un texte de cours, une fiche "
    "pratique et un quiz.",
)
FOOTER = t(
    "Demo course by Cluster4Smart. Figures marked as typical are trainer's rules of thumb, "
    "not statistics.",
    "Cours de démonstration Cluster4Smart. Les valeurs indiquées comme typiques sont des "
    "repères de formateur, pas des statistiques.",
)
MODULES = [M1, M2, M3, M4]
