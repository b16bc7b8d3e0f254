<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About C4S Desktop</source>
            <translation>A C4S Desktop névjegye</translation>
        </message>
        <message>
            <source>C4S Desktop {version}</source>
            <translation>C4S Desktop {version}</translation>
        </message>
        <message>
            <source>Offline training for cluster managers and SMEs.</source>
            <translation>Offline képzés klasztermenedzsereknek és kkv-knak.</translation>
        </message>
        <message>
            <source>Video engine: {engine}</source>
            <translation>Videómotor: {engine}</translation>
        </message>
        <message>
            <source>Video engine</source>
            <translation>Videómotor</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>C4S Desktop is already open</source>
            <translation>A C4S Desktop már meg van nyitva</translation>
        </message>
        <message>
            <source>Installing the demo course, so you can start learning right away…</source>
            <translation>A bemutató kurzus telepítése, hogy rögtön elkezdhesse a tanulást…</translation>
        </message>
        <message>
            <source>There is no item {target} in the library.</source>
            <translation>Nincs ilyen elem a könyvtárban: {target}.</translation>
        </message>
    </context>
    <context>
        <name>ButtonsInput</name>
        <message>
            <source>Tick every right answer: the number keys tick and untick, Enter confirms.</source>
            <translation>Jelölje be az összes helyes választ: a számbillentyűk be- és kijelölnek, az Enter megerősít.</translation>
        </message>
        <message>
            <source>Press a choice's number to choose it, then Enter to confirm.</source>
            <translation>Nyomja meg a választás számát a kiválasztáshoz, majd az Entert a megerősítéshez.</translation>
        </message>
    </context>
    <context>
        <name>CaseStudyView</name>
        <message>
            <source>Case study text</source>
            <translation>Az esettanulmány szövege</translation>
        </message>
        <message>
            <source>Your reflections</source>
            <translation>Az Ön gondolatai</translation>
        </message>
        <message>
            <source>Saving status</source>
            <translation>Mentés állapota</translation>
        </message>
        <message>
            <source>This case study's text is missing from the library. Repair the course, then try again.</source>
            <translation type="vanished">Az esettanulmány szövege hiányzik a könyvtárból. Javítsa ki a kurzust, majd próbálja újra.</translation>
        </message>
        <message>
            <source>This case study's text is missing from the library; add its course again (File → Add packs…) to repair it.</source>
            <translation>Az esettanulmány szövege hiányzik a könyvtárból; a javításhoz adja hozzá újra a kurzusát (Fájl → Kurzuscsomagok hozzáadása…).</translation>
        </message>
        <message>
            <source>{number}. {prompt}</source>
            <translation>{number}. {prompt}</translation>
        </message>
        <message>
            <source>Your answer to question {number}</source>
            <translation>Az Ön válasza ({number}. kérdés)</translation>
        </message>
        <message>
            <source>Type your answer here…</source>
            <translation>Ide írja a válaszát…</translation>
        </message>
        <message>
            <source>Sign in to keep your answers.</source>
            <translation>Jelentkezzen be, hogy a válaszai megmaradjanak.</translation>
        </message>
        <message>
            <source>Your answer to an earlier version of this question: {answer}</source>
            <translation>Az Ön válasza a kérdés egy korábbi változatára: {answer}</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Szerkesztés…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Mentés…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Mentve</translation>
        </message>
        <message>
            <source>Your answers could not be saved: {reason}</source>
            <translation>A válaszait nem sikerült menteni: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ClassProgressDialog</name>
        <message>
            <source>Class progress</source>
            <translation>A csoport haladása</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Kurzus</translation>
        </message>
        <message>
            <source>Sort the learners by</source>
            <translation>Tanulók rendezése</translation>
        </message>
        <message>
            <source>A learner's progress shows here once it reaches this computer: when their computer syncs, or when you load their progress file with File → Load progress…</source>
            <translation>Egy tanuló haladása akkor jelenik meg itt, amikor eljut erre a számítógépre: amikor a tanuló számítógépe szinkronizál, vagy amikor Ön betölti a haladási fájlját a Fájl → Haladás betöltése… menüponttal.</translation>
        </message>
        <message>
            <source>&amp;Save as spreadsheet (CSV)…</source>
            <translation>&amp;Mentés táblázatként (CSV)…</translation>
        </message>
        <message>
            <source>Save the progress on every course as a spreadsheet</source>
            <translation>Az összes kurzus haladásának mentése táblázatként</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Tanuló</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Kész</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Elvégzett elemek</translation>
        </message>
        <message>
            <source>Quizzes passed</source>
            <translation>Sikeres kvízek</translation>
        </message>
        <message>
            <source>Average best score</source>
            <translation>Átlagos legjobb eredmény</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Eltöltött idő</translation>
        </message>
        <message>
            <source>Last active</source>
            <translation>Utolsó aktivitás</translation>
        </message>
        <message>
            <source>Learners' progress on the chosen course</source>
            <translation>A tanulók haladása a kiválasztott kurzusban</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Kurzus:</translation>
        </message>
        <message>
            <source>Sort &amp;by:</source>
            <translation>&amp;Rendezés:</translation>
        </message>
        <message>
            <source>No course is installed on this computer yet, so there is no progress to show. Add a course pack with File → Add packs…</source>
            <translation>Ezen a számítógépen még nincs telepített kurzus, így nincs megjeleníthető haladás. Adjon hozzá egy kurzuscsomagot a Fájl → Kurzuscsomagok hozzáadása… menüponttal.</translation>
        </message>
        <message>
            <source>No learner's progress is on this computer yet. It arrives when the learners' computers sync, or when you load their progress files with File → Load progress…</source>
            <translation>Ezen a számítógépen még nincs tanulói haladás. Akkor érkezik meg, amikor a tanulók számítógépei szinkronizálnak, vagy amikor Ön betölti a haladási fájljaikat a Fájl → Haladás betöltése… menüponttal.</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Soha</translation>
        </message>
        <message>
            <source>{done} / {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <source>No quiz attempted</source>
            <translation>Nincs megkísérelt kvíz</translation>
        </message>
    </context>
    <context>
        <name>ClassProgressFlow</name>
        <message>
            <source>Loading class progress…</source>
            <translation>A csoport haladásának betöltése…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <source>Class progress</source>
            <translation>A csoport haladása</translation>
        </message>
        <message>
            <source>{name} is now this computer's trainer.</source>
            <translation>{name} mostantól a számítógép oktatója.</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Tanuló</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Kurzus</translation>
        </message>
        <message>
            <source>Course id</source>
            <translation>Kurzusazonosító</translation>
        </message>
        <message>
            <source>Done (%)</source>
            <translation>Kész (%)</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Elvégzett elemek</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Elemek</translation>
        </message>
        <message>
            <source>Quizzes passed</source>
            <translation>Sikeres kvízek</translation>
        </message>
        <message>
            <source>Quizzes</source>
            <translation>Kvízek</translation>
        </message>
        <message>
            <source>Average best score (%)</source>
            <translation>Átlagos legjobb eredmény (%)</translation>
        </message>
        <message>
            <source>Time spent (min)</source>
            <translation>Eltöltött idő (perc)</translation>
        </message>
        <message>
            <source>Last active (UTC)</source>
            <translation>Utolsó aktivitás (UTC)</translation>
        </message>
        <message>
            <source>Completed (UTC)</source>
            <translation>Befejezés ideje (UTC)</translation>
        </message>
        <message>
            <source>Save class progress</source>
            <translation>A csoport haladásának mentése</translation>
        </message>
        <message>
            <source>CSV spreadsheets (*.csv)</source>
            <translation>CSV-táblázatok (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) saved in {file}.</source>
            <translation>
                <numerusform>%Ln sor elmentve ide: {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) saved in {file}.</source>
            <translation type="vanished">
                <numerusform>%n sor elmentve ide: {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseCard</name>
        <message>
            <source>Course completion</source>
            <translation>A kurzus teljesítése</translation>
        </message>
        <message>
            <source>Published by {publisher} · Time spent: {time}</source>
            <translation>Kiadó: {publisher} · Eltöltött idő: {time}</translation>
        </message>
        <message>
            <source>&amp;Go to it</source>
            <translation>&amp;Ugrás oda</translation>
        </message>
        <message>
            <source>Save &amp;certificate…</source>
            <translation>&amp;Tanúsítvány mentése…</translation>
        </message>
        <message>
            <source>Next: {item} (in {lesson})</source>
            <translation>Következik: {item} ({lesson})</translation>
        </message>
        <message>
            <source>Go to the next item: {item}</source>
            <translation>Ugrás a következő elemre: {item}</translation>
        </message>
        <message>
            <source>Completed on {date}. Well done!</source>
            <translation>Teljesítve: {date} – gratulálunk!</translation>
        </message>
        <message>
            <source>Completion by module and lesson</source>
            <translation>Teljesítés modulonként és leckénként</translation>
        </message>
        <message>
            <source>Module and lesson</source>
            <translation>Modul és lecke</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Elvégzett elemek</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Teljesítés</translation>
        </message>
        <message>
            <source>Quiz score</source>
            <translation>Kvízeredmény</translation>
        </message>
        <message>
            <source>Quiz scores over attempts</source>
            <translation>Kvízeredmények próbálkozásonként</translation>
        </message>
        <message>
            <source>No quiz attempted yet.</source>
            <translation>Még egyetlen kvízt sem töltött ki.</translation>
        </message>
        <message numerus="yes">
            <source>best %1, %n attempt(s)</source>
            <translation>
                <numerusform>legjobb: %1, %n próbálkozás</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentView</name>
        <message>
            <source>Course text</source>
            <translation>Kurzusszöveg</translation>
        </message>
        <message>
            <source>This text is missing from the library. Repair the course, then try again.</source>
            <translation type="vanished">Ez a szöveg hiányzik a könyvtárból. Javítsa ki a kurzust, majd próbálja újra.</translation>
        </message>
        <message>
            <source>This text is missing from the library; add its course again (File → Add packs…) to repair it.</source>
            <translation type="vanished">Ez a szöveg hiányzik a könyvtárból; a javításhoz adja hozzá újra a kurzusát (Fájl → Kurzuscsomagok hozzáadása…).</translation>
        </message>
        <message>
            <source>This text is missing from the library or damaged; add its course again (File → Add packs…) to repair it.</source>
            <translation>Ez a szöveg hiányzik a könyvtárból, vagy megsérült; a javításhoz adja hozzá újra a kurzusát (Fájl → Kurzuscsomagok hozzáadása…).</translation>
        </message>
        <message>
            <source>Open a web page?</source>
            <translation>Megnyit egy weboldalt?</translation>
        </message>
        <message>
            <source>This link leads to a web page outside the course:
{url}

Open it in your web browser? You need an Internet connection.</source>
            <translation>Ez a hivatkozás a kurzuson kívüli weboldalra mutat:
{url}

Megnyitja a webböngészőben? Ehhez internetkapcsolat kell.</translation>
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
            <translation>Részletek másolása</translation>
        </message>
        <message>
            <source>Copy the error details to the clipboard</source>
            <translation>A hiba részleteinek másolása a vágólapra</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Hiba</translation>
        </message>
        <message>
            <source>Details copied</source>
            <translation>Részletek kimásolva</translation>
        </message>
    </context>
    <context>
        <name>FileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation type="vanished">&amp;Keresés itt:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation type="vanished">Fájlok &amp;típusa:</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this text</source>
            <translation>Keresés ebben a szövegben</translation>
        </message>
        <message>
            <source>Words to find</source>
            <translation>Keresett szavak</translation>
        </message>
        <message>
            <source>Clear the words to find</source>
            <translation>A keresett szavak törlése</translation>
        </message>
        <message>
            <source>F&amp;ind:</source>
            <translation>&amp;Keresés:</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Előző</translation>
        </message>
        <message>
            <source>Previous place found</source>
            <translation>Előző találat</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Következő</translation>
        </message>
        <message>
            <source>Next place found</source>
            <translation>Következő találat</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>A keresősáv bezárása</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Keresés…</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} / {total}</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Nincs találat</translation>
        </message>
    </context>
    <context>
        <name>GetPacksDialog</name>
        <message>
            <source>Get packs</source>
            <translation>Kurzuscsomagok letöltése</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <source>Download progress</source>
            <translation>Letöltés állapota</translation>
        </message>
        <message>
            <source>&amp;Download</source>
            <translation>&amp;Letöltés</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Szünet</translation>
        </message>
        <message>
            <source>&amp;Cancel download</source>
            <translation>Letöltés &amp;megszakítása</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Újra&amp;töltés</translation>
        </message>
        <message>
            <source>&amp;Set up sync…</source>
            <translation>Szinkronizálás &amp;beállítása…</translation>
        </message>
        <message>
            <source>&amp;Limit the download speed to</source>
            <translation>A letöltési sebesség &amp;korlátozása:</translation>
        </message>
        <message>
            <source>For shared or metered connections; kept for next time.</source>
            <translation>Megosztott vagy forgalomdíjas kapcsolatokhoz; legközelebb is érvényes.</translation>
        </message>
        <message>
            <source> kB/s</source>
            <translation> kB/s</translation>
        </message>
        <message>
            <source>Download speed limit, kilobytes per second</source>
            <translation>Letöltési sebességkorlát, kilobájt per másodperc</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Csomag</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Verzió</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Méret</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Nyelvek</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Kiadó</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <source>Packs offered by the server</source>
            <translation>A kiszolgáló által kínált kurzuscsomagok</translation>
        </message>
        <message>
            <source>&amp;Packs offered by your organisation's server:</source>
            <translation>A szervezete kiszolgálója által kínált kurzus&amp;csomagok:</translation>
        </message>
        <message>
            <source>Reading the catalog from the server…</source>
            <translation>A katalógus beolvasása a kiszolgálóról…</translation>
        </message>
        <message numerus="yes">
            <source>The server offers %n pack(s).</source>
            <translation>
                <numerusform>A kiszolgáló %n kurzuscsomagot kínál.</numerusform>
            </translation>
        </message>
        <message>
            <source>New</source>
            <translation>Új</translation>
        </message>
        <message>
            <source>Update from v{old} to v{new}</source>
            <translation>Frissítés: v{old} → v{new}</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Telepítve</translation>
        </message>
        <message>
            <source>Downloading “{title}”…</source>
            <translation>„{title}” letöltése…</translation>
        </message>
        <message>
            <source>Pausing…</source>
            <translation>Szüneteltetés…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Megszakítás…</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Letöltés megszakítva.</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <source>“{title}” has an update: see what it changes.</source>
            <translation>„{title}” frissíthető: nézze meg, mit változtat.</translation>
        </message>
        <message>
            <source>Installing “{title}”…</source>
            <translation>„{title}” telepítése…</translation>
        </message>
        <message>
            <source>Skipped; nothing was downloaded.</source>
            <translation>Kihagyva; semmi sem lett letöltve.</translation>
        </message>
        <message>
            <source>Paused. Resume to continue where the download stopped.</source>
            <translation>Szüneteltetve. A folytatással ott folytatódik, ahol a letöltés megállt.</translation>
        </message>
        <message>
            <source>“{title}” was updated to version {version}.</source>
            <translation>„{title}” frissítve, új verzió: {version}.</translation>
        </message>
        <message>
            <source>“{title}” was installed.</source>
            <translation>„{title}” telepítve.</translation>
        </message>
        <message>
            <source>Cancelled; the pack was not installed.</source>
            <translation>Megszakítva; a kurzuscsomag nem lett telepítve.</translation>
        </message>
        <message>
            <source>&amp;Update</source>
            <translation>&amp;Frissítés</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>F&amp;olytatás</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Welcome to C4S Desktop</source>
            <translation>Üdvözli a C4S Desktop</translation>
        </message>
        <message>
            <source>Installation progress</source>
            <translation>A telepítés állapota</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <source>Cancel the installation</source>
            <translation>A telepítés megszakítása</translation>
        </message>
        <message>
            <source>Opening your library…</source>
            <translation>A könyvtár megnyitása…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Megszakítás…</translation>
        </message>
    </context>
    <context>
        <name>InstallFlow</name>
        <message>
            <source>Cancelling…</source>
            <translation>Megszakítás…</translation>
        </message>
        <message>
            <source>Cancelled; nothing more was installed.</source>
            <translation>Megszakítva; más nem települt.</translation>
        </message>
        <message>
            <source>Checking “{title}” ({n} of {count})…</source>
            <translation>„{title}” ellenőrzése ({n}/{count})…</translation>
        </message>
        <message>
            <source>Skip this pack</source>
            <translation type="vanished">Kurzuscsomag kihagyása</translation>
        </message>
        <message>
            <source>“{title}” is signed by {publisher}, a publisher this computer does not trust yet.</source>
            <translation type="vanished">„{title}” aláírója {publisher}, aki ezen a számítógépen még nem megbízható kiadó.</translation>
        </message>
        <message>
            <source>“{title}” is not signed: nothing shows who made it or that it was not changed.</source>
            <translation type="vanished">„{title}” nincs aláírva: semmi sem igazolja, ki készítette, és hogy nem módosították.</translation>
        </message>
        <message>
            <source>Publisher: {publisher}
Key fingerprint: {fingerprint}

Install it only if you got it from someone you trust. An administrator must confirm.</source>
            <translation type="vanished">Kiadó: {publisher}
Kulcs ujjlenyomata: {fingerprint}

Csak akkor telepítse, ha megbízható forrásból kapta. Egy rendszergazdának jóvá kell hagynia.</translation>
        </message>
        <message>
            <source>none</source>
            <translation type="vanished">nincs</translation>
        </message>
        <message>
            <source>Administrator confirmation</source>
            <translation type="vanished">Rendszergazdai jóváhagyás</translation>
        </message>
        <message>
            <source>Install anyway</source>
            <translation type="vanished">Telepítés mégis</translation>
        </message>
        <message>
            <source>Also trust this publisher from now on</source>
            <translation type="vanished">Ez a kiadó ezentúl legyen megbízható</translation>
        </message>
        <message>
            <source>Update “{title}” from version {old} to version {new}?</source>
            <translation type="vanished">Frissíti ezt a kurzuscsomagot: „{title}” (verzió: {old} → {new})?</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</source>
            <translation type="vanished">
                <numerusform>%n új elem, {removed} eltávolítva, {changed} módosítva; {size} másolandó. A tanulók előrehaladása megmarad.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Installed {done} of %n pack(s).</source>
            <translation>
                <numerusform>%n kurzuscsomagból {done} telepítve.</numerusform>
            </translation>
        </message>
        <message>
            <source>{added} items added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</source>
            <translation type="vanished">{added} elem hozzáadva, {removed} törölve, {changed} módosítva; {size} másolandó. A tanulók előrehaladása megmarad.</translation>
        </message>
        <message>
            <source>Update a pack</source>
            <translation type="vanished">Kurzuscsomag frissítése</translation>
        </message>
        <message>
            <source>Update</source>
            <translation type="vanished">Frissítés</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation type="vanished">Hozzáadva:</translation>
        </message>
        <message>
            <source>Removed:</source>
            <translation type="vanished">Törölve:</translation>
        </message>
        <message>
            <source>Changed:</source>
            <translation type="vanished">Módosítva:</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation type="vanished">és még {n}</translation>
        </message>
        <message>
            <source>Skipped “{title}”.</source>
            <translation>„{title}” kihagyva.</translation>
        </message>
        <message>
            <source>Skipped “{title}”: version {installed} is installed already, which is newer.</source>
            <translation>„{title}” kihagyva: már telepítve van a(z) {installed}. változat, amely újabb.</translation>
        </message>
        <message>
            <source>Skipped “{title}”: it is installed already.</source>
            <translation>„{title}” kihagyva: már telepítve van.</translation>
        </message>
        <message>
            <source>Installing “{title}” ({n} of {count})…</source>
            <translation>„{title}” telepítése ({n}/{count})…</translation>
        </message>
        <message>
            <source>“{title}” was installed before Cancel could stop it; nothing more was installed.</source>
            <translation>A(z) „{title}” telepítése befejeződött, mielőtt a Mégse leállíthatta volna; más nem települt.</translation>
        </message>
        <message>
            <source>Cancelled; “{title}” was not installed.</source>
            <translation>Megszakítva; „{title}” nem települt.</translation>
        </message>
        <message>
            <source>“{title}” could not be installed.</source>
            <translation>„{title}” nem telepíthető.</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <extracomment>A pack's title in the list of packs not installed: use your language's quotation marks (French: « {title} »).</extracomment>
            <translation>„{title}”</translation>
        </message>
        <message>
            <source>Not installed: {titles}.</source>
            <translation>Nem települt: {titles}.</translation>
        </message>
        <message numerus="yes">
            <source>%n pack(s) could not be installed:</source>
            <translation>
                <numerusform>%n kurzuscsomag nem telepíthető:</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}”: {reason}</source>
            <translation>„{title}”: {reason}</translation>
        </message>
        <message>
            <source>Stopped: “{title}” could not be installed.</source>
            <translation type="vanished">Leállítva: „{title}” nem telepíthető.</translation>
        </message>
        <message>
            <source>Installed {done} of {count} packs.</source>
            <translation type="vanished">{count} kurzuscsomagból {done} telepítve.</translation>
        </message>
    </context>
    <context>
        <name>ItemPage</name>
        <message>
            <source>Back to the lesson</source>
            <translation>Vissza a leckéhez</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Előző</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Előző elem</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Következő</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Következő elem</translation>
        </message>
        <message>
            <source>This item cannot be shown: its file is missing.</source>
            <translation>Ez az elem nem jeleníthető meg: hiányzik a fájlja.</translation>
        </message>
        <message>
            <source>This video cannot be opened: its file is missing or damaged; add its course again (File → Add packs…) to repair it.</source>
            <translation>Ez a videó nem nyitható meg: a fájlja hiányzik vagy sérült; a javításhoz adja hozzá újra a kurzusát (Fájl → Kurzuscsomagok hozzáadása…).</translation>
        </message>
        <message>
            <source>Checking this fact sheet's file…</source>
            <translation>A tájékoztató lap fájljának ellenőrzése…</translation>
        </message>
        <message>
            <source>This fact sheet cannot be shown: its file is not a PDF this app can read. Add its course again (File → Add packs…); if that does not help, the pack itself holds a damaged file: tell whoever gave it to you.</source>
            <translation>Ez a tájékoztató lap nem jeleníthető meg: a fájlja nem olyan PDF, amelyet ez az alkalmazás be tud olvasni. Adja hozzá újra a kurzusát (Fájl → Kurzuscsomagok hozzáadása…); ha ez nem segít, maga a kurzuscsomag tartalmaz sérült fájlt: szóljon annak, akitől kapta.</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is damaged on this computer; add its course again (File → Add packs…) to repair it.</source>
            <translation>Ez a tájékoztató lap nem nyitható meg: a fájlja megsérült ezen a számítógépen; a javításhoz adja hozzá újra a kurzusát (Fájl → Kurzuscsomagok hozzáadása…).</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is missing from the library; add its course again (File → Add packs…) to repair it.</source>
            <translation>Ez a tájékoztató lap nem nyitható meg: a fájlja hiányzik a könyvtárból; a javításhoz adja hozzá újra a kurzusát (Fájl → Kurzuscsomagok hozzáadása…).</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is missing or damaged; add its course again (File → Add packs…) to repair it.</source>
            <translation type="vanished">Ez a tájékoztató lap nem nyitható meg: a fájlja hiányzik vagy sérült; a javításhoz adja hozzá újra a kurzusát (Fájl → Kurzuscsomagok hozzáadása…).</translation>
        </message>
        <message>
            <source>This video cannot be opened: its file is missing or damaged. Repair the course, then try again.</source>
            <translation type="vanished">Ez a videó nem nyitható meg: a fájlja hiányzik vagy sérült. Javítsa ki a kurzust, majd próbálja újra.</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is missing or damaged. Repair the course, then try again.</source>
            <translation type="vanished">Ez a tájékoztató lap nem nyitható meg: a fájlja hiányzik vagy sérült. Javítsa ki a kurzust, majd próbálja újra.</translation>
        </message>
    </context>
    <context>
        <name>LearnerDialog</name>
        <message>
            <source>Who is learning?</source>
            <translation>Ki tanul?</translation>
        </message>
        <message>
            <source>Choose who is learning</source>
            <translation>Válassza ki, ki tanul</translation>
        </message>
        <message>
            <source>Who is learning today? Choose your name.</source>
            <translation>Ki tanul ma? Válassza ki a nevét.</translation>
        </message>
        <message>
            <source>Learners on this computer</source>
            <translation>Tanulók ezen a számítógépen</translation>
        </message>
        <message>
            <source>{name} (PIN)</source>
            <translation>{name} (PIN-kód)</translation>
        </message>
        <message>
            <source>Find your name</source>
            <translation>Keresse meg a nevét</translation>
        </message>
        <message>
            <source>Type part of your name</source>
            <translation>Írja be a neve egy részét</translation>
        </message>
        <message>
            <source>Clear the name</source>
            <translation>Név törlése</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Keresés:</translation>
        </message>
        <message>
            <source>No learner on this computer has that name. Check the spelling, or add yourself as a new learner.</source>
            <translation>Ezen a számítógépen nincs ilyen nevű tanuló. Ellenőrizze a beírt nevet, vagy vegye fel magát új tanulóként.</translation>
        </message>
        <message>
            <source>New learner…</source>
            <translation>Új tanuló…</translation>
        </message>
        <message>
            <source>Add a new learner</source>
            <translation>Új tanuló felvétele</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Kilépés</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Belépés</translation>
        </message>
        <message>
            <source>Sign in as the chosen learner</source>
            <translation>Belépés a kiválasztott tanulóként</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-kód</translation>
        </message>
        <message>
            <source>Forgot your PIN? Ask whoever looks after this computer to give you a new one; your progress stays.</source>
            <translation>Elfelejtette a PIN-kódját? Kérjen újat attól, aki ezt a számítógépet kezeli; a haladása megmarad.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Vissza</translation>
        </message>
        <message>
            <source>Add yourself as a new learner.</source>
            <translation>Vegye fel magát új tanulóként.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <source>PIN (optional)</source>
            <translation>PIN-kód (nem kötelező)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN-kód újra</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Név:</translation>
        </message>
        <message>
            <source>&amp;PIN (optional):</source>
            <translation>&amp;PIN-kód (nem kötelező):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN-kód &amp;újra:</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits. With a PIN, nobody else can open your progress on this computer.</source>
            <translation>A PIN-kód 4–8 számjegyből áll. PIN-kóddal senki más nem nyithatja meg a haladását ezen a számítógépen.</translation>
        </message>
        <message>
            <source>Create and sign in</source>
            <translation>Létrehozás és belépés</translation>
        </message>
        <message>
            <source>Back to the list of learners</source>
            <translation>Vissza a tanulók listájához</translation>
        </message>
        <message>
            <source>Type the PIN of {name}.</source>
            <translation>Írja be {name} PIN-kódját.</translation>
        </message>
        <message>
            <source>Type your name.</source>
            <translation>Írja be a nevét.</translation>
        </message>
        <message>
            <source>The two PINs are not the same; type the PIN again in both fields.</source>
            <translation>A két PIN-kód nem egyezik; írja be újra mindkét mezőbe.</translation>
        </message>
    </context>
    <context>
        <name>LearnerSwitcher</name>
        <message>
            <source>Nobody signed in</source>
            <translation>Senki sincs belépve</translation>
        </message>
        <message>
            <source>Sign in as a learner</source>
            <translation>Belépés tanulóként</translation>
        </message>
        <message>
            <source>Signed in as {name}; switch learner</source>
            <translation>Belépve: {name}; tanulóváltás</translation>
        </message>
        <message>
            <source>Switch learner</source>
            <translation>Tanulóváltás</translation>
        </message>
        <message>
            <source>New learner…</source>
            <translation>Új tanuló…</translation>
        </message>
    </context>
    <context>
        <name>LessonPage</name>
        <message>
            <source>New</source>
            <translation>Új</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Elkezdve</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Kész</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Videó</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Szöveg</translation>
        </message>
        <message>
            <source>Fact sheet</source>
            <translation>Tájékoztató lap</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Kvíz</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>Esettanulmány</translation>
        </message>
        <message>
            <source>Items of the lesson</source>
            <translation>A lecke elemei</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elem</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Típus</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Hossz</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <source>Double-click an item, or select it and press Enter, to open it.</source>
            <translation>Egy elem megnyitásához kattintson rá duplán, vagy jelölje ki, és nyomja meg az Entert.</translation>
        </message>
        <message>
            <source>Previous lesson</source>
            <translation>Előző lecke</translation>
        </message>
        <message>
            <source>Next lesson</source>
            <translation>Következő lecke</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n elem</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} items</source>
            <translation type="vanished">{n} elem</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Course</source>
            <translation>Kurzus</translation>
        </message>
        <message>
            <source>Languages: {languages}</source>
            <translation>Nyelvek: {languages}</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation type="vanished">Nyelvek</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Kész</translation>
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
            <translation>Könyvtár</translation>
        </message>
        <message>
            <source>Disk use of the data folder</source>
            <translation type="vanished">Az adatmappa lemezhasználata</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fájl</translation>
        </message>
        <message>
            <source>&amp;Add packs…</source>
            <translation>Kurzuscsomagok &amp;hozzáadása…</translation>
        </message>
        <message>
            <source>&amp;Get packs…</source>
            <translation>Kurzuscsomagok &amp;letöltése…</translation>
        </message>
        <message>
            <source>Download packs from your organisation's server</source>
            <translation>Kurzuscsomagok letöltése a szervezete kiszolgálójáról</translation>
        </message>
        <message>
            <source>&amp;Remove pack…</source>
            <translation>Kurzuscsomag &amp;eltávolítása…</translation>
        </message>
        <message>
            <source>&amp;Save my progress to a drive…</source>
            <translation>Haladásom &amp;mentése meghajtóra…</translation>
        </message>
        <message>
            <source>Carry your progress to a computer that has no network</source>
            <translation>Vigye át a haladását egy hálózat nélküli számítógépre</translation>
        </message>
        <message>
            <source>&amp;Load progress…</source>
            <translation>Haladás &amp;betöltése…</translation>
        </message>
        <message>
            <source>Add the progress saved on another computer</source>
            <translation>Egy másik számítógépen mentett haladás hozzáadása</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Kilépés</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Nézet</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Nagyítás</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Kicsinyítés</translation>
        </message>
        <message>
            <source>&amp;Normal size</source>
            <translation>&amp;Eredeti méret</translation>
        </message>
        <message>
            <source>&amp;Find in this text</source>
            <translation>Keresés ebben a &amp;szövegben</translation>
        </message>
        <message>
            <source>Find pre&amp;vious</source>
            <translation>Előző &amp;találat</translation>
        </message>
        <message>
            <source>Show the &amp;library</source>
            <translation>Könyvtár &amp;megjelenítése</translation>
        </message>
        <message>
            <source>P&amp;resent</source>
            <translation>&amp;Vetítés</translation>
        </message>
        <message>
            <source>Show the open lesson or item alone on the whole screen, for a projector (F5; Esc ends)</source>
            <translation>A megnyitott lecke vagy elem egymagában, teljes képernyőn, kivetítőhöz (F5; befejezés: Esc)</translation>
        </message>
        <message>
            <source>My &amp;progress</source>
            <translation>&amp;Haladásom</translation>
        </message>
        <message>
            <source>Your progress on every course ({key})</source>
            <translation>Haladása az összes kurzuson ({key})</translation>
        </message>
        <message>
            <source>Your progress on every course (Ctrl+Shift+P)</source>
            <translation type="vanished">Haladása az összes kurzuson (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>&amp;Class progress…</source>
            <translation>A &amp;csoport haladása…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Eszközök</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Beállítások…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Súgó</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Billentyűparancsok</translation>
        </message>
        <message>
            <source>&amp;About C4S Desktop</source>
            <translation>A C4S Desktop &amp;névjegye</translation>
        </message>
        <message>
            <source>Your library is empty. Ask your trainer for a course pack to install.</source>
            <translation>A könyvtár üres. Kérjen az oktatójától egy telepíthető kurzuscsomagot.</translation>
        </message>
        <message>
            <source>Data folder: {size}</source>
            <translation>Adatmappa: {size}</translation>
        </message>
    </context>
    <context>
        <name>MatchingInput</name>
        <message>
            <source>Match for: {text}</source>
            <translation>Párja ennek: {text}</translation>
        </message>
    </context>
    <context>
        <name>MovableList</name>
        <message>
            <source>{text}, position {n} of {count}</source>
            <translation>{text}, {n}/{count}. hely</translation>
        </message>
    </context>
    <context>
        <name>NumberInput</name>
        <message>
            <source>Type a number</source>
            <translation>Írjon be egy számot</translation>
        </message>
        <message>
            <source>Your answer, a number</source>
            <translation>Az Ön válasza, egy szám</translation>
        </message>
        <message>
            <source>Type only a number, such as {example}.</source>
            <translation>Csak egy számot írjon, például: {example}.</translation>
        </message>
    </context>
    <context>
        <name>OpeningDialog</name>
        <message>
            <source>Checking your data for damage, as C4S Desktop does after a power cut and once a week.</source>
            <translation>Az adatok sérülésének ellenőrzése, ahogy a C4S Desktop áramszünet után és hetente egyszer teszi.</translation>
        </message>
        <message>
            <source>Keeping a copy of your data before this version of C4S Desktop updates it.</source>
            <translation>Másolat készítése az adatairól, mielőtt a C4S Desktop ezen verziója frissíti azokat.</translation>
        </message>
        <message>
            <source>Updating your data for this version of C4S Desktop.</source>
            <translation>Az adatok frissítése a C4S Desktop ezen verziójához.</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Az adatok megnyitása…</translation>
        </message>
        <message>
            <source>This can take a few minutes on an older computer. Nothing you have done will be lost.</source>
            <translation>Régebbi számítógépen ez néhány percig is eltarthat. Semmi sem vész el abból, amit eddig elvégzett.</translation>
        </message>
        <message>
            <source>C4S Desktop</source>
            <translation>C4S Desktop</translation>
        </message>
        <message>
            <source>Progress of this step</source>
            <translation>A lépés előrehaladása</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Kilépés</translation>
        </message>
        <message>
            <source>Stopping. C4S Desktop closes as soon as this step has stopped; it starts the step again next time.</source>
            <translation>Leállítás folyamatban. A C4S Desktop bezárul, amint ez a lépés leállt; a következő indításkor újra elvégzi.</translation>
        </message>
    </context>
    <context>
        <name>OrderingInput</name>
        <message>
            <source>Items to put in order</source>
            <translation>Sorba rendezendő elemek</translation>
        </message>
        <message>
            <source>Drag the items, or select one and press Alt+Up or Alt+Down to move it.</source>
            <translation>Húzza az elemeket, vagy jelöljön ki egyet, és az Alt+Fel vagy Alt+Le billentyűvel mozgassa.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Resume the attempt</source>
            <translation>A próbálkozás folytatása</translation>
        </message>
        <message>
            <source>Start the quiz</source>
            <translation>A kvíz indítása</translation>
        </message>
        <message>
            <source>Your attempts</source>
            <translation>Az Ön próbálkozásai</translation>
        </message>
        <message>
            <source>Your attempts at this quiz</source>
            <translation>Az Ön próbálkozásai ennél a kvíznél</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Próbálkozás</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dátum</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pontszám</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Eredmény</translation>
        </message>
        <message>
            <source>Select a finished attempt and press Enter to review its answers.</source>
            <translation>Jelöljön ki egy befejezett próbálkozást, és nyomja meg az Entert a válaszai áttekintéséhez.</translation>
        </message>
        <message>
            <source>{n} questions</source>
            <translation type="vanished">{n} kérdés</translation>
        </message>
        <message>
            <source>pass mark {score}</source>
            <translation>sikerességi küszöb: {score}</translation>
        </message>
        <message>
            <source>{used} of {n} attempts used</source>
            <translation type="vanished">{n} próbálkozásból {used} felhasználva</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n kérdés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n attempt(s) used</source>
            <translation type="vanished">
                <numerusform>%n próbálkozásból {used} felhasználva</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) used (the limit is now {max})</source>
            <translation>
                <numerusform>felhasznált próbálkozások: %n (a korlát most már {max})</numerusform>
            </translation>
        </message>
        <message>
            <source>attempts used: {used} of {max}</source>
            <translation>felhasznált próbálkozások: {used} / {max}</translation>
        </message>
        <message>
            <source>answers are checked one by one</source>
            <translation>a válaszok ellenőrzése egyenként</translation>
        </message>
        <message>
            <source>answers are checked at the end</source>
            <translation>a válaszok ellenőrzése a végén</translation>
        </message>
        <message>
            <source>Resume attempt {n} ({done} of {count} answered)</source>
            <translation>{n}. próbálkozás folytatása ({count} kérdésből {done} megválaszolva)</translation>
        </message>
        <message>
            <source>Start a new attempt</source>
            <translation>Új próbálkozás indítása</translation>
        </message>
        <message>
            <source>You passed this quiz.</source>
            <translation>Ön teljesítette ezt a kvízt.</translation>
        </message>
        <message>
            <source>Your best score: {score}.</source>
            <translation>Legjobb eredménye: {score}.</translation>
        </message>
        <message>
            <source>You have used all your attempts.</source>
            <translation>Minden próbálkozását felhasználta.</translation>
        </message>
        <message>
            <source>Starting a new attempt leaves the unfinished one as it is; it still counts as an attempt.</source>
            <translation>Új próbálkozás indításakor a befejezetlen változatlan marad, de próbálkozásnak számít.</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Sikeres</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Sikertelen</translation>
        </message>
        <message>
            <source>Unfinished</source>
            <translation>Befejezetlen</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Folyamatban</translation>
        </message>
    </context>
    <context>
        <name>PacksDialog</name>
        <message>
            <source>Add packs</source>
            <translation>Kurzuscsomagok hozzáadása</translation>
        </message>
        <message>
            <source>From a &amp;file…</source>
            <translation>&amp;Fájlból…</translation>
        </message>
        <message>
            <source>Add packs from a file</source>
            <translation>Kurzuscsomagok hozzáadása fájlból</translation>
        </message>
        <message>
            <source>From a f&amp;older…</source>
            <translation>&amp;Mappából…</translation>
        </message>
        <message>
            <source>Add packs from a folder</source>
            <translation>Kurzuscsomagok hozzáadása mappából</translation>
        </message>
        <message>
            <source>&amp;Scan</source>
            <translation>&amp;Keresés</translation>
        </message>
        <message>
            <source>Scan the removable drives for packs</source>
            <translation>Kurzuscsomagok keresése a cserélhető meghajtókon</translation>
        </message>
        <message>
            <source>Removable drives</source>
            <translation>Cserélhető meghajtók</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <source>Installation progress</source>
            <translation>A telepítés állapota</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <source>Cancel the installation</source>
            <translation>A telepítés megszakítása</translation>
        </message>
        <message>
            <source>&amp;Install</source>
            <translation>&amp;Telepítés</translation>
        </message>
        <message>
            <source>Install the ticked packs</source>
            <translation>A bejelölt kurzuscsomagok telepítése</translation>
        </message>
        <message>
            <source>Packs found</source>
            <translation>Talált kurzuscsomagok</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Csomag</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Verzió</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Méret</translation>
        </message>
        <message>
            <source>Add packs:</source>
            <translation>Kurzuscsomagok hozzáadása:</translation>
        </message>
        <message>
            <source>&amp;Removable drives:</source>
            <translation>Cserélhető me&amp;ghajtók:</translation>
        </message>
        <message>
            <source>&amp;Packs found (ticked packs are installed):</source>
            <translation>Talált kurzus&amp;csomagok (a bejelöltek települnek):</translation>
        </message>
        <message>
            <source>Looking for packs…</source>
            <translation>Kurzuscsomagok keresése…</translation>
        </message>
        <message>
            <source>No removable drive found. Plug one in, then press Scan, or choose a file or folder.</source>
            <translation>Nem található cserélhető meghajtó. Csatlakoztasson egyet, majd nyomja meg a Keresés gombot, vagy válasszon fájlt vagy mappát.</translation>
        </message>
        <message numerus="yes">
            <source>Found %n pack(s).</source>
            <translation>
                <numerusform>%n kurzuscsomag található.</numerusform>
            </translation>
        </message>
        <message>
            <source>Found {n} packs.</source>
            <translation type="vanished">{n} kurzuscsomag található.</translation>
        </message>
        <message>
            <source>Choose pack files</source>
            <translation>Kurzuscsomag-fájlok kiválasztása</translation>
        </message>
        <message>
            <source>Choose a folder with packs</source>
            <translation>Kurzuscsomagokat tartalmazó mappa kiválasztása</translation>
        </message>
        <message>
            <source>C4S packs (*.c4spack)</source>
            <translation>C4S kurzuscsomagok (*.c4spack)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Minden fájl (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n pack(s) found there.</source>
            <translation>
                <numerusform>%n kurzuscsomag található ott.</numerusform>
            </translation>
        </message>
        <message>
            <source>No pack was found there.</source>
            <translation>Ott nem található kurzuscsomag.</translation>
        </message>
        <message>
            <source>Also found at:</source>
            <translation>Ezeken a helyeken is megtalálható:</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Új</translation>
        </message>
        <message>
            <source>Update from v{old} to v{new}</source>
            <translation>Frissítés: v{old} → v{new}</translation>
        </message>
        <message>
            <source>Already installed</source>
            <translation>Már telepítve</translation>
        </message>
        <message>
            <source>Older than the installed v{old}</source>
            <translation>Régebbi, mint a telepített v{old}</translation>
        </message>
        <message>
            <source>Broken: {reason}</source>
            <translation>Hibás: {reason}</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done}/{total}</translation>
        </message>
    </context>
    <context>
        <name>PdfTextView</name>
        <message>
            <source>Fact sheet text</source>
            <translation>A tájékoztató lap szövege</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>{n}. oldal (összesen {total})</translation>
        </message>
        <message>
            <source>This page has no text.</source>
            <translation>Ezen az oldalon nincs szöveg.</translation>
        </message>
    </context>
    <context>
        <name>PdfViewer</name>
        <message>
            <source>Fact sheet pages</source>
            <translation>A tájékoztató lap oldalai</translation>
        </message>
        <message>
            <source>Pictures of the pages. To hear their text, choose Read as text.</source>
            <translation>Az oldalak képei. A szövegük meghallgatásához válassza az Olvasás szövegként gombot.</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Előző oldal</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Következő oldal</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Oldalszám</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Kicsinyítés</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Nagyítás</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Szélességhez igazítás</translation>
        </message>
        <message>
            <source>Read as text</source>
            <translation>Olvasás szövegként</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Másolat mentése…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Nyomtatás…</translation>
        </message>
        <message>
            <source>of {n}</source>
            <translation>/ {n}</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened.</source>
            <translation>Ez a tájékoztató lap nem nyitható meg.</translation>
        </message>
        <message>
            <source>Reading the text of the fact sheet…</source>
            <translation>A tájékoztató lap szövegének beolvasása…</translation>
        </message>
        <message>
            <source>Reading the text of the fact sheet: page {done} of {total}…</source>
            <translation>A tájékoztató lap szövegének beolvasása: {done}. oldal (összesen {total})…</translation>
        </message>
        <message>
            <source>The text of this fact sheet cannot be read. Its pages can still be shown: turn Read as text off.</source>
            <translation>Ennek a tájékoztató lapnak a szövege nem olvasható be. Az oldalai továbbra is megjeleníthetők: kapcsolja ki az Olvasás szövegként gombot.</translation>
        </message>
        <message>
            <source>This fact sheet has no text to read: its pages are pictures only.</source>
            <translation>Ennek a tájékoztató lapnak nincs olvasható szövege: az oldalai csak képek.</translation>
        </message>
        <message>
            <source>Save a copy of the fact sheet</source>
            <translation>A tájékoztató lap másolatának mentése</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumentumok (*.pdf)</translation>
        </message>
        <message>
            <source>Saved a copy as {path}</source>
            <translation>Másolat mentve ide: {path}</translation>
        </message>
        <message>
            <source>Print the fact sheet</source>
            <translation>A tájékoztató lap nyomtatása</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderView</name>
        <message>
            <source>Quiz</source>
            <translation type="vanished">Kvíz</translation>
        </message>
        <message>
            <source>pass mark {score}</source>
            <translation type="vanished">megfelelési határ: {score}</translation>
        </message>
        <message>
            <source>at most {n} attempts</source>
            <translation type="vanished">legfeljebb {n} próbálkozás</translation>
        </message>
        <message>
            <source>This quiz is installed and ready. Taking quizzes comes in the next version of C4S Desktop.</source>
            <translation type="vanished">Ez a kvíz telepítve van és kész. A kvízek kitöltése a C4S Desktop következő verziójában lesz elérhető.</translation>
        </message>
    </context>
    <context>
        <name>PlayerControls</name>
        <message>
            <source>Play</source>
            <translation>Lejátszás</translation>
        </message>
        <message>
            <source>Play or pause</source>
            <translation type="vanished">Lejátszás vagy szünet</translation>
        </message>
        <message>
            <source>Play or pause (Space)</source>
            <translation>Lejátszás vagy szünet (Szóköz)</translation>
        </message>
        <message>
            <source>Position in the video</source>
            <translation>Pozíció a videóban</translation>
        </message>
        <message>
            <source>← → 5 seconds, Page Up / Page Down 30 seconds, Home / End</source>
            <translation>← → 5 másodperc, Page Up / Page Down 30 másodperc, Home / End</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Idő</translation>
        </message>
        <message>
            <source>Playback speed</source>
            <translation>Lejátszási sebesség</translation>
        </message>
        <message>
            <source>{rate}×</source>
            <translation>{rate}×</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Sebesség</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>Némítás</translation>
        </message>
        <message>
            <source>Mute (M)</source>
            <translation>Némítás (M)</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Hangerő</translation>
        </message>
        <message>
            <source>Subtitles</source>
            <translation>Feliratok</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Teljes képernyő</translation>
        </message>
        <message>
            <source>Exit full screen</source>
            <translation>Kilépés a teljes képernyőből</translation>
        </message>
        <message>
            <source>Exit full screen (F, F11 or Esc)</source>
            <translation>Kilépés a teljes képernyőből (F, F11 vagy Esc)</translation>
        </message>
        <message>
            <source>Full screen (F or F11; Esc leaves)</source>
            <translation>Teljes képernyő (F vagy F11; kilépés: Esc)</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Kikapcsolva</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Szünet</translation>
        </message>
    </context>
    <context>
        <name>Poster</name>
        <message>
            <source>Video poster</source>
            <translation>A videó borítóképe</translation>
        </message>
        <message>
            <source>Press Play to start the video.</source>
            <translation>A videó indításához nyomja meg a Lejátszás gombot.</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>Presenting. Page Down and Page Up move on; Esc or F5 ends the presentation.</source>
            <translation type="vanished">Vetítés folyamatban. A Page Down és a Page Up előre, illetve hátra lapoz; az Esc vagy az F5 befejezi a vetítést.</translation>
        </message>
    </context>
    <context>
        <name>PresentationMode</name>
        <message>
            <source>Presenting. Page Down and Page Up move on; Esc or F5 ends the presentation.</source>
            <translation type="vanished">Vetítés folyamatban. A Page Down és a Page Up előre, illetve hátra lapoz; az Esc vagy az F5 befejezi a vetítést.</translation>
        </message>
        <message>
            <source>Presenting. Page Down and Page Up move on; B blanks the screen; Esc or F5 ends the presentation.</source>
            <translation>Vetítés folyamatban. A Page Down és a Page Up előre, illetve hátra lapoz; a B elsötétíti a képernyőt; az Esc vagy az F5 befejezi a vetítést.</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>Presenter view</source>
            <translation>Előadói nézet</translation>
        </message>
        <message>
            <source>Time since the presentation started</source>
            <translation>A vetítés kezdete óta eltelt idő</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Pontos idő</translation>
        </message>
        <message>
            <source>Next, with Page Down</source>
            <translation>Ezután következik (Page Down)</translation>
        </message>
        <message>
            <source>The class sees a black screen. Any key or button shows the picture again.</source>
            <translation>A csoport fekete képernyőt lát. Bármely billentyű vagy gomb visszahozza a képet.</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Előző</translation>
        </message>
        <message>
            <source>Previous screenful, item or lesson</source>
            <translation>Előző képernyőnyi rész, elem vagy lecke</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Következő</translation>
        </message>
        <message>
            <source>Next screenful, item or lesson</source>
            <translation>Következő képernyőnyi rész, elem vagy lecke</translation>
        </message>
        <message>
            <source>End the presentation</source>
            <translation>A vetítés befejezése</translation>
        </message>
        <message>
            <source>Presenting for</source>
            <translation>A vetítés ideje</translation>
        </message>
        <message>
            <source>On the screen now</source>
            <translation>Most a képernyőn</translation>
        </message>
        <message>
            <source>Nothing until the quiz attempt is finished</source>
            <translation>Semmi, amíg a kvízpróbálkozás be nem fejeződik</translation>
        </message>
        <message>
            <source>Another page of the app</source>
            <translation>Az alkalmazás egy másik oldala</translation>
        </message>
        <message>
            <source>The end of the course</source>
            <translation>A kurzus vége</translation>
        </message>
        <message>
            <source>The first item of the next lesson, {lesson}</source>
            <translation>A következő lecke első eleme: {lesson}</translation>
        </message>
        <message>
            <source>Item {number} of {count}</source>
            <translation>{number}/{count}. elem</translation>
        </message>
        <message>
            <source>Lesson {number} of {count}</source>
            <translation>{number}/{count}. lecke</translation>
        </message>
        <message>
            <source>Show the screen</source>
            <translation>A kép visszaállítása</translation>
        </message>
        <message>
            <source>Blank the screen</source>
            <translation>A képernyő elsötétítése</translation>
        </message>
    </context>
    <context>
        <name>ProgressExchange</name>
        <message>
            <source>Save my progress</source>
            <translation>Haladásom mentése</translation>
        </message>
        <message>
            <source>Saving your progress…</source>
            <translation>A haladás mentése…</translation>
        </message>
        <message>
            <source>Your progress is saved in {file}.</source>
            <translation>A haladása mentve: {file}.</translation>
        </message>
        <message>
            <source>Your progress is saved in “{name}”.</source>
            <translation>A haladása mentve ebbe a fájlba: „{name}”.</translation>
        </message>
        <message>
            <source>Take the drive to a computer with C4S Desktop and choose File → Load progress… there. Your progress stays on this computer too.</source>
            <translation>Vigye a meghajtót egy C4S Desktopot futtató számítógéphez, és ott válassza a Fájl → Haladás betöltése… menüpontot. A haladása ezen a számítógépen is megmarad.</translation>
        </message>
        <message>
            <source>Load progress</source>
            <translation>Haladás betöltése</translation>
        </message>
        <message>
            <source>Load the progress in “{name}”. It can add learners to this computer and records to any learner's progress.</source>
            <translation>A haladás betöltése innen: „{name}”. Ez új tanulókat vehet fel erre a számítógépre, és bármelyik tanuló haladásához adhat bejegyzéseket.</translation>
        </message>
        <message>
            <source>Loading the progress in “{name}”…</source>
            <translation>A haladás betöltése innen: „{name}”…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <source>Progress loaded.</source>
            <translation>A haladás betöltve.</translation>
        </message>
        <message>
            <source>Saving was cancelled; no file was saved.</source>
            <translation>A mentés megszakadt; nem készült fájl.</translation>
        </message>
        <message>
            <source>Everything in this file was already on this computer.</source>
            <translation>A fájl teljes tartalma már megvolt ezen a számítógépen.</translation>
        </message>
        <message>
            <source>Nothing was added.</source>
            <translation>Semmi sem került hozzáadásra.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new record(s) of progress.</source>
            <translation>
                <numerusform>%Ln új haladási bejegyzés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln learner(s) new on this computer.</source>
            <translation>
                <numerusform>%Ln új tanuló ezen a számítógépen.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{given}” is called “{here}” here, because another learner has that name.</source>
            <translation>„{given}” itt „{here}” néven szerepel, mert egy másik tanulónak is ez a neve.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) are about courses not installed on this computer ({courses}); they count once those courses are added.</source>
            <translation>
                <numerusform>%Ln bejegyzés olyan kurzusokhoz tartozik, amelyek nincsenek telepítve ezen a számítógépen ({courses}); a kurzusok hozzáadása után számítanak.</numerusform>
            </translation>
        </message>
        <message>
            <source>The progress is loaded.</source>
            <translation>A haladás betöltve.</translation>
        </message>
        <message>
            <source>Loading was cancelled; nothing was added.</source>
            <translation>A betöltés megszakítva; semmi sem került hozzáadásra.</translation>
        </message>
        <message>
            <source>C4S progress files (*{suffix})</source>
            <translation>C4S haladásfájlok (*{suffix})</translation>
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
            <translation>Haladásom</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Vissza</translation>
        </message>
        <message>
            <source>Progress by course</source>
            <translation>Haladás kurzusonként</translation>
        </message>
        <message>
            <source>Loading your progress…</source>
            <translation>Haladásának betöltése…</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Vissza az előző oldalra</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>{name} haladása</translation>
        </message>
        <message>
            <source>Time spent learning: {time} · Courses completed: {done} of {total}</source>
            <translation>Tanulással töltött idő: {time} · Elvégzett kurzusok: {done} / {total}</translation>
        </message>
        <message>
            <source>No course is installed yet.</source>
            <translation>Még nincs telepített kurzus.</translation>
        </message>
    </context>
    <context>
        <name>ProgressScreenFlow</name>
        <message>
            <source>Back to the lesson</source>
            <translation>Vissza a leckéhez</translation>
        </message>
        <message>
            <source>Back to {title}</source>
            <translation>Vissza ide: „{title}”</translation>
        </message>
        <message>
            <source>Back to the welcome page</source>
            <translation>Vissza a nyitóoldalra</translation>
        </message>
        <message>
            <source>Back to the search results</source>
            <translation>Vissza a keresési találatokhoz</translation>
        </message>
        <message>
            <source>Choose who is learning first: your progress is kept under your name.</source>
            <translation>Először válassza ki, ki tanul: a haladást az Ön neve alatt tároljuk.</translation>
        </message>
        <message>
            <source>Loading your progress…</source>
            <translation>Haladásának betöltése…</translation>
        </message>
        <message>
            <source>Certificate - {course} - {learner}</source>
            <translation>Tanúsítvány - {course} - {learner}</translation>
        </message>
        <message>
            <source>Save certificate</source>
            <translation>Tanúsítvány mentése</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumentumok (*.pdf)</translation>
        </message>
        <message>
            <source>Certificate saved: {path}</source>
            <translation>Tanúsítvány elmentve: {path}</translation>
        </message>
    </context>
    <context>
        <name>ProgressSession</name>
        <message>
            <source>&amp;Continue where I left off</source>
            <translation>&amp;Folytatás ott, ahol abbahagytam</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Folytatás</translation>
        </message>
        <message>
            <source>Open the item you had open last ({key})</source>
            <translation>A legutóbb megnyitott elem megnyitása ({key})</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Tanulás</translation>
        </message>
        <message>
            <source>Every course is complete: there is nothing left to continue.</source>
            <translation>Minden kurzus elkészült: nincs mit folytatni.</translation>
        </message>
        <message>
            <source>The item to continue with is no longer in the library.</source>
            <translation>A folytatandó elem már nincs a könyvtárban.</translation>
        </message>
        <message>
            <source>The item you had open last was removed by a course update; here is the next one.</source>
            <translation>Az utoljára megnyitott elemet egy kurzusfrissítés törölte; itt a következő.</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Mappa</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Meghajtó</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fájl</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>%1 fájl</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Keresés itt:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fájlok &amp;típusa:</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>PgDown</source>
            <translation>Page Down</translation>
        </message>
        <message>
            <source>PgUp</source>
            <translation>Page Up</translation>
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
            <translation type="vanished">Ez a videó nem játszható le: a fájlja sérült, vagy olyan formátumú, amelyet ez a számítógép nem tud olvasni.</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>Confirm answer</source>
            <translation>Válasz megerősítése</translation>
        </message>
        <message>
            <source>Confirm your answer (Enter)</source>
            <translation>Erősítse meg a válaszát (Enter)</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Következő kérdés</translation>
        </message>
        <message>
            <source>Question {n} of {count}</source>
            <translation>{n}/{count}. kérdés</translation>
        </message>
        <message>
            <source>See my results</source>
            <translation>Eredményeim megtekintése</translation>
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message>
            <source>Sign in to take this quiz: your answers are kept under your name.</source>
            <translation>Jelentkezzen be a kvíz kitöltéséhez: a válaszait a neve alatt őrizzük meg.</translation>
        </message>
        <message>
            <source>Opening the quiz…</source>
            <translation>A kvíz megnyitása…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Indítás…</translation>
        </message>
        <message>
            <source>Opening your attempt…</source>
            <translation>A próbálkozás megnyitása…</translation>
        </message>
        <message>
            <source>This question changed after you answered it, so your answer no longer counts: please answer it again.</source>
            <translation>Ez a kérdés megváltozott, miután válaszolt rá, ezért a válasza már nem számít: kérjük, válaszoljon rá újra.</translation>
        </message>
        <message>
            <source>Give an answer first.</source>
            <translation>Előbb adjon választ.</translation>
        </message>
        <message>
            <source>Right!</source>
            <translation>Helyes!</translation>
        </message>
        <message>
            <source>Partly right: {score} of {max} points.</source>
            <translation>Részben helyes: {max} pontból {score}.</translation>
        </message>
        <message>
            <source>Not right.</source>
            <translation>Nem helyes.</translation>
        </message>
        <message>
            <source>The right choices: {answer}</source>
            <translation>A helyes válaszok: {answer}</translation>
        </message>
        <message>
            <source>The right answer: {answer}</source>
            <translation>A helyes válasz: {answer}</translation>
        </message>
        <message>
            <source>Adding up your score…</source>
            <translation>Az eredmény kiszámítása…</translation>
        </message>
    </context>
    <context>
        <name>RemovePackDialog</name>
        <message>
            <source>Remove a pack</source>
            <translation>Kurzuscsomag eltávolítása</translation>
        </message>
        <message>
            <source>Installed packs</source>
            <translation>Telepített kurzuscsomagok</translation>
        </message>
        <message>
            <source>&amp;Installed packs:</source>
            <translation>&amp;Telepített kurzuscsomagok:</translation>
        </message>
        <message>
            <source>Removing a pack deletes its files from this computer. The learners' progress is kept and comes back if the pack is installed again.</source>
            <translation>A kurzuscsomag eltávolítása törli a fájljait erről a számítógépről. A tanulók haladása megmarad, és visszatér, ha a csomagot újra telepítik.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Eltávolítás…</translation>
        </message>
        <message>
            <source>Remove the chosen pack</source>
            <translation>A kiválasztott kurzuscsomag eltávolítása</translation>
        </message>
        <message>
            <source>Reading the installed packs…</source>
            <translation>A telepített kurzuscsomagok beolvasása…</translation>
        </message>
        <message>
            <source>{title} — version {version} — {size}</source>
            <translation>{title} — verzió: {version} — {size}</translation>
        </message>
        <message>
            <source>No pack is installed.</source>
            <translation>Nincs telepített kurzuscsomag.</translation>
        </message>
        <message>
            <source>Remove “{title}” from this computer?</source>
            <translation>Eltávolítja erről a számítógépről: „{title}”?</translation>
        </message>
        <message>
            <source>Its files are deleted, except those another pack also uses: {size} freed. The learners' progress is kept.</source>
            <translation>A fájljai törlődnek, kivéve azokat, amelyeket egy másik kurzuscsomag is használ: {size} szabadul fel. A tanulók haladása megmarad.</translation>
        </message>
        <message>
            <source>Its files are deleted ({size}). The learners' progress is kept.</source>
            <translation>A fájljai törlődnek ({size}). A tanulók haladása megmarad.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eltávolítás</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Megtartás</translation>
        </message>
        <message>
            <source>Confirm removal</source>
            <translation>Eltávolítás megerősítése</translation>
        </message>
        <message>
            <source>Remove “{title}” from this computer.</source>
            <translation>„{title}” eltávolítása erről a számítógépről.</translation>
        </message>
        <message>
            <source>Removing “{title}”…</source>
            <translation>„{title}” eltávolítása…</translation>
        </message>
        <message>
            <source>Removed “{title}”; {size} freed.</source>
            <translation>„{title}” eltávolítva; {size} felszabadult.</translation>
        </message>
    </context>
    <context>
        <name>RestoreOffer</name>
        <message>
            <source>The database in {folder} is missing.</source>
            <translation>Az adatbázis hiányzik ebből a mappából: {folder}.</translation>
        </message>
        <message>
            <source>The database in {folder} is damaged.</source>
            <translation>Az adatbázis sérült ebben a mappában: {folder}.</translation>
        </message>
        <message>
            <source>C4S Desktop</source>
            <translation>C4S Desktop</translation>
        </message>
        <message>
            <source>The backup from {when} can take its place; a damaged file is kept for an administrator. What was recorded on this computer after that backup is lost, except what sync brings back from the server.</source>
            <translation>A helyére a {when} időpontú biztonsági mentés kerülhet; a sérült fájl megmarad egy rendszergazda számára. Ami ezen a számítógépen a mentés után került rögzítésre, elvész, kivéve azt, amit a szinkronizálás visszahoz a kiszolgálóról.</translation>
        </message>
        <message>
            <source>&amp;Restore the backup</source>
            <translation>A biztonsági mentés &amp;visszaállítása</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Kilépés</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Biztonsági mentés visszaállítása</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Review of your answers</source>
            <translation>A válaszai áttekintése</translation>
        </message>
        <message>
            <source>Back to the quiz overview</source>
            <translation>Vissza a kvíz áttekintéséhez</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Újrapróbálkozás</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Sikeres</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Sikertelen</translation>
        </message>
        <message>
            <source>Attempt {n}: {score} of {max} points ({percent}). The pass mark is {mark}.</source>
            <translation>{n}. próbálkozás: {max} pontból {score} ({percent}). Sikerességi küszöb: {mark}.</translation>
        </message>
        <message>
            <source>Your answer:</source>
            <translation>Az Ön válasza:</translation>
        </message>
        <message>
            <source>The right answer:</source>
            <translation>A helyes válasz:</translation>
        </message>
        <message>
            <source>The right choices:</source>
            <translation>A helyes válaszok:</translation>
        </message>
        <message>
            <source>given to an earlier version of this question</source>
            <translation>a kérdés egy korábbi változatára adva</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Helyes</translation>
        </message>
        <message>
            <source>Not right</source>
            <translation>Nem helyes</translation>
        </message>
        <message>
            <source>Question {n}</source>
            <translation>{n}. kérdés</translation>
        </message>
    </context>
    <context>
        <name>ScoreChart</name>
        <message>
            <source>{score} (passed)</source>
            <translation>{score} (sikeres)</translation>
        </message>
        <message>
            <source>{score} (not passed)</source>
            <translation>{score} (sikertelen)</translation>
        </message>
        <message>
            <source>Scores over attempts: {scores}</source>
            <translation>Az egyes próbálkozások eredménye: {scores}</translation>
        </message>
        <message>
            <source>Scores of the last {shown} of {total} attempts: {scores}</source>
            <translation>Az utolsó {shown} próbálkozás eredménye (összesen {total}): {scores}</translation>
        </message>
        <message>
            <source>Quiz scores chart</source>
            <translation>A kvízeredmények grafikonja</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search the courses</source>
            <translation>Keresés a kurzusokban</translation>
        </message>
        <message>
            <source>Titles, course texts, fact sheets and video subtitles. Press the down arrow to reach the results.</source>
            <translation>Címek, kurzusszövegek, tájékoztató lapok és videófeliratok. Az eredményekhez nyomja meg a lefelé nyilat.</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Keresés törlése</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <source>Search results</source>
            <translation>Találatok</translation>
        </message>
        <message>
            <source>Results for “{text}”</source>
            <translation>Találatok erre: „{text}”</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) for “{text}”.</source>
            <translation>
                <numerusform>%n találat erre: „{text}”.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found for “{text}”. Try fewer or shorter words.</source>
            <translation>Nincs találat erre: „{text}”. Próbálkozzon kevesebb vagy rövidebb szóval.</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”. The courses are in {language}: try words in that language.</source>
            <translation>Nincs találat erre: „{text}”. A kurzusok nyelve: {language}; próbáljon ezen a nyelven keresni.</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”. The courses are in {languages}: try words in one of these languages.</source>
            <translation>Nincs találat erre: „{text}”. A kurzusok nyelvei: {languages}; próbáljon ezek egyikén keresni.</translation>
        </message>
        <message>
            <source>Video at {time}</source>
            <translation>Videó, {time}</translation>
        </message>
        <message>
            <source>Fact sheet, page {n}</source>
            <translation>Tájékoztató lap, {n}. oldal</translation>
        </message>
        <message>
            <source>Fact sheet</source>
            <translation>Tájékoztató lap</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>Esettanulmány</translation>
        </message>
        <message>
            <source>Course text</source>
            <translation>Kurzusszöveg</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lecke</translation>
        </message>
        <message>
            <source>Lesson or module title</source>
            <translation type="vanished">Lecke vagy modul címe</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Cím</translation>
        </message>
    </context>
    <context>
        <name>SearchUi</name>
        <message>
            <source>Search</source>
            <translation>Keresés</translation>
        </message>
        <message>
            <source>Find in the courses</source>
            <translation>Keresés a kurzusokban</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Beállítások</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>A felület nyelve</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>A felület &amp;nyelve:</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Színtéma</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>A rendszerrel azonos</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Világos</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sötét</translation>
        </message>
        <message>
            <source>Courses are shown in this language when they have it, otherwise in their own language. The new language is used once C4S Desktop restarts.</source>
            <translation>A kurzusok ezen a nyelven jelennek meg, ha elérhetők rajta, különben a saját nyelvükön. Az új nyelv a C4S Desktop újraindítása után lép életbe.</translation>
        </message>
        <message>
            <source>Colour &amp;theme:</source>
            <translation>&amp;Színtéma:</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>Restart C4S Desktop?</source>
            <translation>Újraindítja a C4S Desktopot?</translation>
        </message>
        <message>
            <source>From its next start, C4S Desktop will use this language: {language}. Restart it now?</source>
            <translation>A következő indítástól a C4S Desktop ezt a nyelvet használja: {language}. Újraindítja most?</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>Újra&amp;indítás most</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Később</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Back {seconds} seconds</source>
            <translation>Vissza {seconds} másodpercet</translation>
        </message>
        <message>
            <source>Forward {seconds} seconds</source>
            <translation>Előre {seconds} másodpercet</translation>
        </message>
        <message>
            <source>Library and navigation</source>
            <translation>Könyvtár és navigáció</translation>
        </message>
        <message>
            <source>Go to the next or the previous part of the window</source>
            <translation>Ugrás az ablak következő vagy előző részére</translation>
        </message>
        <message>
            <source>Press the button that has the focus</source>
            <translation>A fókuszban lévő gomb megnyomása</translation>
        </message>
        <message>
            <source>Open the selected lesson or item (in the library or a lesson's list)</source>
            <translation>A kijelölt lecke vagy elem megnyitása (a könyvtárban vagy egy lecke listájában)</translation>
        </message>
        <message>
            <source>In the search box: search now and go to the results</source>
            <translation>A keresőmezőben: keresés azonnal, és ugrás a találatokhoz</translation>
        </message>
        <message>
            <source>In the search box: clear it</source>
            <translation>A keresőmezőben: a mező törlése</translation>
        </message>
        <message>
            <source>In the search results: back to the search box</source>
            <translation>A találatok között: vissza a keresőmezőbe</translation>
        </message>
        <message>
            <source>In My progress: back to where you were</source>
            <translation>A Haladásom oldalon: vissza oda, ahol volt</translation>
        </message>
        <message>
            <source>On an item: back to its lesson</source>
            <translation>Egy megnyitott elemen: vissza a leckéhez</translation>
        </message>
        <message>
            <source>Video (when the player has the focus)</source>
            <translation>Videó (amikor a lejátszó van fókuszban)</translation>
        </message>
        <message>
            <source>Play or pause</source>
            <translation>Lejátszás vagy szünet</translation>
        </message>
        <message>
            <source>Go to the start</source>
            <translation>Ugrás az elejére</translation>
        </message>
        <message>
            <source>Go to the end</source>
            <translation>Ugrás a végére</translation>
        </message>
        <message>
            <source>Sound off or on</source>
            <translation>A hang ki- vagy bekapcsolása</translation>
        </message>
        <message>
            <source>Full screen on or off</source>
            <translation>A teljes képernyő be- vagy kikapcsolása</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Kilépés a teljes képernyőből</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Kvíz</translation>
        </message>
        <message>
            <source>Choose the answer with that number</source>
            <translation>Az adott számú válasz kiválasztása</translation>
        </message>
        <message>
            <source>Confirm the answer, then go to the next question</source>
            <translation>A válasz megerősítése, majd tovább a következő kérdésre</translation>
        </message>
        <message>
            <source>Move the selected item up or down (ordering questions)</source>
            <translation>A kijelölt elem mozgatása fel vagy le (sorba rendezős kérdések)</translation>
        </message>
        <message>
            <source>Presenting</source>
            <translation>Vetítés</translation>
        </message>
        <message>
            <source>The next screenful, or the next item or lesson</source>
            <translation>A következő képernyőnyi rész, vagy a következő elem vagy lecke</translation>
        </message>
        <message>
            <source>The previous screenful, or the previous item or lesson</source>
            <translation>Az előző képernyőnyi rész, vagy az előző elem vagy lecke</translation>
        </message>
        <message>
            <source>Black the screen out (any key brings it back)</source>
            <translation>A képernyő elsötétítése (bármely billentyű visszahozza)</translation>
        </message>
        <message>
            <source>End the presentation</source>
            <translation>A vetítés befejezése</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first}–{last}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Billentyűparancsok</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Művelet</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Billentyűk</translation>
        </message>
        <message>
            <source>Open the {menu} menu</source>
            <translation>A(z) {menu} menü megnyitása</translation>
        </message>
        <message>
            <source>Window and menus</source>
            <translation>Ablak és menük</translation>
        </message>
    </context>
    <context>
        <name>StorageLine</name>
        <message>
            <source>Storage</source>
            <translation type="vanished">Tárhely</translation>
        </message>
        <message>
            <source>Storage: measuring…</source>
            <translation>Tárhely: mérés…</translation>
        </message>
        <message>
            <source>Storage: the C4S data folder uses {used}; {free} free on its disk.</source>
            <translation>Tárhely: a C4S adatmappa {used} helyet foglal; a lemezén {free} szabad.</translation>
        </message>
    </context>
    <context>
        <name>SubtitleBand</name>
        <message>
            <source>Subtitles</source>
            <translation>Feliratok</translation>
        </message>
    </context>
    <context>
        <name>SubtitleNotice</name>
        <message>
            <source>Subtitles message</source>
            <translation>A feliratok üzenete</translation>
        </message>
        <message>
            <source>The subtitles in {language} cannot be shown: their file is missing or damaged; add its course again (File → Add packs…) to repair it.</source>
            <translation>A(z) {language} feliratok nem jeleníthetők meg: a fájljuk hiányzik vagy sérült; a javításhoz adja hozzá újra a kurzusát (Fájl → Kurzuscsomagok hozzáadása…).</translation>
        </message>
    </context>
    <context>
        <name>SyncAnnouncer</name>
        <message>
            <source>Sync did not finish: {reason}</source>
            <translation>A szinkronizálás nem fejeződött be: {reason}</translation>
        </message>
        <message>
            <source>Sync finished.</source>
            <translation>A szinkronizálás befejeződött.</translation>
        </message>
        <message>
            <source>Sync started.</source>
            <translation>A szinkronizálás elindult.</translation>
        </message>
    </context>
    <context>
        <name>SyncDetailsDialog</name>
        <message>
            <source>Sync</source>
            <translation>Szinkronizálás</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>Szinkronizálás részletei</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Kiszolgáló:</translation>
        </message>
        <message>
            <source>Last synced:</source>
            <translation>Utolsó szinkronizálás:</translation>
        </message>
        <message>
            <source>Waiting to be sent:</source>
            <translation>Küldésre vár:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Utolsó hiba:</translation>
        </message>
        <message>
            <source>Statements the server refused (for an administrator; they are kept here):</source>
            <translation>A kiszolgáló által elutasított bejegyzések (rendszergazdának; itt megmaradnak):</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Mikor</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Ok</translation>
        </message>
        <message>
            <source>Refused statements</source>
            <translation>Elutasított bejegyzések</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>Szinkronizálás &amp;most</translation>
        </message>
        <message>
            <source>Sto&amp;p sync</source>
            <translation>Szinkronizálás &amp;leállítása</translation>
        </message>
        <message>
            <source>&amp;Set up…</source>
            <translation>&amp;Beállítás…</translation>
        </message>
        <message>
            <source>Send refused &amp;again</source>
            <translation>&amp;Elutasítottak újraküldése</translation>
        </message>
        <message>
            <source>This computer does not send progress to a server yet. An administrator can set it up with an enrollment code.</source>
            <translation>Ez a számítógép még nem küldi a haladást kiszolgálóra. Egy rendszergazda beállíthatja egy regisztrációs kóddal.</translation>
        </message>
        <message>
            <source>Syncing with the server now…</source>
            <translation>Szinkronizálás a kiszolgálóval folyamatban…</translation>
        </message>
        <message>
            <source>All progress recorded here is on the server.</source>
            <translation>Az itt rögzített teljes haladás a kiszolgálón van.</translation>
        </message>
        <message>
            <source>Some progress waits to be sent; it goes with the next sync.</source>
            <translation>A haladás egy része küldésre vár; a következő szinkronizáláskor megy el.</translation>
        </message>
        <message>
            <source>The server cannot be reached now. Progress is kept here and sent when the server is back.</source>
            <translation>A kiszolgáló most nem érhető el. A haladás itt megmarad, és elküldjük, amint a kiszolgáló újra elérhető.</translation>
        </message>
        <message>
            <source>Sync needs an administrator's attention: see the last error below.</source>
            <translation>A szinkronizálás rendszergazdai figyelmet igényel: lásd lent az utolsó hibát.</translation>
        </message>
        <message>
            <source>You stopped sync. What was not sent stays on this computer and goes with the next sync.</source>
            <translation>Leállította a szinkronizálást. Ami nem lett elküldve, ezen a számítógépen marad, és a következő szinkronizálással megy el.</translation>
        </message>
        <message>
            <source>Stopping sync once the statements on their way now have arrived…</source>
            <translation type="vanished">A szinkronizálás leáll, amint az éppen küldés alatt álló bejegyzések megérkeztek…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nincs</translation>
        </message>
        <message>
            <source>never</source>
            <translation>soha</translation>
        </message>
        <message numerus="yes">
            <source>%Ln statement(s)</source>
            <translation>
                <numerusform>%Ln bejegyzés</numerusform>
            </translation>
        </message>
        <message>
            <source>Connect to another &amp;server…</source>
            <translation>Csatlakozás másik &amp;kiszolgálóhoz…</translation>
        </message>
    </context>
    <context>
        <name>SyncFlow</name>
        <message>
            <source>Connect this computer to the sync server {server}.</source>
            <translation>A számítógép csatlakoztatása a(z) {server} szinkronizálási kiszolgálóhoz.</translation>
        </message>
        <message>
            <source>Not connected: no trainer confirmed it.</source>
            <translation>Nincs csatlakoztatva: egyetlen oktató sem hagyta jóvá.</translation>
        </message>
    </context>
    <context>
        <name>SyncProgress</name>
        <message>
            <source>Receiving progress: {received} so far</source>
            <translation>Haladás fogadása: eddig {received}</translation>
        </message>
        <message>
            <source>Sending progress: {sent} of {total}</source>
            <translation>Haladás küldése: {sent} / {total}</translation>
        </message>
        <message>
            <source>Closing the app now loses nothing: what is not sent yet stays on this computer and goes with the next sync.</source>
            <translation>Ha most bezárja az alkalmazást, semmi sem vész el: ami még nincs elküldve, ezen a számítógépen marad, és a következő szinkronizáláskor megy el.</translation>
        </message>
        <message>
            <source>Stopping sync…</source>
            <translation>Szinkronizálás leállítása…</translation>
        </message>
        <message>
            <source>Sync starts again when you choose Sync now, or the next time the app starts.</source>
            <translation>A szinkronizálás akkor indul újra, amikor a „Szinkronizálás most” lehetőséget választja, vagy az alkalmazás következő indításakor.</translation>
        </message>
        <message>
            <source>Stop sync now. What is not sent yet stays on this computer and goes with the next sync.</source>
            <translation>A szinkronizálás leállítása most. Ami még nincs elküldve, ezen a számítógépen marad, és a következő szinkronizálással megy el.</translation>
        </message>
        <message>
            <source>Stop sync once the statements on their way now have arrived. What is not sent stays on this computer and goes with the next sync.</source>
            <translation type="vanished">A szinkronizálás leállítása, amint az éppen küldés alatt álló bejegyzések megérkeztek. Ami nincs elküldve, ezen a számítógépen marad, és a következő szinkronizálással megy el.</translation>
        </message>
    </context>
    <context>
        <name>SyncSetupDialog</name>
        <message>
            <source>Set up sync</source>
            <translation>Szinkronizálás beállítása</translation>
        </message>
        <message>
            <source>Progress recorded on this computer is sent to your organisation's server, and comes back on any computer the learner uses. Ask an administrator for the server's address and a one-time enrollment code.</source>
            <translation>Az ezen a számítógépen rögzített haladás a szervezete kiszolgálójára kerül, és a tanuló bármely számítógépén visszatér. Kérje el egy rendszergazdától a kiszolgáló címét és egy egyszer használható regisztrációs kódot.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Kiszolgáló címe</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>Regisztrációs kód</translation>
        </message>
        <message>
            <source>This address starts with http://, so the connection is not encrypted: the enrollment code, this computer's sync password and learners' progress could be read by anyone on the network. Use https:// if the server offers it.</source>
            <translation>Ez a cím http:// kezdetű, ezért a kapcsolat nem titkosított: a regisztrációs kódot, a számítógép szinkronizálási jelszavát és a tanulók haladását bárki elolvashatja a hálózaton. Használja a https:// címet, ha a kiszolgáló támogatja.</translation>
        </message>
        <message>
            <source>Connect without &amp;encryption anyway</source>
            <translation>Csatlakozás &amp;titkosítás nélkül is</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>Kiszolgáló cí&amp;me:</translation>
        </message>
        <message>
            <source>Enrollment &amp;code:</source>
            <translation>Regisztrációs &amp;kód:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>&amp;Csatlakozás</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>Csatlakozás ide: {server}…</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusButton</name>
        <message>
            <source>Sync…</source>
            <translation>Szinkronizálás…</translation>
        </message>
        <message>
            <source>Sync not set up</source>
            <translation>Szinkronizálás nincs beállítva</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Szinkronizálás folyamatban…</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Szinkronizálva</translation>
        </message>
        <message numerus="yes">
            <source>%Ln statement(s) waiting</source>
            <translation>
                <numerusform>%Ln bejegyzés vár küldésre</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Nincs kapcsolat</translation>
        </message>
        <message>
            <source>Sync needs attention</source>
            <translation>A szinkronizálás figyelmet igényel</translation>
        </message>
        <message>
            <source>Sync: {state}. Click for details.</source>
            <translation>Szinkronizálás: {state}. Kattintson a részletekért.</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Szinkronizálás állapota</translation>
        </message>
        <message>
            <source>Sync stopped: {waiting}</source>
            <translation>Szinkronizálás leállítva: {waiting}</translation>
        </message>
    </context>
    <context>
        <name>SyncStopButton</name>
        <message>
            <source>Stop</source>
            <translation>Leállítás</translation>
        </message>
        <message>
            <source>Stop sync</source>
            <translation>Szinkronizálás leállítása</translation>
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <source>Type your answer</source>
            <translation>Írja be a válaszát</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Az Ön válasza</translation>
        </message>
    </context>
    <context>
        <name>TrainerClaimDialog</name>
        <message>
            <source>Class progress</source>
            <translation>A csoport haladása</translation>
        </message>
        <message>
            <source>Class progress shows the progress of every learner on this computer, so only a trainer may open it. This computer has no trainer yet.</source>
            <translation>A csoport haladása a számítógép minden tanulójának haladását mutatja, ezért csak oktató nyithatja meg. Ezen a számítógépen még nincs oktató.</translation>
        </message>
        <message>
            <source>You can make {name} this computer's trainer. A trainer's profile is locked with a PIN.</source>
            <translation>{name} lehet a számítógép oktatója. Az oktató profilját PIN-kód védi.</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Az Ön PIN-kódja</translation>
        </message>
        <message>
            <source>Your &amp;PIN:</source>
            <translation>Az Ön &amp;PIN-kódja:</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Új PIN-kód</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Új PIN-kód újra</translation>
        </message>
        <message>
            <source>New &amp;PIN:</source>
            <translation>Új &amp;PIN-kód:</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN-kód &amp;újra:</translation>
        </message>
        <message>
            <source>&amp;Become the trainer</source>
            <translation>&amp;Oktató leszek</translation>
        </message>
        <message>
            <source>Make {name} this computer's trainer</source>
            <translation>{name} legyen a számítógép oktatója</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>A PIN-kód 4–8 számjegyből áll.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Írja be a PIN-kódját.</translation>
        </message>
        <message>
            <source>The two PINs are not the same; type the PIN again in both fields.</source>
            <translation>A két PIN-kód nem egyezik; írja be újra mindkét mezőbe.</translation>
        </message>
    </context>
    <context>
        <name>TrainerConfirmDialog</name>
        <message>
            <source>Trainer confirmation</source>
            <translation>Oktatói jóváhagyás</translation>
        </message>
        <message>
            <source>This changes the computer for every learner, so one of its trainers must confirm it with their PIN.</source>
            <translation>Ez a számítógépet minden tanuló számára megváltoztatja, ezért valamelyik oktatójának jóvá kell hagynia a PIN-kódjával.</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Oktató</translation>
        </message>
        <message>
            <source>Trainer's PIN</source>
            <translation>Az oktató PIN-kódja</translation>
        </message>
        <message>
            <source>&amp;Trainer:</source>
            <translation>&amp;Oktató:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN-kód:</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Jóváhagyás</translation>
        </message>
        <message>
            <source>Type the trainer's PIN.</source>
            <translation>Írja be az oktató PIN-kódját.</translation>
        </message>
    </context>
    <context>
        <name>TrustPrompt</name>
        <message>
            <source>“{title}” is signed by {publisher}, a publisher this computer does not trust yet.</source>
            <translation type="vanished">„{title}” aláírója {publisher}, aki ezen a számítógépen még nem megbízható kiadó.</translation>
        </message>
        <message>
            <source>“{title}” is not signed: nothing shows who made it or that it was not changed.</source>
            <translation>„{title}” nincs aláírva: semmi sem igazolja, ki készítette, és hogy nem módosították.</translation>
        </message>
        <message>
            <source>Publisher: {publisher}
