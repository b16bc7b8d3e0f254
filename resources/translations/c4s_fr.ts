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
        <name>DocumentView</name>
        <message>
            <source>Course text</source>
            <translation>Texte du cours</translation>
        </message>
        <message>
            <source>This text is missing from the library. Repair the course, then try again.</source>
            <translation>Ce texte manque dans la bibliothèque. Réparez le cours, puis réessayez.</translation>
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
            <translation>Ignorer ce pack de cours</translation>
        </message>
        <message>
            <source>“{title}” is signed by {publisher}, a publisher this computer does not trust yet.</source>
            <translation>« {title} » est signé par {publisher}, un éditeur auquel cet ordinateur ne fait pas encore confiance.</translation>
        </message>
        <message>
            <source>“{title}” is not signed: nothing shows who made it or that it was not changed.</source>
            <translation>« {title} » n'est pas signé : rien n'indique qui l'a créé ni qu'il n'a pas été modifié.</translation>
        </message>
        <message>
            <source>Publisher: {publisher}
Key fingerprint: {fingerprint}

Install it only if you got it from someone you trust. An administrator must confirm.</source>
            <translation>Éditeur : {publisher}
Empreinte de la clé : {fingerprint}

Ne l'installez que si vous l'avez reçu d'une personne de confiance. Un administrateur doit confirmer.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
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
            <source>Also trust this publisher from now on</source>
            <translation>Faire aussi confiance à cet éditeur désormais</translation>
        </message>
        <message>
            <source>Update “{title}” from version {old} to version {new}?</source>
            <translation>Mettre à jour « {title} » de la version {old} vers la version {new} ?</translation>
        </message>
        <message>
            <source>{added} items added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</source>
            <translation>{added} éléments ajoutés, {removed} supprimés, {changed} modifiés ; {size} à copier. La progression des apprenants est conservée.</translation>
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
            <source>and {n} more</source>
            <translation>et {n} autres</translation>
        </message>
        <message>
            <source>Skipped “{title}”.</source>
            <translation>« {title} » ignoré.</translation>
        </message>
        <message>
            <source>Installing “{title}” ({n} of {count})…</source>
            <translation>Installation de « {title} » ({n} sur {count})…</translation>
        </message>
        <message>
            <source>Cancelled; “{title}” was not installed.</source>
            <translation>Annulé ; « {title} » n'a pas été installé.</translation>
        </message>
        <message>
            <source>Stopped: “{title}” could not be installed.</source>
            <translation>Arrêté : impossible d'installer « {title} ».</translation>
        </message>
        <message>
            <source>Installed {done} of {count} packs.</source>
            <translation>{done} packs de cours installés sur {count}.</translation>
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
            <source>This video cannot be opened: its file is missing or damaged. Repair the course, then try again.</source>
            <translation>Impossible d'ouvrir cette vidéo : son fichier manque ou est endommagé. Réparez le cours, puis réessayez.</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is missing or damaged. Repair the course, then try again.</source>
            <translation>Impossible d'ouvrir cette fiche pratique : son fichier manque ou est endommagé. Réparez le cours, puis réessayez.</translation>
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
        <message>
            <source>{n} items</source>
            <translation>{n} éléments</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Course</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
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
            <translation>Espace disque du dossier de données</translation>
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
            <source>&amp;Remove pack…</source>
            <translation>&amp;Supprimer un pack de cours…</translation>
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
        <message>
            <source>Found {n} packs.</source>
            <translation>{n} packs de cours trouvés.</translation>
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
        <message>
            <source>No pack was found there.</source>
            <translation>Aucun pack de cours n'a été trouvé à cet endroit.</translation>
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
        <name>PdfViewer</name>
        <message>
            <source>Fact sheet pages</source>
            <translation>Pages de la fiche pratique</translation>
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
            <source>of {n}</source>
            <translation>sur {n}</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderView</name>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>pass mark {score}</source>
            <translation>note de réussite : {score}</translation>
        </message>
        <message>
            <source>at most {n} attempts</source>
            <translation>{n} tentatives au maximum</translation>
        </message>
        <message>
            <source>This quiz is installed and ready. Taking quizzes comes in the next version of C4S Desktop.</source>
            <translation>Ce quiz est installé et prêt. Vous pourrez répondre aux quiz dans la prochaine version de C4S Desktop.</translation>
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
            <translation>Lecture ou pause</translation>
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
    </context>
    <context>
        <name>QtEngine</name>
        <message>
            <source>Qt Multimedia</source>
            <translation>Qt Multimedia</translation>
        </message>
        <message>
            <source>This video cannot be played: its file is damaged or in a format this computer cannot read.</source>
            <translation>Impossible de lire cette vidéo : son fichier est endommagé ou dans un format que cet ordinateur ne sait pas lire.</translation>
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
            <source>Removing “{title}”…</source>
            <translation>Suppression de « {title} »…</translation>
        </message>
        <message>
            <source>Removed “{title}”; {size} freed.</source>
            <translation>« {title} » supprimé ; {size} libérés.</translation>
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
        <message>
            <source>Nothing found for “{text}”. Try fewer or shorter words.</source>
            <translation>Aucun résultat pour « {text} ». Essayez avec moins de mots ou des mots plus courts.</translation>
        </message>
        <message>
            <source>Video at {time}</source>
            <translation>Vidéo à {time}</translation>
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
            <source>Courses are shown in this language when they have it, otherwise in their own language. The new language is used once C4S Desktop restarts.</source>
            <translation>Les cours s'affichent dans cette langue lorsqu'ils la proposent, sinon dans leur propre langue. La nouvelle langue s'applique au redémarrage de C4S Desktop.</translation>
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
        <name>StorageLine</name>
        <message>
            <source>Storage</source>
            <translation>Stockage</translation>
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
            <translation>Impossible de lire cette vidéo : son fichier est endommagé ou dans un format que cet ordinateur ne sait pas lire.</translation>
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
            <translation>Le fichier {path} du pack de cours dépasse les {limit} octets permis pour un manifeste ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The pack's manifest.json is not UTF-8 text (invalid byte at offset {offset}); ask the pack's publisher for a corrected pack.</source>
            <translation>Le manifest.json du pack de cours n'est pas du texte UTF-8 (octet invalide à la position {offset}) ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The pack's manifest.json is not valid JSON ({detail}); ask the pack's publisher for a corrected pack.</source>
            <translation>Le manifest.json du pack de cours n'est pas un JSON valide ({detail}) ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}: {problem}; ask the pack's publisher for a corrected pack.</source>
            <translation>Le manifeste du pack de cours n'est pas valide ({where}) : {problem} ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The path '{path}' (in {where}) breaks the pack rules because {problem}; rename the file or ask the pack's publisher for a corrected pack.</source>
            <translation>Le chemin « {path} » (dans {where}) enfreint les règles des packs de cours ({problem}) ; renommez le fichier ou demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The paths '{first}' and '{second}' in {where} {problem}, so they cannot both be in one pack; rename one or ask the pack's publisher for a corrected pack.</source>
            <translation>Les chemins « {first} » et « {second} » (dans {where}) ne peuvent pas figurer dans un même pack de cours ({problem}) ; renommez-en un ou demandez un pack de cours corrigé à son éditeur.</translation>
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
            <source>The pack's quiz file {file} is not valid JSON ({detail}); ask the pack's publisher for a corrected pack.</source>
            <translation>Le fichier de quiz {file} du pack de cours n'est pas un JSON valide ({detail}) ; demandez un pack de cours corrigé à son éditeur.</translation>
        </message>
        <message>
            <source>The pack's quiz file {file} is invalid at {at}: {problem}; ask the pack's publisher for a corrected pack.</source>
            <translation>Le fichier de quiz {file} du pack de cours n'est pas valide ({at}) : {problem} ; demandez un pack de cours corrigé à son éditeur.</translation>
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
            <source>The pack file {pack} is damaged or incomplete ({detail}); copy it again from its source.</source>
            <translation>Le fichier de pack de cours {pack} est endommagé ou incomplet ({detail}) ; copiez-le à nouveau depuis sa source.</translation>
        </message>
        <message>
            <source>The pack {pack} cannot be read ({detail}); check the drive and copy it again.</source>
            <translation>Impossible de lire le pack de cours {pack} ({detail}) ; vérifiez le support et copiez-le à nouveau.</translation>
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
            <translation>Le fichier de quiz {path} de {pack} dépasse {limit} octets.</translation>
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
            <translation>{path} dans {pack} fait {found} octets alors que le manifeste en indique {expected} ; le pack de cours est endommagé ou a été modifié, rien n'a donc été installé.</translation>
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
            <translation>La version {version} de {pack_id} n'est pas plus récente que la version installée {installed} ; utilisez --force pour la réinstaller (pour une réparation).</translation>
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
            <source>Cannot write the key file {path} ({detail}).</source>
            <translation>Impossible d'écrire le fichier de clé {path} ({detail}).</translation>
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
            <translation>Il n'y a pas assez d'espace libre dans {path} : {needed_mb} Mo nécessaires, {free_mb} Mo libres ; libérez de l'espace ou supprimez des packs de cours, puis réessayez.</translation>
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
            <source>The database {db} is damaged ({detail}); restore the latest backup with 'c4s store restore' (your blobs and backups are untouched).</source>
            <translation>La base de données {db} est endommagée ({detail}) ; restaurez la dernière sauvegarde avec « c4s store restore » (vos fichiers de contenu et sauvegardes restent intacts).</translation>
        </message>
        <message>
            <source>The database {db} is damaged ({detail}) and there is no backup yet; move it aside and start again, or ask an admin to recover it.</source>
            <translation>La base de données {db} est endommagée ({detail}) et il n'existe encore aucune sauvegarde ; déplacez-la ailleurs et recommencez, ou demandez à un administrateur de la récupérer.</translation>
        </message>
        <message>
            <source>The database {db} was written by a newer C4S Desktop (schema {found}, this app knows up to {known}); update C4S Desktop to open it.</source>
            <translation>La base de données {db} a été écrite par une version plus récente de C4S Desktop (schéma {found}, cette application connaît jusqu'au {known}) ; mettez C4S Desktop à jour pour l'ouvrir.</translation>
        </message>
        <message>
            <source>C4S Desktop cannot write to the data folder {data_dir} ({detail}); choose another folder with --data-dir or fix its permissions.</source>
            <translation>C4S Desktop ne peut pas écrire dans le dossier de données {data_dir} ({detail}) ; choisissez un autre dossier avec --data-dir ou corrigez ses droits d'accès.</translation>
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
            <source>The backup {backup} is damaged too ({detail}); try an older one.</source>
            <translation>La sauvegarde {backup} est elle aussi endommagée ({detail}) ; essayez-en une plus ancienne.</translation>
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
            <source>The file {path} cannot be read ({detail}); check the path.</source>
            <translation>Impossible de lire le fichier {path} ({detail}) ; vérifiez le chemin.</translation>
        </message>
        <message>
            <source>The answers file {path} is not valid JSON ({detail}); it must be one JSON object mapping question ids to answers.</source>
            <translation>Le fichier de réponses {path} n'est pas un JSON valide ({detail}) ; il doit contenir un seul objet JSON associant les identifiants des questions aux réponses.</translation>
        </message>
        <message>
            <source>The answers file {path} holds {got}, but it must be one JSON object mapping question ids to answers.</source>
            <translation>Le fichier de réponses {path} contient {got}, alors qu'il doit contenir un seul objet JSON associant les identifiants des questions aux réponses.</translation>
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
