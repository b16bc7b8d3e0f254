<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ClassProgressFlow</name>
        <message numerus="yes">
            <source>%n row(s) saved in {file}.</source>
            <translation type="vanished">
                <numerusform>%n row saved in {file}.</numerusform>
                <numerusform>%n rows saved in {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) saved in {file}.</source>
            <translation>
                <numerusform>%Ln row saved in {file}.</numerusform>
                <numerusform>%Ln rows saved in {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseCard</name>
        <message numerus="yes">
            <source>best %1, %n attempt(s)</source>
            <translation>
                <numerusform>best %1, %n attempt</numerusform>
                <numerusform>best %1, %n attempts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GetPacksDialog</name>
        <message numerus="yes">
            <source>The server offers %n pack(s).</source>
            <translation>
                <numerusform>The server offers %n pack.</numerusform>
                <numerusform>The server offers %n packs.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InstallFlow</name>
        <message numerus="yes">
            <source>%n item(s) added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</source>
            <translation type="vanished">
                <numerusform>%n item added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</numerusform>
                <numerusform>%n items added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Installed {done} of %n pack(s).</source>
            <translation>
                <numerusform>Installed {done} of %n pack.</numerusform>
                <numerusform>Installed {done} of %n packs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pack(s) could not be installed:</source>
            <translation>
                <numerusform>%n pack could not be installed:</numerusform>
                <numerusform>%n packs could not be installed:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LessonPage</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) used (the limit is now {max})</source>
            <translation>
                <numerusform>%n attempt used (the limit is now {max})</numerusform>
                <numerusform>%n attempts used (the limit is now {max})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n attempt(s) used</source>
            <translation type="vanished">
                <numerusform>{used} of %n attempt used</numerusform>
                <numerusform>{used} of %n attempts used</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PacksDialog</name>
        <message numerus="yes">
            <source>Found %n pack(s).</source>
            <translation>
                <numerusform>Found %n pack.</numerusform>
                <numerusform>Found %n packs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pack(s) found there.</source>
            <translation>
                <numerusform>%n pack found there.</numerusform>
                <numerusform>%n packs found there.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressExchange</name>
        <message numerus="yes">
            <source>%Ln new record(s) of progress.</source>
            <translation>
                <numerusform>%Ln new record of progress.</numerusform>
                <numerusform>%Ln new records of progress.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln learner(s) new on this computer.</source>
            <translation>
                <numerusform>%Ln learner new on this computer.</numerusform>
                <numerusform>%Ln learners new on this computer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) are about courses not installed on this computer ({courses}); they count once those courses are added.</source>
            <translation>
                <numerusform>%Ln record is about courses not installed on this computer ({courses}); it counts once those courses are added.</numerusform>
                <numerusform>%Ln records are about courses not installed on this computer ({courses}); they count once those courses are added.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message numerus="yes">
            <source>%n result(s) for “{text}”.</source>
            <translation>
                <numerusform>%n result for “{text}”.</numerusform>
                <numerusform>%n results for “{text}”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncDetailsDialog</name>
        <message numerus="yes">
            <source>%Ln statement(s)</source>
            <translation>
                <numerusform>%Ln statement</numerusform>
                <numerusform>%Ln statements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatusButton</name>
        <message numerus="yes">
            <source>%Ln statement(s) waiting</source>
            <translation>
                <numerusform>%Ln statement waiting</numerusform>
                <numerusform>%Ln statements waiting</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UpdatePrompt</name>
        <message numerus="yes">
            <source>%n item(s) added, {removed} removed, {changed} changed; {size} to download. The learners' progress is kept.</source>
            <translation type="vanished">
                <numerusform>%n item added, {removed} removed, {changed} changed; {size} to download. The learners' progress is kept.</numerusform>
                <numerusform>%n items added, {removed} removed, {changed} changed; {size} to download. The learners' progress is kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</source>
            <translation type="vanished">
                <numerusform>%n item added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</numerusform>
                <numerusform>%n items added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to download.</source>
            <translation>
                <numerusform>Added: %n · removed: {removed} · changed: {changed}; {size} to download.</numerusform>
                <numerusform>Added: %n · removed: {removed} · changed: {changed}; {size} to download.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to copy.</source>
            <translation>
                <numerusform>Added: %n · removed: {removed} · changed: {changed}; {size} to copy.</numerusform>
                <numerusform>Added: %n · removed: {removed} · changed: {changed}; {size} to copy.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) worked on items this update removes: what they did stays in their history but no longer counts towards the course.</source>
            <translation>
                <numerusform>%n learner worked on items this update removes: what they did stays in their history but no longer counts towards the course.</numerusform>
                <numerusform>%n learners worked on items this update removes: what they did stays in their history but no longer counts towards the course.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to download. The learners' progress is kept.</source>
            <translation>
                <numerusform>Added: %n · removed: {removed} · changed: {changed}; {size} to download. The learners' progress is kept.</numerusform>
                <numerusform>Added: %n · removed: {removed} · changed: {changed}; {size} to download. The learners' progress is kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to copy. The learners' progress is kept.</source>
            <translation>
                <numerusform>Added: %n · removed: {removed} · changed: {changed}; {size} to copy. The learners' progress is kept.</numerusform>
                <numerusform>Added: %n · removed: {removed} · changed: {changed}; {size} to copy. The learners' progress is kept.</numerusform>
            </translation>
        </message>
    </context>
</TS>