Key fingerprint: {fingerprint}

Install it only if you got it from someone you trust. An administrator must confirm.</source>
            <translation type="vanished">Kiadó: {publisher}
Kulcs ujjlenyomata: {fingerprint}

Csak akkor telepítse, ha megbízható forrásból kapta. Egy rendszergazdának jóvá kell hagynia.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nincs</translation>
        </message>
        <message>
            <source>Install “{title}”, a version signed with another key than the installed one, and trust the new key from now on.</source>
            <translation>„{title}” telepítése – ezt a változatot más kulccsal írták alá, mint a telepítettet –, és az új kulcs ezentúl legyen megbízható.</translation>
        </message>
        <message>
            <source>Install “{title}”, a version signed with another key than the installed one.</source>
            <translation>„{title}” telepítése – ezt a változatot más kulccsal írták alá, mint a telepítettet.</translation>
        </message>
        <message>
            <source>Install “{title}”, a version from another publisher than the installed one, and trust that publisher's key from now on.</source>
            <translation>„{title}” telepítése – ezt a változatot más kiadó adta ki, mint a telepítettet –, és ennek a kiadónak a kulcsa ezentúl legyen megbízható.</translation>
        </message>
        <message>
            <source>Install “{title}”, a version from another publisher than the installed one.</source>
            <translation>„{title}” telepítése – ezt a változatot más kiadó adta ki, mint a telepítettet.</translation>
        </message>
        <message>
            <source>Install “{title}”, a pack this computer does not trust, and trust its publisher's key from now on.</source>
            <translation>„{title}” telepítése – ez a számítógép nem bízik meg ebben a kurzuscsomagban –, és a kiadó kulcsa ezentúl legyen megbízható.</translation>
        </message>
        <message>
            <source>Install “{title}”, a pack this computer does not trust.</source>
            <translation>„{title}” telepítése – ez a számítógép nem bízik meg ebben a kurzuscsomagban.</translation>
        </message>
        <message>
            <source>This version of “{title}” gives the same publisher as the installed version, {installed}, but it is signed with another key.</source>
            <translation>„{title}” ezen változata ugyanazt a kiadót adja meg, mint a telepített változat ({installed}), de más kulccsal írták alá.</translation>
        </message>
        <message>
            <source>This version of “{title}” gives its publisher as “{publisher}”, a name like that of {installed}, who published the installed version, but it is signed with another key.</source>
            <translation>„{title}” ezen változata kiadóként ezt adja meg: „{publisher}”. Ez a név hasonlít a telepített változat kiadójának nevére ({installed}), de a változatot más kulccsal írták alá.</translation>
        </message>
        <message>
            <source>This version of “{title}” does not come from {installed}, who published the installed version.</source>
            <translation>„{title}” ezen változata nem {installed} kiadótól származik, aki a telepített változatot kiadta.</translation>
        </message>
        <message>
            <source>Publisher: {publisher}
