<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About C4S Desktop</source>
            <translation>À propos de C4S Desktop</translation>
        </message>
        <message>
            <source>C4S Desktop {version}</source>
            <translation>C4S Desktop {version}</translation>
        </message>
        <message>
            <source>Offline training for cluster managers and SMEs.</source>
            <translation>Formation hors ligne pour les gestionnaires de clusters et les PME.</translation>
        </message>
        <message>
            <source>Video engine: {engine}</source>
            <translation>Moteur vidéo : {engine}</translation>
        </message>
        <message>
            <source>Video engine</source>
            <translation>Moteur vidéo</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>C4S Desktop is already open</source>
            <translation>C4S Desktop est déjà ouvert</translation>
        </message>
        <message>
            <source>Installing the demo course, so you can start learning right away…</source>
            <translation>Installation du cours de démonstration, pour que vous puissiez commencer tout de suite…</translation>
        </message>
        <message>
            <source>There is no item {target} in the library.</source>
            <translation>La bibliothèque ne contient pas l'élément {target}.</translation>
        </message>
    </context>
    <context>
        <name>ButtonsInput</name>
        <message>
            <source>Tick every right answer: the number keys tick and untick, Enter confirms.</source>
            <translation>Cochez toutes les bonnes réponses : les touches numériques cochent et décochent, Entrée valide.</translation>
        </message>
        <message>
            <source>Press a choice's number to choose it, then Enter to confirm.</source>
            <translation>Appuyez sur le numéro d'un choix pour le sélectionner, puis sur Entrée pour valider.</translation>
        </message>
    </context>
    <context>
        <name>CaseStudyView</name>
        <message>
            <source>Case study text</source>
            <translation>Texte de l'étude de cas</translation>
        </message>
        <message>
            <source>Your reflections</source>
            <translation>Vos réflexions</translation>
        </message>
        <message>
            <source>Saving status</source>
            <translation>État de l'enregistrement</translation>
        </message>
        <message>
            <source>This case study's text is missing from the library. Repair the course, then try again.</source>
            <translation type="vanished">Le texte de cette étude de cas manque dans la bibliothèque. Réparez le cours, puis réessayez.</translation>
        </message>
        <message>
            <source>This case study's text is missing from the library; add its course again (File → Add packs…) to repair it.</source>
            <translation>Le texte de cette étude de cas manque dans la bibliothèque ; ajoutez de nouveau son cours (Fichier → Ajouter des packs de cours…) pour la réparer.</translation>
        </message>
        <message>
            <source>{number}. {prompt}</source>
            <translation>{number}. {prompt}</translation>
        </message>
        <message>
            <source>Your answer to question {number}</source>
            <translation>Votre réponse à la question {number}</translation>
        </message>
        <message>
            <source>Type your answer here…</source>
            <translation>Écrivez votre réponse ici…</translation>
        </message>
        <message>
            <source>Sign in to keep your answers.</source>
            <translation>Identifiez-vous pour conserver vos réponses.</translation>
        </message>
        <message>
            <source>Your answer to an earlier version of this question: {answer}</source>
            <translation>Votre réponse à une version antérieure de cette question : {answer}</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Modification en cours…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Your answers could not be saved: {reason}</source>
            <translation>Vos réponses n'ont pas pu être enregistrées : {reason}</translation>
        </message>
    </context>
    <context>
        <name>ClassProgressDialog</name>
        <message>
            <source>Class progress</source>
            <translation>Progression de la classe</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Sort the learners by</source>
            <translation>Trier les apprenants par</translation>
        </message>
        <message>
            <source>A learner's progress shows here once it reaches this computer: when their computer syncs, or when you load their progress file with File → Load progress…</source>
            <translation>La progression d'un apprenant s'affiche ici dès qu'elle arrive sur cet ordinateur : quand son ordinateur se synchronise, ou quand vous chargez son fichier de progression avec Fichier → Charger une progression…</translation>
        </message>
        <message>
            <source>&amp;Save as spreadsheet (CSV)…</source>
            <translation>&amp;Enregistrer en feuille de calcul (CSV)…</translation>
        </message>
        <message>
            <source>Save the progress on every course as a spreadsheet</source>
            <translation>Enregistrer la progression sur tous les cours en feuille de calcul</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Apprenant</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Éléments faits</translation>
        </message>
        <message>
            <source>Quizzes passed</source>
            <translation>Quiz réussis</translation>
        </message>
        <message>
            <source>Average best score</source>
            <translation>Meilleur score moyen</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Temps passé</translation>
        </message>
        <message>
            <source>Last active</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>Learners' progress on the chosen course</source>
            <translation>Progression des apprenants sur le cours choisi</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Cours :</translation>
        </message>
        <message>
            <source>Sort &amp;by:</source>
            <translation>&amp;Trier par :</translation>
        </message>
        <message>
            <source>No course is installed on this computer yet, so there is no progress to show. Add a course pack with File → Add packs…</source>
            <translation>Aucun cours n'est encore installé sur cet ordinateur : il n'y a donc aucune progression à afficher. Ajoutez un pack de cours avec Fichier → Ajouter des packs de cours…</translation>
        </message>
        <message>
            <source>No learner's progress is on this computer yet. It arrives when the learners' computers sync, or when you load their progress files with File → Load progress…</source>
            <translation>Aucune progression d'apprenant n'est encore sur cet ordinateur. Elle arrive quand les ordinateurs des apprenants se synchronisent, ou quand vous chargez leurs fichiers de progression avec Fichier → Charger une progression…</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>{done} / {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <source>No quiz attempted</source>
            <translation>Aucun quiz tenté</translation>
        </message>
    </context>
    <context>
        <name>ClassProgressFlow</name>
        <message>
            <source>Loading class progress…</source>
            <translation>Chargement de la progression de la classe…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Class progress</source>
            <translation>Progression de la classe</translation>
        </message>
        <message>
            <source>{name} is now this computer's trainer.</source>
            <translation>{name} est désormais le formateur de cet ordinateur.</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Apprenant</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Course id</source>
            <translation>Identifiant du cours</translation>
        </message>
        <message>
            <source>Done (%)</source>
            <translation>Terminé (%)</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Éléments faits</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Éléments</translation>
        </message>
        <message>
            <source>Quizzes passed</source>
            <translation>Quiz réussis</translation>
        </message>
        <message>
            <source>Quizzes</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Average best score (%)</source>
            <translation>Meilleur score moyen (%)</translation>
        </message>
        <message>
            <source>Time spent (min)</source>
            <translation>Temps passé (min)</translation>
        </message>
        <message>
            <source>Last active (UTC)</source>
            <translation>Dernière activité (UTC)</translation>
        </message>
        <message>
            <source>Completed (UTC)</source>
            <translation>Date d'achèvement (UTC)</translation>
        </message>
        <message>
            <source>Save class progress</source>
            <translation>Enregistrer la progression de la classe</translation>
        </message>
        <message>
            <source>CSV spreadsheets (*.csv)</source>
            <translation>Feuilles de calcul CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) saved in {file}.</source>
            <translation>
                <numerusform>%Ln ligne enregistrée dans {file}.</numerusform>
                <numerusform>%Ln lignes enregistrées dans {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) saved in {file}.</source>
            <translation type="vanished">
                <numerusform>%n ligne enregistrée dans {file}.</numerusform>
                <numerusform>%n lignes enregistrées dans {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseCard</name>
        <message>
            <source>Course completion</source>
            <translation>Avancement du cours</translation>
        </message>
        <message>
            <source>Published by {publisher} · Time spent: {time}</source>
            <translation>Publié par {publisher} · Temps passé : {time}</translation>
        </message>
        <message>
            <source>&amp;Go to it</source>
            <translation>&amp;Y aller</translation>
        </message>
        <message>
            <source>Save &amp;certificate…</source>
            <translation>Enregistrer le &amp;certificat…</translation>
        </message>
        <message>
            <source>Next: {item} (in {lesson})</source>
            <translation>Ensuite : {item} (dans {lesson})</translation>
        </message>
        <message>
            <source>Go to the next item: {item}</source>
            <translation>Aller à l'élément suivant : {item}</translation>
        </message>
        <message>
            <source>Completed on {date}. Well done!</source>
            <translation>Terminé le {date}. Bravo !</translation>
        </message>
        <message>
            <source>Completion by module and lesson</source>
            <translation>Avancement par module et par leçon</translation>
        </message>
        <message>
            <source>Module and lesson</source>
            <translation>Module et leçon</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Éléments faits</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <source>Quiz score</source>
            <translation>Score au quiz</translation>
        </message>
        <message>
            <source>Quiz scores over attempts</source>
            <translation>Scores aux quiz, tentative après tentative</translation>
        </message>
        <message>
            <source>No quiz attempted yet.</source>
            <translation>Aucun quiz tenté pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <source>best %1, %n attempt(s)</source>
            <translation>
                <numerusform>meilleur %1, %n tentative</numerusform>
                <numerusform>meilleur %1, %n tentatives</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentView</name>
        <message>
            <source>Course text</source>
            <translation>Texte du cours</translation>
        </message>
        <message>
            <source>This text is missing from the library. Repair the course, then try again.</source>
            <translation type="vanished">Ce texte manque dans la bibliothèque. Réparez le cours, puis réessayez.</translation>
        </message>
        <message>
            <source>This text is missing from the library; add its course again (File → Add packs…) to repair it.</source>
            <translation type="vanished">Ce texte manque dans la bibliothèque ; ajoutez de nouveau son cours (Fichier → Ajouter des packs de cours…) pour le réparer.</translation>
        </message>
        <message>
            <source>This text is missing from the library or damaged; add its course again (File → Add packs…) to repair it.</source>
            <translation>Ce texte manque dans la bibliothèque ou est endommagé ; ajoutez de nouveau son cours (Fichier → Ajouter des packs de cours…) pour le réparer.</translation>
        </message>
        <message>
            <source>Open a web page?</source>
            <translation>Ouvrir une page web ?</translation>
        </message>
        <message>
            <source>This link leads to a web page outside the course:
{url}

Open it in your web browser? You need an Internet connection.</source>
            <translation>Ce lien mène à une page web extérieure au cours :
{url}

L'ouvrir dans votre navigateur ? Une connexion Internet est nécessaire.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>C4S Desktop</source>
            <translation>C4S Desktop</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Copy the error details to the clipboard</source>
            <translation>Copier les détails de l'erreur dans le presse-papiers</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Details copied</source>
            <translation>Détails copiés</translation>
        </message>
    </context>
    <context>
        <name>FileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation type="vanished">&amp;Voir dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation type="vanished">Fichiers de &amp;type :</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this text</source>
            <translation>Chercher dans ce texte</translation>
        </message>
        <message>
            <source>Words to find</source>
            <translation>Mots à chercher</translation>
        </message>
        <message>
            <source>Clear the words to find</source>
            <translation>Effacer les mots à chercher</translation>
        </message>
        <message>
            <source>F&amp;ind:</source>
            <translation>&amp;Chercher :</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Previous place found</source>
            <translation>Occurrence précédente</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Next place found</source>
            <translation>Occurrence suivante</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>Fermer la barre de recherche</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} sur {total}</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Introuvable</translation>
        </message>
    </context>
    <context>
        <name>GetPacksDialog</name>
        <message>
            <source>Get packs</source>
            <translation>Obtenir des packs de cours</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Download progress</source>
            <translation>Progression du téléchargement</translation>
        </message>
        <message>
            <source>&amp;Download</source>
            <translation>&amp;Télécharger</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>&amp;Cancel download</source>
            <translation>&amp;Annuler le téléchargement</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>A&amp;ctualiser</translation>
        </message>
        <message>
            <source>&amp;Set up sync…</source>
            <translation>Con&amp;figurer la synchronisation…</translation>
        </message>
        <message>
            <source>&amp;Limit the download speed to</source>
            <translation>&amp;Limiter la vitesse de téléchargement à</translation>
        </message>
        <message>
            <source>For shared or metered connections; kept for next time.</source>
            <translation>Pour les connexions partagées ou facturées au volume ; conservé pour la prochaine fois.</translation>
        </message>
        <message>
            <source> kB/s</source>
            <translation> ko/s</translation>
        </message>
        <message>
            <source>Download speed limit, kilobytes per second</source>
            <translation>Limite de vitesse de téléchargement, en kilo-octets par seconde</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Pack</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Packs offered by the server</source>
            <translation>Packs de cours proposés par le serveur</translation>
        </message>
        <message>
            <source>&amp;Packs offered by your organisation's server:</source>
            <translation>Packs de cours pr&amp;oposés par le serveur de votre organisation :</translation>
        </message>
        <message>
            <source>Reading the catalog from the server…</source>
            <translation>Lecture du catalogue du serveur…</translation>
        </message>
        <message numerus="yes">
            <source>The server offers %n pack(s).</source>
            <translation>
                <numerusform>Le serveur propose %n pack de cours.</numerusform>
                <numerusform>Le serveur propose %n packs de cours.</numerusform>
            </translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Update from v{old} to v{new}</source>
            <translation>Mise à jour de v{old} vers v{new}</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Installé</translation>
        </message>
        <message>
            <source>Downloading “{title}”…</source>
            <translation>Téléchargement de « {title} »…</translation>
        </message>
        <message>
            <source>Pausing…</source>
            <translation>Mise en pause…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Téléchargement annulé.</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} sur {total}</translation>
        </message>
        <message>
            <source>“{title}” has an update: see what it changes.</source>
            <translation>Une mise à jour de « {title} » est disponible : voyez ce qu'elle change.</translation>
        </message>
        <message>
            <source>Installing “{title}”…</source>
            <translation>Installation de « {title} »…</translation>
        </message>
        <message>
            <source>Skipped; nothing was downloaded.</source>
            <translation>Ignoré ; rien n'a été téléchargé.</translation>
        </message>
        <message>
            <source>Paused. Resume to continue where the download stopped.</source>
            <translation>En pause. Reprenez pour continuer là où le téléchargement s'est arrêté.</translation>
        </message>
        <message>
            <source>“{title}” was updated to version {version}.</source>
            <translation>« {title} » a été mis à jour en version {version}.</translation>
        </message>
        <message>
            <source>“{title}” was installed.</source>
            <translation>« {title} » a été installé.</translation>
        </message>
        <message>
            <source>Cancelled; the pack was not installed.</source>
            <translation>Annulé ; le pack de cours n'a pas été installé.</translation>
        </message>
        <message>
            <source>&amp;Update</source>
            <translation>&amp;Mettre à jour</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reprendre</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Welcome to C4S Desktop</source>
            <translation>Bienvenue dans C4S Desktop</translation>
        </message>
        <message>
            <source>Installation progress</source>
            <translation>Progression de l'installation</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the installation</source>
            <translation>Annuler l'installation</translation>
        </message>
        <message>
            <source>Opening your library…</source>
            <translation>Ouverture de votre bibliothèque…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>InstallFlow</name>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Cancelled; nothing more was installed.</source>
            <translation>Annulé ; rien d'autre n'a été installé.</translation>
        </message>
        <message>
            <source>Checking “{title}” ({n} of {count})…</source>
            <translation>Vérification de « {title} » ({n} sur {count})…</translation>
        </message>
        <message>
            <source>Skip this pack</source>
            <translation type="vanished">Ignorer ce pack de cours</translation>
        </message>
        <message>
            <source>“{title}” is signed by {publisher}, a publisher this computer does not trust yet.</source>
            <translation type="vanished">« {title} » est signé par {publisher}, un éditeur auquel cet ordinateur ne fait pas encore confiance.</translation>
        </message>
        <message>
            <source>“{title}” is not signed: nothing shows who made it or that it was not changed.</source>
            <translation type="vanished">« {title} » n'est pas signé : rien n'indique qui l'a créé ni qu'il n'a pas été modifié.</translation>
        </message>
        <message>
            <source>Publisher: {publisher}
Key fingerprint: {fingerprint}

Install it only if you got it from someone you trust. An administrator must confirm.</source>
            <translation type="vanished">Éditeur : {publisher}
Empreinte de la clé : {fingerprint}

Ne l'installez que si vous l'avez reçu d'une personne de confiance. Un administrateur doit confirmer.</translation>
        </message>
        <message>
            <source>none</source>
            <translation type="vanished">aucune</translation>
        </message>
        <message>
            <source>Administrator confirmation</source>
            <translation type="vanished">Confirmation de l'administrateur</translation>
        </message>
        <message>
            <source>Install anyway</source>
            <translation type="vanished">Installer quand même</translation>
        </message>
        <message>
            <source>Also trust this publisher from now on</source>
            <translation type="vanished">Faire aussi confiance à cet éditeur désormais</translation>
        </message>
        <message>
            <source>Update “{title}” from version {old} to version {new}?</source>
            <translation type="vanished">Mettre à jour « {title} » de la version {old} vers la version {new} ?</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</source>
            <translation type="vanished">
                <numerusform>%n élément ajouté, {removed} retirés, {changed} modifiés ; {size} à copier. La progression des apprenants est conservée.</numerusform>
                <numerusform>%n éléments ajoutés, {removed} retirés, {changed} modifiés ; {size} à copier. La progression des apprenants est conservée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Installed {done} of %n pack(s).</source>
            <translation>
                <numerusform>Packs de cours installés : {done} sur %n.</numerusform>
                <numerusform>Packs de cours installés : {done} sur %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>{added} items added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</source>
            <translation type="vanished">{added} éléments ajoutés, {removed} supprimés, {changed} modifiés ; {size} à copier. La progression des apprenants est conservée.</translation>
        </message>
        <message>
            <source>Update a pack</source>
            <translation type="vanished">Mettre à jour un pack de cours</translation>
        </message>
        <message>
            <source>Update</source>
            <translation type="vanished">Mettre à jour</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation type="vanished">Ajoutés :</translation>
        </message>
        <message>
            <source>Removed:</source>
            <translation type="vanished">Supprimés :</translation>
        </message>
        <message>
            <source>Changed:</source>
            <translation type="vanished">Modifiés :</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation type="vanished">et {n} autres</translation>
        </message>
        <message>
            <source>Skipped “{title}”.</source>
            <translation>« {title} » ignoré.</translation>
        </message>
        <message>
            <source>Skipped “{title}”: version {installed} is installed already, which is newer.</source>
            <translation>« {title} » ignoré : la version {installed}, plus récente, est déjà installée.</translation>
        </message>
        <message>
            <source>Skipped “{title}”: it is installed already.</source>
            <translation>« {title} » ignoré : il est déjà installé.</translation>
        </message>
        <message>
            <source>Installing “{title}” ({n} of {count})…</source>
            <translation>Installation de « {title} » ({n} sur {count})…</translation>
        </message>
        <message>
            <source>“{title}” was installed before Cancel could stop it; nothing more was installed.</source>
            <translation>« {title} » a été installé avant que l’annulation puisse l’arrêter ; rien de plus n’a été installé.</translation>
        </message>
        <message>
            <source>Cancelled; “{title}” was not installed.</source>
            <translation>Annulé ; « {title} » n'a pas été installé.</translation>
        </message>
        <message>
            <source>“{title}” could not be installed.</source>
            <translation>Impossible d'installer « {title} ».</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <extracomment>A pack's title in the list of packs not installed: use your language's quotation marks (French: « {title} »).</extracomment>
            <translation>« {title} »</translation>
        </message>
        <message>
            <source>Not installed: {titles}.</source>
            <translation>Non installés : {titles}.</translation>
        </message>
        <message numerus="yes">
            <source>%n pack(s) could not be installed:</source>
            <translation>
                <numerusform>%n pack de cours n'a pas pu être installé :</numerusform>
                <numerusform>%n packs de cours n'ont pas pu être installés :</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}”: {reason}</source>
            <translation>« {title} » : {reason}</translation>
        </message>
        <message>
            <source>Stopped: “{title}” could not be installed.</source>
            <translation type="vanished">Arrêté : impossible d'installer « {title} ».</translation>
        </message>
        <message>
            <source>Installed {done} of {count} packs.</source>
            <translation type="vanished">{done} packs de cours installés sur {count}.</translation>
        </message>
    </context>
    <context>
        <name>ItemPage</name>
        <message>
            <source>Back to the lesson</source>
            <translation>Retour à la leçon</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Élément précédent</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Élément suivant</translation>
        </message>
        <message>
            <source>This item cannot be shown: its file is missing.</source>
            <translation>Cet élément ne peut pas être affiché : son fichier est manquant.</translation>
        </message>
        <message>
            <source>This video cannot be opened: its file is missing or damaged; add its course again (File → Add packs…) to repair it.</source>
            <translation>Impossible d'ouvrir cette vidéo : son fichier manque ou est endommagé ; ajoutez de nouveau son cours (Fichier → Ajouter des packs de cours…) pour la réparer.</translation>
        </message>
        <message>
            <source>Checking this fact sheet's file…</source>
            <translation>Vérification du fichier de cette fiche pratique…</translation>
        </message>
        <message>
            <source>This fact sheet cannot be shown: its file is not a PDF this app can read. Add its course again (File → Add packs…); if that does not help, the pack itself holds a damaged file: tell whoever gave it to you.</source>
            <translation>Impossible d'afficher cette fiche pratique : son fichier n'est pas un PDF que cette application sait lire. Ajoutez de nouveau son cours (Fichier → Ajouter des packs de cours…) ; si cela ne suffit pas, c'est le pack de cours lui-même qui contient un fichier endommagé : prévenez la personne qui vous l'a donné.</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is damaged on this computer; add its course again (File → Add packs…) to repair it.</source>
            <translation>Impossible d'ouvrir cette fiche pratique : son fichier est endommagé sur cet ordinateur ; ajoutez de nouveau son cours (Fichier → Ajouter des packs de cours…) pour la réparer.</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is missing from the library; add its course again (File → Add packs…) to repair it.</source>
            <translation>Impossible d'ouvrir cette fiche pratique : son fichier manque dans la bibliothèque ; ajoutez de nouveau son cours (Fichier → Ajouter des packs de cours…) pour la réparer.</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is missing or damaged; add its course again (File → Add packs…) to repair it.</source>
            <translation type="vanished">Impossible d'ouvrir cette fiche pratique : son fichier manque ou est endommagé ; ajoutez de nouveau son cours (Fichier → Ajouter des packs de cours…) pour la réparer.</translation>
        </message>
        <message>
            <source>This video cannot be opened: its file is missing or damaged. Repair the course, then try again.</source>
            <translation type="vanished">Impossible d'ouvrir cette vidéo : son fichier manque ou est endommagé. Réparez le cours, puis réessayez.</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is missing or damaged. Repair the course, then try again.</source>
            <translation type="vanished">Impossible d'ouvrir cette fiche pratique : son fichier manque ou est endommagé. Réparez le cours, puis réessayez.</translation>
        </message>
    </context>
    <context>
        <name>LearnerDialog</name>
        <message>
            <source>Who is learning?</source>
            <translation>Qui apprend ?</translation>
        </message>
        <message>
            <source>Choose who is learning</source>
            <translation>Choisissez qui apprend</translation>
        </message>
        <message>
            <source>Who is learning today? Choose your name.</source>
            <translation>Qui apprend aujourd'hui ? Choisissez votre nom.</translation>
        </message>
        <message>
            <source>Learners on this computer</source>
            <translation>Apprenants sur cet ordinateur</translation>
        </message>
        <message>
            <source>{name} (PIN)</source>
            <translation>{name} (code PIN)</translation>
        </message>
        <message>
            <source>Find your name</source>
            <translation>Trouvez votre nom</translation>
        </message>
        <message>
            <source>Type part of your name</source>
            <translation>Tapez une partie de votre nom</translation>
        </message>
        <message>
            <source>Clear the name</source>
            <translation>Effacer le nom</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>No learner on this computer has that name. Check the spelling, or add yourself as a new learner.</source>
            <translation>Aucun apprenant de cet ordinateur ne porte ce nom. Vérifiez l’orthographe, ou inscrivez-vous comme nouvel apprenant.</translation>
        </message>
        <message>
            <source>New learner…</source>
            <translation>Nouvel apprenant…</translation>
        </message>
        <message>
            <source>Add a new learner</source>
            <translation>Ajouter un apprenant</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Sign in as the chosen learner</source>
            <translation>Se connecter en tant qu'apprenant choisi</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <source>Forgot your PIN? Ask whoever looks after this computer to give you a new one; your progress stays.</source>
            <translation>Code PIN oublié ? Demandez à la personne qui s'occupe de cet ordinateur de vous en donner un nouveau ; votre progression est conservée.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Add yourself as a new learner.</source>
            <translation>Inscrivez-vous comme nouvel apprenant.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>PIN (optional)</source>
            <translation>Code PIN (facultatif)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Code PIN (confirmation)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;PIN (optional):</source>
            <translation>Code &amp;PIN (facultatif) :</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>&amp;Confirmer le code PIN :</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits. With a PIN, nobody else can open your progress on this computer.</source>
            <translation>Un code PIN comporte 4 à 8 chiffres. Avec un code PIN, personne d'autre ne peut ouvrir votre progression sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Create and sign in</source>
            <translation>Créer et se connecter</translation>
        </message>
        <message>
            <source>Back to the list of learners</source>
            <translation>Retour à la liste des apprenants</translation>
        </message>
        <message>
            <source>Type the PIN of {name}.</source>
            <translation>Saisissez le code PIN de {name}.</translation>
        </message>
        <message>
            <source>Type your name.</source>
            <translation>Saisissez votre nom.</translation>
        </message>
        <message>
            <source>The two PINs are not the same; type the PIN again in both fields.</source>
            <translation>Les deux codes PIN ne sont pas identiques ; saisissez à nouveau le code PIN dans les deux champs.</translation>
        </message>
    </context>
    <context>
        <name>LearnerSwitcher</name>
        <message>
            <source>Nobody signed in</source>
            <translation>Personne n'est connecté</translation>
        </message>
        <message>
            <source>Sign in as a learner</source>
            <translation>Se connecter en tant qu'apprenant</translation>
        </message>
        <message>
            <source>Signed in as {name}; switch learner</source>
            <translation>Connecté en tant que {name} ; changer d'apprenant</translation>
        </message>
        <message>
            <source>Switch learner</source>
            <translation>Changer d'apprenant</translation>
        </message>
        <message>
            <source>New learner…</source>
            <translation>Nouvel apprenant…</translation>
        </message>
    </context>
    <context>
        <name>LessonPage</name>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Commencé</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vidéo</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Fact sheet</source>
            <translation>Fiche pratique</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>Étude de cas</translation>
        </message>
        <message>
            <source>Items of the lesson</source>
            <translation>Éléments de la leçon</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Double-click an item, or select it and press Enter, to open it.</source>
            <translation>Double-cliquez sur un élément, ou sélectionnez-le et appuyez sur Entrée, pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Previous lesson</source>
            <translation>Leçon précédente</translation>
        </message>
        <message>
            <source>Next lesson</source>
            <translation>Leçon suivante</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n élément</numerusform>
                <numerusform>%n éléments</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} items</source>
            <translation type="vanished">{n} éléments</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Course</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Languages: {languages}</source>
            <translation>Langues : {languages}</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation type="vanished">Langues</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>C4S Desktop</source>
            <translation>C4S Desktop</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Disk use of the data folder</source>
            <translation type="vanished">Espace disque du dossier de données</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Add packs…</source>
            <translation>&amp;Ajouter des packs de cours…</translation>
        </message>
        <message>
            <source>&amp;Get packs…</source>
            <translation>&amp;Obtenir des packs de cours…</translation>
        </message>
        <message>
            <source>Download packs from your organisation's server</source>
            <translation>Télécharger des packs de cours depuis le serveur de votre organisation</translation>
        </message>
        <message>
            <source>&amp;Remove pack…</source>
            <translation>&amp;Supprimer un pack de cours…</translation>
        </message>
        <message>
            <source>&amp;Save my progress to a drive…</source>
            <translation>&amp;Enregistrer ma progression sur une clé…</translation>
        </message>
        <message>
            <source>Carry your progress to a computer that has no network</source>
            <translation>Emporter votre progression vers un ordinateur sans réseau</translation>
        </message>
        <message>
            <source>&amp;Load progress…</source>
            <translation>&amp;Charger une progression…</translation>
        </message>
        <message>
            <source>Add the progress saved on another computer</source>
            <translation>Ajouter la progression enregistrée sur un autre ordinateur</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <source>&amp;Normal size</source>
            <translation>Taille &amp;normale</translation>
        </message>
        <message>
            <source>&amp;Find in this text</source>
            <translation>Chercher dans ce &amp;texte</translation>
        </message>
        <message>
            <source>Find pre&amp;vious</source>
            <translation>Occurrence précé&amp;dente</translation>
        </message>
        <message>
            <source>Show the &amp;library</source>
            <translation>Afficher la &amp;bibliothèque</translation>
        </message>
        <message>
            <source>P&amp;resent</source>
            <translation>Pré&amp;senter</translation>
        </message>
        <message>
            <source>Show the open lesson or item alone on the whole screen, for a projector (F5; Esc ends)</source>
            <translation>Afficher seul, en plein écran, la leçon ou l'élément ouvert, pour un vidéoprojecteur (F5 ; Échap pour terminer)</translation>
        </message>
        <message>
            <source>My &amp;progress</source>
            <translation>Ma &amp;progression</translation>
        </message>
        <message>
            <source>Your progress on every course ({key})</source>
            <translation>Votre progression dans chaque cours ({key})</translation>
        </message>
        <message>
            <source>Your progress on every course (Ctrl+Shift+P)</source>
            <translation type="vanished">Votre progression dans chaque cours (Ctrl+Maj+P)</translation>
        </message>
        <message>
            <source>&amp;Class progress…</source>
            <translation>Progression de la &amp;classe…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About C4S Desktop</source>
            <translation>À &amp;propos de C4S Desktop</translation>
        </message>
        <message>
            <source>Your library is empty. Ask your trainer for a course pack to install.</source>
            <translation>Votre bibliothèque est vide. Demandez à votre formateur un pack de cours à installer.</translation>
        </message>
        <message>
            <source>Data folder: {size}</source>
            <translation>Dossier de données : {size}</translation>
        </message>
    </context>
    <context>
        <name>MatchingInput</name>
        <message>
            <source>Match for: {text}</source>
            <translation>Correspondance pour : {text}</translation>
        </message>
    </context>
    <context>
        <name>MovableList</name>
        <message>
            <source>{text}, position {n} of {count}</source>
            <translation>{text}, position {n} sur {count}</translation>
        </message>
    </context>
    <context>
        <name>NumberInput</name>
        <message>
            <source>Type a number</source>
            <translation>Saisissez un nombre</translation>
        </message>
        <message>
            <source>Your answer, a number</source>
            <translation>Votre réponse, un nombre</translation>
        </message>
        <message>
            <source>Type only a number, such as {example}.</source>
            <translation>Tapez seulement un nombre, par exemple {example}.</translation>
        </message>
    </context>
    <context>
        <name>OpeningDialog</name>
        <message>
            <source>Checking your data for damage, as C4S Desktop does after a power cut and once a week.</source>
            <translation>Vérification de vos données, comme C4S Desktop le fait après une coupure de courant et une fois par semaine.</translation>
        </message>
        <message>
            <source>Keeping a copy of your data before this version of C4S Desktop updates it.</source>
            <translation>Copie de sauvegarde de vos données avant que cette version de C4S Desktop ne les mette à jour.</translation>
        </message>
        <message>
            <source>Updating your data for this version of C4S Desktop.</source>
            <translation>Mise à jour de vos données pour cette version de C4S Desktop.</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Ouverture de vos données…</translation>
        </message>
        <message>
            <source>This can take a few minutes on an older computer. Nothing you have done will be lost.</source>
            <translation>Cela peut prendre quelques minutes sur un ordinateur ancien. Rien de ce que vous avez fait ne sera perdu.</translation>
        </message>
        <message>
            <source>C4S Desktop</source>
            <translation>C4S Desktop</translation>
        </message>
        <message>
            <source>Progress of this step</source>
            <translation>Avancement de cette étape</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Stopping. C4S Desktop closes as soon as this step has stopped; it starts the step again next time.</source>
            <translation>Arrêt en cours. C4S Desktop se ferme dès que cette étape est arrêtée ; elle reprendra au prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>OrderingInput</name>
        <message>
            <source>Items to put in order</source>
            <translation>Éléments à remettre dans l'ordre</translation>
        </message>
        <message>
            <source>Drag the items, or select one and press Alt+Up or Alt+Down to move it.</source>
            <translation>Faites glisser les éléments, ou sélectionnez-en un et appuyez sur Alt+Haut ou Alt+Bas pour le déplacer.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Resume the attempt</source>
            <translation>Reprendre la tentative</translation>
        </message>
        <message>
            <source>Start the quiz</source>
            <translation>Commencer le quiz</translation>
        </message>
        <message>
            <source>Your attempts</source>
            <translation>Vos tentatives</translation>
        </message>
        <message>
            <source>Your attempts at this quiz</source>
            <translation>Vos tentatives à ce quiz</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Tentative</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Select a finished attempt and press Enter to review its answers.</source>
            <translation>Sélectionnez une tentative terminée et appuyez sur Entrée pour revoir ses réponses.</translation>
        </message>
        <message>
            <source>{n} questions</source>
            <translation type="vanished">{n} questions</translation>
        </message>
        <message>
            <source>pass mark {score}</source>
            <translation>seuil de réussite {score}</translation>
        </message>
        <message>
            <source>{used} of {n} attempts used</source>
            <translation type="vanished">{used} tentative(s) utilisée(s) sur {n}</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n attempt(s) used</source>
            <translation type="vanished">
                <numerusform>{used} tentative utilisée sur %n</numerusform>
                <numerusform>{used} tentatives utilisées sur %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) used (the limit is now {max})</source>
            <translation>
                <numerusform>%n tentative utilisée (la limite est maintenant de {max})</numerusform>
                <numerusform>%n tentatives utilisées (la limite est maintenant de {max})</numerusform>
            </translation>
        </message>
        <message>
            <source>attempts used: {used} of {max}</source>
            <translation>tentatives utilisées : {used} sur {max}</translation>
        </message>
        <message>
            <source>answers are checked one by one</source>
            <translation>réponses corrigées une à une</translation>
        </message>
        <message>
            <source>answers are checked at the end</source>
            <translation>réponses corrigées à la fin</translation>
        </message>
        <message>
            <source>Resume attempt {n} ({done} of {count} answered)</source>
            <translation>Reprendre la tentative {n} (questions répondues : {done} sur {count})</translation>
        </message>
        <message>
            <source>Start a new attempt</source>
            <translation>Commencer une nouvelle tentative</translation>
        </message>
        <message>
            <source>You passed this quiz.</source>
            <translation>Vous avez réussi ce quiz.</translation>
        </message>
        <message>
            <source>Your best score: {score}.</source>
            <translation>Votre meilleur score : {score}.</translation>
        </message>
        <message>
            <source>You have used all your attempts.</source>
            <translation>Vous avez utilisé toutes vos tentatives.</translation>
        </message>
        <message>
            <source>Starting a new attempt leaves the unfinished one as it is; it still counts as an attempt.</source>
            <translation>Commencer une nouvelle tentative laisse la tentative inachevée en l'état ; elle compte tout de même comme une tentative.</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Réussie</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Non réussie</translation>
        </message>
        <message>
            <source>Unfinished</source>
            <translation>Inachevée</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
    </context>
    <context>
        <name>PacksDialog</name>
        <message>
            <source>Add packs</source>
            <translation>Ajouter des packs de cours</translation>
        </message>
        <message>
            <source>From a &amp;file…</source>
            <translation>Depuis un &amp;fichier…</translation>
        </message>
        <message>
            <source>Add packs from a file</source>
            <translation>Ajouter des packs de cours depuis un fichier</translation>
        </message>
        <message>
            <source>From a f&amp;older…</source>
            <translation>Depuis un d&amp;ossier…</translation>
        </message>
        <message>
            <source>Add packs from a folder</source>
            <translation>Ajouter des packs de cours depuis un dossier</translation>
        </message>
        <message>
            <source>&amp;Scan</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>Scan the removable drives for packs</source>
            <translation>Rechercher des packs de cours sur les supports amovibles</translation>
        </message>
        <message>
            <source>Removable drives</source>
            <translation>Supports amovibles</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Installation progress</source>
            <translation>Progression de l'installation</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the installation</source>
            <translation>Annuler l'installation</translation>
        </message>
        <message>
            <source>&amp;Install</source>
            <translation>&amp;Installer</translation>
        </message>
        <message>
            <source>Install the ticked packs</source>
            <translation>Installer les packs de cours cochés</translation>
        </message>
        <message>
            <source>Packs found</source>
            <translation>Packs de cours trouvés</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Pack</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Add packs:</source>
            <translation>Ajouter des packs de cours :</translation>
        </message>
        <message>
            <source>&amp;Removable drives:</source>
            <translation>Supports a&amp;movibles :</translation>
        </message>
        <message>
            <source>&amp;Packs found (ticked packs are installed):</source>
            <translation>&amp;Packs de cours trouvés (ceux cochés seront installés) :</translation>
        </message>
        <message>
            <source>Looking for packs…</source>
            <translation>Recherche de packs de cours…</translation>
        </message>
        <message>
            <source>No removable drive found. Plug one in, then press Scan, or choose a file or folder.</source>
            <translation>Aucun support amovible trouvé. Branchez-en un, puis cliquez sur Rechercher, ou choisissez un fichier ou un dossier.</translation>
        </message>
        <message numerus="yes">
            <source>Found %n pack(s).</source>
            <translation>
                <numerusform>%n pack de cours trouvé.</numerusform>
                <numerusform>%n packs de cours trouvés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Found {n} packs.</source>
            <translation type="vanished">{n} packs de cours trouvés.</translation>
        </message>
        <message>
            <source>Choose pack files</source>
            <translation>Choisir des fichiers de packs de cours</translation>
        </message>
        <message>
            <source>Choose a folder with packs</source>
            <translation>Choisir un dossier contenant des packs de cours</translation>
        </message>
        <message>
            <source>C4S packs (*.c4spack)</source>
            <translation>Packs de cours C4S (*.c4spack)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n pack(s) found there.</source>
            <translation>
                <numerusform>%n pack de cours trouvé à cet endroit.</numerusform>
                <numerusform>%n packs de cours trouvés à cet endroit.</numerusform>
            </translation>
        </message>
        <message>
            <source>No pack was found there.</source>
            <translation>Aucun pack de cours n'a été trouvé à cet endroit.</translation>
        </message>
        <message>
            <source>Also found at:</source>
            <translation>Également présent à ces emplacements :</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Update from v{old} to v{new}</source>
            <translation>Mise à jour de v{old} vers v{new}</translation>
        </message>
        <message>
            <source>Already installed</source>
            <translation>Déjà installé</translation>
        </message>
        <message>
            <source>Older than the installed v{old}</source>
            <translation>Plus ancien que la v{old} installée</translation>
        </message>
        <message>
            <source>Broken: {reason}</source>
            <translation>Endommagé : {reason}</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>PdfTextView</name>
        <message>
            <source>Fact sheet text</source>
            <translation>Texte de la fiche pratique</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Page {n} sur {total}</translation>
        </message>
        <message>
            <source>This page has no text.</source>
            <translation>Cette page ne contient pas de texte.</translation>
        </message>
    </context>
    <context>
        <name>PdfViewer</name>
        <message>
            <source>Fact sheet pages</source>
            <translation>Pages de la fiche pratique</translation>
        </message>
        <message>
            <source>Pictures of the pages. To hear their text, choose Read as text.</source>
            <translation>Images des pages. Pour entendre leur texte, choisissez Lire le texte.</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Page suivante</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Numéro de page</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ajuster à la largeur</translation>
        </message>
        <message>
            <source>Read as text</source>
            <translation>Lire le texte</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Enregistrer une copie…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>of {n}</source>
            <translation>sur {n}</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened.</source>
            <translation>Impossible d'ouvrir cette fiche pratique.</translation>
        </message>
        <message>
            <source>Reading the text of the fact sheet…</source>
            <translation>Lecture du texte de la fiche pratique…</translation>
        </message>
        <message>
            <source>Reading the text of the fact sheet: page {done} of {total}…</source>
            <translation>Lecture du texte de la fiche pratique : page {done} sur {total}…</translation>
        </message>
        <message>
            <source>The text of this fact sheet cannot be read. Its pages can still be shown: turn Read as text off.</source>
            <translation>Le texte de cette fiche pratique ne peut pas être lu. Ses pages peuvent toujours être affichées : désactivez Lire le texte.</translation>
        </message>
        <message>
            <source>This fact sheet has no text to read: its pages are pictures only.</source>
            <translation>Cette fiche pratique n'a pas de texte à lire : ses pages ne sont que des images.</translation>
        </message>
        <message>
            <source>Save a copy of the fact sheet</source>
            <translation>Enregistrer une copie de la fiche pratique</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved a copy as {path}</source>
            <translation>Copie enregistrée sous {path}</translation>
        </message>
        <message>
            <source>Print the fact sheet</source>
            <translation>Imprimer la fiche pratique</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderView</name>
        <message>
            <source>Quiz</source>
            <translation type="vanished">Quiz</translation>
        </message>
        <message>
            <source>pass mark {score}</source>
            <translation type="vanished">note de réussite : {score}</translation>
        </message>
        <message>
            <source>at most {n} attempts</source>
            <translation type="vanished">{n} tentatives au maximum</translation>
        </message>
        <message>
            <source>This quiz is installed and ready. Taking quizzes comes in the next version of C4S Desktop.</source>
            <translation type="vanished">Ce quiz est installé et prêt. Vous pourrez répondre aux quiz dans la prochaine version de C4S Desktop.</translation>
        </message>
    </context>
    <context>
        <name>PlayerControls</name>
        <message>
            <source>Play</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Play or pause</source>
            <translation type="vanished">Lecture ou pause</translation>
        </message>
        <message>
            <source>Play or pause (Space)</source>
            <translation>Lecture ou pause (Espace)</translation>
        </message>
        <message>
            <source>Position in the video</source>
            <translation>Position dans la vidéo</translation>
        </message>
        <message>
            <source>← → 5 seconds, Page Up / Page Down 30 seconds, Home / End</source>
            <translation>← → 5 secondes, Page préc. / Page suiv. 30 secondes, Début / Fin</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Temps</translation>
        </message>
        <message>
            <source>Playback speed</source>
            <translation>Vitesse de lecture</translation>
        </message>
        <message>
            <source>{rate}×</source>
            <translation>{rate}×</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>Couper le son</translation>
        </message>
        <message>
            <source>Mute (M)</source>
            <translation>Couper le son (M)</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Subtitles</source>
            <translation>Sous-titres</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Plein écran</translation>
        </message>
        <message>
            <source>Exit full screen</source>
            <translation>Quitter le plein écran</translation>
        </message>
        <message>
            <source>Exit full screen (F, F11 or Esc)</source>
            <translation>Quitter le plein écran (F, F11 ou Échap)</translation>
        </message>
        <message>
            <source>Full screen (F or F11; Esc leaves)</source>
            <translation>Plein écran (F ou F11 ; Échap pour quitter)</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivés</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
    </context>
    <context>
        <name>Poster</name>
        <message>
            <source>Video poster</source>
            <translation>Affiche de la vidéo</translation>
        </message>
        <message>
            <source>Press Play to start the video.</source>
            <translation>Appuyez sur Lecture pour démarrer la vidéo.</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>Presenting. Page Down and Page Up move on; Esc or F5 ends the presentation.</source>
            <translation type="vanished">Présentation en cours. Page suiv. et Page préc. font avancer et reculer ; Échap ou F5 termine la présentation.</translation>
        </message>
    </context>
    <context>
        <name>PresentationMode</name>
        <message>
            <source>Presenting. Page Down and Page Up move on; Esc or F5 ends the presentation.</source>
            <translation type="vanished">Présentation en cours. Page suiv. et Page préc. font avancer et reculer ; Échap ou F5 termine la présentation.</translation>
        </message>
        <message>
            <source>Presenting. Page Down and Page Up move on; B blanks the screen; Esc or F5 ends the presentation.</source>
            <translation>Présentation en cours. Page suiv. et Page préc. font avancer et reculer ; B noircit l'écran ; Échap ou F5 termine la présentation.</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>Presenter view</source>
            <translation>Mode présentateur</translation>
        </message>
        <message>
            <source>Time since the presentation started</source>
            <translation>Temps écoulé depuis le début de la présentation</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Next, with Page Down</source>
            <translation>Ensuite, avec Page suiv.</translation>
        </message>
        <message>
            <source>The class sees a black screen. Any key or button shows the picture again.</source>
            <translation>La classe voit un écran noir. N'importe quelle touche ou n'importe quel bouton rétablit l'image.</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Previous screenful, item or lesson</source>
            <translation>Écran, élément ou leçon précédents</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Next screenful, item or lesson</source>
            <translation>Écran, élément ou leçon suivants</translation>
        </message>
        <message>
            <source>End the presentation</source>
            <translation>Terminer la présentation</translation>
        </message>
        <message>
            <source>Presenting for</source>
            <translation>Durée de la présentation</translation>
        </message>
        <message>
            <source>On the screen now</source>
            <translation>À l'écran en ce moment</translation>
        </message>
        <message>
            <source>Nothing until the quiz attempt is finished</source>
            <translation>Rien tant que la tentative au quiz n'est pas terminée</translation>
        </message>
        <message>
            <source>Another page of the app</source>
            <translation>Une autre page de l'application</translation>
        </message>
        <message>
            <source>The end of the course</source>
            <translation>Fin du cours</translation>
        </message>
        <message>
            <source>The first item of the next lesson, {lesson}</source>
            <translation>Premier élément de la leçon suivante, {lesson}</translation>
        </message>
        <message>
            <source>Item {number} of {count}</source>
            <translation>Élément {number} sur {count}</translation>
        </message>
        <message>
            <source>Lesson {number} of {count}</source>
            <translation>Leçon {number} sur {count}</translation>
        </message>
        <message>
            <source>Show the screen</source>
            <translation>Rallumer l'écran</translation>
        </message>
        <message>
            <source>Blank the screen</source>
            <translation>Noircir l'écran</translation>
        </message>
    </context>
    <context>
        <name>ProgressExchange</name>
        <message>
            <source>Save my progress</source>
            <translation>Enregistrer ma progression</translation>
        </message>
        <message>
            <source>Saving your progress…</source>
            <translation>Enregistrement de votre progression…</translation>
        </message>
        <message>
            <source>Your progress is saved in {file}.</source>
            <translation>Votre progression est enregistrée dans {file}.</translation>
        </message>
        <message>
            <source>Your progress is saved in “{name}”.</source>
            <translation>Votre progression est enregistrée dans « {name} ».</translation>
        </message>
        <message>
            <source>Take the drive to a computer with C4S Desktop and choose File → Load progress… there. Your progress stays on this computer too.</source>
            <translation>Apportez la clé sur un ordinateur équipé de C4S Desktop et choisissez-y Fichier → Charger une progression… Votre progression reste aussi sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Load progress</source>
            <translation>Charger une progression</translation>
        </message>
        <message>
            <source>Load the progress in “{name}”. It can add learners to this computer and records to any learner's progress.</source>
            <translation>Charger la progression de « {name} ». Elle peut ajouter des apprenants à cet ordinateur et des enregistrements à la progression de n'importe quel apprenant.</translation>
        </message>
        <message>
            <source>Loading the progress in “{name}”…</source>
            <translation>Chargement de la progression de « {name} »…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Progress loaded.</source>
            <translation>Progression chargée.</translation>
        </message>
        <message>
            <source>Saving was cancelled; no file was saved.</source>
            <translation>L’enregistrement a été annulé ; aucun fichier n’a été enregistré.</translation>
        </message>
        <message>
            <source>Everything in this file was already on this computer.</source>
            <translation>Tout le contenu de ce fichier était déjà sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Nothing was added.</source>
            <translation>Rien n'a été ajouté.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new record(s) of progress.</source>
            <translation>
                <numerusform>%Ln nouvel enregistrement de progression.</numerusform>
                <numerusform>%Ln nouveaux enregistrements de progression.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln learner(s) new on this computer.</source>
            <translation>
                <numerusform>%Ln nouvel apprenant sur cet ordinateur.</numerusform>
                <numerusform>%Ln nouveaux apprenants sur cet ordinateur.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{given}” is called “{here}” here, because another learner has that name.</source>
            <translation>« {given} » s'appelle « {here} » ici, car un autre apprenant porte ce nom.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) are about courses not installed on this computer ({courses}); they count once those courses are added.</source>
            <translation>
                <numerusform>%Ln enregistrement concerne des cours non installés sur cet ordinateur ({courses}) ; il comptera une fois ces cours ajoutés.</numerusform>
                <numerusform>%Ln enregistrements concernent des cours non installés sur cet ordinateur ({courses}) ; ils compteront une fois ces cours ajoutés.</numerusform>
            </translation>
        </message>
        <message>
            <source>The progress is loaded.</source>
            <translation>La progression est chargée.</translation>
        </message>
        <message>
            <source>Loading was cancelled; nothing was added.</source>
            <translation>Chargement annulé ; rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>C4S progress files (*{suffix})</source>
            <translation>Fichiers de progression C4S (*{suffix})</translation>
        </message>
        <message>
            <source>C4S Desktop</source>
            <translation>C4S Desktop</translation>
        </message>
    </context>
    <context>
        <name>ProgressScreen</name>
        <message>
            <source>My progress</source>
            <translation>Ma progression</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <source>Progress by course</source>
            <translation>Progression par cours</translation>
        </message>
        <message>
            <source>Loading your progress…</source>
            <translation>Chargement de votre progression…</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Retour à la page précédente</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>Progression de {name}</translation>
        </message>
        <message>
            <source>Time spent learning: {time} · Courses completed: {done} of {total}</source>
            <translation>Temps d'apprentissage : {time} · Cours terminés : {done} sur {total}</translation>
        </message>
        <message>
            <source>No course is installed yet.</source>
            <translation>Aucun cours n'est encore installé.</translation>
        </message>
    </context>
    <context>
        <name>ProgressScreenFlow</name>
        <message>
            <source>Back to the lesson</source>
            <translation>Retour à la leçon</translation>
        </message>
        <message>
            <source>Back to {title}</source>
            <translation>Retour à « {title} »</translation>
        </message>
        <message>
            <source>Back to the welcome page</source>
            <translation>Retour à la page d'accueil</translation>
        </message>
        <message>
            <source>Back to the search results</source>
            <translation>Retour aux résultats de la recherche</translation>
        </message>
        <message>
            <source>Choose who is learning first: your progress is kept under your name.</source>
            <translation>Choisissez d'abord qui apprend : votre progression est enregistrée sous votre nom.</translation>
        </message>
        <message>
            <source>Loading your progress…</source>
            <translation>Chargement de votre progression…</translation>
        </message>
        <message>
            <source>Certificate - {course} - {learner}</source>
            <translation>Certificat - {course} - {learner}</translation>
        </message>
        <message>
            <source>Save certificate</source>
            <translation>Enregistrer le certificat</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Certificate saved: {path}</source>
            <translation>Certificat enregistré : {path}</translation>
        </message>
    </context>
    <context>
        <name>ProgressSession</name>
        <message>
            <source>&amp;Continue where I left off</source>
            <translation>&amp;Reprendre où j'en étais</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Open the item you had open last ({key})</source>
            <translation>Ouvrir le dernier élément que vous aviez ouvert ({key})</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Apprentissage</translation>
        </message>
        <message>
            <source>Every course is complete: there is nothing left to continue.</source>
            <translation>Tous les cours sont terminés : il n'y a plus rien à reprendre.</translation>
        </message>
        <message>
            <source>The item to continue with is no longer in the library.</source>
            <translation>L'élément à reprendre n'est plus dans la bibliothèque.</translation>
        </message>
        <message>
            <source>The item you had open last was removed by a course update; here is the next one.</source>
            <translation>L'élément que vous aviez ouvert en dernier a été supprimé par une mise à jour du cours ; voici le suivant.</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Fichier %1</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Voir dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>PgDown</source>
            <translation>Page suiv</translation>
        </message>
        <message>
            <source>PgUp</source>
            <translation>Page préc</translation>
        </message>
    </context>
    <context>
        <name>QtEngine</name>
        <message>
            <source>Qt Multimedia</source>
            <translation>Qt Multimedia</translation>
        </message>
        <message>
            <source>This video cannot be played: its file is damaged or in a format this computer cannot read.</source>
            <translation type="vanished">Impossible de lire cette vidéo : son fichier est endommagé ou dans un format que cet ordinateur ne sait pas lire.</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>Confirm answer</source>
            <translation>Valider la réponse</translation>
        </message>
        <message>
            <source>Confirm your answer (Enter)</source>
            <translation>Valider votre réponse (Entrée)</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Question suivante</translation>
        </message>
        <message>
            <source>Question {n} of {count}</source>
            <translation>Question {n} sur {count}</translation>
        </message>
        <message>
            <source>See my results</source>
            <translation>Voir mes résultats</translation>
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message>
            <source>Sign in to take this quiz: your answers are kept under your name.</source>
            <translation>Connectez-vous pour passer ce quiz : vos réponses sont enregistrées à votre nom.</translation>
        </message>
        <message>
            <source>Opening the quiz…</source>
            <translation>Ouverture du quiz…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <source>Opening your attempt…</source>
            <translation>Ouverture de votre tentative…</translation>
        </message>
        <message>
            <source>This question changed after you answered it, so your answer no longer counts: please answer it again.</source>
            <translation>Cette question a changé depuis votre réponse, qui ne compte donc plus : répondez-y de nouveau.</translation>
        </message>
        <message>
            <source>Give an answer first.</source>
            <translation>Donnez d'abord une réponse.</translation>
        </message>
        <message>
            <source>Right!</source>
            <translation>Bonne réponse !</translation>
        </message>
        <message>
            <source>Partly right: {score} of {max} points.</source>
            <translation>Réponse partiellement correcte : score de {score} sur {max}.</translation>
        </message>
        <message>
            <source>Not right.</source>
            <translation>Réponse incorrecte.</translation>
        </message>
        <message>
            <source>The right choices: {answer}</source>
            <translation>Les bons choix : {answer}</translation>
        </message>
        <message>
            <source>The right answer: {answer}</source>
            <translation>La bonne réponse : {answer}</translation>
        </message>
        <message>
            <source>Adding up your score…</source>
            <translation>Calcul de votre score…</translation>
        </message>
    </context>
    <context>
        <name>RemovePackDialog</name>
        <message>
            <source>Remove a pack</source>
            <translation>Supprimer un pack de cours</translation>
        </message>
        <message>
            <source>Installed packs</source>
            <translation>Packs de cours installés</translation>
        </message>
        <message>
            <source>&amp;Installed packs:</source>
            <translation>Packs de cours &amp;installés :</translation>
        </message>
        <message>
            <source>Removing a pack deletes its files from this computer. The learners' progress is kept and comes back if the pack is installed again.</source>
            <translation>Supprimer un pack de cours efface ses fichiers de cet ordinateur. La progression des apprenants est conservée et revient si le pack est réinstallé.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Remove the chosen pack</source>
            <translation>Supprimer le pack de cours choisi</translation>
        </message>
        <message>
            <source>Reading the installed packs…</source>
            <translation>Lecture des packs de cours installés…</translation>
        </message>
        <message>
            <source>{title} — version {version} — {size}</source>
            <translation>{title} — version {version} — {size}</translation>
        </message>
        <message>
            <source>No pack is installed.</source>
            <translation>Aucun pack de cours n'est installé.</translation>
        </message>
        <message>
            <source>Remove “{title}” from this computer?</source>
            <translation>Supprimer « {title} » de cet ordinateur ?</translation>
        </message>
        <message>
            <source>Its files are deleted, except those another pack also uses: {size} freed. The learners' progress is kept.</source>
            <translation>Ses fichiers sont effacés, sauf ceux qu’un autre pack de cours utilise aussi : {size} libérés. La progression des apprenants est conservée.</translation>
        </message>
        <message>
            <source>Its files are deleted ({size}). The learners' progress is kept.</source>
            <translation>Ses fichiers sont effacés ({size}). La progression des apprenants est conservée.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Le conserver</translation>
        </message>
        <message>
            <source>Confirm removal</source>
            <translation>Confirmer la suppression</translation>
        </message>
        <message>
            <source>Remove “{title}” from this computer.</source>
            <translation>Supprimer « {title} » de cet ordinateur.</translation>
        </message>
        <message>
            <source>Removing “{title}”…</source>
            <translation>Suppression de « {title} »…</translation>
        </message>
        <message>
            <source>Removed “{title}”; {size} freed.</source>
            <translation>« {title} » supprimé ; {size} libérés.</translation>
        </message>
    </context>
    <context>
        <name>RestoreOffer</name>
        <message>
            <source>The database in {folder} is missing.</source>
            <translation>La base de données de {folder} est introuvable.</translation>
        </message>
        <message>
            <source>The database in {folder} is damaged.</source>
            <translation>La base de données de {folder} est endommagée.</translation>
        </message>
        <message>
            <source>C4S Desktop</source>
            <translation>C4S Desktop</translation>
        </message>
        <message>
            <source>The backup from {when} can take its place; a damaged file is kept for an administrator. What was recorded on this computer after that backup is lost, except what sync brings back from the server.</source>
            <translation>La sauvegarde du {when} peut la remplacer ; un fichier endommagé est conservé pour un administrateur. Ce qui a été enregistré sur cet ordinateur après cette sauvegarde est perdu, sauf ce que la synchronisation rapporte du serveur.</translation>
        </message>
        <message>
            <source>&amp;Restore the backup</source>
            <translation>&amp;Restaurer la sauvegarde</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Review of your answers</source>
            <translation>Revue de vos réponses</translation>
        </message>
        <message>
            <source>Back to the quiz overview</source>
            <translation>Retour à la présentation du quiz</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Réussi</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Non réussi</translation>
        </message>
        <message>
            <source>Attempt {n}: {score} of {max} points ({percent}). The pass mark is {mark}.</source>
            <translation>Tentative {n} : score de {score} sur {max} ({percent}). Le seuil de réussite est de {mark}.</translation>
        </message>
        <message>
            <source>Your answer:</source>
            <translation>Votre réponse :</translation>
        </message>
        <message>
            <source>The right answer:</source>
            <translation>La bonne réponse :</translation>
        </message>
        <message>
            <source>The right choices:</source>
            <translation>Les bons choix :</translation>
        </message>
        <message>
            <source>given to an earlier version of this question</source>
            <translation>donnée à une version antérieure de cette question</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Correcte</translation>
        </message>
        <message>
            <source>Not right</source>
            <translation>Incorrecte</translation>
        </message>
        <message>
            <source>Question {n}</source>
            <translation>Question {n}</translation>
        </message>
    </context>
    <context>
        <name>ScoreChart</name>
        <message>
            <source>{score} (passed)</source>
            <translation>{score} (réussie)</translation>
        </message>
        <message>
            <source>{score} (not passed)</source>
            <translation>{score} (non réussie)</translation>
        </message>
        <message>
            <source>Scores over attempts: {scores}</source>
            <translation>Scores des tentatives : {scores}</translation>
        </message>
        <message>
            <source>Scores of the last {shown} of {total} attempts: {scores}</source>
            <translation>Scores des {shown} dernières tentatives sur {total} : {scores}</translation>
        </message>
        <message>
            <source>Quiz scores chart</source>
            <translation>Graphique des scores au quiz</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search the courses</source>
            <translation>Rechercher dans les cours</translation>
        </message>
        <message>
            <source>Titles, course texts, fact sheets and video subtitles. Press the down arrow to reach the results.</source>
            <translation>Titres, textes des cours, fiches pratiques et sous-titres des vidéos. Appuyez sur la flèche vers le bas pour atteindre les résultats.</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>Results for “{text}”</source>
            <translation>Résultats pour « {text} »</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) for “{text}”.</source>
            <translation>
                <numerusform>%n résultat pour « {text} ».</numerusform>
                <numerusform>%n résultats pour « {text} ».</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found for “{text}”. Try fewer or shorter words.</source>
            <translation>Aucun résultat pour « {text} ». Essayez avec moins de mots ou des mots plus courts.</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”. The courses are in {language}: try words in that language.</source>
            <translation>Aucun résultat pour « {text} ». Les cours sont en {language} : essayez avec des mots dans cette langue.</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”. The courses are in {languages}: try words in one of these languages.</source>
            <translation>Aucun résultat pour « {text} ». Les cours sont en {languages} : essayez avec des mots dans l'une de ces langues.</translation>
        </message>
        <message>
            <source>Video at {time}</source>
            <translation>Vidéo à {time}</translation>
        </message>
        <message>
            <source>Fact sheet, page {n}</source>
            <translation>Fiche pratique, page {n}</translation>
        </message>
        <message>
            <source>Fact sheet</source>
            <translation>Fiche pratique</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>Étude de cas</translation>
        </message>
        <message>
            <source>Course text</source>
            <translation>Texte du cours</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Leçon</translation>
        </message>
        <message>
            <source>Lesson or module title</source>
            <translation type="vanished">Titre de leçon ou de module</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
    </context>
    <context>
        <name>SearchUi</name>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Find in the courses</source>
            <translation>Rechercher dans les cours</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Langue de l'interface</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Langue de l'interface :</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Thème de couleurs</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Courses are shown in this language when they have it, otherwise in their own language. The new language is used once C4S Desktop restarts.</source>
            <translation>Les cours s'affichent dans cette langue lorsqu'ils la proposent, sinon dans leur propre langue. La nouvelle langue s'applique au redémarrage de C4S Desktop.</translation>
        </message>
        <message>
            <source>Colour &amp;theme:</source>
            <translation>&amp;Thème de couleurs :</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>Restart C4S Desktop?</source>
            <translation>Redémarrer C4S Desktop ?</translation>
        </message>
        <message>
            <source>From its next start, C4S Desktop will use this language: {language}. Restart it now?</source>
            <translation>Au prochain démarrage, C4S Desktop utilisera cette langue : {language}. Le redémarrer maintenant ?</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>&amp;Redémarrer maintenant</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>Plus &amp;tard</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Back {seconds} seconds</source>
            <translation>Reculer de {seconds} secondes</translation>
        </message>
        <message>
            <source>Forward {seconds} seconds</source>
            <translation>Avancer de {seconds} secondes</translation>
        </message>
        <message>
            <source>Library and navigation</source>
            <translation>Bibliothèque et navigation</translation>
        </message>
        <message>
            <source>Go to the next or the previous part of the window</source>
            <translation>Aller à la partie suivante ou précédente de la fenêtre</translation>
        </message>
        <message>
            <source>Press the button that has the focus</source>
            <translation>Appuyer sur le bouton qui a le focus</translation>
        </message>
        <message>
            <source>Open the selected lesson or item (in the library or a lesson's list)</source>
            <translation>Ouvrir la leçon ou l'élément sélectionné (dans la bibliothèque ou la liste d'une leçon)</translation>
        </message>
        <message>
            <source>In the search box: search now and go to the results</source>
            <translation>Dans la zone de recherche : rechercher tout de suite et aller aux résultats</translation>
        </message>
        <message>
            <source>In the search box: clear it</source>
            <translation>Dans la zone de recherche : l'effacer</translation>
        </message>
        <message>
            <source>In the search results: back to the search box</source>
            <translation>Dans les résultats : revenir à la zone de recherche</translation>
        </message>
        <message>
            <source>In My progress: back to where you were</source>
            <translation>Dans Ma progression : revenir là où vous étiez</translation>
        </message>
        <message>
            <source>On an item: back to its lesson</source>
            <translation>Dans un élément : revenir à sa leçon</translation>
        </message>
        <message>
            <source>Video (when the player has the focus)</source>
            <translation>Vidéo (quand le lecteur a le focus)</translation>
        </message>
        <message>
            <source>Play or pause</source>
            <translation>Lecture ou pause</translation>
        </message>
        <message>
            <source>Go to the start</source>
            <translation>Aller au début</translation>
        </message>
        <message>
            <source>Go to the end</source>
            <translation>Aller à la fin</translation>
        </message>
        <message>
            <source>Sound off or on</source>
            <translation>Couper ou rétablir le son</translation>
        </message>
        <message>
            <source>Full screen on or off</source>
            <translation>Passer en plein écran ou en sortir</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Quitter le plein écran</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Choose the answer with that number</source>
            <translation>Choisir la réponse qui porte ce numéro</translation>
        </message>
        <message>
            <source>Confirm the answer, then go to the next question</source>
            <translation>Valider la réponse, puis passer à la question suivante</translation>
        </message>
        <message>
            <source>Move the selected item up or down (ordering questions)</source>
            <translation>Monter ou descendre l'élément sélectionné (questions à remettre en ordre)</translation>
        </message>
        <message>
            <source>Presenting</source>
            <translation>Présentation</translation>
        </message>
        <message>
            <source>The next screenful, or the next item or lesson</source>
            <translation>L'écran suivant, ou l'élément ou la leçon qui suit</translation>
        </message>
        <message>
            <source>The previous screenful, or the previous item or lesson</source>
            <translation>L'écran précédent, ou l'élément ou la leçon qui précède</translation>
        </message>
        <message>
            <source>Black the screen out (any key brings it back)</source>
            <translation>Noircir l'écran (n'importe quelle touche le rallume)</translation>
        </message>
        <message>
            <source>End the presentation</source>
            <translation>Terminer la présentation</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} à {last}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Open the {menu} menu</source>
            <translation>Ouvrir le menu {menu}</translation>
        </message>
        <message>
            <source>Window and menus</source>
            <translation>Fenêtre et menus</translation>
        </message>
    </context>
    <context>
        <name>StorageLine</name>
        <message>
            <source>Storage</source>
            <translation type="vanished">Stockage</translation>
        </message>
        <message>
            <source>Storage: measuring…</source>
            <translation>Stockage : mesure en cours…</translation>
        </message>
        <message>
            <source>Storage: the C4S data folder uses {used}; {free} free on its disk.</source>
            <translation>Stockage : le dossier de données C4S occupe {used} ; {free} libres sur son disque.</translation>
        </message>
    </context>
    <context>
        <name>SubtitleBand</name>
        <message>
            <source>Subtitles</source>
            <translation>Sous-titres</translation>
        </message>
    </context>
    <context>
        <name>SubtitleNotice</name>
        <message>
            <source>Subtitles message</source>
            <translation>Message des sous-titres</translation>
        </message>
        <message>
            <source>The subtitles in {language} cannot be shown: their file is missing or damaged; add its course again (File → Add packs…) to repair it.</source>
            <translation>Impossible d’afficher les sous-titres en {language} : leur fichier manque ou est endommagé ; ajoutez de nouveau son cours (Fichier → Ajouter des packs de cours…) pour le réparer.</translation>
        </message>
    </context>
    <context>
        <name>SyncAnnouncer</name>
        <message>
            <source>Sync did not finish: {reason}</source>
            <translation>La synchronisation n'a pas abouti : {reason}</translation>
        </message>
        <message>
            <source>Sync finished.</source>
            <translation>Synchronisation terminée.</translation>
        </message>
        <message>
            <source>Sync started.</source>
            <translation>Synchronisation commencée.</translation>
        </message>
    </context>
    <context>
        <name>SyncDetailsDialog</name>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>Détails de la synchronisation</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Serveur :</translation>
        </message>
        <message>
            <source>Last synced:</source>
            <translation>Dernière synchronisation :</translation>
        </message>
        <message>
            <source>Waiting to be sent:</source>
            <translation>En attente d'envoi :</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Dernière erreur :</translation>
        </message>
        <message>
            <source>Statements the server refused (for an administrator; they are kept here):</source>
            <translation>Déclarations refusées par le serveur (pour un administrateur ; elles sont conservées ici) :</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Refused statements</source>
            <translation>Déclarations refusées</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>Synchroniser &amp;maintenant</translation>
        </message>
        <message>
            <source>Sto&amp;p sync</source>
            <translation>&amp;Arrêter la synchronisation</translation>
        </message>
        <message>
            <source>&amp;Set up…</source>
            <translation>&amp;Configurer…</translation>
        </message>
        <message>
            <source>Send refused &amp;again</source>
            <translation>Renvoyer les &amp;refusées</translation>
        </message>
        <message>
            <source>This computer does not send progress to a server yet. An administrator can set it up with an enrollment code.</source>
            <translation>Cet ordinateur n'envoie pas encore la progression à un serveur. Un administrateur peut le configurer avec un code d'inscription.</translation>
        </message>
        <message>
            <source>Syncing with the server now…</source>
            <translation>Synchronisation avec le serveur en cours…</translation>
        </message>
        <message>
            <source>All progress recorded here is on the server.</source>
            <translation>Toute la progression enregistrée ici est sur le serveur.</translation>
        </message>
        <message>
            <source>Some progress waits to be sent; it goes with the next sync.</source>
            <translation>Une partie de la progression attend d'être envoyée ; elle partira à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>The server cannot be reached now. Progress is kept here and sent when the server is back.</source>
            <translation>Le serveur est injoignable pour l'instant. La progression est conservée ici et sera envoyée quand il sera de nouveau disponible.</translation>
        </message>
        <message>
            <source>Sync needs an administrator's attention: see the last error below.</source>
            <translation>La synchronisation demande l'attention d'un administrateur : voir la dernière erreur ci-dessous.</translation>
        </message>
        <message>
            <source>You stopped sync. What was not sent stays on this computer and goes with the next sync.</source>
            <translation>Vous avez arrêté la synchronisation. Ce qui n'a pas été envoyé reste sur cet ordinateur et partira avec la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Stopping sync once the statements on their way now have arrived…</source>
            <translation type="vanished">Arrêt de la synchronisation dès que les déclarations en cours d'envoi seront arrivées…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message numerus="yes">
            <source>%Ln statement(s)</source>
            <translation>
                <numerusform>%Ln déclaration</numerusform>
                <numerusform>%Ln déclarations</numerusform>
            </translation>
        </message>
        <message>
            <source>Connect to another &amp;server…</source>
            <translation>Se connecter à un autre &amp;serveur…</translation>
        </message>
    </context>
    <context>
        <name>SyncFlow</name>
        <message>
            <source>Connect this computer to the sync server {server}.</source>
            <translation>Connecter cet ordinateur au serveur de synchronisation {server}.</translation>
        </message>
        <message>
            <source>Not connected: no trainer confirmed it.</source>
            <translation>Non connecté : aucun formateur ne l'a confirmé.</translation>
        </message>
    </context>
    <context>
        <name>SyncProgress</name>
        <message>
            <source>Receiving progress: {received} so far</source>
            <translation>Réception de la progression : {received} pour l’instant</translation>
        </message>
        <message>
            <source>Sending progress: {sent} of {total}</source>
            <translation>Envoi de la progression : {sent} sur {total}</translation>
        </message>
        <message>
            <source>Closing the app now loses nothing: what is not sent yet stays on this computer and goes with the next sync.</source>
            <translation>Fermer l’application maintenant ne fait rien perdre : ce qui n’est pas encore envoyé reste sur cet ordinateur et partira à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Stopping sync…</source>
            <translation>Arrêt de la synchronisation…</translation>
        </message>
        <message>
            <source>Sync starts again when you choose Sync now, or the next time the app starts.</source>
            <translation>La synchronisation reprendra quand vous choisirez « Synchroniser maintenant », ou au prochain démarrage de l'application.</translation>
        </message>
        <message>
            <source>Stop sync now. What is not sent yet stays on this computer and goes with the next sync.</source>
            <translation>Arrêter la synchronisation maintenant. Ce qui n'est pas encore envoyé reste sur cet ordinateur et partira avec la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Stop sync once the statements on their way now have arrived. What is not sent stays on this computer and goes with the next sync.</source>
            <translation type="vanished">Arrêter la synchronisation dès que les déclarations en cours d'envoi seront arrivées. Ce qui n'est pas envoyé reste sur cet ordinateur et partira avec la prochaine synchronisation.</translation>
        </message>
    </context>
    <context>
        <name>SyncSetupDialog</name>
        <message>
            <source>Set up sync</source>
            <translation>Configurer la synchronisation</translation>
        </message>
        <message>
            <source>Progress recorded on this computer is sent to your organisation's server, and comes back on any computer the learner uses. Ask an administrator for the server's address and a one-time enrollment code.</source>
            <translation>La progression enregistrée sur cet ordinateur est envoyée au serveur de votre organisation et revient sur tout ordinateur qu'utilise l'apprenant. Demandez à un administrateur l'adresse du serveur et un code d'inscription à usage unique.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>Code d'inscription</translation>
        </message>
        <message>
            <source>This address starts with http://, so the connection is not encrypted: the enrollment code, this computer's sync password and learners' progress could be read by anyone on the network. Use https:// if the server offers it.</source>
            <translation>Cette adresse commence par http://, la connexion n'est donc pas chiffrée : le code d'inscription, le mot de passe de synchronisation de cet ordinateur et la progression des apprenants pourraient être lus par n'importe qui sur le réseau. Utilisez https:// si le serveur le propose.</translation>
        </message>
        <message>
            <source>Connect without &amp;encryption anyway</source>
            <translation>Se connecter &amp;quand même sans chiffrement</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;Adresse du serveur :</translation>
        </message>
        <message>
            <source>Enrollment &amp;code:</source>
            <translation>&amp;Code d'inscription :</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>Se c&amp;onnecter</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>Connexion à {server}…</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusButton</name>
        <message>
            <source>Sync…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Sync not set up</source>
            <translation>Synchronisation non configurée</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation en cours…</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Synchronisé</translation>
        </message>
        <message numerus="yes">
            <source>%Ln statement(s) waiting</source>
            <translation>
                <numerusform>%Ln déclaration en attente</numerusform>
                <numerusform>%Ln déclarations en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>Sync needs attention</source>
            <translation>Synchronisation à vérifier</translation>
        </message>
        <message>
            <source>Sync: {state}. Click for details.</source>
            <translation>Synchronisation : {state}. Cliquez pour les détails.</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>État de la synchronisation</translation>
        </message>
        <message>
            <source>Sync stopped: {waiting}</source>
            <translation>Synchronisation arrêtée : {waiting}</translation>
        </message>
    </context>
    <context>
        <name>SyncStopButton</name>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop sync</source>
            <translation>Arrêter la synchronisation</translation>
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <source>Type your answer</source>
            <translation>Saisissez votre réponse</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Votre réponse</translation>
        </message>
    </context>
    <context>
        <name>TrainerClaimDialog</name>
        <message>
            <source>Class progress</source>
            <translation>Progression de la classe</translation>
        </message>
        <message>
            <source>Class progress shows the progress of every learner on this computer, so only a trainer may open it. This computer has no trainer yet.</source>
            <translation>La progression de la classe montre la progression de chaque apprenant de cet ordinateur : seul un formateur peut donc l'ouvrir. Cet ordinateur n'a pas encore de formateur.</translation>
        </message>
        <message>
            <source>You can make {name} this computer's trainer. A trainer's profile is locked with a PIN.</source>
            <translation>Vous pouvez faire de {name} le formateur de cet ordinateur. Le profil d'un formateur est protégé par un code PIN.</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Votre code PIN</translation>
        </message>
        <message>
            <source>Your &amp;PIN:</source>
            <translation>Votre code &amp;PIN :</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Nouveau code PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Nouveau code PIN (confirmation)</translation>
        </message>
        <message>
            <source>New &amp;PIN:</source>
            <translation>Nouveau code &amp;PIN :</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>&amp;Confirmer le code PIN :</translation>
        </message>
        <message>
            <source>&amp;Become the trainer</source>
            <translation>&amp;Devenir le formateur</translation>
        </message>
        <message>
            <source>Make {name} this computer's trainer</source>
            <translation>Faire de {name} le formateur de cet ordinateur</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>Un code PIN comporte 4 à 8 chiffres.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Saisissez votre code PIN.</translation>
        </message>
        <message>
            <source>The two PINs are not the same; type the PIN again in both fields.</source>
            <translation>Les deux codes PIN ne sont pas identiques ; saisissez à nouveau le code PIN dans les deux champs.</translation>
        </message>
    </context>
    <context>
        <name>TrainerConfirmDialog</name>
        <message>
            <source>Trainer confirmation</source>
            <translation>Confirmation d'un formateur</translation>
        </message>
        <message>
            <source>This changes the computer for every learner, so one of its trainers must confirm it with their PIN.</source>
            <translation>Cela change l'ordinateur pour tous les apprenants : l'un de ses formateurs doit le confirmer avec son code PIN.</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Formateur</translation>
        </message>
        <message>
            <source>Trainer's PIN</source>
            <translation>Code PIN du formateur</translation>
        </message>
        <message>
            <source>&amp;Trainer:</source>
            <translation>&amp;Formateur :</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>Code &amp;PIN :</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmer</translation>
        </message>
        <message>
            <source>Type the trainer's PIN.</source>
            <translation>Saisissez le code PIN du formateur.</translation>
        </message>
    </context>
    <context>
        <name>TrustPrompt</name>
        <message>
            <source>“{title}” is signed by {publisher}, a publisher this computer does not trust yet.</source>
            <translation type="vanished">« {title} » est signé par {publisher}, un éditeur auquel cet ordinateur ne fait pas encore confiance.</translation>
        </message>
        <message>
            <source>“{title}” is not signed: nothing shows who made it or that it was not changed.</source>
            <translation>« {title} » n'est pas signé : rien n'indique qui l'a créé ni qu'il n'a pas été modifié.</translation>
        </message>
        <message>
            <source>Publisher: {publisher}