Key fingerprint: {fingerprint}</source>
            <translation type="vanished">Kiadó: {publisher}
Kulcs ujjlenyomata: {fingerprint}</translation>
        </message>
        <message>
            <source>“{title}” is signed by a publisher calling itself “{publisher}”, whose key this computer does not trust yet.</source>
            <translation>„{title}” aláírója egy magát „{publisher}” néven megnevező kiadó, akinek a kulcsa ezen a számítógépen még nem megbízható.</translation>
        </message>
        <message>
            <source>Key fingerprint: {fingerprint}
Publisher name, as the pack gives it (not checked): {publisher}</source>
            <translation>Kulcs ujjlenyomata: {fingerprint}
A kiadó neve a kurzuscsomag szerint (nem ellenőrzött): {publisher}</translation>
        </message>
        <message>
            <source>Warning: this pack names the key of “{trusted}”, a publisher this computer trusts, but it is not signed with that key. It may only pretend to come from it.</source>
            <translation>Figyelem: ez a kurzuscsomag a(z) „{trusted}” kiadó kulcsát adja meg, akiben ez a számítógép megbízik, de nincs ezzel a kulccsal aláírva. Lehet, hogy csak kiadja magát annak.</translation>
        </message>
        <message>
            <source>Warning: this computer already trusts a publisher named “{trusted}”, with another key ({fingerprint}). This pack may only pretend to come from it.</source>
            <translation>Figyelem: ez a számítógép már megbízik egy „{trusted}” nevű kiadóban, egy másik kulccsal ({fingerprint}). Lehet, hogy ez a kurzuscsomag csak kiadja magát annak.</translation>
        </message>
        <message>
            <source>Warning: either {installed} changed its key, or this pack only pretends to come from it.</source>
            <translation>Figyelem: vagy {installed} kulcsot váltott, vagy ez a csomag csak úgy tesz, mintha tőle származna.</translation>
        </message>
        <message>
            <source>Installed version from: {publisher}