Key fingerprint: {fingerprint}

Install it only if you got it from someone you trust. An administrator must confirm.</source>
            <translation type="vanished">Éditeur : {publisher}
Empreinte de la clé : {fingerprint}

Ne l'installez que si vous l'avez reçu d'une personne de confiance. Un administrateur doit confirmer.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Install “{title}”, a version signed with another key than the installed one, and trust the new key from now on.</source>
            <translation>Installer « {title} », une version signée avec une autre clé que la version installée, et faire confiance à la nouvelle clé désormais.</translation>
        </message>
        <message>
            <source>Install “{title}”, a version signed with another key than the installed one.</source>
            <translation>Installer « {title} », une version signée avec une autre clé que la version installée.</translation>
        </message>
        <message>
            <source>Install “{title}”, a version from another publisher than the installed one, and trust that publisher's key from now on.</source>
            <translation>Installer « {title} », une version d'un autre éditeur que celui de la version installée, et faire confiance à la clé de cet éditeur désormais.</translation>
        </message>
        <message>
            <source>Install “{title}”, a version from another publisher than the installed one.</source>
            <translation>Installer « {title} », une version d'un autre éditeur que celui de la version installée.</translation>
        </message>
        <message>
            <source>Install “{title}”, a pack this computer does not trust, and trust its publisher's key from now on.</source>
            <translation>Installer « {title} », un pack de cours auquel cet ordinateur ne fait pas confiance, et faire confiance à la clé de son éditeur désormais.</translation>
        </message>
        <message>
            <source>Install “{title}”, a pack this computer does not trust.</source>
            <translation>Installer « {title} », un pack de cours auquel cet ordinateur ne fait pas confiance.</translation>
        </message>
        <message>
            <source>This version of “{title}” gives the same publisher as the installed version, {installed}, but it is signed with another key.</source>
            <translation>Cette version de « {title} » indique le même éditeur que la version installée, {installed}, mais elle est signée avec une autre clé.</translation>
        </message>
        <message>
            <source>This version of “{title}” gives its publisher as “{publisher}”, a name like that of {installed}, who published the installed version, but it is signed with another key.</source>
            <translation>Cette version de « {title} » indique comme éditeur « {publisher} », un nom proche de celui de {installed}, qui a publié la version installée, mais elle est signée avec une autre clé.</translation>
        </message>
        <message>
            <source>This version of “{title}” does not come from {installed}, who published the installed version.</source>
            <translation>Cette version de « {title} » ne vient pas de {installed}, qui a publié la version installée.</translation>
        </message>
        <message>
            <source>Publisher: {publisher}
Key fingerprint: {fingerprint}</source>
            <translation type="vanished">Éditeur : {publisher}
Empreinte de la clé : {fingerprint}</translation>
        </message>
        <message>
            <source>“{title}” is signed by a publisher calling itself “{publisher}”, whose key this computer does not trust yet.</source>
            <translation>« {title} » est signé par un éditeur qui se présente comme « {publisher} », dont cet ordinateur ne reconnaît pas encore la clé.</translation>
        </message>
        <message>
            <source>Key fingerprint: {fingerprint}
Publisher name, as the pack gives it (not checked): {publisher}</source>
            <translation>Empreinte de la clé : {fingerprint}
Nom de l'éditeur, tel que le pack de cours l'indique (non vérifié) : {publisher}</translation>
        </message>
        <message>
            <source>Warning: this pack names the key of “{trusted}”, a publisher this computer trusts, but it is not signed with that key. It may only pretend to come from it.</source>
            <translation>Attention : ce pack de cours indique la clé de « {trusted} », un éditeur auquel cet ordinateur fait confiance, mais il n’est pas signé avec cette clé. Il se fait peut-être seulement passer pour lui.</translation>
        </message>
        <message>
            <source>Warning: this computer already trusts a publisher named “{trusted}”, with another key ({fingerprint}). This pack may only pretend to come from it.</source>
            <translation>Attention : cet ordinateur fait déjà confiance à un éditeur nommé « {trusted} », avec une autre clé ({fingerprint}). Ce pack de cours se fait peut-être seulement passer pour lui.</translation>
        </message>
        <message>
            <source>Warning: either {installed} changed its key, or this pack only pretends to come from it.</source>
            <translation>Attention : soit {installed} a changé de clé, soit ce paquet prétend seulement venir de cet éditeur.</translation>
        </message>
        <message>
            <source>Installed version from: {publisher}