Key fingerprint: {fingerprint}</source>
            <translation>A telepített változat kiadója: {publisher}
Kulcs ujjlenyomata: {fingerprint}</translation>
        </message>
        <message>
            <source>Install it only if {installed} told you it changed its key to this one. An administrator must confirm.</source>
            <translation>Csak akkor telepítse, ha {installed} közölte Önnel, hogy erre a kulcsra váltott. Egy rendszergazdának jóvá kell hagynia.</translation>
        </message>
        <message>
            <source>Install it only if you know the course changed hands. An administrator must confirm.</source>
            <translation>Csak akkor telepítse, ha tudja, hogy a kurzus kiadót váltott. Egy rendszergazdának jóvá kell hagynia.</translation>
        </message>
        <message>
            <source>Install it only if you got it from someone you trust. An administrator must confirm.</source>
            <translation>Csak akkor telepítse, ha megbízható forrásból kapta. Egy rendszergazdának jóvá kell hagynia.</translation>
        </message>
        <message>
            <source>Administrator confirmation</source>
            <translation>Rendszergazdai jóváhagyás</translation>
        </message>
        <message>
            <source>Install anyway</source>
            <translation>Telepítés mégis</translation>
        </message>
        <message>
            <source>Skip this pack</source>
            <translation>Kurzuscsomag kihagyása</translation>
        </message>
        <message>
            <source>Also trust this publisher's key from now on</source>
            <translation>Ennek a kiadónak a kulcsa ezentúl legyen megbízható</translation>
        </message>
        <message>
            <source>Also trust this publisher from now on</source>
            <translation type="vanished">Ez a kiadó ezentúl legyen megbízható</translation>
        </message>
    </context>
    <context>
        <name>UpdatePrompt</name>
        <message>
            <source>Update “{title}” from version {old} to version {new}?</source>
            <translation>Frissíti ezt a kurzuscsomagot: „{title}” (verzió: {old} → {new})?</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added, {removed} removed, {changed} changed; {size} to download. The learners' progress is kept.</source>
            <translation type="vanished">
                <numerusform>%n új elem, {removed} eltávolítva, {changed} módosítva; {size} letöltendő. A tanulók előrehaladása megmarad.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</source>
            <translation type="vanished">
                <numerusform>%n új elem, {removed} eltávolítva, {changed} módosítva; {size} másolandó. A tanulók előrehaladása megmarad.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to download.</source>
            <translation>
                <numerusform>Hozzáadva: %n · törölve: {removed} · módosítva: {changed}; letöltendő: {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to copy.</source>
            <translation>
                <numerusform>Hozzáadva: %n · törölve: {removed} · módosítva: {changed}; másolandó: {size}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) worked on items this update removes: what they did stays in their history but no longer counts towards the course.</source>
            <translation>
                <numerusform>%n tanuló dolgozott olyan elemeken, amelyeket ez a frissítés töröl: amit végzett, megmarad az előzményei között, de már nem számít bele a kurzusba.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to download. The learners' progress is kept.</source>
            <translation>
                <numerusform>Hozzáadva: %n · törölve: {removed} · módosítva: {changed}; letöltendő: {size}. A tanulók haladása megmarad.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to copy. The learners' progress is kept.</source>
            <translation>
                <numerusform>Hozzáadva: %n · törölve: {removed} · módosítva: {changed}; másolandó: {size}. A tanulók haladása megmarad.</numerusform>
            </translation>
        </message>
        <message>
            <source>Update a pack</source>
            <translation>Kurzuscsomag frissítése</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Frissítés</translation>
        </message>
        <message>
            <source>Skip this pack</source>
            <translation>Kurzuscsomag kihagyása</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation>Hozzáadva:</translation>
        </message>
        <message>
            <source>Removed:</source>
            <translation>Törölve:</translation>
        </message>
        <message>
            <source>Changed:</source>
            <translation>Módosítva:</translation>
        </message>
        <message>
            <source>Moved to another lesson:</source>
            <translation>Másik leckébe áthelyezve:</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>és még {n}</translation>
        </message>
    </context>
    <context>
        <name>VideoFileCheck</name>
        <message>
            <source>This video cannot be played; checking its file…</source>
            <translation>Ez a videó nem játszható le; a fájlja ellenőrzése folyamatban…</translation>
        </message>
        <message>
            <source>This video cannot be played: its file is not in a format this computer can play; tell whoever gave you the course.</source>
            <translation>Ez a videó nem játszható le: a fájlja olyan formátumú, amelyet ez a számítógép nem tud lejátszani; szóljon annak, akitől a kurzust kapta.</translation>
        </message>
        <message>
            <source>This video cannot be played: its file is damaged on this computer; add its course again (File → Add packs…) to repair it.</source>
            <translation>Ez a videó nem játszható le: a fájlja sérült ezen a számítógépen; a javításhoz adja hozzá újra a kurzusát (Fájl → Kurzuscsomagok hozzáadása…).</translation>
        </message>
    </context>
    <context>
        <name>VideoView</name>
        <message>
            <source>Video player</source>
            <translation>Videólejátszó</translation>
        </message>
        <message>
            <source>Player message</source>
            <translation>A lejátszó üzenete</translation>
        </message>
        <message>
            <source>Resuming at {time}</source>
            <translation>Folytatás innen: {time}</translation>
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
            <translation type="vanished">Ez a videó nem játszható le: a fájlja sérült, vagy olyan formátumú, amelyet ez a számítógép nem tud olvasni.</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>No answer</source>
            <translation>Nincs válasz</translation>
        </message>
        <message>
            <source>No choice</source>
            <translation>Nincs kiválasztva semmi</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Igaz</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Hamis</translation>
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
            <translation>Tanúsítvány a kurzus elvégzéséről</translation>
        </message>
        <message>
            <source>This certifies that</source>
            <translation>Igazoljuk, hogy</translation>
        </message>
        <message>
            <source>has completed the course</source>
            <translation>elvégezte a következő kurzust:</translation>
        </message>
        <message>
            <source>published by {publisher}</source>
            <translation>kiadó: {publisher}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Teljesítés dátuma: {date}</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Quiz score</source>
            <translation>Kvízeredmény</translation>
        </message>
        <message>
            <source>no quiz</source>
            <translation>nincs kvíz</translation>
        </message>
        <message>
            <source>Certificate id: {id}</source>
            <translation>Tanúsítvány azonosítója: {id}</translation>
        </message>
        <message>
            <source>Verification code (Ed25519 signature by this computer's key):</source>
            <translation>Ellenőrző kód (Ed25519-aláírás e számítógép kulcsával):</translation>
        </message>
        <message>
            <source>Key fingerprint: {fingerprint}</source>
            <translation>Kulcs ujjlenyomata: {fingerprint}</translation>
        </message>
        <message>
            <source>Check this certificate offline with: c4s cert verify FILE.pdf</source>
            <translation>A tanúsítvány internet nélkül ellenőrizhető: c4s cert verify FÁJL.pdf</translation>
        </message>
    </context>
    <context>
        <name>choose</name>
        <message>
            <source>The VLC video engine was asked for, but VLC is not installed or does not work on this computer, so videos play with Qt Multimedia instead.</source>
            <translation>A VLC videómotort kérték, de a VLC nincs telepítve, vagy nem működik ezen a számítógépen, ezért a videókat a Qt Multimedia játssza le.</translation>
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
            <translation>Váratlan hiba történt. A C4S Desktop a részleteket a naplófájljába írta; küldje el őket az oktatójának vagy a rendszergazdának.</translation>
        </message>
        <message>
            <source>Something went wrong ({code}). See the log for details.</source>
            <translation>Hiba történt ({code}). A részleteket a napló tartalmazza.</translation>
        </message>
        <message>
            <source>The pack's {path} is larger than the {limit} bytes a manifest may have; ask the pack's publisher for a corrected pack.</source>
            <translation type="vanished">A kurzuscsomag {path} fájlja nagyobb a jegyzékfájlban megengedett {limit} bájtnál; kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
        <message>
            <source>The pack's manifest.json is not UTF-8 text (invalid byte at offset {offset}); ask the pack's publisher for a corrected pack.</source>
            <translation>A kurzuscsomag manifest.json fájlja nem UTF-8 szöveg (érvénytelen bájt, pozíció: {offset}); kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
        <message>
            <source>The pack's manifest.json is not valid JSON; ask the pack's publisher for a corrected pack.</source>
            <translation>A kurzuscsomag manifest.json fájlja nem érvényes JSON; kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}; ask the pack's publisher for a corrected pack.</source>
            <translation>A kurzuscsomag jegyzékfájlja hibás ({where}); kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
        <message>
            <source>The path '{path}' (in {where}) breaks the pack rules; rename the file or ask the pack's publisher for a corrected pack.</source>
            <translation type="vanished">Ez az elérési út megszegi a kurzuscsomagok szabályait: „{path}” ({where}); nevezze át a fájlt, vagy kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
        <message>
            <source>The paths '{first}' and '{second}' in {where} cannot both be in one pack; rename one or ask the pack's publisher for a corrected pack.</source>
            <translation>Ez a két elérési út nem lehet egy kurzuscsomagban: „{first}” és „{second}” ({where}); nevezze át az egyiket, vagy kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}: the id '{id}' is already used at {first}; ask the pack's publisher for a corrected pack.</source>
            <translation>A kurzuscsomag jegyzékfájlja hibás ({where}): a(z) „{id}” azonosító már foglalt ({first}); kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}: item '{item}' refers to '{path}', which is not one of the pack's files; ask the pack's publisher for a corrected pack.</source>
            <translation>A kurzuscsomag jegyzékfájlja hibás ({where}): a(z) „{item}” elem erre hivatkozik: „{path}”, de ez nem a csomag fájlja; kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}: item '{item}' has the type '{type}', which this C4S Desktop does not know (it knows {known}); ask the pack's publisher for a corrected pack.</source>
            <translation>A kurzuscsomag jegyzékfájlja hibás ({where}): a(z) „{item}” elem típusa „{type}”, amelyet ez a C4S Desktop nem ismer (ismert típusok: {known}); kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
        <message>
            <source>This pack is in pack format {found} (see {where} in its manifest), but this C4S Desktop reads only format {supported}; update C4S Desktop to install it.</source>
            <translation>Ez a kurzuscsomag formátuma {found} (lásd: {where} a jegyzékfájlban), de ez a C4S Desktop csak ezt a formátumot olvassa: {supported}; a telepítéshez frissítse a C4S Desktopot.</translation>
        </message>
        <message>
            <source>This pack needs C4S Desktop {needed} or newer (see {where} in its manifest), but this is version {have}; update C4S Desktop to install it.</source>
            <translation>Ehhez a kurzuscsomaghoz legalább {needed} verziójú C4S Desktop kell (lásd: {where} a jegyzékfájlban), de a jelenlegi verzió: {have}; a telepítéshez frissítse a C4S Desktopot.</translation>
        </message>
        <message>
            <source>The pack's quiz file {file} is not valid JSON; ask the pack's publisher for a corrected pack.</source>
            <translation>A kurzuscsomag {file} kvízfájlja nem érvényes JSON; kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
        <message>
            <source>The pack's quiz file {file} is invalid at {at}; ask the pack's publisher for a corrected pack.</source>
            <translation>A kurzuscsomag {file} kvízfájlja hibás ({at}); kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
        <message>
            <source>There is no file or folder at {pack}; check the path.</source>
            <translation>Itt nincs fájl vagy mappa: {pack}; ellenőrizze az elérési utat.</translation>
        </message>
        <message>
            <source>{pack} is not a C4S pack: it is neither a pack folder nor a .c4spack file.</source>
            <translation>{pack} nem C4S kurzuscsomag: se nem csomagmappa, se nem .c4spack fájl.</translation>
        </message>
        <message>
            <source>The pack file {pack} is damaged or incomplete; copy it again from its source.</source>
            <translation>A(z) {pack} kurzuscsomag-fájl sérült vagy hiányos; másolja át újra a forrásából.</translation>
        </message>
        <message>
            <source>The pack {pack} cannot be read; check the drive and copy it again.</source>
            <translation>A kurzuscsomag nem olvasható: {pack}; ellenőrizze a meghajtót, és másolja át újra.</translation>
        </message>
        <message>
            <source>{pack} has no manifest.json, so it is not a C4S pack.</source>
            <translation>{pack} nem tartalmaz manifest.json fájlt, így nem C4S kurzuscsomag.</translation>
        </message>
        <message>
            <source>The signature file of {pack} is too large to be a signature.</source>
            <translation>A(z) {pack} aláírásfájlja túl nagy ahhoz, hogy aláírás legyen.</translation>
        </message>
        <message>
            <source>The quiz file {path} in {pack} is larger than {limit} bytes.</source>
            <translation type="vanished">A(z) {pack} {path} kvízfájlja nagyobb {limit} bájtnál.</translation>
        </message>
        <message>
            <source>The pack {pack} contains a link ({path}); packs must hold plain files only, so it was refused.</source>
            <translation>A(z) {pack} kurzuscsomag hivatkozást tartalmaz ({path}); a csomagokban csak közönséges fájlok lehetnek, ezért elutasítva.</translation>
        </message>
        <message>
            <source>The pack {pack} contains {path}, which is not a plain file.</source>
            <translation>A(z) {pack} kurzuscsomag tartalmazza ezt: {path}, de ez nem közönséges fájl.</translation>
        </message>
        <message>
            <source>The pack {pack} holds {path} twice; it was refused.</source>
            <translation>A(z) {pack} kurzuscsomag kétszer tartalmazza ezt: {path}; elutasítva.</translation>
        </message>
        <message>
            <source>The pack {pack} holds an encrypted entry ({path}); it was refused.</source>
            <translation>A(z) {pack} kurzuscsomag titkosított elemet tartalmaz ({path}); elutasítva.</translation>
        </message>
        <message>
            <source>The pack {pack} contains {path}, which its manifest does not list; it may have been tampered with, so it was refused.</source>
            <translation>A(z) {pack} kurzuscsomag olyan fájlt tartalmaz, amely nem szerepel a jegyzékfájljában: {path}; lehet, hogy manipulálták, ezért elutasítva.</translation>
        </message>
        <message>
            <source>The pack {pack} is incomplete: {path} is missing; copy the whole pack again.</source>
            <translation>A(z) {pack} kurzuscsomag hiányos, ez hiányzik belőle: {path}; másolja át újra a teljes csomagot.</translation>
        </message>
        <message>
            <source>{path} in {pack} has {found} bytes where the manifest says {expected}; the pack is damaged or was altered, so nothing was installed.</source>
            <translation type="vanished">{path} ({pack}) mérete {found} bájt, a jegyzékfájl szerint viszont {expected}; a kurzuscsomag sérült vagy módosították, ezért semmi sem települt.</translation>
        </message>
        <message>
            <source>{path} in {pack} does not match its checksum; the pack is damaged or was altered, so nothing was installed.</source>
            <translation>{path} ({pack}) nem egyezik az ellenőrzőösszegével; a kurzuscsomag sérült vagy módosították, ezért semmi sem települt.</translation>
        </message>
        <message>
            <source>The signature of {pack} does not match its manifest; the pack was altered after it was signed, so it was refused.</source>
            <translation>A(z) {pack} aláírása nem egyezik a jegyzékfájljával; a kurzuscsomagot az aláírás után módosították, ezért elutasítva.</translation>
        </message>
        <message>
            <source>{pack} is not signed; an admin can install it anyway with --allow-untrusted.</source>
            <translation>{pack} nincs aláírva; egy rendszergazda az --allow-untrusted kapcsolóval mégis telepítheti.</translation>
        </message>
        <message>
            <source>{pack} is signed by '{publisher}' (key {fingerprint}), which this computer does not trust; an admin can trust the key or install it once with --allow-untrusted.</source>
            <translation>{pack} aláírója „{publisher}” ({fingerprint} kulcs), aki ezen a számítógépen nem megbízható; egy rendszergazda megbízhatóvá teheti a kulcsot, vagy egyszer telepítheti az --allow-untrusted kapcsolóval.</translation>
        </message>
        <message>
            <source>Version {version} of {pack_id} is not newer than the installed version {installed}; use --force to reinstall it (for a repair).</source>
            <translation type="vanished">A(z) {pack_id} {version} verziója nem újabb a telepített {installed} verziónál; újratelepítéshez (javításhoz) használja a --force kapcsolót.</translation>
        </message>
        <message>
            <source>No pack with the id {pack_id} is installed.</source>
            <translation>Nincs telepítve kurzuscsomag ezzel az azonosítóval: {pack_id}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name so no key is overwritten.</source>
            <translation>{path} már létezik; válasszon másik fájlnevet, hogy egyetlen kulcs se íródjon felül.</translation>
        </message>
        <message>
            <source>Cannot write the key file {path}.</source>
            <translation>A kulcsfájl nem írható: {path}.</translation>
        </message>
        <message>
            <source>{path} is not an Ed25519 private key written by 'c4s pack keygen'.</source>
            <translation>{path} nem a „c4s pack keygen” által írt Ed25519 titkos kulcs.</translation>
        </message>
        <message>
            <source>{path} does not hold a public key (one line of base64 for 32 bytes).</source>
            <translation>{path} nem tartalmaz nyilvános kulcsot (egy sor base64, 32 bájt).</translation>
        </message>
        <message>
            <source>'{key}' is not a public key (base64 of 32 bytes).</source>
            <translation>„{key}” nem nyilvános kulcs (32 bájt base64-ben).</translation>
        </message>
        <message>
            <source>No trusted key matches '{key}'; 'c4s trust list' shows the keys.</source>
            <translation>Egyetlen megbízható kulcs sem egyezik ezzel: „{key}”; a kulcsokat a „c4s trust list” mutatja.</translation>
        </message>
        <message>
            <source>The source folder {src} has no manifest.json.</source>
            <translation>A forrásmappában nincs manifest.json: {src}.</translation>
        </message>
        <message>
            <source>The manifest in {src} names a publisher key that is not the key given with --key; remove publisher.key from it.</source>
            <translation>A jegyzékfájl ({src}) más kiadói kulcsot nevez meg, mint a --key kapcsolóval megadott; törölje belőle a publisher.key mezőt.</translation>
        </message>
        <message>
            <source>There is not enough free space in {path}: {needed_mb} MB needed, {free_mb} MB free; free some space or remove packs, then try again.</source>
            <translation type="vanished">Nincs elég szabad hely itt: {path}; {needed_mb} MB kell, {free_mb} MB szabad. Szabadítson fel helyet, vagy távolítson el kurzuscsomagokat, majd próbálja újra.</translation>
        </message>
        <message>
            <source>The disk holding {path} became full; nothing was installed. Free some space and try again.</source>
            <translation>Megtelt a lemez, amelyen ez van: {path}; semmi sem települt. Szabadítson fel helyet, és próbálja újra.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Megszakítva; semmi sem változott.</translation>
        </message>
        <message>
            <source>The data folder {data_dir} is in use by another C4S Desktop window or c4s command; close it and try again.</source>
            <translation>Az adatmappát ({data_dir}) egy másik C4S Desktop-ablak vagy c4s parancs használja; zárja be, és próbálja újra.</translation>
        </message>
        <message>
            <source>The database {db} is damaged; restore the latest backup with 'c4s store restore' (your blobs and backups are untouched).</source>
            <translation>Az adatbázis sérült: {db}; állítsa vissza a legutóbbi biztonsági mentést a „c4s store restore” paranccsal (a tartalomfájlok és a mentések érintetlenek).</translation>
        </message>
        <message>
            <source>The database {db} is damaged and there is no backup yet; move it aside and start again, or ask an admin to recover it.</source>
            <translation type="vanished">Az adatbázis sérült: {db}, és még nincs biztonsági mentés; helyezze át máshová, és kezdje újra, vagy kérje meg a rendszergazdát a helyreállítására.</translation>
        </message>
        <message>
            <source>The database {db} was written by a newer C4S Desktop (schema {found}, this app knows up to {known}); update C4S Desktop to open it.</source>
            <translation>Az adatbázist ({db}) egy újabb C4S Desktop írta (séma: {found}, ez az alkalmazás legfeljebb ezt ismeri: {known}); a megnyitásához frissítse a C4S Desktopot.</translation>
        </message>
        <message>
            <source>C4S Desktop cannot write to the data folder {data_dir}; choose another folder with --data-dir or fix its permissions.</source>
            <translation>A C4S Desktop nem tud írni az adatmappába: {data_dir}; válasszon másik mappát a --data-dir kapcsolóval, vagy javítsa a jogosultságait.</translation>
        </message>
        <message>
            <source>There is no backup in {backups} to restore.</source>
            <translation>Nincs visszaállítható biztonsági mentés itt: {backups}.</translation>
        </message>
        <message>
            <source>The backup {backup} does not exist.</source>
            <translation>Ez a biztonsági mentés nem létezik: {backup}.</translation>
        </message>
        <message>
            <source>The backup {backup} is damaged too; try an older one.</source>
            <translation>Ez a biztonsági mentés is sérült: {backup}; próbáljon egy régebbit.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full; free some space and try again (nothing was lost).</source>
            <translation>Megtelt a lemez, amelyen ez van: {path}; szabadítson fel helyet, és próbálja újra (semmi sem veszett el).</translation>
        </message>
        <message>
            <source>A learner's name needs 1 to {max_len} characters.</source>
            <translation>A tanuló neve 1–{max_len} karakter hosszú lehet.</translation>
        </message>
        <message>
            <source>There is already a learner called '{name}'; choose another name.</source>
            <translation>Már van ilyen nevű tanuló: „{name}”; válasszon másik nevet.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>A PIN-kód 4–8 számjegyből áll.</translation>
        </message>
        <message>
            <source>That PIN is not right for {name}; try again.</source>
            <translation>Ez nem {name} PIN-kódja; próbálja újra.</translation>
        </message>
        <message>
            <source>There is no learner '{learner}' on this computer.</source>
            <translation>Nincs ilyen tanuló ezen a számítógépen: „{learner}”.</translation>
        </message>
        <message>
            <source>The answer given to question {question} cannot be scored: it should be {expected}, but it is {got}.</source>
            <translation>A(z) {question} kérdésre adott válasz nem értékelhető: {expected} kellene, de ez: {got}.</translation>
        </message>
        <message>
            <source>The answers name questions that the quiz does not have: {questions}; check that they were given for this quiz.</source>
            <translation>A válaszok olyan kérdésekre hivatkoznak, amelyek nincsenek a kvízben: {questions}; ellenőrizze, hogy ehhez a kvízhez tartoznak-e.</translation>
        </message>
        <message>
            <source>There is no file at {path}; check the path.</source>
            <translation>Itt nincs fájl: {path}; ellenőrizze az elérési utat.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read; check the path.</source>
            <translation>A fájl nem olvasható: {path}; ellenőrizze az elérési utat.</translation>
        </message>
        <message>
            <source>The answers file {path} is not valid JSON; it must be one JSON object mapping question ids to answers.</source>
            <translation>A válaszfájl nem érvényes JSON: {path}; egyetlen JSON-objektumnak kell lennie, amely a kérdésazonosítókhoz válaszokat rendel.</translation>
        </message>
        <message>
            <source>The answers file {path} holds {got}, but it must be one JSON object mapping question ids to answers.</source>
            <translation>A válaszfájl ({path}) tartalma: {got}, de egyetlen JSON-objektumnak kell lennie, amely a kérdésazonosítókhoz válaszokat rendel.</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so the copy was not saved. Free some space or choose another place, then try again.</source>
            <translation>A(z) {folder} mappát tartalmazó lemez megtelt, ezért a másolat nem lett mentve. Szabadítson fel helyet, vagy válasszon másik helyet, majd próbálja újra.</translation>
        </message>
        <message>
            <source>The copy cannot be saved as {path}. Choose another place, then try again.</source>
            <translation>A másolat nem menthető ide: {path}. Válasszon másik helyet, majd próbálja újra.</translation>
        </message>
        <message>
            <source>This file is missing from the library, so no copy was saved. Repair the course, then try again.</source>
            <translation type="vanished">Ez a fájl hiányzik a könyvtárból, ezért nem készült másolat. Javítsa ki a kurzust, majd próbálja újra.</translation>
        </message>
        <message>
            <source>{path} is not a C4S Desktop certificate.</source>
            <translation>{path} nem C4S Desktop-tanúsítvány.</translation>
        </message>
        <message>
            <source>The facts in {path} were changed after the certificate was signed; do not trust it.</source>
            <translation>A(z) {path} adatait a tanúsítvány aláírása után módosították; ne fogadja el.</translation>
        </message>
        <message>
            <source>The signature in {path} does not match its facts and key; the certificate was not made by C4S Desktop or was forged.</source>
            <translation>A(z) {path} aláírása nem egyezik az adataival és a kulcsával; a tanúsítványt nem a C4S Desktop készítette, vagy hamisították.</translation>
        </message>
        <message>
            <source>This computer's certificate key {path} cannot be read; restore it from a backup, or move it away so that a new key is made.</source>
            <translation>E számítógép tanúsítványkulcsa ({path}) nem olvasható; állítsa vissza biztonsági mentésből, vagy helyezze át, hogy új kulcs készüljön.</translation>
        </message>
        <message>
            <source>The certificate cannot be written to {path}; choose another folder.</source>
            <translation>A tanúsítvány nem írható ide: {path}; válasszon másik mappát.</translation>
        </message>
        <message>
            <source>{learner} has not completed the course {course} yet, so there is no certificate to save.</source>
            <translation>{learner} még nem végezte el a(z) {course} kurzust, így nincs menthető tanúsítvány.</translation>
        </message>
        <message>
            <source>The statement field {field} is not valid.</source>
            <translation>Az utasítás {field} mezője érvénytelen.</translation>
        </message>
        <message>
            <source>This computer is not connected to a sync server yet; set up sync first.</source>
            <translation>Ez a számítógép még nem kapcsolódik szinkronizálási kiszolgálóhoz; előbb állítsa be a szinkronizálást.</translation>
        </message>
        <message>
            <source>The sync server at {server} cannot be reached; your progress is kept and will be sent later.</source>
            <translation>A(z) {server} szinkronizálási kiszolgáló nem érhető el; a haladása megmarad, és később elküldjük.</translation>
        </message>
        <message>
            <source>The sync server at {server} answered with an error ({status}); your progress is kept and will be sent later.</source>
            <translation>A(z) {server} szinkronizálási kiszolgáló hibával válaszolt ({status}); a haladása megmarad, és később elküldjük.</translation>
        </message>
        <message>
            <source>The sync server at {server} sent a reply this app does not understand.</source>
            <translation>A(z) {server} szinkronizálási kiszolgáló olyan választ küldött, amelyet ez az alkalmazás nem ért.</translation>
        </message>
        <message>
            <source>The sync server at {server} refused this computer's credentials; ask an administrator to enroll it again.</source>
            <translation>A(z) {server} szinkronizálási kiszolgáló elutasította a számítógép hitelesítő adatait; kérje meg a rendszergazdát, hogy regisztrálja újra.</translation>
        </message>
        <message>
            <source>The sync server at {server} does not let this computer do that.</source>
            <translation>A(z) {server} szinkronizálási kiszolgáló ezt nem engedi meg ennek a számítógépnek.</translation>
        </message>
        <message>
            <source>The server refused the enrollment code; ask an admin for a new one.</source>
            <translation>A kiszolgáló elutasította a regisztrációs kódot; kérjen újat egy rendszergazdától.</translation>
        </message>
        <message>
            <source>The server at {server} does not offer device enrollment; use a user name and password instead.</source>
            <translation>A(z) {server} kiszolgáló nem kínál eszközregisztrációt; használjon helyette felhasználónevet és jelszót.</translation>
        </message>
        <message>
            <source>Type the LRS password on the first line of the standard input.</source>
            <translation>Írja be az LRS jelszavát a szabványos bemenet első sorába.</translation>
        </message>
        <message>
            <source>The sync settings in {path} cannot be read; set up sync again.</source>
            <translation>A(z) {path} fájlban lévő szinkronizálási beállítások nem olvashatók; állítsa be újra a szinkronizálást.</translation>
        </message>
        <message>
            <source>The server at {server} does not offer a pack catalog.</source>
            <translation>A(z) {server} kiszolgáló nem kínál kurzuscsomag-katalógust.</translation>
        </message>
        <message>
            <source>'{learner}' is not a learner id (it looks like 8-4-4-4-12 hex digits).</source>
            <translation>„{learner}” nem tanulóazonosító (alakja 8-4-4-4-12 hexadecimális számjegy).</translation>
        </message>
        <message>
            <source>The server does not offer a pack with the id {pack_id}.</source>
            <translation>A kiszolgáló nem kínál {pack_id} azonosítójú kurzuscsomagot.</translation>
        </message>
        <message>
            <source>Downloading {what} failed; start the download again to resume it.</source>
            <translation>A(z) {what} letöltése nem sikerült; indítsa újra a letöltést a folytatáshoz.</translation>
        </message>
        <message>
            <source>The download is paused; start it again to resume where it stopped.</source>
            <translation>A letöltés szünetel; indítsa újra, és ott folytatódik, ahol abbamaradt.</translation>
        </message>
        <message>
            <source>The file {what} arrived damaged (its checksum is wrong), so it was not kept; try again.</source>
            <translation>A(z) {what} fájl sérülten érkezett (az ellenőrzőösszege hibás), ezért nem tartottuk meg; próbálja újra.</translation>
        </message>
        <message>
            <source>The quiz file {path} of the course {pack} is missing or cannot be read. Repair the course, then try again.</source>
            <translation type="vanished">A(z) {pack} kurzus {path} kvízfájlja hiányzik vagy nem olvasható. Javítsa ki a kurzust, majd próbálja újra.</translation>
        </message>
        <message>
            <source>You have used all {max} attempts at this quiz. Your best result is kept.</source>
            <translation>Ennél a kvíznél minden próbálkozását felhasználta (összesen {max}). A legjobb eredményét megőrizzük.</translation>
        </message>
        <message>
            <source>This attempt is already finished and takes no more answers. Start a new attempt to answer again.</source>
            <translation>Ez a próbálkozás már befejeződött, és nem fogad több választ. Indítson új próbálkozást, ha újra válaszolna.</translation>
        </message>
        <message>
            <source>Question {question} already has an answer in this attempt; an answer cannot be changed once given.</source>
            <translation>A(z) {question} kérdésre már van válasz ebben a próbálkozásban; a megadott válasz nem módosítható.</translation>
        </message>
        <message>
            <source>{out} already exists and is not a pack built before; choose another output path so nothing is overwritten.</source>
            <translation>{out} már létezik, és nem korábban készített kurzuscsomag; válasszon másik kimeneti útvonalat, hogy semmi ne íródjon felül.</translation>
        </message>
        <message>
            <source>The output {out} would overwrite the source folder {src} or a part of it; choose an output path outside it.</source>
            <translation>A(z) {out} kimenet felülírná a(z) {src} forrásmappát vagy annak egy részét; válasszon rajta kívüli kimeneti útvonalat.</translation>
        </message>
        <message>
            <source>Cannot write the pack {out}; check that its folder exists, can be written to and has free space.</source>
            <translation>A(z) {out} csomag nem írható; ellenőrizze, hogy a mappája létezik, írható, és van rajta szabad hely.</translation>
        </message>
        <message>
            <source>There is no public key file at {path}; check the path.</source>
            <translation>Nincs nyilvános kulcsfájl itt: {path}; ellenőrizze az útvonalat.</translation>
        </message>
        <message>
            <source>'{server}' is not a server address; give one such as https://sync.example.org.</source>
            <translation>„{server}” nem kiszolgálócím; adjon meg egyet, például: https://sync.example.org.</translation>
        </message>
        <message>
            <source>This file is missing from the library, so no copy was saved; add its course again (File → Add packs…) to repair it.</source>
            <translation>Ez a fájl hiányzik a könyvtárból, ezért nem készült másolat; a javításhoz adja hozzá újra a kurzusát (Fájl → Kurzuscsomagok hozzáadása…).</translation>
        </message>
        <message>
            <source>{path} is not a progress file saved by C4S Desktop, whatever its name says; choose a file saved with File → Save my progress to a drive…</source>
            <translation>{path} nem a C4S Desktop által mentett haladásfájl, bármi is a neve; válasszon olyan fájlt, amelyet a Fájl → Haladásom mentése meghajtóra… paranccsal mentettek.</translation>
        </message>
        <message>
            <source>The progress file {path} was saved by a newer C4S Desktop; update this app, then load it again.</source>
            <translation>A(z) {path} haladásfájlt a C4S Desktop egy újabb verziója mentette; frissítse ezt az alkalmazást, majd töltse be újra.</translation>
        </message>
        <message>
            <source>The progress file {path} cannot be read; check that the drive is still plugged in, then try again.</source>
            <translation>A(z) {path} haladásfájl nem olvasható; ellenőrizze, hogy a meghajtó még csatlakoztatva van-e, majd próbálja újra.</translation>
        </message>
        <message>
            <source>The progress file cannot be saved as {path}; choose another place, then try again.</source>
            <translation>A haladásfájl nem menthető ide: {path}; válasszon másik helyet, majd próbálja újra.</translation>
        </message>
        <message>
            <source>The drive holding {folder} is full, so the progress file was not saved; free some space or choose another drive, then try again.</source>
            <translation>A(z) {folder} mappát tartalmazó meghajtó megtelt, ezért a haladásfájl nem lett mentve; szabadítson fel helyet vagy válasszon másik meghajtót, majd próbálja újra.</translation>
        </message>
        <message>
            <source>There is no learner to save on this computer yet, so no progress file was written.</source>
            <translation>Ezen a számítógépen még nincs tanuló, ezért nem készült haladásfájl.</translation>
        </message>
        <message>
            <source>The progress file {path} is damaged, so nothing was loaded from it; save it again on the computer it came from.</source>
            <translation>A(z) {path} haladásfájl sérült, ezért semmi sem töltődött be belőle; mentse el újra azon a számítógépen, ahonnan származik.</translation>
        </message>
        <message>
            <source>The progress file {path} holds a record that is not valid, so nothing was loaded from it; save it again on the computer it came from.</source>
            <translation>A(z) {path} haladásfájl érvénytelen bejegyzést tartalmaz, ezért semmi sem töltődött be belőle; mentse el újra azon a számítógépen, ahonnan származik.</translation>
        </message>
        <message>
            <source>{pack} is signed by '{publisher}' (key {fingerprint}), but the installed version of this course came from '{installed_publisher}' (key {installed_fingerprint}); install it only if the course changed hands: an admin can allow it once with --allow-untrusted.</source>
            <translation>{pack} aláírója „{publisher}” ({fingerprint} kulcs), de a kurzus telepített változata „{installed_publisher}” kiadótól származik ({installed_fingerprint} kulcs); csak akkor telepítse, ha a kurzus kiadót váltott: egy rendszergazda egyszer engedélyezheti az --allow-untrusted kapcsolóval.</translation>
        </message>
        <message>
            <source>A learner's name cannot contain control or invisible formatting characters (such as a zero-width space or a text direction mark); type the name again.</source>
            <translation>A tanuló neve nem tartalmazhat vezérlőkaraktereket vagy láthatatlan formázó karaktereket (például nulla szélességű szóközt vagy írásirány-jelet); írja be újra a nevet.</translation>
        </message>
        <message>
            <source>A learner's name needs at least one letter, digit or sign that can be seen.</source>
            <translation>A tanuló nevében legalább egy látható betűnek, számjegynek vagy jelnek kell lennie.</translation>
        </message>
        <message>
            <source>The database {db} could not be read; it was left as it is. Check that its disk is connected and working, then try again.</source>
            <translation>Az adatbázis nem olvasható: {db}; változatlanul maradt. Ellenőrizze, hogy a lemeze csatlakoztatva van és működik, majd próbálja újra.</translation>
        </message>
        <message>
            <source>The database {db} is missing, though the data folder {data_dir} has been used; restore the latest backup with 'c4s store restore'. Nothing was changed.</source>
            <translation>Hiányzik az adatbázis: {db}, pedig az adatmappa ({data_dir}) már használatban volt; állítsa vissza a legutóbbi biztonsági mentést a „c4s store restore” paranccsal. Semmi sem változott.</translation>
        </message>
        <message>
            <source>The database {db} is missing, though the data folder {data_dir} has been used, and there is no backup of it; put the file back, or ask an admin to recover it. Nothing was changed.</source>
            <translation>Hiányzik az adatbázis: {db}, pedig az adatmappa ({data_dir}) már használatban volt, és nincs róla biztonsági mentés; tegye vissza a fájlt, vagy kérje meg a rendszergazdát a helyreállítására. Semmi sem változott.</translation>
        </message>
        <message>
            <source>The file {db} is not a C4S Desktop database; it was left as it is. Move it out of the data folder {data_dir}, or choose another folder with --data-dir.</source>
            <translation>A fájl nem C4S Desktop-adatbázis: {db}; változatlanul maradt. Helyezze át az adatmappán ({data_dir}) kívülre, vagy válasszon másik mappát a --data-dir kapcsolóval.</translation>
        </message>
        <message>
            <source>{path} in {src} is not UTF-8 text, so the app would show it as garbage; save it as UTF-8 and build again.</source>
            <translation>{path} ({src} mappa) nem UTF-8 szöveg, így az alkalmazás olvashatatlanul jelenítené meg; mentse UTF-8 kódolással, és készítse el újra a kurzuscsomagot.</translation>
        </message>
        <message>
            <source>{path} in {src} is not a PDF file; export the fact sheet as PDF and build again.</source>
            <translation>{path} ({src} mappa) nem PDF-fájl; exportálja a tájékoztató lapot PDF-be, és készítse el újra a kurzuscsomagot.</translation>
        </message>
        <message>
            <source>The connection to {server} would not be encrypted, so the credentials and learners' progress could be read on the network: use https:// if the server offers it, or add --allow-http to connect anyway.</source>
            <translation>A(z) {server} kiszolgálóval létesített kapcsolat nem lenne titkosított, így a hitelesítő adatokat és a tanulók haladását bárki elolvashatná a hálózaton: használja a https:// címet, ha a kiszolgáló támogatja, vagy adja meg az --allow-http kapcsolót, ha mégis csatlakozni szeretne.</translation>
        </message>
        <message>
            <source>The progress file {path} holds more than this app loads at once (at most {statements} records and {megabytes} MB), so nothing was loaded from it; save it again on the computer it came from, with fewer learners in each file.</source>
            <translation type="vanished">A(z) {path} haladásfájl többet tartalmaz, mint amennyit ez az alkalmazás egyszerre betölt (legfeljebb {statements} bejegyzés és {megabytes} MB), ezért semmi sem töltődött be belőle; mentse el újra azon a számítógépen, ahonnan származik, fájlonként kevesebb tanulóval.</translation>
        </message>
        <message>
            <source>This progress is more than one progress file can hold (at most {statements} records and {megabytes} MB), so no file was saved; save fewer learners in each file.</source>
            <translation type="vanished">Ez a haladás több, mint amennyit egy haladásfájl tárolhat (legfeljebb {statements} bejegyzés és {megabytes} MB), ezért nem készült fájl; mentsen fájlonként kevesebb tanulót.</translation>
        </message>
        <message>
            <source>The drive holding {pack} stopped answering, so nothing was installed; plug it in again and retry.</source>
            <translation>A(z) {pack} kurzuscsomagot tartalmazó meghajtó nem válaszol, ezért semmi sem települt; csatlakoztassa újra, majd próbálja újra.</translation>
        </message>
        <message>
            <source>The signing key {key} lies inside the source folder {src}, so it would be shipped in the pack for anyone to copy; move it out of the folder and build again.</source>
            <translation>A(z) {key} aláírókulcs a(z) {src} forrásmappában van, így bárki számára másolhatóan a kurzuscsomagba kerülne; helyezze át a mappán kívülre, és készítse el újra a kurzuscsomagot.</translation>
        </message>
        <message>
            <source>{path} in {src} is a private key, which must never be shipped in a pack; move it out of the folder and build again.</source>
            <translation>{path} ({src} mappa) privát kulcs, amely soha nem kerülhet kurzuscsomagba; helyezze át a mappán kívülre, és készítse el újra a kurzuscsomagot.</translation>
        </message>
        <message>
            <source>{path} in {src} has {chars} in its name, which Windows and FAT or exFAT sticks do not allow; rename it and build again.</source>
            <translation>{path} ({src} mappa) neve ilyen karaktert tartalmaz: {chars}, amelyet a Windows és a FAT vagy exFAT formátumú pendrive-ok nem engednek meg; nevezze át, és készítse el újra a kurzuscsomagot.</translation>
        </message>
        <message>
            <source>{path} in {src} uses the name {name}, which Windows keeps for a device, so the file could not be copied to a Windows computer; rename it and build again.</source>
            <translation>{path} ({src} mappa) a(z) {name} nevet használja, amelyet a Windows egy eszköznek tart fenn, így a fájl nem volna átmásolható Windowsos számítógépre; nevezze át, és készítse el újra a kurzuscsomagot.</translation>
        </message>
        <message>
            <source>{path} in {src} has a name ending in a dot or a space ('{name}'), which Windows and FAT or exFAT sticks drop; rename it and build again.</source>
            <translation>{path} ({src} mappa) neve pontra vagy szóközre végződik („{name}”), amelyet a Windows és a FAT vagy exFAT formátumú pendrive-ok elhagynak; nevezze át, és készítse el újra a kurzuscsomagot.</translation>
        </message>
        <message>
            <source>The pack {out} is too large for its drive, which cannot hold a file this big (FAT32 sticks hold no file over 4 GiB); build it with --folder if no single file of the course is over 4 GiB, or write it to a stick formatted as exFAT.</source>
            <translation>A(z) {out} kurzuscsomag túl nagy a meghajtójához, amely nem tud ekkora fájlt tárolni (a FAT32 formátumú pendrive-ok nem tárolnak 4 GiB-nál nagyobb fájlt); készítse el a --folder kapcsolóval, ha a kurzus egyetlen fájlja sem nagyobb 4 GiB-nál, vagy írja exFAT formátumú pendrive-ra.</translation>
        </message>
        <message>
            <source>{path} in {src} is too large for the drive the pack goes to, which cannot hold a file this big (FAT32 sticks hold no file over 4 GiB); write the pack to a stick formatted as exFAT, or make the file smaller.</source>
            <translation>{path} ({src} mappa) túl nagy a kurzuscsomag célmeghajtójához, amely nem tud ekkora fájlt tárolni (a FAT32 formátumú pendrive-ok nem tárolnak 4 GiB-nál nagyobb fájlt); írja a kurzuscsomagot exFAT formátumú pendrive-ra, vagy csökkentse a fájl méretét.</translation>
        </message>
        <message>
            <source>There is not enough free space for the pack {out}: {needed_mb} MB needed, {free_mb} MB free; free some space on that drive or choose another, then build again.</source>
            <translation type="vanished">Nincs elég szabad hely a(z) {out} kurzuscsomaghoz: {needed_mb} MB kell, {free_mb} MB szabad; szabadítson fel helyet azon a meghajtón, vagy válasszon másikat, majd készítse el újra.</translation>
        </message>
        <message>
            <source>The two PINs are not the same; type the same PIN twice.</source>
            <translation>A két PIN-kód nem egyezik; írja be kétszer ugyanazt a PIN-kódot.</translation>
        </message>
        <message>
            <source>This computer has a trainer already; only a trainer can see class progress, so sign in as a trainer.</source>
            <translation>Ezen a számítógépen már van oktató; a csoport haladását csak oktató láthatja, ezért lépjen be oktatóként.</translation>
        </message>
        <message>
            <source>A trainer sees every learner's progress, so {name} needs a PIN; give one (4 to 8 digits).</source>
            <translation>Az oktató minden tanuló haladását látja, ezért {name} számára PIN-kód szükséges; adjon meg egyet (4–8 számjegy).</translation>
        </message>
        <message>
            <source>Only a trainer can see class progress; sign in as a trainer.</source>
            <translation type="vanished">A csoport haladását csak oktató láthatja; lépjen be oktatóként.</translation>
        </message>
        <message>
            <source>Only the computer's owner can make {name} the trainer now that other learners use this computer: ask them to run c4s learners trainer with your name.</source>
            <translation>Mivel ezt a számítógépet más tanulók is használják, csak a tulajdonosa teheti oktatóvá ezt a tanulót: {name}; kérje meg, hogy futtassa a c4s learners trainer parancsot az Ön nevével.</translation>
        </message>
        <message>
            <source>Only a trainer can see class progress (on this computer: {names}); sign in as a trainer.</source>
            <translation>A csoport haladását csak oktató láthatja (ezen a számítógépen: {names}); lépjen be oktatóként.</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so the spreadsheet was not saved; free some space or choose another drive.</source>
            <translation>Megtelt a lemez, amelyen ez van: {folder}, ezért a táblázat nem lett mentve; szabadítson fel helyet, vagy válasszon másik meghajtót.</translation>
        </message>
        <message>
            <source>The spreadsheet cannot be saved as {path}; choose another folder or name.</source>
            <translation>A táblázat nem menthető ezen a néven: {path}; válasszon másik mappát vagy nevet.</translation>
        </message>
        <message>
            <source>{name} is not a trainer of this computer; choose one of its trainers.</source>
            <translation>{name} nem oktató ezen a számítógépen; válasszon egyet az oktatói közül.</translation>
        </message>
        <message>
            <source>{pack} changed after installing it was confirmed, so nothing of it was installed; add it again to be asked about what it holds now.</source>
            <translation>A(z) {pack} megváltozott, miután a telepítését jóváhagyták, ezért semmi sem települt belőle; adja hozzá újra, hogy a mostani tartalmáról kérdezzük.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for {name} in a row; wait {seconds} seconds, then try again.</source>
            <translation>{name} PIN-kódját túl sokszor adták meg hibásan egymás után; várjon {seconds} másodpercet, majd próbálja újra.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for {name} in a row; wait {minutes} minutes, then try again.</source>
            <translation>{name} PIN-kódját túl sokszor adták meg hibásan egymás után; várjon {minutes} percet, majd próbálja újra.</translation>
        </message>
        <message>
            <source>A web page answered instead of the sync server at {server}: if this network asks you to sign in (as hotel or office Wi-Fi does), sign in with a web browser; your progress is kept and will be sent later.</source>
            <translation>A(z) {server} szinkronizálási kiszolgáló helyett egy weboldal válaszolt: ha ez a hálózat bejelentkezést kér (ahogy a szállodai vagy irodai wifi), jelentkezzen be egy webböngészővel; a haladása megmarad, és később elküldjük.</translation>
        </message>
        <message>
            <source>The progress recorded on this computer cannot be read: its file {db} is damaged, and there is no backup of it. Ask whoever looks after this computer for help; progress already sent to your organisation's server is safe there.</source>
            <translation>Az ezen a számítógépen rögzített haladás nem olvasható: a(z) {db} fájl sérült, és nincs róla biztonsági mentés. Kérjen segítséget attól, aki ezt a számítógépet gondozza; a szervezete kiszolgálójára már elküldött haladás ott biztonságban van.</translation>
        </message>
        <message>
            <source>The disk holding the data folder {data_dir} has become read-only, which often means it is failing: ask whoever looks after this computer to check it, and to copy the data folder somewhere safe first.</source>
            <translation>A(z) {data_dir} adatmappát tartalmazó lemez csak olvashatóvá vált, ami gyakran azt jelenti, hogy meghibásodóban van: kérje meg azt, aki ezt a számítógépet gondozza, hogy ellenőrizze, és előbb másolja az adatmappát biztonságos helyre.</translation>
        </message>
        <message>
            <source>The quiz file {path} of the course {pack} is missing or cannot be read; add its course again (File → Add packs…) to repair it.</source>
            <translation>A(z) {pack} kurzus {path} kvízfájlja hiányzik vagy nem olvasható; a javításhoz adja hozzá újra a kurzust (Fájl → Kurzuscsomagok hozzáadása…).</translation>
        </message>
        <message>
            <source>Version {version} of {pack_id} is already installed; use --force to reinstall it and repair its files.</source>
            <translation>A(z) {pack_id} {version} verziója már telepítve van; az újratelepítéshez és a fájljai javításához használja a --force kapcsolót.</translation>
        </message>
        <message>
            <source>Version {version} of {pack_id} is older than the installed version {installed}; use --force only to go back to it on purpose (what learners did in the newer version is kept).</source>
            <translation>A(z) {pack_id} {version} verziója régebbi a telepített {installed} verziónál; a --force kapcsolót csak akkor használja, ha szándékosan vissza akar térni hozzá (amit a tanulók az újabb verzióban végeztek, megmarad).</translation>
        </message>
        <message>
            <source>The sync server at {server} cannot take anything right now and asks to be tried later; your progress is kept and will be sent later.</source>
            <translation>A(z) {server} szinkronizálási kiszolgáló most semmit sem tud fogadni, és későbbi próbálkozást kér; a haladása megmarad, és később elküldjük.</translation>
        </message>
        <message>
            <source>This progress ({records} records) is more than one progress file can hold (at most {statements} records and {megabytes} MB), so no file was saved; save fewer learners in each file.</source>
            <translation type="vanished">Ez a haladás ({records} bejegyzés) több, mint amennyit egy haladásfájl tárolhat (legfeljebb {statements} bejegyzés és {megabytes} MB), ezért nem készült fájl; mentsen fájlonként kevesebb tanulót.</translation>
        </message>
        <message>
            <source>The pack's {path} is larger than the {limit:n} bytes a manifest may have; ask the pack's publisher for a corrected pack.</source>
            <translation>A kurzuscsomag {path} fájlja nagyobb a jegyzékfájlban megengedett {limit:n} bájtnál; kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
        <message>
            <source>The quiz file {path} in {pack} is larger than {limit:n} bytes.</source>
            <translation>A(z) {pack} {path} kvízfájlja nagyobb {limit:n} bájtnál.</translation>
        </message>
        <message>
            <source>{path} in {pack} has {found:n} bytes where the manifest says {expected:n}; the pack is damaged or was altered, so nothing was installed.</source>
            <translation>{path} ({pack}) mérete {found:n} bájt, a jegyzékfájl szerint viszont {expected:n}; a kurzuscsomag sérült vagy módosították, ezért semmi sem települt.</translation>
        </message>
        <message>
            <source>There is not enough free space for the pack {out}: {needed_mb:n} MB needed, {free_mb:n} MB free; free some space on that drive or choose another, then build again.</source>
            <translation>Nincs elég szabad hely a(z) {out} kurzuscsomaghoz: {needed_mb:n} MB kell, {free_mb:n} MB szabad; szabadítson fel helyet azon a meghajtón, vagy válasszon másikat, majd készítse el újra.</translation>
        </message>
        <message>
            <source>There is not enough free space in {path}: {needed_mb:n} MB needed, {free_mb:n} MB free; free some space or remove packs, then try again.</source>
            <translation>Nincs elég szabad hely itt: {path}; {needed_mb:n} MB kell, {free_mb:n} MB szabad. Szabadítson fel helyet, vagy távolítson el kurzuscsomagokat, majd próbálja újra.</translation>
        </message>
        <message>
            <source>The progress file {path} holds more than this app loads at once (at most {statements:n} records and {megabytes:n} MB), so nothing was loaded from it; save it again on the computer it came from, with fewer learners in each file.</source>
            <translation>A(z) {path} haladásfájl többet tartalmaz, mint amennyit ez az alkalmazás egyszerre betölt (legfeljebb {statements:n} bejegyzés és {megabytes:n} MB), ezért semmi sem töltődött be belőle; mentse el újra azon a számítógépen, ahonnan származik, fájlonként kevesebb tanulóval.</translation>
        </message>
        <message>
            <source>This progress ({records:n} records) is more than one progress file can hold (at most {statements:n} records and {megabytes:n} MB), so no file was saved; save fewer learners in each file.</source>
            <translation>Ez a haladás ({records:n} bejegyzés) több, mint amennyit egy haladásfájl tárolhat (legfeljebb {statements:n} bejegyzés és {megabytes:n} MB), ezért nem készült fájl; mentsen fájlonként kevesebb tanulót.</translation>
        </message>
        <message>
            <source>The path '{path}' (in {where}) breaks the pack rules: the pack was made wrongly or changed since; ask the pack's publisher for a corrected pack.</source>
            <translation>Ez az elérési út megszegi a kurzuscsomagok szabályait: „{path}” ({where}); a kurzuscsomagot hibásan készítették, vagy azóta megváltoztatták. Kérjen javított kurzuscsomagot a kiadójától.</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>{h} h {m:02d} min</source>
            <translation>{h} ó {m:02d} p</translation>
        </message>
        <message>
            <source>{m} min {s:02d} s</source>
            <translation>{m} p {s:02d} mp</translation>
        </message>
        <message>
            <source>{s} s</source>
            <translation>{s} mp</translation>
        </message>
        <message>
            <source>about {n} min</source>
            <translation>kb. {n} perc</translation>
        </message>
        <message>
            <source>{n}%</source>
            <translation>{n}%</translation>
        </message>
    </context>
</TS>