Key fingerprint: {fingerprint}</source>
            <translation>Version installée publiée par : {publisher}
Empreinte de la clé : {fingerprint}</translation>
        </message>
        <message>
            <source>Install it only if {installed} told you it changed its key to this one. An administrator must confirm.</source>
            <translation>Ne l'installez que si {installed} vous a dit avoir changé sa clé pour celle-ci. Un administrateur doit confirmer.</translation>
        </message>
        <message>
            <source>Install it only if you know the course changed hands. An administrator must confirm.</source>
            <translation>Ne l'installez que si vous savez que le cours a changé d'éditeur. Un administrateur doit confirmer.</translation>
        </message>
        <message>
            <source>Install it only if you got it from someone you trust. An administrator must confirm.</source>
            <translation>Ne l'installez que si vous l'avez reçu d'une personne de confiance. Un administrateur doit confirmer.</translation>
        </message>
        <message>
            <source>Administrator confirmation</source>
            <translation>Confirmation de l'administrateur</translation>
        </message>
        <message>
            <source>Install anyway</source>
            <translation>Installer quand même</translation>
        </message>
        <message>
            <source>Skip this pack</source>
            <translation>Ignorer ce pack de cours</translation>
        </message>
        <message>
            <source>Also trust this publisher's key from now on</source>
            <translation>Faire aussi confiance à la clé de cet éditeur désormais</translation>
        </message>
        <message>
            <source>Also trust this publisher from now on</source>
            <translation type="vanished">Faire aussi confiance à cet éditeur désormais</translation>
        </message>
    </context>
    <context>
        <name>UpdatePrompt</name>
        <message>
            <source>Update “{title}” from version {old} to version {new}?</source>
            <translation>Mettre à jour « {title} » de la version {old} vers la version {new} ?</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added, {removed} removed, {changed} changed; {size} to download. The learners' progress is kept.</source>
            <translation type="vanished">
                <numerusform>%n élément ajouté, {removed} retirés, {changed} modifiés ; {size} à télécharger. La progression des apprenants est conservée.</numerusform>
                <numerusform>%n éléments ajoutés, {removed} retirés, {changed} modifiés ; {size} à télécharger. La progression des apprenants est conservée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</source>
            <translation type="vanished">
                <numerusform>%n élément ajouté, {removed} retirés, {changed} modifiés ; {size} à copier. La progression des apprenants est conservée.</numerusform>
                <numerusform>%n éléments ajoutés, {removed} retirés, {changed} modifiés ; {size} à copier. La progression des apprenants est conservée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to download.</source>
            <translation>
                <numerusform>Ajoutés : %n · supprimés : {removed} · modifiés : {changed} ; {size} à télécharger.</numerusform>
                <numerusform>Ajoutés : %n · supprimés : {removed} · modifiés : {changed} ; {size} à télécharger.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to copy.</source>
            <translation>
                <numerusform>Ajoutés : %n · supprimés : {removed} · modifiés : {changed} ; {size} à copier.</numerusform>
                <numerusform>Ajoutés : %n · supprimés : {removed} · modifiés : {changed} ; {size} à copier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) worked on items this update removes: what they did stays in their history but no longer counts towards the course.</source>
            <translation>
                <numerusform>%n apprenant a travaillé sur des éléments que cette mise à jour supprime : ce qu'il a fait reste dans son historique mais ne compte plus pour le cours.</numerusform>
                <numerusform>%n apprenants ont travaillé sur des éléments que cette mise à jour supprime : ce qu'ils ont fait reste dans leur historique mais ne compte plus pour le cours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to download. The learners' progress is kept.</source>
            <translation>
                <numerusform>Ajoutés : %n · supprimés : {removed} · modifiés : {changed} ; {size} à télécharger. La progression des apprenants est conservée.</numerusform>
                <numerusform>Ajoutés : %n · supprimés : {removed} · modifiés : {changed} ; {size} à télécharger. La progression des apprenants est conservée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to copy. The learners' progress is kept.</source>
            <translation>
                <numerusform>Ajoutés : %n · supprimés : {removed} · modifiés : {changed} ; {size} à copier. La progression des apprenants est conservée.</numerusform>
                <numerusform>Ajoutés : %n · supprimés : {removed} · modifiés : {changed} ; {size} à copier. La progression des apprenants est conservée.</numerusform>
            </translation>
        </message>
        <message>
            <source>Update a pack</source>
            <translation>Mettre à jour un pack de cours</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Mettre à jour</translation>
        </message>
        <message>
            <source>Skip this pack</source>
            <translation>Ignorer ce pack de cours</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation>Ajoutés :</translation>
        </message>
        <message>
            <source>Removed:</source>
            <translation>Supprimés :</translation>
        </message>
        <message>
            <source>Changed:</source>
            <translation>Modifiés :</translation>
        </message>
        <message>
            <source>Moved to another lesson:</source>
            <translation>Déplacés dans une autre leçon :</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>et {n} autres</translation>
        </message>
    </context>
    <context>
        <name>VideoFileCheck</name>
        <message>
            <source>This video cannot be played; checking its file…</source>
            <translation>Impossible de lire cette vidéo ; vérification de son fichier…</translation>
        </message>
        <message>
            <source>This video cannot be played: its file is not in a format this computer can play; tell whoever gave you the course.</source>
            <translation>Impossible de lire cette vidéo : son fichier est dans un format que cet ordinateur ne sait pas lire ; prévenez la personne qui vous a donné le cours.</translation>
        </message>
        <message>
            <source>This video cannot be played: its file is damaged on this computer; add its course again (File → Add packs…) to repair it.</source>
            <translation>Impossible de lire cette vidéo : son fichier est endommagé sur cet ordinateur ; ajoutez de nouveau son cours (Fichier → Ajouter des packs de cours…) pour le réparer.</translation>
        </message>
    </context>
    <context>
        <name>VideoView</name>
        <message>
            <source>Video player</source>
            <translation>Lecteur vidéo</translation>
        </message>
        <message>
            <source>Player message</source>
            <translation>Message du lecteur</translation>
        </message>
        <message>
            <source>Resuming at {time}</source>
            <translation>Reprise à {time}</translation>
        </message>
    </context>
    <context>
        <name>VlcEngine</name>
        <message>
            <source>libVLC {version}</source>
            <translation>libVLC {version}</translation>
        </message>
        <message>
            <source>This video cannot be played: its file is damaged or in a format this computer cannot read.</source>
            <translation type="vanished">Impossible de lire cette vidéo : son fichier est endommagé ou dans un format que cet ordinateur ne sait pas lire.</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>No answer</source>
            <translation>Pas de réponse</translation>
        </message>
        <message>
            <source>No choice</source>
            <translation>Aucun choix</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Vrai</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Faux</translation>
        </message>
        <message>
            <source>{answer} (± {tolerance})</source>
            <translation>{answer} (± {tolerance})</translation>
        </message>
    </context>
    <context>
        <name>certificate</name>
        <message>
            <source>Certificate of completion</source>
            <translation>Certificat de réussite</translation>
        </message>
        <message>
            <source>This certifies that</source>
            <translation>Nous certifions que</translation>
        </message>
        <message>
            <source>has completed the course</source>
            <translation>a terminé le cours</translation>
        </message>
        <message>
            <source>published by {publisher}</source>
            <translation>publié par {publisher}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Terminé le {date}</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Quiz score</source>
            <translation>Score au quiz</translation>
        </message>
        <message>
            <source>no quiz</source>
            <translation>pas de quiz</translation>
        </message>
        <message>
            <source>Certificate id: {id}</source>
            <translation>Identifiant du certificat : {id}</translation>
        </message>
        <message>
            <source>Verification code (Ed25519 signature by this computer's key):</source>
            <translation>Code de vérification (signature Ed25519 par la clé de cet ordinateur) :</translation>
        </message>
        <message>
            <source>Key fingerprint: {fingerprint}</source>
            <translation>Empreinte de la clé : {fingerprint}</translation>
        </message>
        <message>
            <source>Check this certificate offline with: c4s cert verify FILE.pdf</source>
            <translation>Vérifiez ce certificat hors ligne avec : c4s cert verify FICHIER.pdf</translation>
        </message>
    </context>
    <context>
        <name>choose</name>
        <message>
            <source>The VLC video engine was asked for, but VLC is not installed or does not work on this computer, so videos play with Qt Multimedia instead.</source>
            <translation>Le moteur vidéo VLC a été demandé, mais VLC n'est pas installé ou ne fonctionne pas sur cet ordinateur : les vidéos sont donc lues avec Qt Multimedia.</translation>
        </message>
        <message>
            <source>libVLC {version}</source>
            <translation>libVLC {version}</translation>
        </message>
        <message>
            <source>Qt Multimedia</source>
            <translation>Qt Multimedia</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something unexpected went wrong. C4S Desktop wrote the details to its log file; please send them to your trainer or administrator.</source>
            <translation>Un problème inattendu s'est produit. C4S Desktop en a noté les détails dans son fichier journal ; envoyez-les à votre formateur ou à votre administrateur.</translation>
        </message>
        <message>
            <source>Something went wrong ({code}). See the log for details.</source>
            <translation>Une erreur s'est produite ({code}). Consultez le journal pour en savoir plus.</translation>
        </message>
        <message>
            <source>The pack's {path} is larger than the {limit} bytes a manifest may have; ask the pack's publisher for a corrected pack.</source>
            <translation type="vanished">Le fichier {path} du pack de cours dépasse les {limit} octets permis pour un manifeste ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The pack's manifest.json is not UTF-8 text (invalid byte at offset {offset}); ask the pack's publisher for a corrected pack.</source>
            <translation>Le manifest.json du pack de cours n'est pas du texte UTF-8 (octet invalide à la position {offset}) ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The pack's manifest.json is not valid JSON; ask the pack's publisher for a corrected pack.</source>
            <translation>Le manifest.json du pack de cours n'est pas un JSON valide ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}; ask the pack's publisher for a corrected pack.</source>
            <translation>Le manifeste du pack de cours n'est pas valide ({where}) ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The path '{path}' (in {where}) breaks the pack rules; rename the file or ask the pack's publisher for a corrected pack.</source>
            <translation type="vanished">Le chemin « {path} » (dans {where}) enfreint les règles des packs de cours ; renommez le fichier ou demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The paths '{first}' and '{second}' in {where} cannot both be in one pack; rename one or ask the pack's publisher for a corrected pack.</source>
            <translation>Les chemins « {first} » et « {second} » (dans {where}) ne peuvent pas figurer dans un même pack de cours ; renommez-en un ou demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}: the id '{id}' is already used at {first}; ask the pack's publisher for a corrected pack.</source>
            <translation>Le manifeste du pack de cours n'est pas valide ({where}) : l'identifiant « {id} » est déjà utilisé ({first}) ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}: item '{item}' refers to '{path}', which is not one of the pack's files; ask the pack's publisher for a corrected pack.</source>
            <translation>Le manifeste du pack de cours n'est pas valide ({where}) : l'élément « {item} » renvoie à « {path} », qui ne fait pas partie des fichiers du pack ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}: item '{item}' has the type '{type}', which this C4S Desktop does not know (it knows {known}); ask the pack's publisher for a corrected pack.</source>
            <translation>Le manifeste du pack de cours n'est pas valide ({where}) : l'élément « {item} » est du type « {type} », inconnu de cette version de C4S Desktop (elle connaît {known}) ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>This pack is in pack format {found} (see {where} in its manifest), but this C4S Desktop reads only format {supported}; update C4S Desktop to install it.</source>
            <translation>Ce pack de cours est au format {found} (voir {where} dans son manifeste), mais cette version de C4S Desktop ne lit que le format {supported} ; mettez C4S Desktop à jour pour l'installer.</translation>
        </message>
        <message>
            <source>This pack needs C4S Desktop {needed} or newer (see {where} in its manifest), but this is version {have}; update C4S Desktop to install it.</source>
            <translation>Ce pack de cours nécessite C4S Desktop {needed} ou plus récent (voir {where} dans son manifeste), mais cette version est la {have} ; mettez C4S Desktop à jour pour l'installer.</translation>
        </message>
        <message>
            <source>The pack's quiz file {file} is not valid JSON; ask the pack's publisher for a corrected pack.</source>
            <translation>Le fichier de quiz {file} du pack de cours n'est pas un JSON valide ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The pack's quiz file {file} is invalid at {at}; ask the pack's publisher for a corrected pack.</source>
            <translation>Le fichier de quiz {file} du pack de cours n'est pas valide ({at}) ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>There is no file or folder at {pack}; check the path.</source>
            <translation>Il n'y a ni fichier ni dossier à l'emplacement {pack} ; vérifiez le chemin.</translation>
        </message>
        <message>
            <source>{pack} is not a C4S pack: it is neither a pack folder nor a .c4spack file.</source>
            <translation>{pack} n'est pas un pack de cours C4S : ce n'est ni un dossier de pack ni un fichier .c4spack.</translation>
        </message>
        <message>
            <source>The pack file {pack} is damaged or incomplete; copy it again from its source.</source>
            <translation>Le fichier de pack de cours {pack} est endommagé ou incomplet ; copiez-le à nouveau depuis sa source.</translation>
        </message>
        <message>
            <source>The pack {pack} cannot be read; check the drive and copy it again.</source>
            <translation>Impossible de lire le pack de cours {pack} ; vérifiez le support et copiez-le à nouveau.</translation>
        </message>
        <message>
            <source>{pack} has no manifest.json, so it is not a C4S pack.</source>
            <translation>{pack} n'a pas de manifest.json : ce n'est donc pas un pack de cours C4S.</translation>
        </message>
        <message>
            <source>The signature file of {pack} is too large to be a signature.</source>
            <translation>Le fichier de signature de {pack} est trop volumineux pour être une signature.</translation>
        </message>
        <message>
            <source>The quiz file {path} in {pack} is larger than {limit} bytes.</source>
            <translation type="vanished">Le fichier de quiz {path} de {pack} dépasse {limit} octets.</translation>
        </message>
        <message>
            <source>The pack {pack} contains a link ({path}); packs must hold plain files only, so it was refused.</source>
            <translation>Le pack de cours {pack} contient un lien ({path}) ; un pack ne doit contenir que des fichiers ordinaires, il a donc été refusé.</translation>
        </message>
        <message>
            <source>The pack {pack} contains {path}, which is not a plain file.</source>
            <translation>Le pack de cours {pack} contient {path}, qui n'est pas un fichier ordinaire.</translation>
        </message>
        <message>
            <source>The pack {pack} holds {path} twice; it was refused.</source>
            <translation>Le pack de cours {pack} contient {path} en double ; il a été refusé.</translation>
        </message>
        <message>
            <source>The pack {pack} holds an encrypted entry ({path}); it was refused.</source>
            <translation>Le pack de cours {pack} contient une entrée chiffrée ({path}) ; il a été refusé.</translation>
        </message>
        <message>
            <source>The pack {pack} contains {path}, which its manifest does not list; it may have been tampered with, so it was refused.</source>
            <translation>Le pack de cours {pack} contient {path}, absent de son manifeste ; il a pu être falsifié, il a donc été refusé.</translation>
        </message>
        <message>
            <source>The pack {pack} is incomplete: {path} is missing; copy the whole pack again.</source>
            <translation>Le pack de cours {pack} est incomplet : {path} manque ; copiez à nouveau le pack entier.</translation>
        </message>
        <message>
            <source>{path} in {pack} has {found} bytes where the manifest says {expected}; the pack is damaged or was altered, so nothing was installed.</source>
            <translation type="vanished">{path} dans {pack} fait {found} octets alors que le manifeste en indique {expected} ; le pack de cours est endommagé ou a été modifié, rien n'a donc été installé.</translation>
        </message>
        <message>
            <source>{path} in {pack} does not match its checksum; the pack is damaged or was altered, so nothing was installed.</source>
            <translation>{path} dans {pack} ne correspond pas à sa somme de contrôle ; le pack de cours est endommagé ou a été modifié, rien n'a donc été installé.</translation>
        </message>
        <message>
            <source>The signature of {pack} does not match its manifest; the pack was altered after it was signed, so it was refused.</source>
            <translation>La signature de {pack} ne correspond pas à son manifeste ; le pack de cours a été modifié après sa signature, il a donc été refusé.</translation>
        </message>
        <message>
            <source>{pack} is not signed; an admin can install it anyway with --allow-untrusted.</source>
            <translation>{pack} n'est pas signé ; un administrateur peut quand même l'installer avec --allow-untrusted.</translation>
        </message>
        <message>
            <source>{pack} is signed by '{publisher}' (key {fingerprint}), which this computer does not trust; an admin can trust the key or install it once with --allow-untrusted.</source>
            <translation>{pack} est signé par « {publisher} » (clé {fingerprint}), auquel cet ordinateur ne fait pas confiance ; un administrateur peut approuver la clé ou l'installer une fois avec --allow-untrusted.</translation>
        </message>
        <message>
            <source>Version {version} of {pack_id} is not newer than the installed version {installed}; use --force to reinstall it (for a repair).</source>
            <translation type="vanished">La version {version} de {pack_id} n'est pas plus récente que la version installée {installed} ; utilisez --force pour la réinstaller (pour une réparation).</translation>
        </message>
        <message>
            <source>No pack with the id {pack_id} is installed.</source>
            <translation>Aucun pack de cours portant l'identifiant {pack_id} n'est installé.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name so no key is overwritten.</source>
            <translation>{path} existe déjà ; choisissez un autre nom de fichier pour n'écraser aucune clé.</translation>
        </message>
        <message>
            <source>Cannot write the key file {path}.</source>
            <translation>Impossible d'écrire le fichier de clé {path}.</translation>
        </message>
        <message>
            <source>{path} is not an Ed25519 private key written by 'c4s pack keygen'.</source>
            <translation>{path} n'est pas une clé privée Ed25519 créée par « c4s pack keygen ».</translation>
        </message>
        <message>
            <source>{path} does not hold a public key (one line of base64 for 32 bytes).</source>
            <translation>{path} ne contient pas de clé publique (une ligne de base64 pour 32 octets).</translation>
        </message>
        <message>
            <source>'{key}' is not a public key (base64 of 32 bytes).</source>
            <translation>« {key} » n'est pas une clé publique (base64 de 32 octets).</translation>
        </message>
        <message>
            <source>No trusted key matches '{key}'; 'c4s trust list' shows the keys.</source>
            <translation>Aucune clé de confiance ne correspond à « {key} » ; « c4s trust list » affiche les clés.</translation>
        </message>
        <message>
            <source>The source folder {src} has no manifest.json.</source>
            <translation>Le dossier source {src} n'a pas de manifest.json.</translation>
        </message>
        <message>
            <source>The manifest in {src} names a publisher key that is not the key given with --key; remove publisher.key from it.</source>
            <translation>Le manifeste de {src} indique une clé d'éditeur différente de celle donnée avec --key ; retirez-en publisher.key.</translation>
        </message>
        <message>
            <source>There is not enough free space in {path}: {needed_mb} MB needed, {free_mb} MB free; free some space or remove packs, then try again.</source>
            <translation type="vanished">Il n'y a pas assez d'espace libre dans {path} : {needed_mb} Mo nécessaires, {free_mb} Mo libres ; libérez de l'espace ou supprimez des packs de cours, puis réessayez.</translation>
        </message>
        <message>
            <source>The disk holding {path} became full; nothing was installed. Free some space and try again.</source>
            <translation>Le disque contenant {path} est plein ; rien n'a été installé. Libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Annulé ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The data folder {data_dir} is in use by another C4S Desktop window or c4s command; close it and try again.</source>
            <translation>Le dossier de données {data_dir} est utilisé par une autre fenêtre C4S Desktop ou une commande c4s ; fermez-la et réessayez.</translation>
        </message>
        <message>
            <source>The database {db} is damaged; restore the latest backup with 'c4s store restore' (your blobs and backups are untouched).</source>
            <translation>La base de données {db} est endommagée ; restaurez la dernière sauvegarde avec « c4s store restore » (vos fichiers de contenu et sauvegardes restent intacts).</translation>
        </message>
        <message>
            <source>The database {db} is damaged and there is no backup yet; move it aside and start again, or ask an admin to recover it.</source>
            <translation type="vanished">La base de données {db} est endommagée et il n'existe encore aucune sauvegarde ; déplacez-la ailleurs et recommencez, ou demandez à un administrateur de la récupérer.</translation>
        </message>
        <message>
            <source>The database {db} was written by a newer C4S Desktop (schema {found}, this app knows up to {known}); update C4S Desktop to open it.</source>
            <translation>La base de données {db} a été écrite par une version plus récente de C4S Desktop (schéma {found}, cette application connaît jusqu'au {known}) ; mettez C4S Desktop à jour pour l'ouvrir.</translation>
        </message>
        <message>
            <source>C4S Desktop cannot write to the data folder {data_dir}; choose another folder with --data-dir or fix its permissions.</source>
            <translation>C4S Desktop ne peut pas écrire dans le dossier de données {data_dir} ; choisissez un autre dossier avec --data-dir ou corrigez ses droits d'accès.</translation>
        </message>
        <message>
            <source>There is no backup in {backups} to restore.</source>
            <translation>Il n'y a aucune sauvegarde à restaurer dans {backups}.</translation>
        </message>
        <message>
            <source>The backup {backup} does not exist.</source>
            <translation>La sauvegarde {backup} n'existe pas.</translation>
        </message>
        <message>
            <source>The backup {backup} is damaged too; try an older one.</source>
            <translation>La sauvegarde {backup} est elle aussi endommagée ; essayez-en une plus ancienne.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full; free some space and try again (nothing was lost).</source>
            <translation>Le disque contenant {path} est plein ; libérez de l'espace et réessayez (rien n'a été perdu).</translation>
        </message>
        <message>
            <source>A learner's name needs 1 to {max_len} characters.</source>
            <translation>Le nom d'un apprenant doit comporter de 1 à {max_len} caractères.</translation>
        </message>
        <message>
            <source>There is already a learner called '{name}'; choose another name.</source>
            <translation>Il existe déjà un apprenant nommé « {name} » ; choisissez un autre nom.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>Un code PIN comporte 4 à 8 chiffres.</translation>
        </message>
        <message>
            <source>That PIN is not right for {name}; try again.</source>
            <translation>Ce code PIN n'est pas celui de {name} ; réessayez.</translation>
        </message>
        <message>
            <source>There is no learner '{learner}' on this computer.</source>
            <translation>Il n'y a pas d'apprenant « {learner} » sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The answer given to question {question} cannot be scored: it should be {expected}, but it is {got}.</source>
            <translation>La réponse donnée à la question {question} ne peut pas être notée : elle devrait être {expected}, mais c'est {got}.</translation>
        </message>
        <message>
            <source>The answers name questions that the quiz does not have: {questions}; check that they were given for this quiz.</source>
            <translation>Les réponses citent des questions absentes du quiz : {questions} ; vérifiez qu'elles concernent bien ce quiz.</translation>
        </message>
        <message>
            <source>There is no file at {path}; check the path.</source>
            <translation>Il n'y a pas de fichier à l'emplacement {path} ; vérifiez le chemin.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read; check the path.</source>
            <translation>Impossible de lire le fichier {path} ; vérifiez le chemin.</translation>
        </message>
        <message>
            <source>The answers file {path} is not valid JSON; it must be one JSON object mapping question ids to answers.</source>
            <translation>Le fichier de réponses {path} n'est pas un JSON valide ; il doit contenir un seul objet JSON associant les identifiants des questions aux réponses.</translation>
        </message>
        <message>
            <source>The answers file {path} holds {got}, but it must be one JSON object mapping question ids to answers.</source>
            <translation>Le fichier de réponses {path} contient {got}, alors qu'il doit contenir un seul objet JSON associant les identifiants des questions aux réponses.</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so the copy was not saved. Free some space or choose another place, then try again.</source>
            <translation>Le disque qui contient {folder} est plein : la copie n'a pas été enregistrée. Libérez de la place ou choisissez un autre emplacement, puis réessayez.</translation>
        </message>
        <message>
            <source>The copy cannot be saved as {path}. Choose another place, then try again.</source>
            <translation>La copie ne peut pas être enregistrée sous {path}. Choisissez un autre emplacement, puis réessayez.</translation>
        </message>
        <message>
            <source>This file is missing from the library, so no copy was saved. Repair the course, then try again.</source>
            <translation type="vanished">Ce fichier manque dans la bibliothèque : aucune copie n'a été enregistrée. Réparez le cours, puis réessayez.</translation>
        </message>
        <message>
            <source>{path} is not a C4S Desktop certificate.</source>
            <translation>{path} n'est pas un certificat C4S Desktop.</translation>
        </message>
        <message>
            <source>The facts in {path} were changed after the certificate was signed; do not trust it.</source>
            <translation>Les informations de {path} ont été modifiées après la signature du certificat ; ne vous y fiez pas.</translation>
        </message>
        <message>
            <source>The signature in {path} does not match its facts and key; the certificate was not made by C4S Desktop or was forged.</source>
            <translation>La signature de {path} ne correspond ni à ses informations ni à sa clé : le certificat n'a pas été fait par C4S Desktop ou a été falsifié.</translation>
        </message>
        <message>
            <source>This computer's certificate key {path} cannot be read; restore it from a backup, or move it away so that a new key is made.</source>
            <translation>La clé de certificat de cet ordinateur, {path}, est illisible ; restaurez-la depuis une sauvegarde, ou déplacez-la pour qu'une nouvelle clé soit créée.</translation>
        </message>
        <message>
            <source>The certificate cannot be written to {path}; choose another folder.</source>
            <translation>Impossible d'écrire le certificat dans {path} ; choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>{learner} has not completed the course {course} yet, so there is no certificate to save.</source>
            <translation>{learner} n'a pas encore terminé le cours {course} : il n'y a pas encore de certificat à enregistrer.</translation>
        </message>
        <message>
            <source>The statement field {field} is not valid.</source>
            <translation>Le champ {field} de la déclaration n'est pas valide.</translation>
        </message>
        <message>
            <source>This computer is not connected to a sync server yet; set up sync first.</source>
            <translation>Cet ordinateur n'est encore relié à aucun serveur de synchronisation ; configurez d'abord la synchronisation.</translation>
        </message>
        <message>
            <source>The sync server at {server} cannot be reached; your progress is kept and will be sent later.</source>
            <translation>Le serveur de synchronisation {server} est injoignable ; votre progression est conservée et sera envoyée plus tard.</translation>
        </message>
        <message>
            <source>The sync server at {server} answered with an error ({status}); your progress is kept and will be sent later.</source>
            <translation>Le serveur de synchronisation {server} a répondu par une erreur ({status}) ; votre progression est conservée et sera envoyée plus tard.</translation>
        </message>
        <message>
            <source>The sync server at {server} sent a reply this app does not understand.</source>
            <translation>Le serveur de synchronisation {server} a envoyé une réponse que cette application ne comprend pas.</translation>
        </message>
        <message>
            <source>The sync server at {server} refused this computer's credentials; ask an administrator to enroll it again.</source>
            <translation>Le serveur de synchronisation {server} a refusé les identifiants de cet ordinateur ; demandez à un administrateur de l'inscrire à nouveau.</translation>
        </message>
        <message>
            <source>The sync server at {server} does not let this computer do that.</source>
            <translation>Le serveur de synchronisation {server} n'autorise pas cet ordinateur à faire cela.</translation>
        </message>
        <message>
            <source>The server refused the enrollment code; ask an admin for a new one.</source>
            <translation>Le serveur a refusé le code d'inscription ; demandez-en un nouveau à un administrateur.</translation>
        </message>
        <message>
            <source>The server at {server} does not offer device enrollment; use a user name and password instead.</source>
            <translation>Le serveur {server} ne propose pas l'inscription des appareils ; utilisez plutôt un nom d'utilisateur et un mot de passe.</translation>
        </message>
        <message>
            <source>Type the LRS password on the first line of the standard input.</source>
            <translation>Saisissez le mot de passe du LRS sur la première ligne de l'entrée standard.</translation>
        </message>
        <message>
            <source>The sync settings in {path} cannot be read; set up sync again.</source>
            <translation>Les réglages de synchronisation dans {path} sont illisibles ; configurez à nouveau la synchronisation.</translation>
        </message>
        <message>
            <source>The server at {server} does not offer a pack catalog.</source>
            <translation>Le serveur {server} ne propose pas de catalogue de packs de cours.</translation>
        </message>
        <message>
            <source>'{learner}' is not a learner id (it looks like 8-4-4-4-12 hex digits).</source>
            <translation>« {learner} » n'est pas un identifiant d'apprenant (il a la forme 8-4-4-4-12 chiffres hexadécimaux).</translation>
        </message>
        <message>
            <source>The server does not offer a pack with the id {pack_id}.</source>
            <translation>Le serveur ne propose aucun pack de cours portant l'identifiant {pack_id}.</translation>
        </message>
        <message>
            <source>Downloading {what} failed; start the download again to resume it.</source>
            <translation>Le téléchargement de {what} a échoué ; relancez-le pour le reprendre.</translation>
        </message>
        <message>
            <source>The download is paused; start it again to resume where it stopped.</source>
            <translation>Le téléchargement est en pause ; relancez-le pour reprendre là où il s'est arrêté.</translation>
        </message>
        <message>
            <source>The file {what} arrived damaged (its checksum is wrong), so it was not kept; try again.</source>
            <translation>Le fichier {what} est arrivé endommagé (sa somme de contrôle est fausse) et n'a donc pas été conservé ; réessayez.</translation>
        </message>
        <message>
            <source>The quiz file {path} of the course {pack} is missing or cannot be read. Repair the course, then try again.</source>
            <translation type="vanished">Le fichier de quiz {path} du cours {pack} est manquant ou illisible. Réparez le cours, puis réessayez.</translation>
        </message>
        <message>
            <source>You have used all {max} attempts at this quiz. Your best result is kept.</source>
            <translation>Vous avez utilisé les {max} tentatives de ce quiz. Votre meilleur résultat est conservé.</translation>
        </message>
        <message>
            <source>This attempt is already finished and takes no more answers. Start a new attempt to answer again.</source>
            <translation>Cette tentative est déjà terminée et n'accepte plus de réponses. Commencez une nouvelle tentative pour répondre à nouveau.</translation>
        </message>
        <message>
            <source>Question {question} already has an answer in this attempt; an answer cannot be changed once given.</source>
            <translation>La question {question} a déjà une réponse dans cette tentative ; une réponse donnée ne peut plus être modifiée.</translation>
        </message>
        <message>
            <source>{out} already exists and is not a pack built before; choose another output path so nothing is overwritten.</source>
            <translation>{out} existe déjà et n'est pas un pack de cours construit auparavant ; choisissez un autre chemin de sortie pour que rien ne soit écrasé.</translation>
        </message>
        <message>
            <source>The output {out} would overwrite the source folder {src} or a part of it; choose an output path outside it.</source>
            <translation>La sortie {out} écraserait le dossier source {src} ou une partie de celui-ci ; choisissez un chemin de sortie en dehors.</translation>
        </message>
        <message>
            <source>Cannot write the pack {out}; check that its folder exists, can be written to and has free space.</source>
            <translation>Impossible d'écrire le pack de cours {out} ; vérifiez que son dossier existe, qu'on peut y écrire et qu'il reste de la place.</translation>
        </message>
        <message>
            <source>There is no public key file at {path}; check the path.</source>
            <translation>Il n'y a pas de fichier de clé publique à {path} ; vérifiez le chemin.</translation>
        </message>
        <message>
            <source>'{server}' is not a server address; give one such as https://sync.example.org.</source>
            <translation>« {server} » n'est pas une adresse de serveur ; donnez-en une comme https://sync.example.org.</translation>
        </message>
        <message>
            <source>This file is missing from the library, so no copy was saved; add its course again (File → Add packs…) to repair it.</source>
            <translation>Ce fichier manque dans la bibliothèque, aucune copie n'a donc été enregistrée ; ajoutez de nouveau son cours (Fichier → Ajouter des packs de cours…) pour le réparer.</translation>
        </message>
        <message>
            <source>{path} is not a progress file saved by C4S Desktop, whatever its name says; choose a file saved with File → Save my progress to a drive…</source>
            <translation>{path} n'est pas un fichier de progression enregistré par C4S Desktop, quel que soit son nom ; choisissez un fichier enregistré avec Fichier → Enregistrer ma progression sur une clé…</translation>
        </message>
        <message>
            <source>The progress file {path} was saved by a newer C4S Desktop; update this app, then load it again.</source>
            <translation>Le fichier de progression {path} a été enregistré par une version plus récente de C4S Desktop ; mettez à jour cette application, puis chargez-le de nouveau.</translation>
        </message>
        <message>
            <source>The progress file {path} cannot be read; check that the drive is still plugged in, then try again.</source>
            <translation>Impossible de lire le fichier de progression {path} ; vérifiez que la clé est toujours branchée, puis réessayez.</translation>
        </message>
        <message>
            <source>The progress file cannot be saved as {path}; choose another place, then try again.</source>
            <translation>Impossible d'enregistrer le fichier de progression sous {path} ; choisissez un autre emplacement, puis réessayez.</translation>
        </message>
        <message>
            <source>The drive holding {folder} is full, so the progress file was not saved; free some space or choose another drive, then try again.</source>
            <translation>Le disque qui contient {folder} est plein, le fichier de progression n'a donc pas été enregistré ; libérez de la place ou choisissez un autre disque, puis réessayez.</translation>
        </message>
        <message>
            <source>There is no learner to save on this computer yet, so no progress file was written.</source>
            <translation>Il n'y a encore aucun apprenant sur cet ordinateur, aucun fichier de progression n'a donc été écrit.</translation>
        </message>
        <message>
            <source>The progress file {path} is damaged, so nothing was loaded from it; save it again on the computer it came from.</source>
            <translation>Le fichier de progression {path} est endommagé, donc rien n'en a été chargé ; enregistrez-le de nouveau sur l'ordinateur d'où il vient.</translation>
        </message>
        <message>
            <source>The progress file {path} holds a record that is not valid, so nothing was loaded from it; save it again on the computer it came from.</source>
            <translation>Le fichier de progression {path} contient un enregistrement non valide, donc rien n'en a été chargé ; enregistrez-le de nouveau sur l'ordinateur d'où il vient.</translation>
        </message>
        <message>
            <source>{pack} is signed by '{publisher}' (key {fingerprint}), but the installed version of this course came from '{installed_publisher}' (key {installed_fingerprint}); install it only if the course changed hands: an admin can allow it once with --allow-untrusted.</source>
            <translation>{pack} est signé par « {publisher} » (clé {fingerprint}), mais la version installée de ce cours vient de « {installed_publisher} » (clé {installed_fingerprint}) ; ne l'installez que si le cours a changé d'éditeur : un administrateur peut l'autoriser une fois avec --allow-untrusted.</translation>
        </message>
        <message>
            <source>A learner's name cannot contain control or invisible formatting characters (such as a zero-width space or a text direction mark); type the name again.</source>
            <translation>Le nom d'un apprenant ne peut pas contenir de caractères de contrôle ni de caractères de mise en forme invisibles (comme une espace sans chasse ou une marque de sens d'écriture) ; saisissez à nouveau le nom.</translation>
        </message>
        <message>
            <source>A learner's name needs at least one letter, digit or sign that can be seen.</source>
            <translation>Le nom d'un apprenant doit contenir au moins une lettre, un chiffre ou un signe visible.</translation>
        </message>
        <message>
            <source>The database {db} could not be read; it was left as it is. Check that its disk is connected and working, then try again.</source>
            <translation>La base de données {db} n'a pas pu être lue ; elle a été laissée telle quelle. Vérifiez que son disque est branché et fonctionne, puis réessayez.</translation>
        </message>
        <message>
            <source>The database {db} is missing, though the data folder {data_dir} has been used; restore the latest backup with 'c4s store restore'. Nothing was changed.</source>
            <translation>La base de données {db} est introuvable, alors que le dossier de données {data_dir} a déjà servi ; restaurez la dernière sauvegarde avec « c4s store restore ». Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The database {db} is missing, though the data folder {data_dir} has been used, and there is no backup of it; put the file back, or ask an admin to recover it. Nothing was changed.</source>
            <translation>La base de données {db} est introuvable, alors que le dossier de données {data_dir} a déjà servi, et il n'en existe aucune sauvegarde ; remettez le fichier en place, ou demandez à un administrateur de le récupérer. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The file {db} is not a C4S Desktop database; it was left as it is. Move it out of the data folder {data_dir}, or choose another folder with --data-dir.</source>
            <translation>Le fichier {db} n'est pas une base de données C4S Desktop ; il a été laissé tel quel. Déplacez-le hors du dossier de données {data_dir}, ou choisissez un autre dossier avec --data-dir.</translation>
        </message>
        <message>
            <source>{path} in {src} is not UTF-8 text, so the app would show it as garbage; save it as UTF-8 and build again.</source>
            <translation>{path} dans {src} n'est pas du texte UTF-8 : l'application l'afficherait illisible ; enregistrez-le en UTF-8 et reconstruisez le pack de cours.</translation>
        </message>
        <message>
            <source>{path} in {src} is not a PDF file; export the fact sheet as PDF and build again.</source>
            <translation>{path} dans {src} n'est pas un fichier PDF ; exportez la fiche pratique en PDF et reconstruisez le pack de cours.</translation>
        </message>
        <message>
            <source>The connection to {server} would not be encrypted, so the credentials and learners' progress could be read on the network: use https:// if the server offers it, or add --allow-http to connect anyway.</source>
            <translation>La connexion à {server} ne serait pas chiffrée, et les identifiants et la progression des apprenants pourraient donc être lus sur le réseau : utilisez https:// si le serveur le propose, ou ajoutez --allow-http pour vous connecter quand même.</translation>
        </message>
        <message>
            <source>The progress file {path} holds more than this app loads at once (at most {statements} records and {megabytes} MB), so nothing was loaded from it; save it again on the computer it came from, with fewer learners in each file.</source>
            <translation type="vanished">Le fichier de progression {path} contient plus que ce que cette application charge en une fois (au plus {statements} enregistrements et {megabytes} Mo), donc rien n'en a été chargé ; enregistrez-le de nouveau sur l'ordinateur d'où il vient, avec moins d'apprenants dans chaque fichier.</translation>
        </message>
        <message>
            <source>This progress is more than one progress file can hold (at most {statements} records and {megabytes} MB), so no file was saved; save fewer learners in each file.</source>
            <translation type="vanished">Cette progression dépasse ce qu'un fichier de progression peut contenir (au plus {statements} enregistrements et {megabytes} Mo), donc aucun fichier n'a été enregistré ; enregistrez moins d'apprenants dans chaque fichier.</translation>
        </message>
        <message>
            <source>The drive holding {pack} stopped answering, so nothing was installed; plug it in again and retry.</source>
            <translation>Le support contenant {pack} a cessé de répondre, rien n'a donc été installé ; rebranchez-le, puis réessayez.</translation>
        </message>
        <message>
            <source>The signing key {key} lies inside the source folder {src}, so it would be shipped in the pack for anyone to copy; move it out of the folder and build again.</source>
            <translation>La clé de signature {key} se trouve dans le dossier source {src} : elle serait livrée dans le pack de cours, à la portée de tous ; déplacez-la hors du dossier et reconstruisez le pack de cours.</translation>
        </message>
        <message>
            <source>{path} in {src} is a private key, which must never be shipped in a pack; move it out of the folder and build again.</source>
            <translation>{path} dans {src} est une clé privée, qui ne doit jamais être livrée dans un pack de cours ; déplacez-la hors du dossier et reconstruisez le pack de cours.</translation>
        </message>
        <message>
            <source>{path} in {src} has {chars} in its name, which Windows and FAT or exFAT sticks do not allow; rename it and build again.</source>
            <translation>Le nom de {path} dans {src} contient {chars}, ce que Windows et les clés USB FAT ou exFAT n'acceptent pas ; renommez-le et reconstruisez le pack de cours.</translation>
        </message>
        <message>
            <source>{path} in {src} uses the name {name}, which Windows keeps for a device, so the file could not be copied to a Windows computer; rename it and build again.</source>
            <translation>{path} dans {src} porte le nom {name}, que Windows réserve à un périphérique : le fichier ne pourrait pas être copié sur un ordinateur Windows ; renommez-le et reconstruisez le pack de cours.</translation>
        </message>
        <message>
            <source>{path} in {src} has a name ending in a dot or a space ('{name}'), which Windows and FAT or exFAT sticks drop; rename it and build again.</source>
            <translation>Le nom de {path} dans {src} se termine par un point ou une espace (« {name} »), que Windows et les clés USB FAT ou exFAT suppriment ; renommez-le et reconstruisez le pack de cours.</translation>
        </message>
        <message>
            <source>The pack {out} is too large for its drive, which cannot hold a file this big (FAT32 sticks hold no file over 4 GiB); build it with --folder if no single file of the course is over 4 GiB, or write it to a stick formatted as exFAT.</source>
            <translation>Le pack de cours {out} est trop gros pour son support, qui ne peut pas contenir un fichier aussi volumineux (les clés USB FAT32 n'acceptent aucun fichier de plus de 4 Gio) ; construisez-le avec --folder si aucun fichier du cours ne dépasse 4 Gio, ou écrivez-le sur une clé USB formatée en exFAT.</translation>
        </message>
        <message>
            <source>{path} in {src} is too large for the drive the pack goes to, which cannot hold a file this big (FAT32 sticks hold no file over 4 GiB); write the pack to a stick formatted as exFAT, or make the file smaller.</source>
            <translation>{path} dans {src} est trop gros pour le support où va le pack de cours, qui ne peut pas contenir un fichier aussi volumineux (les clés USB FAT32 n'acceptent aucun fichier de plus de 4 Gio) ; écrivez le pack de cours sur une clé USB formatée en exFAT, ou réduisez la taille du fichier.</translation>
        </message>
        <message>
            <source>There is not enough free space for the pack {out}: {needed_mb} MB needed, {free_mb} MB free; free some space on that drive or choose another, then build again.</source>
            <translation type="vanished">Il n'y a pas assez d'espace libre pour le pack de cours {out} : {needed_mb} Mo nécessaires, {free_mb} Mo libres ; libérez de l'espace sur ce support ou choisissez-en un autre, puis relancez la création.</translation>
        </message>
        <message>
            <source>The two PINs are not the same; type the same PIN twice.</source>
            <translation>Les deux codes PIN ne sont pas identiques ; saisissez deux fois le même code PIN.</translation>
        </message>
        <message>
            <source>This computer has a trainer already; only a trainer can see class progress, so sign in as a trainer.</source>
            <translation>Cet ordinateur a déjà un formateur ; seul un formateur peut voir la progression de la classe, connectez-vous donc en tant que formateur.</translation>
        </message>
        <message>
            <source>A trainer sees every learner's progress, so {name} needs a PIN; give one (4 to 8 digits).</source>
            <translation>Un formateur voit la progression de chaque apprenant : {name} a donc besoin d'un code PIN ; indiquez-en un (4 à 8 chiffres).</translation>
        </message>
        <message>
            <source>Only a trainer can see class progress; sign in as a trainer.</source>
            <translation type="vanished">Seul un formateur peut voir la progression de la classe ; connectez-vous en tant que formateur.</translation>
        </message>
        <message>
            <source>Only the computer's owner can make {name} the trainer now that other learners use this computer: ask them to run c4s learners trainer with your name.</source>
            <translation>Maintenant que d'autres apprenants utilisent cet ordinateur, seul son propriétaire peut donner le rôle de formateur à {name} : demandez-lui d'exécuter c4s learners trainer avec votre nom.</translation>
        </message>
        <message>
            <source>Only a trainer can see class progress (on this computer: {names}); sign in as a trainer.</source>
            <translation>Seul un formateur peut voir la progression de la classe (sur cet ordinateur : {names}) ; connectez-vous en tant que formateur.</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so the spreadsheet was not saved; free some space or choose another drive.</source>
            <translation>Le disque contenant {folder} est plein, la feuille de calcul n'a donc pas été enregistrée ; libérez de l'espace ou choisissez un autre disque.</translation>
        </message>
        <message>
            <source>The spreadsheet cannot be saved as {path}; choose another folder or name.</source>
            <translation>La feuille de calcul ne peut pas être enregistrée sous {path} ; choisissez un autre dossier ou un autre nom.</translation>
        </message>
        <message>
            <source>{name} is not a trainer of this computer; choose one of its trainers.</source>
            <translation>{name} n'est pas formateur sur cet ordinateur ; choisissez l'un de ses formateurs.</translation>
        </message>
        <message>
            <source>{pack} changed after installing it was confirmed, so nothing of it was installed; add it again to be asked about what it holds now.</source>
            <translation>{pack} a changé après la confirmation de son installation, donc rien n'en a été installé ; ajoutez-le de nouveau pour être interrogé sur ce qu'il contient maintenant.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for {name} in a row; wait {seconds} seconds, then try again.</source>
            <translation>Trop de codes PIN erronés d'affilée pour {name} ; attendez {seconds} secondes, puis réessayez.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for {name} in a row; wait {minutes} minutes, then try again.</source>
            <translation>Trop de codes PIN erronés d'affilée pour {name} ; attendez {minutes} minutes, puis réessayez.</translation>
        </message>
        <message>
            <source>A web page answered instead of the sync server at {server}: if this network asks you to sign in (as hotel or office Wi-Fi does), sign in with a web browser; your progress is kept and will be sent later.</source>
            <translation>Une page web a répondu à la place du serveur de synchronisation {server} : si ce réseau vous demande de vous connecter (comme le Wi-Fi d'un hôtel ou d'un bureau), connectez-vous avec un navigateur web ; votre progression est conservée et sera envoyée plus tard.</translation>
        </message>
        <message>
            <source>The progress recorded on this computer cannot be read: its file {db} is damaged, and there is no backup of it. Ask whoever looks after this computer for help; progress already sent to your organisation's server is safe there.</source>
            <translation>La progression enregistrée sur cet ordinateur ne peut pas être lue : son fichier {db} est endommagé et il n'en existe aucune sauvegarde. Demandez de l'aide à la personne qui s'occupe de cet ordinateur ; la progression déjà envoyée au serveur de votre organisation y est en sécurité.</translation>
        </message>
        <message>
            <source>The disk holding the data folder {data_dir} has become read-only, which often means it is failing: ask whoever looks after this computer to check it, and to copy the data folder somewhere safe first.</source>
            <translation>Le disque qui contient le dossier de données {data_dir} est passé en lecture seule, ce qui signifie souvent qu'il est défaillant : demandez à la personne qui s'occupe de cet ordinateur de le vérifier, et de copier d'abord le dossier de données en lieu sûr.</translation>
        </message>
        <message>
            <source>The quiz file {path} of the course {pack} is missing or cannot be read; add its course again (File → Add packs…) to repair it.</source>
            <translation>Le fichier de quiz {path} du cours {pack} est manquant ou illisible ; ajoutez de nouveau son cours (Fichier → Ajouter des packs de cours…) pour le réparer.</translation>
        </message>
        <message>
            <source>Version {version} of {pack_id} is already installed; use --force to reinstall it and repair its files.</source>
            <translation>La version {version} de {pack_id} est déjà installée ; utilisez --force pour la réinstaller et réparer ses fichiers.</translation>
        </message>
        <message>
            <source>Version {version} of {pack_id} is older than the installed version {installed}; use --force only to go back to it on purpose (what learners did in the newer version is kept).</source>
            <translation>La version {version} de {pack_id} est plus ancienne que la version installée {installed} ; n'utilisez --force que pour y revenir volontairement (ce que les apprenants ont fait dans la version plus récente est conservé).</translation>
        </message>
        <message>
            <source>The sync server at {server} cannot take anything right now and asks to be tried later; your progress is kept and will be sent later.</source>
            <translation>Le serveur de synchronisation {server} ne peut rien recevoir pour l'instant et demande de réessayer plus tard ; votre progression est conservée et sera envoyée plus tard.</translation>
        </message>
        <message>
            <source>This progress ({records} records) is more than one progress file can hold (at most {statements} records and {megabytes} MB), so no file was saved; save fewer learners in each file.</source>
            <translation type="vanished">Cette progression ({records} enregistrements) dépasse ce qu’un fichier de progression peut contenir (au plus {statements} enregistrements et {megabytes} Mo), donc aucun fichier n’a été enregistré ; enregistrez moins d’apprenants dans chaque fichier.</translation>
        </message>
        <message>
            <source>The pack's {path} is larger than the {limit:n} bytes a manifest may have; ask the pack's publisher for a corrected pack.</source>
            <translation>Le fichier {path} du pack de cours dépasse les {limit:n} octets permis pour un manifeste ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The quiz file {path} in {pack} is larger than {limit:n} bytes.</source>
            <translation>Le fichier de quiz {path} de {pack} dépasse {limit:n} octets.</translation>
        </message>
        <message>
            <source>{path} in {pack} has {found:n} bytes where the manifest says {expected:n}; the pack is damaged or was altered, so nothing was installed.</source>
            <translation>{path} dans {pack} fait {found:n} octets alors que le manifeste en indique {expected:n} ; le pack de cours est endommagé ou a été modifié, rien n'a donc été installé.</translation>
        </message>
        <message>
            <source>There is not enough free space for the pack {out}: {needed_mb:n} MB needed, {free_mb:n} MB free; free some space on that drive or choose another, then build again.</source>
            <translation>Il n'y a pas assez d'espace libre pour le pack de cours {out} : {needed_mb:n} Mo nécessaires, {free_mb:n} Mo libres ; libérez de l'espace sur ce support ou choisissez-en un autre, puis relancez la création.</translation>
        </message>
        <message>
            <source>There is not enough free space in {path}: {needed_mb:n} MB needed, {free_mb:n} MB free; free some space or remove packs, then try again.</source>
            <translation>Il n'y a pas assez d'espace libre dans {path} : {needed_mb:n} Mo nécessaires, {free_mb:n} Mo libres ; libérez de l'espace ou supprimez des packs de cours, puis réessayez.</translation>
        </message>
        <message>
            <source>The progress file {path} holds more than this app loads at once (at most {statements:n} records and {megabytes:n} MB), so nothing was loaded from it; save it again on the computer it came from, with fewer learners in each file.</source>
            <translation>Le fichier de progression {path} contient plus que ce que cette application charge en une fois (au plus {statements:n} enregistrements et {megabytes:n} Mo), donc rien n'en a été chargé ; enregistrez-le de nouveau sur l'ordinateur d'où il vient, avec moins d'apprenants dans chaque fichier.</translation>
        </message>
        <message>
            <source>This progress ({records:n} records) is more than one progress file can hold (at most {statements:n} records and {megabytes:n} MB), so no file was saved; save fewer learners in each file.</source>
            <translation>Cette progression ({records:n} enregistrements) dépasse ce qu’un fichier de progression peut contenir (au plus {statements:n} enregistrements et {megabytes:n} Mo), donc aucun fichier n’a été enregistré ; enregistrez moins d’apprenants dans chaque fichier.</translation>
        </message>
        <message>
            <source>The path '{path}' (in {where}) breaks the pack rules: the pack was made wrongly or changed since; ask the pack's publisher for a corrected pack.</source>
            <translation>Le chemin « {path} » (dans {where}) enfreint les règles des packs de cours : le pack de cours a été mal fabriqué ou modifié depuis ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>{h} h {m:02d} min</source>
            <translation>{h} h {m:02d} min</translation>
        </message>
        <message>
            <source>{m} min {s:02d} s</source>
            <translation>{m} min {s:02d} s</translation>
        </message>
        <message>
            <source>{s} s</source>
            <translation>{s} s</translation>
        </message>
        <message>
            <source>about {n} min</source>
            <translation>environ {n} min</translation>
        </message>
        <message>
            <source>{n}%</source>
            <translation>{n} %</translation>
        </message>
    </context>
</TS>
