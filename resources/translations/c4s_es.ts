<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About C4S Desktop</source>
            <translation>Acerca de C4S Desktop</translation>
        </message>
        <message>
            <source>C4S Desktop {version}</source>
            <translation>C4S Desktop {version}</translation>
        </message>
        <message>
            <source>Offline training for cluster managers and SMEs.</source>
            <translation>Formación sin conexión para gestores de clústeres y pymes.</translation>
        </message>
        <message>
            <source>Video engine: {engine}</source>
            <translation>Motor de vídeo: {engine}</translation>
        </message>
        <message>
            <source>Video engine</source>
            <translation>Motor de vídeo</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>C4S Desktop is already open</source>
            <translation>C4S Desktop ya está abierto</translation>
        </message>
        <message>
            <source>Installing the demo course, so you can start learning right away…</source>
            <translation>Instalando el curso de demostración para que puedas empezar enseguida…</translation>
        </message>
        <message>
            <source>There is no item {target} in the library.</source>
            <translation>No hay ningún elemento {target} en la biblioteca.</translation>
        </message>
    </context>
    <context>
        <name>ButtonsInput</name>
        <message>
            <source>Tick every right answer: the number keys tick and untick, Enter confirms.</source>
            <translation>Marca todas las respuestas correctas: las teclas numéricas marcan y desmarcan, Intro confirma.</translation>
        </message>
        <message>
            <source>Press a choice's number to choose it, then Enter to confirm.</source>
            <translation>Pulsa el número de una opción para elegirla y luego Intro para confirmar.</translation>
        </message>
    </context>
    <context>
        <name>CaseStudyView</name>
        <message>
            <source>Case study text</source>
            <translation>Texto del estudio de caso</translation>
        </message>
        <message>
            <source>Your reflections</source>
            <translation>Tus reflexiones</translation>
        </message>
        <message>
            <source>Saving status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>This case study's text is missing from the library. Repair the course, then try again.</source>
            <translation type="vanished">Falta el texto de este estudio de caso en la biblioteca. Repara el curso y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>This case study's text is missing from the library; add its course again (File → Add packs…) to repair it.</source>
            <translation>Falta el texto de este caso práctico en la biblioteca; añade de nuevo su curso (Archivo → Añadir paquetes de curso…) para repararlo.</translation>
        </message>
        <message>
            <source>{number}. {prompt}</source>
            <translation>{number}. {prompt}</translation>
        </message>
        <message>
            <source>Your answer to question {number}</source>
            <translation>Tu respuesta a la pregunta {number}</translation>
        </message>
        <message>
            <source>Type your answer here…</source>
            <translation>Escribe aquí tu respuesta…</translation>
        </message>
        <message>
            <source>Sign in to keep your answers.</source>
            <translation>Identifícate para conservar tus respuestas.</translation>
        </message>
        <message>
            <source>Your answer to an earlier version of this question: {answer}</source>
            <translation>Tu respuesta a una versión anterior de esta pregunta: {answer}</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Editando…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Your answers could not be saved: {reason}</source>
            <translation>No se pudieron guardar tus respuestas: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ClassProgressDialog</name>
        <message>
            <source>Class progress</source>
            <translation>Progreso de la clase</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Curso</translation>
        </message>
        <message>
            <source>Sort the learners by</source>
            <translation>Ordenar a los alumnos por</translation>
        </message>
        <message>
            <source>A learner's progress shows here once it reaches this computer: when their computer syncs, or when you load their progress file with File → Load progress…</source>
            <translation>El progreso de un alumno aparece aquí en cuanto llega a este equipo: cuando su equipo se sincroniza o cuando cargas su archivo de progreso con Archivo → Cargar progreso…</translation>
        </message>
        <message>
            <source>&amp;Save as spreadsheet (CSV)…</source>
            <translation>&amp;Guardar como hoja de cálculo (CSV)…</translation>
        </message>
        <message>
            <source>Save the progress on every course as a spreadsheet</source>
            <translation>Guardar el progreso de todos los cursos como hoja de cálculo</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Alumno</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Completado</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Elementos hechos</translation>
        </message>
        <message>
            <source>Quizzes passed</source>
            <translation>Cuestionarios aprobados</translation>
        </message>
        <message>
            <source>Average best score</source>
            <translation>Mejor puntuación media</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Tiempo dedicado</translation>
        </message>
        <message>
            <source>Last active</source>
            <translation>Última actividad</translation>
        </message>
        <message>
            <source>Learners' progress on the chosen course</source>
            <translation>Progreso de los alumnos en el curso elegido</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Curso:</translation>
        </message>
        <message>
            <source>Sort &amp;by:</source>
            <translation>&amp;Ordenar por:</translation>
        </message>
        <message>
            <source>No course is installed on this computer yet, so there is no progress to show. Add a course pack with File → Add packs…</source>
            <translation>Todavía no hay ningún curso instalado en este equipo, así que no hay progreso que mostrar. Añade un paquete de curso con Archivo → Añadir paquetes de curso…</translation>
        </message>
        <message>
            <source>No learner's progress is on this computer yet. It arrives when the learners' computers sync, or when you load their progress files with File → Load progress…</source>
            <translation>Todavía no hay progreso de ningún alumno en este equipo. Llega cuando los equipos de los alumnos se sincronizan o cuando cargas sus archivos de progreso con Archivo → Cargar progreso…</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>{done} / {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <source>No quiz attempted</source>
            <translation>Ningún cuestionario intentado</translation>
        </message>
    </context>
    <context>
        <name>ClassProgressFlow</name>
        <message>
            <source>Loading class progress…</source>
            <translation>Cargando el progreso de la clase…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Class progress</source>
            <translation>Progreso de la clase</translation>
        </message>
        <message>
            <source>{name} is now this computer's trainer.</source>
            <translation>{name} es ahora el formador de este equipo.</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Alumno</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Curso</translation>
        </message>
        <message>
            <source>Course id</source>
            <translation>Id. del curso</translation>
        </message>
        <message>
            <source>Done (%)</source>
            <translation>Completado (%)</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Elementos hechos</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Elementos</translation>
        </message>
        <message>
            <source>Quizzes passed</source>
            <translation>Cuestionarios aprobados</translation>
        </message>
        <message>
            <source>Quizzes</source>
            <translation>Cuestionarios</translation>
        </message>
        <message>
            <source>Average best score (%)</source>
            <translation>Mejor puntuación media (%)</translation>
        </message>
        <message>
            <source>Time spent (min)</source>
            <translation>Tiempo dedicado (min)</translation>
        </message>
        <message>
            <source>Last active (UTC)</source>
            <translation>Última actividad (UTC)</translation>
        </message>
        <message>
            <source>Completed (UTC)</source>
            <translation>Fecha de finalización (UTC)</translation>
        </message>
        <message>
            <source>Save class progress</source>
            <translation>Guardar el progreso de la clase</translation>
        </message>
        <message>
            <source>CSV spreadsheets (*.csv)</source>
            <translation>Hojas de cálculo CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) saved in {file}.</source>
            <translation>
                <numerusform>%Ln fila guardada en {file}.</numerusform>
                <numerusform>%Ln filas guardadas en {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) saved in {file}.</source>
            <translation type="vanished">
                <numerusform>%n fila guardada en {file}.</numerusform>
                <numerusform>%n filas guardadas en {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseCard</name>
        <message>
            <source>Course completion</source>
            <translation>Avance del curso</translation>
        </message>
        <message>
            <source>Published by {publisher} · Time spent: {time}</source>
            <translation>Publicado por {publisher} · Tiempo dedicado: {time}</translation>
        </message>
        <message>
            <source>&amp;Go to it</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>Save &amp;certificate…</source>
            <translation>Guardar el &amp;certificado…</translation>
        </message>
        <message>
            <source>Next: {item} (in {lesson})</source>
            <translation>Siguiente: {item} (en {lesson})</translation>
        </message>
        <message>
            <source>Go to the next item: {item}</source>
            <translation>Ir al siguiente elemento: {item}</translation>
        </message>
        <message>
            <source>Completed on {date}. Well done!</source>
            <translation>Completado el {date}. ¡Enhorabuena!</translation>
        </message>
        <message>
            <source>Completion by module and lesson</source>
            <translation>Avance por módulo y lección</translation>
        </message>
        <message>
            <source>Module and lesson</source>
            <translation>Módulo y lección</translation>
        </message>
        <message>
            <source>Items done</source>
            <translation>Elementos hechos</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Quiz score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Quiz scores over attempts</source>
            <translation>Puntuaciones de los cuestionarios, intento a intento</translation>
        </message>
        <message>
            <source>No quiz attempted yet.</source>
            <translation>Todavía no has hecho ningún cuestionario.</translation>
        </message>
        <message numerus="yes">
            <source>best %1, %n attempt(s)</source>
            <translation>
                <numerusform>mejor %1, %n intento</numerusform>
                <numerusform>mejor %1, %n intentos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentView</name>
        <message>
            <source>Course text</source>
            <translation>Texto del curso</translation>
        </message>
        <message>
            <source>This text is missing from the library. Repair the course, then try again.</source>
            <translation type="vanished">Este texto falta en la biblioteca. Repara el curso y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>This text is missing from the library; add its course again (File → Add packs…) to repair it.</source>
            <translation type="vanished">Falta este texto en la biblioteca; añade de nuevo su curso (Archivo → Añadir paquetes de curso…) para repararlo.</translation>
        </message>
        <message>
            <source>This text is missing from the library or damaged; add its course again (File → Add packs…) to repair it.</source>
            <translation>Este texto falta en la biblioteca o está dañado; añade de nuevo su curso (Archivo → Añadir paquetes de curso…) para repararlo.</translation>
        </message>
        <message>
            <source>Open a web page?</source>
            <translation>¿Abrir una página web?</translation>
        </message>
        <message>
            <source>This link leads to a web page outside the course:
{url}

Open it in your web browser? You need an Internet connection.</source>
            <translation>Este enlace lleva a una página web fuera del curso:
{url}

¿Abrirla en tu navegador? Necesitas conexión a Internet.</translation>
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
            <translation>Copiar detalles</translation>
        </message>
        <message>
            <source>Copy the error details to the clipboard</source>
            <translation>Copiar los detalles del error al portapapeles</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Details copied</source>
            <translation>Detalles copiados</translation>
        </message>
    </context>
    <context>
        <name>FileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation type="vanished">&amp;Ver en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation type="vanished">Ficheros de &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this text</source>
            <translation>Buscar en este texto</translation>
        </message>
        <message>
            <source>Words to find</source>
            <translation>Palabras que buscar</translation>
        </message>
        <message>
            <source>Clear the words to find</source>
            <translation>Borrar las palabras que buscar</translation>
        </message>
        <message>
            <source>F&amp;ind:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Previous place found</source>
            <translation>Resultado anterior</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next place found</source>
            <translation>Resultado siguiente</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>Cerrar la barra de búsqueda</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Buscando…</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} de {total}</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Sin resultados</translation>
        </message>
    </context>
    <context>
        <name>GetPacksDialog</name>
        <message>
            <source>Get packs</source>
            <translation>Obtener paquetes de curso</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Download progress</source>
            <translation>Progreso de la descarga</translation>
        </message>
        <message>
            <source>&amp;Download</source>
            <translation>&amp;Descargar</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>Pa&amp;usar</translation>
        </message>
        <message>
            <source>&amp;Cancel download</source>
            <translation>&amp;Cancelar la descarga</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Recar&amp;gar</translation>
        </message>
        <message>
            <source>&amp;Set up sync…</source>
            <translation>Configurar la &amp;sincronización…</translation>
        </message>
        <message>
            <source>&amp;Limit the download speed to</source>
            <translation>&amp;Limitar la velocidad de descarga a</translation>
        </message>
        <message>
            <source>For shared or metered connections; kept for next time.</source>
            <translation>Para conexiones compartidas o de pago por uso; se recuerda para la próxima vez.</translation>
        </message>
        <message>
            <source> kB/s</source>
            <translation> kB/s</translation>
        </message>
        <message>
            <source>Download speed limit, kilobytes per second</source>
            <translation>Límite de velocidad de descarga, en kilobytes por segundo</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Paquete</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Editor</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Packs offered by the server</source>
            <translation>Paquetes de curso que ofrece el servidor</translation>
        </message>
        <message>
            <source>&amp;Packs offered by your organisation's server:</source>
            <translation>&amp;Paquetes de curso que ofrece el servidor de tu organización:</translation>
        </message>
        <message>
            <source>Reading the catalog from the server…</source>
            <translation>Leyendo el catálogo del servidor…</translation>
        </message>
        <message numerus="yes">
            <source>The server offers %n pack(s).</source>
            <translation>
                <numerusform>El servidor ofrece %n paquete de curso.</numerusform>
                <numerusform>El servidor ofrece %n paquetes de curso.</numerusform>
            </translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>Update from v{old} to v{new}</source>
            <translation>Actualización de v{old} a v{new}</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Instalado</translation>
        </message>
        <message>
            <source>Downloading “{title}”…</source>
            <translation>Descargando «{title}»…</translation>
        </message>
        <message>
            <source>Pausing…</source>
            <translation>Pausando…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Descarga cancelada.</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
        </message>
        <message>
            <source>“{title}” has an update: see what it changes.</source>
            <translation>Hay una actualización de «{title}»: mira lo que cambia.</translation>
        </message>
        <message>
            <source>Installing “{title}”…</source>
            <translation>Instalando «{title}»…</translation>
        </message>
        <message>
            <source>Skipped; nothing was downloaded.</source>
            <translation>Omitido; no se descargó nada.</translation>
        </message>
        <message>
            <source>Paused. Resume to continue where the download stopped.</source>
            <translation>En pausa. Pulsa Reanudar para seguir donde se detuvo la descarga.</translation>
        </message>
        <message>
            <source>“{title}” was updated to version {version}.</source>
            <translation>«{title}» se actualizó a la versión {version}.</translation>
        </message>
        <message>
            <source>“{title}” was installed.</source>
            <translation>«{title}» se instaló.</translation>
        </message>
        <message>
            <source>Cancelled; the pack was not installed.</source>
            <translation>Cancelado; el paquete de curso no se instaló.</translation>
        </message>
        <message>
            <source>&amp;Update</source>
            <translation>Ac&amp;tualizar</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reanudar</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Welcome to C4S Desktop</source>
            <translation>Te damos la bienvenida a C4S Desktop</translation>
        </message>
        <message>
            <source>Installation progress</source>
            <translation>Progreso de la instalación</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel the installation</source>
            <translation>Cancelar la instalación</translation>
        </message>
        <message>
            <source>Opening your library…</source>
            <translation>Abriendo tu biblioteca…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>InstallFlow</name>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Cancelled; nothing more was installed.</source>
            <translation>Cancelado; no se ha instalado nada más.</translation>
        </message>
        <message>
            <source>Checking “{title}” ({n} of {count})…</source>
            <translation>Comprobando «{title}» ({n} de {count})…</translation>
        </message>
        <message>
            <source>Skip this pack</source>
            <translation type="vanished">Omitir este paquete de curso</translation>
        </message>
        <message>
            <source>“{title}” is signed by {publisher}, a publisher this computer does not trust yet.</source>
            <translation type="vanished">«{title}» está firmado por {publisher}, un editor en el que este equipo aún no confía.</translation>
        </message>
        <message>
            <source>“{title}” is not signed: nothing shows who made it or that it was not changed.</source>
            <translation type="vanished">«{title}» no está firmado: nada indica quién lo creó ni que no se haya modificado.</translation>
        </message>
        <message>
            <source>Publisher: {publisher}
Key fingerprint: {fingerprint}

Install it only if you got it from someone you trust. An administrator must confirm.</source>
            <translation type="vanished">Editor: {publisher}
Huella de la clave: {fingerprint}

Instálalo solo si lo has recibido de alguien de confianza. Un administrador debe confirmarlo.</translation>
        </message>
        <message>
            <source>none</source>
            <translation type="vanished">ninguna</translation>
        </message>
        <message>
            <source>Administrator confirmation</source>
            <translation type="vanished">Confirmación del administrador</translation>
        </message>
        <message>
            <source>Install anyway</source>
            <translation type="vanished">Instalar de todos modos</translation>
        </message>
        <message>
            <source>Also trust this publisher from now on</source>
            <translation type="vanished">Confiar también en este editor a partir de ahora</translation>
        </message>
        <message>
            <source>Update “{title}” from version {old} to version {new}?</source>
            <translation type="vanished">¿Actualizar «{title}» de la versión {old} a la versión {new}?</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</source>
            <translation type="vanished">
                <numerusform>%n elemento añadido, {removed} eliminados, {changed} modificados; {size} por copiar. Se conserva el progreso de los alumnos.</numerusform>
                <numerusform>%n elementos añadidos, {removed} eliminados, {changed} modificados; {size} por copiar. Se conserva el progreso de los alumnos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Installed {done} of %n pack(s).</source>
            <translation>
                <numerusform>Instalados {done} de %n paquete de curso.</numerusform>
                <numerusform>Instalados {done} de %n paquetes de curso.</numerusform>
            </translation>
        </message>
        <message>
            <source>{added} items added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</source>
            <translation type="vanished">{added} elementos añadidos, {removed} eliminados, {changed} modificados; {size} por copiar. Se conserva el progreso de los alumnos.</translation>
        </message>
        <message>
            <source>Update a pack</source>
            <translation type="vanished">Actualizar un paquete de curso</translation>
        </message>
        <message>
            <source>Update</source>
            <translation type="vanished">Actualizar</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation type="vanished">Añadidos:</translation>
        </message>
        <message>
            <source>Removed:</source>
            <translation type="vanished">Eliminados:</translation>
        </message>
        <message>
            <source>Changed:</source>
            <translation type="vanished">Modificados:</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation type="vanished">y {n} más</translation>
        </message>
        <message>
            <source>Skipped “{title}”.</source>
            <translation>«{title}» omitido.</translation>
        </message>
        <message>
            <source>Skipped “{title}”: version {installed} is installed already, which is newer.</source>
            <translation>«{title}» omitido: ya está instalada la versión {installed}, que es más reciente.</translation>
        </message>
        <message>
            <source>Skipped “{title}”: it is installed already.</source>
            <translation>«{title}» omitido: ya está instalado.</translation>
        </message>
        <message>
            <source>Installing “{title}” ({n} of {count})…</source>
            <translation>Instalando «{title}» ({n} de {count})…</translation>
        </message>
        <message>
            <source>“{title}” was installed before Cancel could stop it; nothing more was installed.</source>
            <translation>«{title}» se instaló antes de que Cancelar pudiera detenerlo; no se ha instalado nada más.</translation>
        </message>
        <message>
            <source>Cancelled; “{title}” was not installed.</source>
            <translation>Cancelado; «{title}» no se ha instalado.</translation>
        </message>
        <message>
            <source>“{title}” could not be installed.</source>
            <translation>No se ha podido instalar «{title}».</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <extracomment>A pack's title in the list of packs not installed: use your language's quotation marks (French: « {title} »).</extracomment>
            <translation>«{title}»</translation>
        </message>
        <message>
            <source>Not installed: {titles}.</source>
            <translation>No instalados: {titles}.</translation>
        </message>
        <message numerus="yes">
            <source>%n pack(s) could not be installed:</source>
            <translation>
                <numerusform>No se ha podido instalar %n paquete de curso:</numerusform>
                <numerusform>No se han podido instalar %n paquetes de curso:</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}”: {reason}</source>
            <translation>«{title}»: {reason}</translation>
        </message>
        <message>
            <source>Stopped: “{title}” could not be installed.</source>
            <translation type="vanished">Detenido: no se ha podido instalar «{title}».</translation>
        </message>
        <message>
            <source>Installed {done} of {count} packs.</source>
            <translation type="vanished">Instalados {done} de {count} paquetes de curso.</translation>
        </message>
    </context>
    <context>
        <name>ItemPage</name>
        <message>
            <source>Back to the lesson</source>
            <translation>Volver a la lección</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Elemento anterior</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Elemento siguiente</translation>
        </message>
        <message>
            <source>This item cannot be shown: its file is missing.</source>
            <translation>No se puede mostrar este elemento: falta su archivo.</translation>
        </message>
        <message>
            <source>This video cannot be opened: its file is missing or damaged; add its course again (File → Add packs…) to repair it.</source>
            <translation>No se puede abrir este vídeo: su archivo falta o está dañado; añade de nuevo su curso (Archivo → Añadir paquetes de curso…) para repararlo.</translation>
        </message>
        <message>
            <source>Checking this fact sheet's file…</source>
            <translation>Comprobando el archivo de esta ficha técnica…</translation>
        </message>
        <message>
            <source>This fact sheet cannot be shown: its file is not a PDF this app can read. Add its course again (File → Add packs…); if that does not help, the pack itself holds a damaged file: tell whoever gave it to you.</source>
            <translation>No se puede mostrar esta ficha técnica: su archivo no es un PDF que esta aplicación pueda leer. Añade de nuevo su curso (Archivo → Añadir paquetes de curso…); si eso no basta, es el propio paquete de curso el que contiene un archivo dañado: avisa a quien te lo dio.</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is damaged on this computer; add its course again (File → Add packs…) to repair it.</source>
            <translation>No se puede abrir esta ficha técnica: su archivo está dañado en este equipo; añade de nuevo su curso (Archivo → Añadir paquetes de curso…) para repararla.</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is missing from the library; add its course again (File → Add packs…) to repair it.</source>
            <translation>No se puede abrir esta ficha técnica: su archivo falta en la biblioteca; añade de nuevo su curso (Archivo → Añadir paquetes de curso…) para repararla.</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is missing or damaged; add its course again (File → Add packs…) to repair it.</source>
            <translation type="vanished">No se puede abrir esta ficha técnica: su archivo falta o está dañado; añade de nuevo su curso (Archivo → Añadir paquetes de curso…) para repararla.</translation>
        </message>
        <message>
            <source>This video cannot be opened: its file is missing or damaged. Repair the course, then try again.</source>
            <translation type="vanished">No se puede abrir este vídeo: su archivo falta o está dañado. Repara el curso y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened: its file is missing or damaged. Repair the course, then try again.</source>
            <translation type="vanished">No se puede abrir esta ficha técnica: su archivo falta o está dañado. Repara el curso y vuelve a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>LearnerDialog</name>
        <message>
            <source>Who is learning?</source>
            <translation>¿Quién está aprendiendo?</translation>
        </message>
        <message>
            <source>Choose who is learning</source>
            <translation>Elige quién está aprendiendo</translation>
        </message>
        <message>
            <source>Who is learning today? Choose your name.</source>
            <translation>¿Quién aprende hoy? Elige tu nombre.</translation>
        </message>
        <message>
            <source>Learners on this computer</source>
            <translation>Alumnos en este equipo</translation>
        </message>
        <message>
            <source>{name} (PIN)</source>
            <translation>{name} (PIN)</translation>
        </message>
        <message>
            <source>Find your name</source>
            <translation>Busca tu nombre</translation>
        </message>
        <message>
            <source>Type part of your name</source>
            <translation>Escribe parte de tu nombre</translation>
        </message>
        <message>
            <source>Clear the name</source>
            <translation>Borrar el nombre</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>No learner on this computer has that name. Check the spelling, or add yourself as a new learner.</source>
            <translation>Ningún alumno de este equipo tiene ese nombre. Revisa cómo lo has escrito, o regístrate como nuevo alumno.</translation>
        </message>
        <message>
            <source>New learner…</source>
            <translation>Nuevo alumno…</translation>
        </message>
        <message>
            <source>Add a new learner</source>
            <translation>Añadir un alumno</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Entrar</translation>
        </message>
        <message>
            <source>Sign in as the chosen learner</source>
            <translation>Entrar como el alumno elegido</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Forgot your PIN? Ask whoever looks after this computer to give you a new one; your progress stays.</source>
            <translation>¿Olvidaste tu PIN? Pide a quien se ocupa de este equipo que te dé uno nuevo; tu progreso se conserva.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Add yourself as a new learner.</source>
            <translation>Regístrate como nuevo alumno.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>PIN (optional)</source>
            <translation>PIN (opcional)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Repetir PIN</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;PIN (optional):</source>
            <translation>&amp;PIN (opcional):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>&amp;Repetir PIN:</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits. With a PIN, nobody else can open your progress on this computer.</source>
            <translation>Un PIN tiene de 4 a 8 cifras. Con un PIN, nadie más puede abrir tu progreso en este equipo.</translation>
        </message>
        <message>
            <source>Create and sign in</source>
            <translation>Crear y entrar</translation>
        </message>
        <message>
            <source>Back to the list of learners</source>
            <translation>Volver a la lista de alumnos</translation>
        </message>
        <message>
            <source>Type the PIN of {name}.</source>
            <translation>Escribe el PIN de {name}.</translation>
        </message>
        <message>
            <source>Type your name.</source>
            <translation>Escribe tu nombre.</translation>
        </message>
        <message>
            <source>The two PINs are not the same; type the PIN again in both fields.</source>
            <translation>Los dos PIN no coinciden; vuelve a escribir el PIN en ambos campos.</translation>
        </message>
    </context>
    <context>
        <name>LearnerSwitcher</name>
        <message>
            <source>Nobody signed in</source>
            <translation>Nadie ha entrado</translation>
        </message>
        <message>
            <source>Sign in as a learner</source>
            <translation>Entrar como alumno</translation>
        </message>
        <message>
            <source>Signed in as {name}; switch learner</source>
            <translation>Has entrado como {name}; cambiar de alumno</translation>
        </message>
        <message>
            <source>Switch learner</source>
            <translation>Cambiar de alumno</translation>
        </message>
        <message>
            <source>New learner…</source>
            <translation>Nuevo alumno…</translation>
        </message>
    </context>
    <context>
        <name>LessonPage</name>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Empezado</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vídeo</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Fact sheet</source>
            <translation>Ficha técnica</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Cuestionario</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>Caso práctico</translation>
        </message>
        <message>
            <source>Items of the lesson</source>
            <translation>Elementos de la lección</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Double-click an item, or select it and press Enter, to open it.</source>
            <translation>Haz doble clic en un elemento, o selecciónalo y pulsa Intro, para abrirlo.</translation>
        </message>
        <message>
            <source>Previous lesson</source>
            <translation>Lección anterior</translation>
        </message>
        <message>
            <source>Next lesson</source>
            <translation>Lección siguiente</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n elemento</numerusform>
                <numerusform>%n elementos</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} items</source>
            <translation type="vanished">{n} elementos</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Course</source>
            <translation>Curso</translation>
        </message>
        <message>
            <source>Languages: {languages}</source>
            <translation>Idiomas: {languages}</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation type="vanished">Idiomas</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Completado</translation>
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
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Disk use of the data folder</source>
            <translation type="vanished">Espacio en disco de la carpeta de datos</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Add packs…</source>
            <translation>&amp;Añadir paquetes de curso…</translation>
        </message>
        <message>
            <source>&amp;Get packs…</source>
            <translation>&amp;Obtener paquetes de curso…</translation>
        </message>
        <message>
            <source>Download packs from your organisation's server</source>
            <translation>Descargar paquetes de curso del servidor de tu organización</translation>
        </message>
        <message>
            <source>&amp;Remove pack…</source>
            <translation>&amp;Eliminar un paquete de curso…</translation>
        </message>
        <message>
            <source>&amp;Save my progress to a drive…</source>
            <translation>&amp;Guardar mi progreso en una unidad…</translation>
        </message>
        <message>
            <source>Carry your progress to a computer that has no network</source>
            <translation>Llevar tu progreso a un equipo sin red</translation>
        </message>
        <message>
            <source>&amp;Load progress…</source>
            <translation>Ca&amp;rgar progreso…</translation>
        </message>
        <message>
            <source>Add the progress saved on another computer</source>
            <translation>Añadir el progreso guardado en otro equipo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Ampliar</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Reducir</translation>
        </message>
        <message>
            <source>&amp;Normal size</source>
            <translation>Tamaño &amp;normal</translation>
        </message>
        <message>
            <source>&amp;Find in this text</source>
            <translation>Buscar en este &amp;texto</translation>
        </message>
        <message>
            <source>Find pre&amp;vious</source>
            <translation>Resultado ant&amp;erior</translation>
        </message>
        <message>
            <source>Show the &amp;library</source>
            <translation>Mostrar la &amp;biblioteca</translation>
        </message>
        <message>
            <source>P&amp;resent</source>
            <translation>Pre&amp;sentar</translation>
        </message>
        <message>
            <source>Show the open lesson or item alone on the whole screen, for a projector (F5; Esc ends)</source>
            <translation>Mostrar solo la lección o el elemento abierto, a pantalla completa, para un proyector (F5; Esc para terminar)</translation>
        </message>
        <message>
            <source>My &amp;progress</source>
            <translation>Mi &amp;progreso</translation>
        </message>
        <message>
            <source>Your progress on every course ({key})</source>
            <translation>Tu progreso en cada curso ({key})</translation>
        </message>
        <message>
            <source>Your progress on every course (Ctrl+Shift+P)</source>
            <translation type="vanished">Tu progreso en cada curso (Ctrl+Mayús+P)</translation>
        </message>
        <message>
            <source>&amp;Class progress…</source>
            <translation>Progreso de la &amp;clase…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;About C4S Desktop</source>
            <translation>&amp;Acerca de C4S Desktop</translation>
        </message>
        <message>
            <source>Your library is empty. Ask your trainer for a course pack to install.</source>
            <translation>Tu biblioteca está vacía. Pide a tu formador un paquete de curso para instalar.</translation>
        </message>
        <message>
            <source>Data folder: {size}</source>
            <translation>Carpeta de datos: {size}</translation>
        </message>
    </context>
    <context>
        <name>MatchingInput</name>
        <message>
            <source>Match for: {text}</source>
            <translation>Pareja de: {text}</translation>
        </message>
    </context>
    <context>
        <name>MovableList</name>
        <message>
            <source>{text}, position {n} of {count}</source>
            <translation>{text}, posición {n} de {count}</translation>
        </message>
    </context>
    <context>
        <name>NumberInput</name>
        <message>
            <source>Type a number</source>
            <translation>Escribe un número</translation>
        </message>
        <message>
            <source>Your answer, a number</source>
            <translation>Tu respuesta, un número</translation>
        </message>
        <message>
            <source>Type only a number, such as {example}.</source>
            <translation>Escribe solo un número, por ejemplo {example}.</translation>
        </message>
    </context>
    <context>
        <name>OpeningDialog</name>
        <message>
            <source>Checking your data for damage, as C4S Desktop does after a power cut and once a week.</source>
            <translation>Comprobando que tus datos no estén dañados, como hace C4S Desktop tras un corte de luz y una vez por semana.</translation>
        </message>
        <message>
            <source>Keeping a copy of your data before this version of C4S Desktop updates it.</source>
            <translation>Guardando una copia de tus datos antes de que esta versión de C4S Desktop los actualice.</translation>
        </message>
        <message>
            <source>Updating your data for this version of C4S Desktop.</source>
            <translation>Actualizando tus datos para esta versión de C4S Desktop.</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Abriendo tus datos…</translation>
        </message>
        <message>
            <source>This can take a few minutes on an older computer. Nothing you have done will be lost.</source>
            <translation>Puede tardar unos minutos en un equipo antiguo. No se perderá nada de lo que has hecho.</translation>
        </message>
        <message>
            <source>C4S Desktop</source>
            <translation>C4S Desktop</translation>
        </message>
        <message>
            <source>Progress of this step</source>
            <translation>Progreso de este paso</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Stopping. C4S Desktop closes as soon as this step has stopped; it starts the step again next time.</source>
            <translation>Deteniendo. C4S Desktop se cerrará en cuanto este paso se detenga; lo repetirá la próxima vez que lo abras.</translation>
        </message>
    </context>
    <context>
        <name>OrderingInput</name>
        <message>
            <source>Items to put in order</source>
            <translation>Elementos que ordenar</translation>
        </message>
        <message>
            <source>Drag the items, or select one and press Alt+Up or Alt+Down to move it.</source>
            <translation>Arrastra los elementos, o selecciona uno y pulsa Alt+Arriba o Alt+Abajo para moverlo.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Resume the attempt</source>
            <translation>Reanudar el intento</translation>
        </message>
        <message>
            <source>Start the quiz</source>
            <translation>Empezar el cuestionario</translation>
        </message>
        <message>
            <source>Your attempts</source>
            <translation>Tus intentos</translation>
        </message>
        <message>
            <source>Your attempts at this quiz</source>
            <translation>Tus intentos en este cuestionario</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Intento</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Select a finished attempt and press Enter to review its answers.</source>
            <translation>Selecciona un intento terminado y pulsa Intro para revisar las respuestas.</translation>
        </message>
        <message>
            <source>{n} questions</source>
            <translation type="vanished">{n} preguntas</translation>
        </message>
        <message>
            <source>pass mark {score}</source>
            <translation>nota para aprobar {score}</translation>
        </message>
        <message>
            <source>{used} of {n} attempts used</source>
            <translation type="vanished">{used} de {n} intentos usados</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n pregunta</numerusform>
                <numerusform>%n preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{used} of %n attempt(s) used</source>
            <translation type="vanished">
                <numerusform>{used} de %n intento usados</numerusform>
                <numerusform>{used} de %n intentos usados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) used (the limit is now {max})</source>
            <translation>
                <numerusform>%n intento usado (el límite ahora es {max})</numerusform>
                <numerusform>%n intentos usados (el límite ahora es {max})</numerusform>
            </translation>
        </message>
        <message>
            <source>attempts used: {used} of {max}</source>
            <translation>intentos usados: {used} de {max}</translation>
        </message>
        <message>
            <source>answers are checked one by one</source>
            <translation>las respuestas se corrigen una a una</translation>
        </message>
        <message>
            <source>answers are checked at the end</source>
            <translation>las respuestas se corrigen al final</translation>
        </message>
        <message>
            <source>Resume attempt {n} ({done} of {count} answered)</source>
            <translation>Reanudar el intento {n} ({done} de {count} respondidas)</translation>
        </message>
        <message>
            <source>Start a new attempt</source>
            <translation>Empezar un nuevo intento</translation>
        </message>
        <message>
            <source>You passed this quiz.</source>
            <translation>Has aprobado este cuestionario.</translation>
        </message>
        <message>
            <source>Your best score: {score}.</source>
            <translation>Tu mejor puntuación: {score}.</translation>
        </message>
        <message>
            <source>You have used all your attempts.</source>
            <translation>Has usado todos tus intentos.</translation>
        </message>
        <message>
            <source>Starting a new attempt leaves the unfinished one as it is; it still counts as an attempt.</source>
            <translation>Empezar un nuevo intento deja el inacabado tal como está; sigue contando como intento.</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>No aprobado</translation>
        </message>
        <message>
            <source>Unfinished</source>
            <translation>Inacabado</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
    </context>
    <context>
        <name>PacksDialog</name>
        <message>
            <source>Add packs</source>
            <translation>Añadir paquetes de curso</translation>
        </message>
        <message>
            <source>From a &amp;file…</source>
            <translation>Desde un &amp;archivo…</translation>
        </message>
        <message>
            <source>Add packs from a file</source>
            <translation>Añadir paquetes de curso desde un archivo</translation>
        </message>
        <message>
            <source>From a f&amp;older…</source>
            <translation>Desde una &amp;carpeta…</translation>
        </message>
        <message>
            <source>Add packs from a folder</source>
            <translation>Añadir paquetes de curso desde una carpeta</translation>
        </message>
        <message>
            <source>&amp;Scan</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Scan the removable drives for packs</source>
            <translation>Buscar paquetes de curso en las unidades extraíbles</translation>
        </message>
        <message>
            <source>Removable drives</source>
            <translation>Unidades extraíbles</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Installation progress</source>
            <translation>Progreso de la instalación</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel the installation</source>
            <translation>Cancelar la instalación</translation>
        </message>
        <message>
            <source>&amp;Install</source>
            <translation>&amp;Instalar</translation>
        </message>
        <message>
            <source>Install the ticked packs</source>
            <translation>Instalar los paquetes de curso marcados</translation>
        </message>
        <message>
            <source>Packs found</source>
            <translation>Paquetes de curso encontrados</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Paquete</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Add packs:</source>
            <translation>Añadir paquetes de curso:</translation>
        </message>
        <message>
            <source>&amp;Removable drives:</source>
            <translation>&amp;Unidades extraíbles:</translation>
        </message>
        <message>
            <source>&amp;Packs found (ticked packs are installed):</source>
            <translation>&amp;Paquetes de curso encontrados (se instalan los marcados):</translation>
        </message>
        <message>
            <source>Looking for packs…</source>
            <translation>Buscando paquetes de curso…</translation>
        </message>
        <message>
            <source>No removable drive found. Plug one in, then press Scan, or choose a file or folder.</source>
            <translation>No se ha encontrado ninguna unidad extraíble. Conecta una y pulsa Buscar, o elige un archivo o una carpeta.</translation>
        </message>
        <message numerus="yes">
            <source>Found %n pack(s).</source>
            <translation>
                <numerusform>Se encontró %n paquete de curso.</numerusform>
                <numerusform>Se encontraron %n paquetes de curso.</numerusform>
            </translation>
        </message>
        <message>
            <source>Found {n} packs.</source>
            <translation type="vanished">Se han encontrado {n} paquetes de curso.</translation>
        </message>
        <message>
            <source>Choose pack files</source>
            <translation>Elegir archivos de paquetes de curso</translation>
        </message>
        <message>
            <source>Choose a folder with packs</source>
            <translation>Elegir una carpeta con paquetes de curso</translation>
        </message>
        <message>
            <source>C4S packs (*.c4spack)</source>
            <translation>Paquetes de curso C4S (*.c4spack)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n pack(s) found there.</source>
            <translation>
                <numerusform>%n paquete de curso encontrado allí.</numerusform>
                <numerusform>%n paquetes de curso encontrados allí.</numerusform>
            </translation>
        </message>
        <message>
            <source>No pack was found there.</source>
            <translation>No se ha encontrado ningún paquete de curso ahí.</translation>
        </message>
        <message>
            <source>Also found at:</source>
            <translation>También se encuentra en:</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>Update from v{old} to v{new}</source>
            <translation>Actualización de v{old} a v{new}</translation>
        </message>
        <message>
            <source>Already installed</source>
            <translation>Ya instalado</translation>
        </message>
        <message>
            <source>Older than the installed v{old}</source>
            <translation>Más antiguo que la v{old} instalada</translation>
        </message>
        <message>
            <source>Broken: {reason}</source>
            <translation>Dañado: {reason}</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
        </message>
    </context>
    <context>
        <name>PdfTextView</name>
        <message>
            <source>Fact sheet text</source>
            <translation>Texto de la ficha técnica</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Página {n} de {total}</translation>
        </message>
        <message>
            <source>This page has no text.</source>
            <translation>Esta página no tiene texto.</translation>
        </message>
    </context>
    <context>
        <name>PdfViewer</name>
        <message>
            <source>Fact sheet pages</source>
            <translation>Páginas de la ficha técnica</translation>
        </message>
        <message>
            <source>Pictures of the pages. To hear their text, choose Read as text.</source>
            <translation>Imágenes de las páginas. Para oír su texto, elige Leer como texto.</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Página anterior</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Página siguiente</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Número de página</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Reducir</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Ampliar</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ajustar al ancho</translation>
        </message>
        <message>
            <source>Read as text</source>
            <translation>Leer como texto</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Guardar una copia…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>of {n}</source>
            <translation>de {n}</translation>
        </message>
        <message>
            <source>This fact sheet cannot be opened.</source>
            <translation>No se puede abrir esta ficha técnica.</translation>
        </message>
        <message>
            <source>Reading the text of the fact sheet…</source>
            <translation>Leyendo el texto de la ficha técnica…</translation>
        </message>
        <message>
            <source>Reading the text of the fact sheet: page {done} of {total}…</source>
            <translation>Leyendo el texto de la ficha técnica: página {done} de {total}…</translation>
        </message>
        <message>
            <source>The text of this fact sheet cannot be read. Its pages can still be shown: turn Read as text off.</source>
            <translation>No se puede leer el texto de esta ficha técnica. Sus páginas sí se pueden mostrar: desactiva Leer como texto.</translation>
        </message>
        <message>
            <source>This fact sheet has no text to read: its pages are pictures only.</source>
            <translation>Esta ficha técnica no tiene texto que leer: sus páginas son solo imágenes.</translation>
        </message>
        <message>
            <source>Save a copy of the fact sheet</source>
            <translation>Guardar una copia de la ficha técnica</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved a copy as {path}</source>
            <translation>Copia guardada como {path}</translation>
        </message>
        <message>
            <source>Print the fact sheet</source>
            <translation>Imprimir la ficha técnica</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderView</name>
        <message>
            <source>Quiz</source>
            <translation type="vanished">Cuestionario</translation>
        </message>
        <message>
            <source>pass mark {score}</source>
            <translation type="vanished">nota para aprobar: {score}</translation>
        </message>
        <message>
            <source>at most {n} attempts</source>
            <translation type="vanished">{n} intentos como máximo</translation>
        </message>
        <message>
            <source>This quiz is installed and ready. Taking quizzes comes in the next version of C4S Desktop.</source>
            <translation type="vanished">Este cuestionario está instalado y listo. Podrás responder cuestionarios en la próxima versión de C4S Desktop.</translation>
        </message>
    </context>
    <context>
        <name>PlayerControls</name>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Play or pause</source>
            <translation type="vanished">Reproducir o pausar</translation>
        </message>
        <message>
            <source>Play or pause (Space)</source>
            <translation>Reproducir o pausar (Espacio)</translation>
        </message>
        <message>
            <source>Position in the video</source>
            <translation>Posición en el vídeo</translation>
        </message>
        <message>
            <source>← → 5 seconds, Page Up / Page Down 30 seconds, Home / End</source>
            <translation>← → 5 segundos, Re Pág / Av Pág 30 segundos, Inicio / Fin</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Playback speed</source>
            <translation>Velocidad de reproducción</translation>
        </message>
        <message>
            <source>{rate}×</source>
            <translation>{rate}×</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>Silenciar</translation>
        </message>
        <message>
            <source>Mute (M)</source>
            <translation>Silenciar (M)</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Subtitles</source>
            <translation>Subtítulos</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Pantalla completa</translation>
        </message>
        <message>
            <source>Exit full screen</source>
            <translation>Salir de pantalla completa</translation>
        </message>
        <message>
            <source>Exit full screen (F, F11 or Esc)</source>
            <translation>Salir de pantalla completa (F, F11 o Esc)</translation>
        </message>
        <message>
            <source>Full screen (F or F11; Esc leaves)</source>
            <translation>Pantalla completa (F o F11; Esc para salir)</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desactivados</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
    </context>
    <context>
        <name>Poster</name>
        <message>
            <source>Video poster</source>
            <translation>Portada del vídeo</translation>
        </message>
        <message>
            <source>Press Play to start the video.</source>
            <translation>Pulsa Reproducir para iniciar el vídeo.</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>Presenting. Page Down and Page Up move on; Esc or F5 ends the presentation.</source>
            <translation type="vanished">Presentación en curso. Av Pág y Re Pág avanzan y retroceden; Esc o F5 terminan la presentación.</translation>
        </message>
    </context>
    <context>
        <name>PresentationMode</name>
        <message>
            <source>Presenting. Page Down and Page Up move on; Esc or F5 ends the presentation.</source>
            <translation type="vanished">Presentación en curso. Av Pág y Re Pág avanzan y retroceden; Esc o F5 terminan la presentación.</translation>
        </message>
        <message>
            <source>Presenting. Page Down and Page Up move on; B blanks the screen; Esc or F5 ends the presentation.</source>
            <translation>Presentación en curso. Av Pág y Re Pág avanzan y retroceden; B oscurece la pantalla; Esc o F5 terminan la presentación.</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>Presenter view</source>
            <translation>Vista del presentador</translation>
        </message>
        <message>
            <source>Time since the presentation started</source>
            <translation>Tiempo transcurrido desde el inicio de la presentación</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Next, with Page Down</source>
            <translation>Después, con Av Pág</translation>
        </message>
        <message>
            <source>The class sees a black screen. Any key or button shows the picture again.</source>
            <translation>La clase ve una pantalla negra. Cualquier tecla o botón vuelve a mostrar la imagen.</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Previous screenful, item or lesson</source>
            <translation>Pantalla, elemento o lección anterior</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next screenful, item or lesson</source>
            <translation>Pantalla, elemento o lección siguiente</translation>
        </message>
        <message>
            <source>End the presentation</source>
            <translation>Terminar la presentación</translation>
        </message>
        <message>
            <source>Presenting for</source>
            <translation>Tiempo de presentación</translation>
        </message>
        <message>
            <source>On the screen now</source>
            <translation>Ahora en pantalla</translation>
        </message>
        <message>
            <source>Nothing until the quiz attempt is finished</source>
            <translation>Nada hasta que termine el intento del cuestionario</translation>
        </message>
        <message>
            <source>Another page of the app</source>
            <translation>Otra página de la aplicación</translation>
        </message>
        <message>
            <source>The end of the course</source>
            <translation>Fin del curso</translation>
        </message>
        <message>
            <source>The first item of the next lesson, {lesson}</source>
            <translation>Primer elemento de la lección siguiente, {lesson}</translation>
        </message>
        <message>
            <source>Item {number} of {count}</source>
            <translation>Elemento {number} de {count}</translation>
        </message>
        <message>
            <source>Lesson {number} of {count}</source>
            <translation>Lección {number} de {count}</translation>
        </message>
        <message>
            <source>Show the screen</source>
            <translation>Mostrar la pantalla</translation>
        </message>
        <message>
            <source>Blank the screen</source>
            <translation>Oscurecer la pantalla</translation>
        </message>
    </context>
    <context>
        <name>ProgressExchange</name>
        <message>
            <source>Save my progress</source>
            <translation>Guardar mi progreso</translation>
        </message>
        <message>
            <source>Saving your progress…</source>
            <translation>Guardando tu progreso…</translation>
        </message>
        <message>
            <source>Your progress is saved in {file}.</source>
            <translation>Tu progreso está guardado en {file}.</translation>
        </message>
        <message>
            <source>Your progress is saved in “{name}”.</source>
            <translation>Tu progreso está guardado en «{name}».</translation>
        </message>
        <message>
            <source>Take the drive to a computer with C4S Desktop and choose File → Load progress… there. Your progress stays on this computer too.</source>
            <translation>Lleva la unidad a un equipo con C4S Desktop y elige allí Archivo → Cargar progreso… Tu progreso también se queda en este equipo.</translation>
        </message>
        <message>
            <source>Load progress</source>
            <translation>Cargar progreso</translation>
        </message>
        <message>
            <source>Load the progress in “{name}”. It can add learners to this computer and records to any learner's progress.</source>
            <translation>Cargar el progreso de «{name}». Puede añadir alumnos a este equipo y registros al progreso de cualquier alumno.</translation>
        </message>
        <message>
            <source>Loading the progress in “{name}”…</source>
            <translation>Cargando el progreso de «{name}»…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Progress loaded.</source>
            <translation>Progreso cargado.</translation>
        </message>
        <message>
            <source>Saving was cancelled; no file was saved.</source>
            <translation>Se canceló el guardado; no se guardó ningún archivo.</translation>
        </message>
        <message>
            <source>Everything in this file was already on this computer.</source>
            <translation>Todo lo que contiene este archivo ya estaba en este equipo.</translation>
        </message>
        <message>
            <source>Nothing was added.</source>
            <translation>No se añadió nada.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new record(s) of progress.</source>
            <translation>
                <numerusform>%Ln registro nuevo de progreso.</numerusform>
                <numerusform>%Ln registros nuevos de progreso.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln learner(s) new on this computer.</source>
            <translation>
                <numerusform>%Ln alumno nuevo en este equipo.</numerusform>
                <numerusform>%Ln alumnos nuevos en este equipo.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{given}” is called “{here}” here, because another learner has that name.</source>
            <translation>«{given}» se llama «{here}» aquí, porque otro alumno tiene ese nombre.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) are about courses not installed on this computer ({courses}); they count once those courses are added.</source>
            <translation>
                <numerusform>%Ln registro es de cursos que no están instalados en este equipo ({courses}); contará cuando se añadan esos cursos.</numerusform>
                <numerusform>%Ln registros son de cursos que no están instalados en este equipo ({courses}); contarán cuando se añadan esos cursos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The progress is loaded.</source>
            <translation>El progreso está cargado.</translation>
        </message>
        <message>
            <source>Loading was cancelled; nothing was added.</source>
            <translation>Se canceló la carga; no se añadió nada.</translation>
        </message>
        <message>
            <source>C4S progress files (*{suffix})</source>
            <translation>Archivos de progreso de C4S (*{suffix})</translation>
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
            <translation>Mi progreso</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>V&amp;olver</translation>
        </message>
        <message>
            <source>Progress by course</source>
            <translation>Progreso por curso</translation>
        </message>
        <message>
            <source>Loading your progress…</source>
            <translation>Cargando tu progreso…</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Volver a la página anterior</translation>
        </message>
        <message>
            <source>Progress of {name}</source>
            <translation>Progreso de {name}</translation>
        </message>
        <message>
            <source>Time spent learning: {time} · Courses completed: {done} of {total}</source>
            <translation>Tiempo de aprendizaje: {time} · Cursos completados: {done} de {total}</translation>
        </message>
        <message>
            <source>No course is installed yet.</source>
            <translation>Todavía no hay ningún curso instalado.</translation>
        </message>
    </context>
    <context>
        <name>ProgressScreenFlow</name>
        <message>
            <source>Back to the lesson</source>
            <translation>Volver a la lección</translation>
        </message>
        <message>
            <source>Back to {title}</source>
            <translation>Volver a «{title}»</translation>
        </message>
        <message>
            <source>Back to the welcome page</source>
            <translation>Volver a la página de bienvenida</translation>
        </message>
        <message>
            <source>Back to the search results</source>
            <translation>Volver a los resultados de la búsqueda</translation>
        </message>
        <message>
            <source>Choose who is learning first: your progress is kept under your name.</source>
            <translation>Elige primero quién está aprendiendo: tu progreso se guarda con tu nombre.</translation>
        </message>
        <message>
            <source>Loading your progress…</source>
            <translation>Cargando tu progreso…</translation>
        </message>
        <message>
            <source>Certificate - {course} - {learner}</source>
            <translation>Certificado - {course} - {learner}</translation>
        </message>
        <message>
            <source>Save certificate</source>
            <translation>Guardar el certificado</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Certificate saved: {path}</source>
            <translation>Certificado guardado: {path}</translation>
        </message>
    </context>
    <context>
        <name>ProgressSession</name>
        <message>
            <source>&amp;Continue where I left off</source>
            <translation>&amp;Continuar donde lo dejé</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Open the item you had open last ({key})</source>
            <translation>Abrir el último elemento que tenías abierto ({key})</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Aprendizaje</translation>
        </message>
        <message>
            <source>Every course is complete: there is nothing left to continue.</source>
            <translation>Todos los cursos están completados: no queda nada por continuar.</translation>
        </message>
        <message>
            <source>The item to continue with is no longer in the library.</source>
            <translation>El elemento con el que continuar ya no está en la biblioteca.</translation>
        </message>
        <message>
            <source>The item you had open last was removed by a course update; here is the next one.</source>
            <translation>El elemento que abriste por última vez se eliminó en una actualización del curso; aquí tienes el siguiente.</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichero</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Fichero %1</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Ver en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Ficheros de &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>PgDown</source>
            <translation>Av Pág</translation>
        </message>
        <message>
            <source>PgUp</source>
            <translation>Re Pág</translation>
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
            <translation type="vanished">No se puede reproducir este vídeo: su archivo está dañado o tiene un formato que este equipo no puede leer.</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>Confirm answer</source>
            <translation>Confirmar respuesta</translation>
        </message>
        <message>
            <source>Confirm your answer (Enter)</source>
            <translation>Confirma tu respuesta (Intro)</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Siguiente pregunta</translation>
        </message>
        <message>
            <source>Question {n} of {count}</source>
            <translation>Pregunta {n} de {count}</translation>
        </message>
        <message>
            <source>See my results</source>
            <translation>Ver mis resultados</translation>
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message>
            <source>Sign in to take this quiz: your answers are kept under your name.</source>
            <translation>Identifícate para hacer este cuestionario: tus respuestas se guardan con tu nombre.</translation>
        </message>
        <message>
            <source>Opening the quiz…</source>
            <translation>Abriendo el cuestionario…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Empezando…</translation>
        </message>
        <message>
            <source>Opening your attempt…</source>
            <translation>Abriendo tu intento…</translation>
        </message>
        <message>
            <source>This question changed after you answered it, so your answer no longer counts: please answer it again.</source>
            <translation>Esta pregunta cambió después de que la respondieras, así que tu respuesta ya no cuenta: respóndela de nuevo.</translation>
        </message>
        <message>
            <source>Give an answer first.</source>
            <translation>Primero da una respuesta.</translation>
        </message>
        <message>
            <source>Right!</source>
            <translation>¡Correcto!</translation>
        </message>
        <message>
            <source>Partly right: {score} of {max} points.</source>
            <translation>Parcialmente correcto: {score} de {max} puntos.</translation>
        </message>
        <message>
            <source>Not right.</source>
            <translation>Incorrecto.</translation>
        </message>
        <message>
            <source>The right choices: {answer}</source>
            <translation>Las opciones correctas: {answer}</translation>
        </message>
        <message>
            <source>The right answer: {answer}</source>
            <translation>La respuesta correcta: {answer}</translation>
        </message>
        <message>
            <source>Adding up your score…</source>
            <translation>Calculando tu puntuación…</translation>
        </message>
    </context>
    <context>
        <name>RemovePackDialog</name>
        <message>
            <source>Remove a pack</source>
            <translation>Eliminar un paquete de curso</translation>
        </message>
        <message>
            <source>Installed packs</source>
            <translation>Paquetes de curso instalados</translation>
        </message>
        <message>
            <source>&amp;Installed packs:</source>
            <translation>Paquetes de curso &amp;instalados:</translation>
        </message>
        <message>
            <source>Removing a pack deletes its files from this computer. The learners' progress is kept and comes back if the pack is installed again.</source>
            <translation>Al eliminar un paquete de curso se borran sus archivos de este equipo. El progreso de los alumnos se conserva y vuelve si se instala de nuevo.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <source>Remove the chosen pack</source>
            <translation>Eliminar el paquete de curso elegido</translation>
        </message>
        <message>
            <source>Reading the installed packs…</source>
            <translation>Leyendo los paquetes de curso instalados…</translation>
        </message>
        <message>
            <source>{title} — version {version} — {size}</source>
            <translation>{title} — versión {version} — {size}</translation>
        </message>
        <message>
            <source>No pack is installed.</source>
            <translation>No hay ningún paquete de curso instalado.</translation>
        </message>
        <message>
            <source>Remove “{title}” from this computer?</source>
            <translation>¿Eliminar «{title}» de este equipo?</translation>
        </message>
        <message>
            <source>Its files are deleted, except those another pack also uses: {size} freed. The learners' progress is kept.</source>
            <translation>Se borran sus archivos, salvo los que también usa otro paquete de curso: se liberan {size}. Se conserva el progreso de los alumnos.</translation>
        </message>
        <message>
            <source>Its files are deleted ({size}). The learners' progress is kept.</source>
            <translation>Se borran sus archivos ({size}). Se conserva el progreso de los alumnos.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarlo</translation>
        </message>
        <message>
            <source>Confirm removal</source>
            <translation>Confirmar la eliminación</translation>
        </message>
        <message>
            <source>Remove “{title}” from this computer.</source>
            <translation>Eliminar «{title}» de este equipo.</translation>
        </message>
        <message>
            <source>Removing “{title}”…</source>
            <translation>Eliminando «{title}»…</translation>
        </message>
        <message>
            <source>Removed “{title}”; {size} freed.</source>
            <translation>«{title}» eliminado; {size} liberados.</translation>
        </message>
    </context>
    <context>
        <name>RestoreOffer</name>
        <message>
            <source>The database in {folder} is missing.</source>
            <translation>Falta la base de datos de {folder}.</translation>
        </message>
        <message>
            <source>The database in {folder} is damaged.</source>
            <translation>La base de datos de {folder} está dañada.</translation>
        </message>
        <message>
            <source>C4S Desktop</source>
            <translation>C4S Desktop</translation>
        </message>
        <message>
            <source>The backup from {when} can take its place; a damaged file is kept for an administrator. What was recorded on this computer after that backup is lost, except what sync brings back from the server.</source>
            <translation>La copia de seguridad del {when} puede ocupar su lugar; un archivo dañado se conserva para un administrador. Lo registrado en este equipo después de esa copia se pierde, salvo lo que la sincronización traiga del servidor.</translation>
        </message>
        <message>
            <source>&amp;Restore the backup</source>
            <translation>&amp;Restaurar la copia de seguridad</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Review of your answers</source>
            <translation>Revisión de tus respuestas</translation>
        </message>
        <message>
            <source>Back to the quiz overview</source>
            <translation>Volver a la presentación del cuestionario</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Intentar de nuevo</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>No aprobado</translation>
        </message>
        <message>
            <source>Attempt {n}: {score} of {max} points ({percent}). The pass mark is {mark}.</source>
            <translation>Intento {n}: {score} de {max} puntos ({percent}). La nota para aprobar es {mark}.</translation>
        </message>
        <message>
            <source>Your answer:</source>
            <translation>Tu respuesta:</translation>
        </message>
        <message>
            <source>The right answer:</source>
            <translation>La respuesta correcta:</translation>
        </message>
        <message>
            <source>The right choices:</source>
            <translation>Las opciones correctas:</translation>
        </message>
        <message>
            <source>given to an earlier version of this question</source>
            <translation>dada a una versión anterior de esta pregunta</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Correcta</translation>
        </message>
        <message>
            <source>Not right</source>
            <translation>Incorrecta</translation>
        </message>
        <message>
            <source>Question {n}</source>
            <translation>Pregunta {n}</translation>
        </message>
    </context>
    <context>
        <name>ScoreChart</name>
        <message>
            <source>{score} (passed)</source>
            <translation>{score} (aprobado)</translation>
        </message>
        <message>
            <source>{score} (not passed)</source>
            <translation>{score} (no aprobado)</translation>
        </message>
        <message>
            <source>Scores over attempts: {scores}</source>
            <translation>Puntuaciones de los intentos: {scores}</translation>
        </message>
        <message>
            <source>Scores of the last {shown} of {total} attempts: {scores}</source>
            <translation>Puntuaciones de los últimos {shown} de {total} intentos: {scores}</translation>
        </message>
        <message>
            <source>Quiz scores chart</source>
            <translation>Gráfico de puntuaciones del cuestionario</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search the courses</source>
            <translation>Buscar en los cursos</translation>
        </message>
        <message>
            <source>Titles, course texts, fact sheets and video subtitles. Press the down arrow to reach the results.</source>
            <translation>Títulos, textos de los cursos, fichas técnicas y subtítulos de los vídeos. Pulsa la flecha abajo para llegar a los resultados.</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>Results for “{text}”</source>
            <translation>Resultados de «{text}»</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) for “{text}”.</source>
            <translation>
                <numerusform>%n resultado de «{text}».</numerusform>
                <numerusform>%n resultados de «{text}».</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found for “{text}”. Try fewer or shorter words.</source>
            <translation>No se ha encontrado nada para «{text}». Prueba con menos palabras o con palabras más cortas.</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”. The courses are in {language}: try words in that language.</source>
            <translation>No se ha encontrado nada para «{text}». Los cursos están en {language}: prueba con palabras en ese idioma.</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”. The courses are in {languages}: try words in one of these languages.</source>
            <translation>No se ha encontrado nada para «{text}». Los cursos están en {languages}: prueba con palabras en uno de esos idiomas.</translation>
        </message>
        <message>
            <source>Video at {time}</source>
            <translation>Vídeo en {time}</translation>
        </message>
        <message>
            <source>Fact sheet, page {n}</source>
            <translation>Ficha técnica, página {n}</translation>
        </message>
        <message>
            <source>Fact sheet</source>
            <translation>Ficha técnica</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>Caso práctico</translation>
        </message>
        <message>
            <source>Course text</source>
            <translation>Texto del curso</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lección</translation>
        </message>
        <message>
            <source>Lesson or module title</source>
            <translation type="vanished">Título de lección o módulo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
    </context>
    <context>
        <name>SearchUi</name>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Find in the courses</source>
            <translation>Buscar en los cursos</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Idioma de la interfaz</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Idioma de la interfaz:</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Tema de colores</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Igual que el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Courses are shown in this language when they have it, otherwise in their own language. The new language is used once C4S Desktop restarts.</source>
            <translation>Los cursos se muestran en este idioma cuando lo tienen; si no, en su propio idioma. El nuevo idioma se aplica al reiniciar C4S Desktop.</translation>
        </message>
        <message>
            <source>Colour &amp;theme:</source>
            <translation>&amp;Tema de colores:</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>Restart C4S Desktop?</source>
            <translation>¿Reiniciar C4S Desktop?</translation>
        </message>
        <message>
            <source>From its next start, C4S Desktop will use this language: {language}. Restart it now?</source>
            <translation>Desde el próximo inicio, C4S Desktop usará este idioma: {language}. ¿Reiniciarlo ahora?</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>&amp;Reiniciar ahora</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Más tarde</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Back {seconds} seconds</source>
            <translation>Retroceder {seconds} segundos</translation>
        </message>
        <message>
            <source>Forward {seconds} seconds</source>
            <translation>Avanzar {seconds} segundos</translation>
        </message>
        <message>
            <source>Library and navigation</source>
            <translation>Biblioteca y navegación</translation>
        </message>
        <message>
            <source>Go to the next or the previous part of the window</source>
            <translation>Ir a la parte siguiente o anterior de la ventana</translation>
        </message>
        <message>
            <source>Press the button that has the focus</source>
            <translation>Pulsar el botón que tiene el foco</translation>
        </message>
        <message>
            <source>Open the selected lesson or item (in the library or a lesson's list)</source>
            <translation>Abrir la lección o el elemento seleccionado (en la biblioteca o en la lista de una lección)</translation>
        </message>
        <message>
            <source>In the search box: search now and go to the results</source>
            <translation>En el cuadro de búsqueda: buscar ya e ir a los resultados</translation>
        </message>
        <message>
            <source>In the search box: clear it</source>
            <translation>En el cuadro de búsqueda: borrarlo</translation>
        </message>
        <message>
            <source>In the search results: back to the search box</source>
            <translation>En los resultados: volver al cuadro de búsqueda</translation>
        </message>
        <message>
            <source>In My progress: back to where you were</source>
            <translation>En Mi progreso: volver a donde estabas</translation>
        </message>
        <message>
            <source>On an item: back to its lesson</source>
            <translation>En un elemento: volver a su lección</translation>
        </message>
        <message>
            <source>Video (when the player has the focus)</source>
            <translation>Vídeo (cuando el reproductor tiene el foco)</translation>
        </message>
        <message>
            <source>Play or pause</source>
            <translation>Reproducir o pausar</translation>
        </message>
        <message>
            <source>Go to the start</source>
            <translation>Ir al principio</translation>
        </message>
        <message>
            <source>Go to the end</source>
            <translation>Ir al final</translation>
        </message>
        <message>
            <source>Sound off or on</source>
            <translation>Quitar o devolver el sonido</translation>
        </message>
        <message>
            <source>Full screen on or off</source>
            <translation>Entrar en pantalla completa o salir de ella</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Salir de la pantalla completa</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Cuestionario</translation>
        </message>
        <message>
            <source>Choose the answer with that number</source>
            <translation>Elegir la respuesta con ese número</translation>
        </message>
        <message>
            <source>Confirm the answer, then go to the next question</source>
            <translation>Confirmar la respuesta y pasar a la siguiente pregunta</translation>
        </message>
        <message>
            <source>Move the selected item up or down (ordering questions)</source>
            <translation>Subir o bajar el elemento seleccionado (preguntas de ordenar)</translation>
        </message>
        <message>
            <source>Presenting</source>
            <translation>Presentación</translation>
        </message>
        <message>
            <source>The next screenful, or the next item or lesson</source>
            <translation>La pantalla siguiente, o el elemento o la lección siguiente</translation>
        </message>
        <message>
            <source>The previous screenful, or the previous item or lesson</source>
            <translation>La pantalla anterior, o el elemento o la lección anterior</translation>
        </message>
        <message>
            <source>Black the screen out (any key brings it back)</source>
            <translation>Oscurecer la pantalla (cualquier tecla la devuelve)</translation>
        </message>
        <message>
            <source>End the presentation</source>
            <translation>Terminar la presentación</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} a {last}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Open the {menu} menu</source>
            <translation>Abrir el menú {menu}</translation>
        </message>
        <message>
            <source>Window and menus</source>
            <translation>Ventana y menús</translation>
        </message>
    </context>
    <context>
        <name>StorageLine</name>
        <message>
            <source>Storage</source>
            <translation type="vanished">Almacenamiento</translation>
        </message>
        <message>
            <source>Storage: measuring…</source>
            <translation>Almacenamiento: midiendo…</translation>
        </message>
        <message>
            <source>Storage: the C4S data folder uses {used}; {free} free on its disk.</source>
            <translation>Almacenamiento: la carpeta de datos de C4S ocupa {used}; {free} libres en su disco.</translation>
        </message>
    </context>
    <context>
        <name>SubtitleBand</name>
        <message>
            <source>Subtitles</source>
            <translation>Subtítulos</translation>
        </message>
    </context>
    <context>
        <name>SubtitleNotice</name>
        <message>
            <source>Subtitles message</source>
            <translation>Mensaje de los subtítulos</translation>
        </message>
        <message>
            <source>The subtitles in {language} cannot be shown: their file is missing or damaged; add its course again (File → Add packs…) to repair it.</source>
            <translation>No se pueden mostrar los subtítulos en {language}: su archivo falta o está dañado; añade de nuevo su curso (Archivo → Añadir paquetes de curso…) para repararlo.</translation>
        </message>
    </context>
    <context>
        <name>SyncAnnouncer</name>
        <message>
            <source>Sync did not finish: {reason}</source>
            <translation>La sincronización no terminó: {reason}</translation>
        </message>
        <message>
            <source>Sync finished.</source>
            <translation>Sincronización terminada.</translation>
        </message>
        <message>
            <source>Sync started.</source>
            <translation>Sincronización iniciada.</translation>
        </message>
    </context>
    <context>
        <name>SyncDetailsDialog</name>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>Sync details</source>
            <translation>Detalles de la sincronización</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <source>Last synced:</source>
            <translation>Última sincronización:</translation>
        </message>
        <message>
            <source>Waiting to be sent:</source>
            <translation>Pendiente de envío:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Último error:</translation>
        </message>
        <message>
            <source>Statements the server refused (for an administrator; they are kept here):</source>
            <translation>Registros que el servidor rechazó (para un administrador; se conservan aquí):</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Refused statements</source>
            <translation>Registros rechazados</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>Sincronizar &amp;ahora</translation>
        </message>
        <message>
            <source>Sto&amp;p sync</source>
            <translation>&amp;Detener la sincronización</translation>
        </message>
        <message>
            <source>&amp;Set up…</source>
            <translation>&amp;Configurar…</translation>
        </message>
        <message>
            <source>Send refused &amp;again</source>
            <translation>&amp;Reenviar los rechazados</translation>
        </message>
        <message>
            <source>This computer does not send progress to a server yet. An administrator can set it up with an enrollment code.</source>
            <translation>Este equipo todavía no envía el progreso a un servidor. Un administrador puede configurarlo con un código de inscripción.</translation>
        </message>
        <message>
            <source>Syncing with the server now…</source>
            <translation>Sincronizando con el servidor…</translation>
        </message>
        <message>
            <source>All progress recorded here is on the server.</source>
            <translation>Todo el progreso registrado aquí está en el servidor.</translation>
        </message>
        <message>
            <source>Some progress waits to be sent; it goes with the next sync.</source>
            <translation>Parte del progreso espera a ser enviado; se enviará en la próxima sincronización.</translation>
        </message>
        <message>
            <source>The server cannot be reached now. Progress is kept here and sent when the server is back.</source>
            <translation>No se puede contactar con el servidor ahora. El progreso se guarda aquí y se enviará cuando el servidor vuelva a estar disponible.</translation>
        </message>
        <message>
            <source>Sync needs an administrator's attention: see the last error below.</source>
            <translation>La sincronización requiere la atención de un administrador: consulta el último error más abajo.</translation>
        </message>
        <message>
            <source>You stopped sync. What was not sent stays on this computer and goes with the next sync.</source>
            <translation>Has detenido la sincronización. Lo que no se ha enviado se queda en este equipo y se enviará con la próxima sincronización.</translation>
        </message>
        <message>
            <source>Stopping sync once the statements on their way now have arrived…</source>
            <translation type="vanished">Deteniendo la sincronización en cuanto lleguen los registros que se están enviando…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message numerus="yes">
            <source>%Ln statement(s)</source>
            <translation>
                <numerusform>%Ln registro</numerusform>
                <numerusform>%Ln registros</numerusform>
            </translation>
        </message>
        <message>
            <source>Connect to another &amp;server…</source>
            <translation>Conectar a otro &amp;servidor…</translation>
        </message>
    </context>
    <context>
        <name>SyncFlow</name>
        <message>
            <source>Connect this computer to the sync server {server}.</source>
            <translation>Conectar este equipo al servidor de sincronización {server}.</translation>
        </message>
        <message>
            <source>Not connected: no trainer confirmed it.</source>
            <translation>Sin conectar: ningún formador lo confirmó.</translation>
        </message>
    </context>
    <context>
        <name>SyncProgress</name>
        <message>
            <source>Receiving progress: {received} so far</source>
            <translation>Recibiendo el progreso: {received} hasta ahora</translation>
        </message>
        <message>
            <source>Sending progress: {sent} of {total}</source>
            <translation>Enviando el progreso: {sent} de {total}</translation>
        </message>
        <message>
            <source>Closing the app now loses nothing: what is not sent yet stays on this computer and goes with the next sync.</source>
            <translation>Si cierras la aplicación ahora no se pierde nada: lo que aún no se ha enviado se queda en este equipo y se enviará en la próxima sincronización.</translation>
        </message>
        <message>
            <source>Stopping sync…</source>
            <translation>Deteniendo la sincronización…</translation>
        </message>
        <message>
            <source>Sync starts again when you choose Sync now, or the next time the app starts.</source>
            <translation>La sincronización se reanudará cuando elijas «Sincronizar ahora» o la próxima vez que abras la aplicación.</translation>
        </message>
        <message>
            <source>Stop sync now. What is not sent yet stays on this computer and goes with the next sync.</source>
            <translation>Detener la sincronización ahora. Lo que aún no se ha enviado se queda en este equipo y se enviará con la próxima sincronización.</translation>
        </message>
        <message>
            <source>Stop sync once the statements on their way now have arrived. What is not sent stays on this computer and goes with the next sync.</source>
            <translation type="vanished">Detener la sincronización en cuanto lleguen los registros que se están enviando. Lo que no se envíe se queda en este equipo y se enviará con la próxima sincronización.</translation>
        </message>
    </context>
    <context>
        <name>SyncSetupDialog</name>
        <message>
            <source>Set up sync</source>
            <translation>Configurar la sincronización</translation>
        </message>
        <message>
            <source>Progress recorded on this computer is sent to your organisation's server, and comes back on any computer the learner uses. Ask an administrator for the server's address and a one-time enrollment code.</source>
            <translation>El progreso registrado en este equipo se envía al servidor de tu organización y vuelve en cualquier equipo que use el alumno. Pide a un administrador la dirección del servidor y un código de inscripción de un solo uso.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>Código de inscripción</translation>
        </message>
        <message>
            <source>This address starts with http://, so the connection is not encrypted: the enrollment code, this computer's sync password and learners' progress could be read by anyone on the network. Use https:// if the server offers it.</source>
            <translation>Esta dirección empieza por http://, así que la conexión no está cifrada: cualquiera en la red podría leer el código de inscripción, la contraseña de sincronización de este equipo y el progreso de los alumnos. Usa https:// si el servidor lo ofrece.</translation>
        </message>
        <message>
            <source>Connect without &amp;encryption anyway</source>
            <translation>Conectar &amp;igualmente sin cifrado</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;Dirección del servidor:</translation>
        </message>
        <message>
            <source>Enrollment &amp;code:</source>
            <translation>&amp;Código de inscripción:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>C&amp;onectar</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>Conectando con {server}…</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusButton</name>
        <message>
            <source>Sync…</source>
            <translation>Sincronización…</translation>
        </message>
        <message>
            <source>Sync not set up</source>
            <translation>Sincronización no configurada</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Sincronizado</translation>
        </message>
        <message numerus="yes">
            <source>%Ln statement(s) waiting</source>
            <translation>
                <numerusform>%Ln registro pendiente</numerusform>
                <numerusform>%Ln registros pendientes</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <source>Sync needs attention</source>
            <translation>La sincronización requiere atención</translation>
        </message>
        <message>
            <source>Sync: {state}. Click for details.</source>
            <translation>Sincronización: {state}. Haz clic para ver los detalles.</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Estado de la sincronización</translation>
        </message>
        <message>
            <source>Sync stopped: {waiting}</source>
            <translation>Sincronización detenida: {waiting}</translation>
        </message>
    </context>
    <context>
        <name>SyncStopButton</name>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop sync</source>
            <translation>Detener la sincronización</translation>
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <source>Type your answer</source>
            <translation>Escribe tu respuesta</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Tu respuesta</translation>
        </message>
    </context>
    <context>
        <name>TrainerClaimDialog</name>
        <message>
            <source>Class progress</source>
            <translation>Progreso de la clase</translation>
        </message>
        <message>
            <source>Class progress shows the progress of every learner on this computer, so only a trainer may open it. This computer has no trainer yet.</source>
            <translation>El progreso de la clase muestra el progreso de todos los alumnos de este equipo, así que solo un formador puede abrirlo. Este equipo todavía no tiene formador.</translation>
        </message>
        <message>
            <source>You can make {name} this computer's trainer. A trainer's profile is locked with a PIN.</source>
            <translation>Puedes hacer que {name} sea el formador de este equipo. El perfil de un formador está protegido con un PIN.</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Tu PIN</translation>
        </message>
        <message>
            <source>Your &amp;PIN:</source>
            <translation>Tu &amp;PIN:</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN nuevo</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Repetir PIN nuevo</translation>
        </message>
        <message>
            <source>New &amp;PIN:</source>
            <translation>&amp;PIN nuevo:</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>&amp;Repetir PIN:</translation>
        </message>
        <message>
            <source>&amp;Become the trainer</source>
            <translation>&amp;Convertirme en formador</translation>
        </message>
        <message>
            <source>Make {name} this computer's trainer</source>
            <translation>Hacer que {name} sea el formador de este equipo</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>Un PIN tiene de 4 a 8 cifras.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Escribe tu PIN.</translation>
        </message>
        <message>
            <source>The two PINs are not the same; type the PIN again in both fields.</source>
            <translation>Los dos PIN no coinciden; vuelve a escribir el PIN en ambos campos.</translation>
        </message>
    </context>
    <context>
        <name>TrainerConfirmDialog</name>
        <message>
            <source>Trainer confirmation</source>
            <translation>Confirmación de un formador</translation>
        </message>
        <message>
            <source>This changes the computer for every learner, so one of its trainers must confirm it with their PIN.</source>
            <translation>Esto cambia el equipo para todos los alumnos, así que uno de sus formadores debe confirmarlo con su PIN.</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Formador</translation>
        </message>
        <message>
            <source>Trainer's PIN</source>
            <translation>PIN del formador</translation>
        </message>
        <message>
            <source>&amp;Trainer:</source>
            <translation>&amp;Formador:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmar</translation>
        </message>
        <message>
            <source>Type the trainer's PIN.</source>
            <translation>Escribe el PIN del formador.</translation>
        </message>
    </context>
    <context>
        <name>TrustPrompt</name>
        <message>
            <source>“{title}” is signed by {publisher}, a publisher this computer does not trust yet.</source>
            <translation type="vanished">«{title}» está firmado por {publisher}, un editor en el que este equipo aún no confía.</translation>
        </message>
        <message>
            <source>“{title}” is not signed: nothing shows who made it or that it was not changed.</source>
            <translation>«{title}» no está firmado: nada indica quién lo creó ni que no se haya modificado.</translation>
        </message>
        <message>
            <source>Publisher: {publisher}
Key fingerprint: {fingerprint}

Install it only if you got it from someone you trust. An administrator must confirm.</source>
            <translation type="vanished">Editor: {publisher}
Huella de la clave: {fingerprint}

Instálalo solo si lo has recibido de alguien de confianza. Un administrador debe confirmarlo.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Install “{title}”, a version signed with another key than the installed one, and trust the new key from now on.</source>
            <translation>Instalar «{title}», una versión firmada con otra clave distinta de la de la versión instalada, y confiar en la nueva clave a partir de ahora.</translation>
        </message>
        <message>
            <source>Install “{title}”, a version signed with another key than the installed one.</source>
            <translation>Instalar «{title}», una versión firmada con otra clave distinta de la de la versión instalada.</translation>
        </message>
        <message>
            <source>Install “{title}”, a version from another publisher than the installed one, and trust that publisher's key from now on.</source>
            <translation>Instalar «{title}», una versión de otro editor distinto del de la versión instalada, y confiar en la clave de ese editor a partir de ahora.</translation>
        </message>
        <message>
            <source>Install “{title}”, a version from another publisher than the installed one.</source>
            <translation>Instalar «{title}», una versión de otro editor distinto del de la versión instalada.</translation>
        </message>
        <message>
            <source>Install “{title}”, a pack this computer does not trust, and trust its publisher's key from now on.</source>
            <translation>Instalar «{title}», un paquete de curso en el que este equipo no confía, y confiar en la clave de su editor a partir de ahora.</translation>
        </message>
        <message>
            <source>Install “{title}”, a pack this computer does not trust.</source>
            <translation>Instalar «{title}», un paquete de curso en el que este equipo no confía.</translation>
        </message>
        <message>
            <source>This version of “{title}” gives the same publisher as the installed version, {installed}, but it is signed with another key.</source>
            <translation>Esta versión de «{title}» indica el mismo editor que la versión instalada, {installed}, pero está firmada con otra clave.</translation>
        </message>
        <message>
            <source>This version of “{title}” gives its publisher as “{publisher}”, a name like that of {installed}, who published the installed version, but it is signed with another key.</source>
            <translation>Esta versión de «{title}» indica como editor «{publisher}», un nombre parecido al de {installed}, que publicó la versión instalada, pero está firmada con otra clave.</translation>
        </message>
        <message>
            <source>This version of “{title}” does not come from {installed}, who published the installed version.</source>
            <translation>Esta versión de «{title}» no procede de {installed}, que publicó la versión instalada.</translation>
        </message>
        <message>
            <source>Publisher: {publisher}
Key fingerprint: {fingerprint}</source>
            <translation type="vanished">Editor: {publisher}
Huella de la clave: {fingerprint}</translation>
        </message>
        <message>
            <source>“{title}” is signed by a publisher calling itself “{publisher}”, whose key this computer does not trust yet.</source>
            <translation>«{title}» está firmado por un editor que se hace llamar «{publisher}», y este equipo aún no confía en su clave.</translation>
        </message>
        <message>
            <source>Key fingerprint: {fingerprint}
Publisher name, as the pack gives it (not checked): {publisher}</source>
            <translation>Huella de la clave: {fingerprint}
Nombre del editor, tal como lo indica el paquete de curso (sin comprobar): {publisher}</translation>
        </message>
        <message>
            <source>Warning: this pack names the key of “{trusted}”, a publisher this computer trusts, but it is not signed with that key. It may only pretend to come from it.</source>
            <translation>Atención: este paquete de curso indica la clave de «{trusted}», un editor en el que este equipo confía, pero no está firmado con esa clave. Puede que solo finja venir de él.</translation>
        </message>
        <message>
            <source>Warning: this computer already trusts a publisher named “{trusted}”, with another key ({fingerprint}). This pack may only pretend to come from it.</source>
            <translation>Atención: este equipo ya confía en un editor llamado «{trusted}», con otra clave ({fingerprint}). Puede que este paquete de curso solo finja venir de él.</translation>
        </message>
        <message>
            <source>Warning: either {installed} changed its key, or this pack only pretends to come from it.</source>
            <translation>Atención: o bien {installed} ha cambiado de clave, o bien este paquete solo finge proceder de ese editor.</translation>
        </message>
        <message>
            <source>Installed version from: {publisher}
Key fingerprint: {fingerprint}</source>
            <translation>Versión instalada publicada por: {publisher}
Huella de la clave: {fingerprint}</translation>
        </message>
        <message>
            <source>Install it only if {installed} told you it changed its key to this one. An administrator must confirm.</source>
            <translation>Instálalo solo si {installed} te ha dicho que cambió su clave por esta. Un administrador debe confirmarlo.</translation>
        </message>
        <message>
            <source>Install it only if you know the course changed hands. An administrator must confirm.</source>
            <translation>Instálalo solo si sabes que el curso ha cambiado de editor. Un administrador debe confirmarlo.</translation>
        </message>
        <message>
            <source>Install it only if you got it from someone you trust. An administrator must confirm.</source>
            <translation>Instálalo solo si lo has recibido de alguien de confianza. Un administrador debe confirmarlo.</translation>
        </message>
        <message>
            <source>Administrator confirmation</source>
            <translation>Confirmación del administrador</translation>
        </message>
        <message>
            <source>Install anyway</source>
            <translation>Instalar de todos modos</translation>
        </message>
        <message>
            <source>Skip this pack</source>
            <translation>Omitir este paquete de curso</translation>
        </message>
        <message>
            <source>Also trust this publisher's key from now on</source>
            <translation>Confiar también en la clave de este editor a partir de ahora</translation>
        </message>
        <message>
            <source>Also trust this publisher from now on</source>
            <translation type="vanished">Confiar también en este editor a partir de ahora</translation>
        </message>
    </context>
    <context>
        <name>UpdatePrompt</name>
        <message>
            <source>Update “{title}” from version {old} to version {new}?</source>
            <translation>¿Actualizar «{title}» de la versión {old} a la versión {new}?</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added, {removed} removed, {changed} changed; {size} to download. The learners' progress is kept.</source>
            <translation type="vanished">
                <numerusform>%n elemento añadido, {removed} eliminados, {changed} modificados; {size} por descargar. Se conserva el progreso de los alumnos.</numerusform>
                <numerusform>%n elementos añadidos, {removed} eliminados, {changed} modificados; {size} por descargar. Se conserva el progreso de los alumnos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added, {removed} removed, {changed} changed; {size} to copy. The learners' progress is kept.</source>
            <translation type="vanished">
                <numerusform>%n elemento añadido, {removed} eliminados, {changed} modificados; {size} por copiar. Se conserva el progreso de los alumnos.</numerusform>
                <numerusform>%n elementos añadidos, {removed} eliminados, {changed} modificados; {size} por copiar. Se conserva el progreso de los alumnos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to download.</source>
            <translation>
                <numerusform>Añadidos: %n · eliminados: {removed} · modificados: {changed}; {size} por descargar.</numerusform>
                <numerusform>Añadidos: %n · eliminados: {removed} · modificados: {changed}; {size} por descargar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to copy.</source>
            <translation>
                <numerusform>Añadidos: %n · eliminados: {removed} · modificados: {changed}; {size} por copiar.</numerusform>
                <numerusform>Añadidos: %n · eliminados: {removed} · modificados: {changed}; {size} por copiar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) worked on items this update removes: what they did stays in their history but no longer counts towards the course.</source>
            <translation>
                <numerusform>%n alumno trabajó en elementos que esta actualización elimina: lo que hizo queda en su historial, pero ya no cuenta para el curso.</numerusform>
                <numerusform>%n alumnos trabajaron en elementos que esta actualización elimina: lo que hicieron queda en su historial, pero ya no cuenta para el curso.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to download. The learners' progress is kept.</source>
            <translation>
                <numerusform>Añadidos: %n · eliminados: {removed} · modificados: {changed}; {size} por descargar. Se conserva el progreso de los alumnos.</numerusform>
                <numerusform>Añadidos: %n · eliminados: {removed} · modificados: {changed}; {size} por descargar. Se conserva el progreso de los alumnos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %n · removed: {removed} · changed: {changed}; {size} to copy. The learners' progress is kept.</source>
            <translation>
                <numerusform>Añadidos: %n · eliminados: {removed} · modificados: {changed}; {size} por copiar. Se conserva el progreso de los alumnos.</numerusform>
                <numerusform>Añadidos: %n · eliminados: {removed} · modificados: {changed}; {size} por copiar. Se conserva el progreso de los alumnos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Update a pack</source>
            <translation>Actualizar un paquete de curso</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Skip this pack</source>
            <translation>Omitir este paquete de curso</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation>Añadidos:</translation>
        </message>
        <message>
            <source>Removed:</source>
            <translation>Eliminados:</translation>
        </message>
        <message>
            <source>Changed:</source>
            <translation>Modificados:</translation>
        </message>
        <message>
            <source>Moved to another lesson:</source>
            <translation>Movidos a otra lección:</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>y {n} más</translation>
        </message>
    </context>
    <context>
        <name>VideoFileCheck</name>
        <message>
            <source>This video cannot be played; checking its file…</source>
            <translation>No se puede reproducir este vídeo; comprobando su archivo…</translation>
        </message>
        <message>
            <source>This video cannot be played: its file is not in a format this computer can play; tell whoever gave you the course.</source>
            <translation>No se puede reproducir este vídeo: su archivo tiene un formato que este equipo no puede reproducir; avisa a quien te dio el curso.</translation>
        </message>
        <message>
            <source>This video cannot be played: its file is damaged on this computer; add its course again (File → Add packs…) to repair it.</source>
            <translation>No se puede reproducir este vídeo: su archivo está dañado en este equipo; añade de nuevo su curso (Archivo → Añadir paquetes de curso…) para repararlo.</translation>
        </message>
    </context>
    <context>
        <name>VideoView</name>
        <message>
            <source>Video player</source>
            <translation>Reproductor de vídeo</translation>
        </message>
        <message>
            <source>Player message</source>
            <translation>Mensaje del reproductor</translation>
        </message>
        <message>
            <source>Resuming at {time}</source>
            <translation>Reanudando en {time}</translation>
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
            <translation type="vanished">No se puede reproducir este vídeo: su archivo está dañado o tiene un formato que este equipo no puede leer.</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>No answer</source>
            <translation>Sin respuesta</translation>
        </message>
        <message>
            <source>No choice</source>
            <translation>Ninguna opción</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Verdadero</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falso</translation>
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
            <translation>Certificado de finalización</translation>
        </message>
        <message>
            <source>This certifies that</source>
            <translation>Se certifica que</translation>
        </message>
        <message>
            <source>has completed the course</source>
            <translation>ha completado el curso</translation>
        </message>
        <message>
            <source>published by {publisher}</source>
            <translation>publicado por {publisher}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Completado el {date}</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>Quiz score</source>
            <translation>Puntuación del cuestionario</translation>
        </message>
        <message>
            <source>no quiz</source>
            <translation>sin cuestionario</translation>
        </message>
        <message>
            <source>Certificate id: {id}</source>
            <translation>Identificador del certificado: {id}</translation>
        </message>
        <message>
            <source>Verification code (Ed25519 signature by this computer's key):</source>
            <translation>Código de verificación (firma Ed25519 con la clave de este equipo):</translation>
        </message>
        <message>
            <source>Key fingerprint: {fingerprint}</source>
            <translation>Huella de la clave: {fingerprint}</translation>
        </message>
        <message>
            <source>Check this certificate offline with: c4s cert verify FILE.pdf</source>
            <translation>Este certificado se puede comprobar sin conexión con: c4s cert verify ARCHIVO.pdf</translation>
        </message>
    </context>
    <context>
        <name>choose</name>
        <message>
            <source>The VLC video engine was asked for, but VLC is not installed or does not work on this computer, so videos play with Qt Multimedia instead.</source>
            <translation>Se ha pedido el motor de vídeo VLC, pero VLC no está instalado o no funciona en este equipo, así que los vídeos se reproducen con Qt Multimedia.</translation>
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
            <translation>Ha ocurrido un error inesperado. C4S Desktop ha escrito los detalles en su archivo de registro; envíalos a tu formador o administrador.</translation>
        </message>
        <message>
            <source>Something went wrong ({code}). See the log for details.</source>
            <translation>Algo ha fallado ({code}). Consulta el registro para ver los detalles.</translation>
        </message>
        <message>
            <source>The pack's {path} is larger than the {limit} bytes a manifest may have; ask the pack's publisher for a corrected pack.</source>
            <translation type="vanished">El archivo {path} del paquete de curso supera los {limit} bytes que puede tener un manifiesto; pide un paquete de curso corregido a su editor.</translation>
        </message>
        <message>
            <source>The pack's manifest.json is not UTF-8 text (invalid byte at offset {offset}); ask the pack's publisher for a corrected pack.</source>
            <translation>El manifest.json del paquete de curso no es texto UTF-8 (byte no válido en la posición {offset}); pide un paquete de curso corregido a su editor.</translation>
        </message>
        <message>
            <source>The pack's manifest.json is not valid JSON; ask the pack's publisher for a corrected pack.</source>
            <translation>El manifest.json del paquete de curso no es un JSON válido; pide un paquete de curso corregido a su editor.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}; ask the pack's publisher for a corrected pack.</source>
            <translation>El manifiesto del paquete de curso no es válido en {where}; pide un paquete de curso corregido a su editor.</translation>
        </message>
        <message>
            <source>The path '{path}' (in {where}) breaks the pack rules; rename the file or ask the pack's publisher for a corrected pack.</source>
            <translation type="vanished">La ruta «{path}» (en {where}) incumple las reglas de los paquetes de curso; cambia el nombre del archivo o pide un paquete de curso corregido a su editor.</translation>
        </message>
        <message>
            <source>The paths '{first}' and '{second}' in {where} cannot both be in one pack; rename one or ask the pack's publisher for a corrected pack.</source>
            <translation>Las rutas «{first}» y «{second}» (en {where}) no pueden estar en el mismo paquete de curso; cambia el nombre de una o pide un paquete de curso corregido a su editor.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}: the id '{id}' is already used at {first}; ask the pack's publisher for a corrected pack.</source>
            <translation>El manifiesto del paquete de curso no es válido en {where}: el identificador «{id}» ya se usa en {first}; pide un paquete de curso corregido a su editor.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}: item '{item}' refers to '{path}', which is not one of the pack's files; ask the pack's publisher for a corrected pack.</source>
            <translation>El manifiesto del paquete de curso no es válido en {where}: el elemento «{item}» remite a «{path}», que no es uno de los archivos del paquete; pide un paquete de curso corregido a su editor.</translation>
        </message>
        <message>
            <source>The pack's manifest is invalid at {where}: item '{item}' has the type '{type}', which this C4S Desktop does not know (it knows {known}); ask the pack's publisher for a corrected pack.</source>
            <translation>El manifiesto del paquete de curso no es válido en {where}: el elemento «{item}» es del tipo «{type}», que esta versión de C4S Desktop no conoce (conoce {known}); pide un paquete de curso corregido a su editor.</translation>
        </message>
        <message>
            <source>This pack is in pack format {found} (see {where} in its manifest), but this C4S Desktop reads only format {supported}; update C4S Desktop to install it.</source>
            <translation>Este paquete de curso tiene el formato {found} (ver {where} en su manifiesto), pero esta versión de C4S Desktop solo lee el formato {supported}; actualiza C4S Desktop para instalarlo.</translation>
        </message>
        <message>
            <source>This pack needs C4S Desktop {needed} or newer (see {where} in its manifest), but this is version {have}; update C4S Desktop to install it.</source>
            <translation>Este paquete de curso necesita C4S Desktop {needed} o posterior (ver {where} en su manifiesto), pero esta es la versión {have}; actualiza C4S Desktop para instalarlo.</translation>
        </message>
        <message>
            <source>The pack's quiz file {file} is not valid JSON; ask the pack's publisher for a corrected pack.</source>
            <translation>El archivo de cuestionario {file} del paquete de curso no es un JSON válido; pide un paquete de curso corregido a su editor.</translation>
        </message>
        <message>
            <source>The pack's quiz file {file} is invalid at {at}; ask the pack's publisher for a corrected pack.</source>
            <translation>El archivo de cuestionario {file} del paquete de curso no es válido en {at}; pide un paquete de curso corregido a su editor.</translation>
        </message>
        <message>
            <source>There is no file or folder at {pack}; check the path.</source>
            <translation>No hay ningún archivo ni carpeta en {pack}; comprueba la ruta.</translation>
        </message>
        <message>
            <source>{pack} is not a C4S pack: it is neither a pack folder nor a .c4spack file.</source>
            <translation>{pack} no es un paquete de curso C4S: no es ni una carpeta de paquete ni un archivo .c4spack.</translation>
        </message>
        <message>
            <source>The pack file {pack} is damaged or incomplete; copy it again from its source.</source>
            <translation>El archivo de paquete de curso {pack} está dañado o incompleto; vuelve a copiarlo desde su origen.</translation>
        </message>
        <message>
            <source>The pack {pack} cannot be read; check the drive and copy it again.</source>
            <translation>No se puede leer el paquete de curso {pack}; comprueba la unidad y vuelve a copiarlo.</translation>
        </message>
        <message>
            <source>{pack} has no manifest.json, so it is not a C4S pack.</source>
            <translation>{pack} no tiene manifest.json, así que no es un paquete de curso C4S.</translation>
        </message>
        <message>
            <source>The signature file of {pack} is too large to be a signature.</source>
            <translation>El archivo de firma de {pack} es demasiado grande para ser una firma.</translation>
        </message>
        <message>
            <source>The quiz file {path} in {pack} is larger than {limit} bytes.</source>
            <translation type="vanished">El archivo de cuestionario {path} de {pack} supera los {limit} bytes.</translation>
        </message>
        <message>
            <source>The pack {pack} contains a link ({path}); packs must hold plain files only, so it was refused.</source>
            <translation>El paquete de curso {pack} contiene un enlace ({path}); los paquetes solo pueden contener archivos normales, así que se ha rechazado.</translation>
        </message>
        <message>
            <source>The pack {pack} contains {path}, which is not a plain file.</source>
            <translation>El paquete de curso {pack} contiene {path}, que no es un archivo normal.</translation>
        </message>
        <message>
            <source>The pack {pack} holds {path} twice; it was refused.</source>
            <translation>El paquete de curso {pack} contiene {path} dos veces; se ha rechazado.</translation>
        </message>
        <message>
            <source>The pack {pack} holds an encrypted entry ({path}); it was refused.</source>
            <translation>El paquete de curso {pack} contiene una entrada cifrada ({path}); se ha rechazado.</translation>
        </message>
        <message>
            <source>The pack {pack} contains {path}, which its manifest does not list; it may have been tampered with, so it was refused.</source>
            <translation>El paquete de curso {pack} contiene {path}, que su manifiesto no incluye; puede haber sido manipulado, así que se ha rechazado.</translation>
        </message>
        <message>
            <source>The pack {pack} is incomplete: {path} is missing; copy the whole pack again.</source>
            <translation>El paquete de curso {pack} está incompleto: falta {path}; vuelve a copiar el paquete entero.</translation>
        </message>
        <message>
            <source>{path} in {pack} has {found} bytes where the manifest says {expected}; the pack is damaged or was altered, so nothing was installed.</source>
            <translation type="vanished">{path} en {pack} tiene {found} bytes, pero el manifiesto indica {expected}; el paquete de curso está dañado o ha sido alterado, así que no se ha instalado nada.</translation>
        </message>
        <message>
            <source>{path} in {pack} does not match its checksum; the pack is damaged or was altered, so nothing was installed.</source>
            <translation>{path} en {pack} no coincide con su suma de comprobación; el paquete de curso está dañado o ha sido alterado, así que no se ha instalado nada.</translation>
        </message>
        <message>
            <source>The signature of {pack} does not match its manifest; the pack was altered after it was signed, so it was refused.</source>
            <translation>La firma de {pack} no coincide con su manifiesto; el paquete de curso se alteró después de firmarse, así que se ha rechazado.</translation>
        </message>
        <message>
            <source>{pack} is not signed; an admin can install it anyway with --allow-untrusted.</source>
            <translation>{pack} no está firmado; un administrador puede instalarlo de todos modos con --allow-untrusted.</translation>
        </message>
        <message>
            <source>{pack} is signed by '{publisher}' (key {fingerprint}), which this computer does not trust; an admin can trust the key or install it once with --allow-untrusted.</source>
            <translation>{pack} está firmado por «{publisher}» (clave {fingerprint}), en quien este equipo no confía; un administrador puede confiar en la clave o instalarlo una vez con --allow-untrusted.</translation>
        </message>
        <message>
            <source>Version {version} of {pack_id} is not newer than the installed version {installed}; use --force to reinstall it (for a repair).</source>
            <translation type="vanished">La versión {version} de {pack_id} no es más reciente que la versión instalada {installed}; usa --force para reinstalarla (para una reparación).</translation>
        </message>
        <message>
            <source>No pack with the id {pack_id} is installed.</source>
            <translation>No hay instalado ningún paquete de curso con el identificador {pack_id}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name so no key is overwritten.</source>
            <translation>{path} ya existe; elige otro nombre de archivo para no sobrescribir ninguna clave.</translation>
        </message>
        <message>
            <source>Cannot write the key file {path}.</source>
            <translation>No se puede escribir el archivo de clave {path}.</translation>
        </message>
        <message>
            <source>{path} is not an Ed25519 private key written by 'c4s pack keygen'.</source>
            <translation>{path} no es una clave privada Ed25519 creada con «c4s pack keygen».</translation>
        </message>
        <message>
            <source>{path} does not hold a public key (one line of base64 for 32 bytes).</source>
            <translation>{path} no contiene una clave pública (una línea de base64 de 32 bytes).</translation>
        </message>
        <message>
            <source>'{key}' is not a public key (base64 of 32 bytes).</source>
            <translation>«{key}» no es una clave pública (base64 de 32 bytes).</translation>
        </message>
        <message>
            <source>No trusted key matches '{key}'; 'c4s trust list' shows the keys.</source>
            <translation>Ninguna clave de confianza coincide con «{key}»; «c4s trust list» muestra las claves.</translation>
        </message>
        <message>
            <source>The source folder {src} has no manifest.json.</source>
            <translation>La carpeta de origen {src} no tiene manifest.json.</translation>
        </message>
        <message>
            <source>The manifest in {src} names a publisher key that is not the key given with --key; remove publisher.key from it.</source>
            <translation>El manifiesto de {src} indica una clave de editor distinta de la dada con --key; quita publisher.key de él.</translation>
        </message>
        <message>
            <source>There is not enough free space in {path}: {needed_mb} MB needed, {free_mb} MB free; free some space or remove packs, then try again.</source>
            <translation type="vanished">No hay suficiente espacio libre en {path}: se necesitan {needed_mb} MB y hay {free_mb} MB libres; libera espacio o elimina paquetes de curso y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The disk holding {path} became full; nothing was installed. Free some space and try again.</source>
            <translation>El disco que contiene {path} se ha llenado; no se ha instalado nada. Libera espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelado; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The data folder {data_dir} is in use by another C4S Desktop window or c4s command; close it and try again.</source>
            <translation>La carpeta de datos {data_dir} la está usando otra ventana de C4S Desktop u otro comando c4s; ciérralo y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The database {db} is damaged; restore the latest backup with 'c4s store restore' (your blobs and backups are untouched).</source>
            <translation>La base de datos {db} está dañada; restaura la última copia de seguridad con «c4s store restore» (tus archivos de contenido y copias de seguridad no se tocan).</translation>
        </message>
        <message>
            <source>The database {db} is damaged and there is no backup yet; move it aside and start again, or ask an admin to recover it.</source>
            <translation type="vanished">La base de datos {db} está dañada y aún no hay copia de seguridad; muévela a otro sitio y empieza de nuevo, o pide a un administrador que la recupere.</translation>
        </message>
        <message>
            <source>The database {db} was written by a newer C4S Desktop (schema {found}, this app knows up to {known}); update C4S Desktop to open it.</source>
            <translation>La base de datos {db} la escribió una versión más reciente de C4S Desktop (esquema {found}; esta aplicación conoce hasta el {known}); actualiza C4S Desktop para abrirla.</translation>
        </message>
        <message>
            <source>C4S Desktop cannot write to the data folder {data_dir}; choose another folder with --data-dir or fix its permissions.</source>
            <translation>C4S Desktop no puede escribir en la carpeta de datos {data_dir}; elige otra carpeta con --data-dir o corrige sus permisos.</translation>
        </message>
        <message>
            <source>There is no backup in {backups} to restore.</source>
            <translation>No hay ninguna copia de seguridad que restaurar en {backups}.</translation>
        </message>
        <message>
            <source>The backup {backup} does not exist.</source>
            <translation>La copia de seguridad {backup} no existe.</translation>
        </message>
        <message>
            <source>The backup {backup} is damaged too; try an older one.</source>
            <translation>La copia de seguridad {backup} también está dañada; prueba con una más antigua.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full; free some space and try again (nothing was lost).</source>
            <translation>El disco que contiene {path} está lleno; libera espacio y vuelve a intentarlo (no se ha perdido nada).</translation>
        </message>
        <message>
            <source>A learner's name needs 1 to {max_len} characters.</source>
            <translation>El nombre de un alumno debe tener de 1 a {max_len} caracteres.</translation>
        </message>
        <message>
            <source>There is already a learner called '{name}'; choose another name.</source>
            <translation>Ya hay un alumno llamado «{name}»; elige otro nombre.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>Un PIN tiene de 4 a 8 cifras.</translation>
        </message>
        <message>
            <source>That PIN is not right for {name}; try again.</source>
            <translation>Ese PIN no es el de {name}; inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>There is no learner '{learner}' on this computer.</source>
            <translation>No hay ningún alumno «{learner}» en este equipo.</translation>
        </message>
        <message>
            <source>The answer given to question {question} cannot be scored: it should be {expected}, but it is {got}.</source>
            <translation>La respuesta a la pregunta {question} no se puede puntuar: debería ser {expected}, pero es {got}.</translation>
        </message>
        <message>
            <source>The answers name questions that the quiz does not have: {questions}; check that they were given for this quiz.</source>
            <translation>Las respuestas mencionan preguntas que el cuestionario no tiene: {questions}; comprueba que sean de este cuestionario.</translation>
        </message>
        <message>
            <source>There is no file at {path}; check the path.</source>
            <translation>No hay ningún archivo en {path}; comprueba la ruta.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read; check the path.</source>
            <translation>No se puede leer el archivo {path}; comprueba la ruta.</translation>
        </message>
        <message>
            <source>The answers file {path} is not valid JSON; it must be one JSON object mapping question ids to answers.</source>
            <translation>El archivo de respuestas {path} no es un JSON válido; debe ser un único objeto JSON que asocie los identificadores de las preguntas con las respuestas.</translation>
        </message>
        <message>
            <source>The answers file {path} holds {got}, but it must be one JSON object mapping question ids to answers.</source>
            <translation>El archivo de respuestas {path} contiene {got}, pero debe ser un único objeto JSON que asocie los identificadores de las preguntas con las respuestas.</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so the copy was not saved. Free some space or choose another place, then try again.</source>
            <translation>El disco que contiene {folder} está lleno, así que la copia no se guardó. Libera espacio o elige otro lugar y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The copy cannot be saved as {path}. Choose another place, then try again.</source>
            <translation>La copia no se puede guardar como {path}. Elige otro lugar y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>This file is missing from the library, so no copy was saved. Repair the course, then try again.</source>
            <translation type="vanished">Falta este archivo en la biblioteca, así que no se guardó ninguna copia. Repara el curso y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{path} is not a C4S Desktop certificate.</source>
            <translation>{path} no es un certificado de C4S Desktop.</translation>
        </message>
        <message>
            <source>The facts in {path} were changed after the certificate was signed; do not trust it.</source>
            <translation>Los datos de {path} se modificaron después de firmar el certificado; no confíes en él.</translation>
        </message>
        <message>
            <source>The signature in {path} does not match its facts and key; the certificate was not made by C4S Desktop or was forged.</source>
            <translation>La firma de {path} no corresponde a sus datos y su clave; el certificado no lo hizo C4S Desktop o fue falsificado.</translation>
        </message>
        <message>
            <source>This computer's certificate key {path} cannot be read; restore it from a backup, or move it away so that a new key is made.</source>
            <translation>No se puede leer la clave de certificados de este equipo, {path}; restáurala desde una copia de seguridad o muévela para que se cree una nueva.</translation>
        </message>
        <message>
            <source>The certificate cannot be written to {path}; choose another folder.</source>
            <translation>No se puede escribir el certificado en {path}; elige otra carpeta.</translation>
        </message>
        <message>
            <source>{learner} has not completed the course {course} yet, so there is no certificate to save.</source>
            <translation>{learner} todavía no ha completado el curso {course}, así que no hay ningún certificado que guardar.</translation>
        </message>
        <message>
            <source>The statement field {field} is not valid.</source>
            <translation>El campo {field} de la declaración no es válido.</translation>
        </message>
        <message>
            <source>This computer is not connected to a sync server yet; set up sync first.</source>
            <translation>Este equipo aún no está conectado a ningún servidor de sincronización; configura primero la sincronización.</translation>
        </message>
        <message>
            <source>The sync server at {server} cannot be reached; your progress is kept and will be sent later.</source>
            <translation>No se puede contactar con el servidor de sincronización {server}; tu progreso se conserva y se enviará más tarde.</translation>
        </message>
        <message>
            <source>The sync server at {server} answered with an error ({status}); your progress is kept and will be sent later.</source>
            <translation>El servidor de sincronización {server} respondió con un error ({status}); tu progreso se conserva y se enviará más tarde.</translation>
        </message>
        <message>
            <source>The sync server at {server} sent a reply this app does not understand.</source>
            <translation>El servidor de sincronización {server} envió una respuesta que esta aplicación no entiende.</translation>
        </message>
        <message>
            <source>The sync server at {server} refused this computer's credentials; ask an administrator to enroll it again.</source>
            <translation>El servidor de sincronización {server} rechazó las credenciales de este equipo; pide a un administrador que lo vuelva a registrar.</translation>
        </message>
        <message>
            <source>The sync server at {server} does not let this computer do that.</source>
            <translation>El servidor de sincronización {server} no permite que este equipo haga eso.</translation>
        </message>
        <message>
            <source>The server refused the enrollment code; ask an admin for a new one.</source>
            <translation>El servidor rechazó el código de inscripción; pide uno nuevo a un administrador.</translation>
        </message>
        <message>
            <source>The server at {server} does not offer device enrollment; use a user name and password instead.</source>
            <translation>El servidor {server} no ofrece el registro de dispositivos; utiliza un nombre de usuario y una contraseña.</translation>
        </message>
        <message>
            <source>Type the LRS password on the first line of the standard input.</source>
            <translation>Escribe la contraseña del LRS en la primera línea de la entrada estándar.</translation>
        </message>
        <message>
            <source>The sync settings in {path} cannot be read; set up sync again.</source>
            <translation>No se puede leer la configuración de sincronización de {path}; vuelve a configurar la sincronización.</translation>
        </message>
        <message>
            <source>The server at {server} does not offer a pack catalog.</source>
            <translation>El servidor {server} no ofrece un catálogo de paquetes de curso.</translation>
        </message>
        <message>
            <source>'{learner}' is not a learner id (it looks like 8-4-4-4-12 hex digits).</source>
            <translation>«{learner}» no es un identificador de alumno (tiene la forma 8-4-4-4-12 dígitos hexadecimales).</translation>
        </message>
        <message>
            <source>The server does not offer a pack with the id {pack_id}.</source>
            <translation>El servidor no ofrece ningún paquete de curso con el identificador {pack_id}.</translation>
        </message>
        <message>
            <source>Downloading {what} failed; start the download again to resume it.</source>
            <translation>La descarga de {what} falló; iníciala de nuevo para reanudarla.</translation>
        </message>
        <message>
            <source>The download is paused; start it again to resume where it stopped.</source>
            <translation>La descarga está en pausa; iníciala de nuevo para reanudarla donde se detuvo.</translation>
        </message>
        <message>
            <source>The file {what} arrived damaged (its checksum is wrong), so it was not kept; try again.</source>
            <translation>El archivo {what} llegó dañado (su suma de comprobación no coincide), así que no se ha guardado; inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The quiz file {path} of the course {pack} is missing or cannot be read. Repair the course, then try again.</source>
            <translation type="vanished">Falta el archivo de cuestionario {path} del curso {pack} o no se puede leer. Repara el curso y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>You have used all {max} attempts at this quiz. Your best result is kept.</source>
            <translation>Has usado los {max} intentos de este cuestionario. Se conserva tu mejor resultado.</translation>
        </message>
        <message>
            <source>This attempt is already finished and takes no more answers. Start a new attempt to answer again.</source>
            <translation>Este intento ya ha terminado y no admite más respuestas. Empieza un nuevo intento para responder de nuevo.</translation>
        </message>
        <message>
            <source>Question {question} already has an answer in this attempt; an answer cannot be changed once given.</source>
            <translation>La pregunta {question} ya tiene una respuesta en este intento; una respuesta dada no se puede cambiar.</translation>
        </message>
        <message>
            <source>{out} already exists and is not a pack built before; choose another output path so nothing is overwritten.</source>
            <translation>{out} ya existe y no es un paquete de curso construido antes; elige otra ruta de salida para no sobrescribir nada.</translation>
        </message>
        <message>
            <source>The output {out} would overwrite the source folder {src} or a part of it; choose an output path outside it.</source>
            <translation>La salida {out} sobrescribiría la carpeta de origen {src} o una parte de ella; elige una ruta de salida fuera de ella.</translation>
        </message>
        <message>
            <source>Cannot write the pack {out}; check that its folder exists, can be written to and has free space.</source>
            <translation>No se puede escribir el paquete {out}; comprueba que su carpeta existe, admite escritura y tiene espacio libre.</translation>
        </message>
        <message>
            <source>There is no public key file at {path}; check the path.</source>
            <translation>No hay ningún archivo de clave pública en {path}; comprueba la ruta.</translation>
        </message>
        <message>
            <source>'{server}' is not a server address; give one such as https://sync.example.org.</source>
            <translation>«{server}» no es una dirección de servidor; indica una como https://sync.example.org.</translation>
        </message>
        <message>
            <source>This file is missing from the library, so no copy was saved; add its course again (File → Add packs…) to repair it.</source>
            <translation>Falta este archivo en la biblioteca, así que no se guardó ninguna copia; añade de nuevo su curso (Archivo → Añadir paquetes de curso…) para repararlo.</translation>
        </message>
        <message>
            <source>{path} is not a progress file saved by C4S Desktop, whatever its name says; choose a file saved with File → Save my progress to a drive…</source>
            <translation>{path} no es un archivo de progreso guardado por C4S Desktop, diga lo que diga su nombre; elige un archivo guardado con Archivo → Guardar mi progreso en una unidad…</translation>
        </message>
        <message>
            <source>The progress file {path} was saved by a newer C4S Desktop; update this app, then load it again.</source>
            <translation>El archivo de progreso {path} se guardó con una versión más reciente de C4S Desktop; actualiza esta aplicación y vuelve a cargarlo.</translation>
        </message>
        <message>
            <source>The progress file {path} cannot be read; check that the drive is still plugged in, then try again.</source>
            <translation>No se puede leer el archivo de progreso {path}; comprueba que la unidad sigue conectada y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The progress file cannot be saved as {path}; choose another place, then try again.</source>
            <translation>No se puede guardar el archivo de progreso como {path}; elige otro lugar y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The drive holding {folder} is full, so the progress file was not saved; free some space or choose another drive, then try again.</source>
            <translation>La unidad que contiene {folder} está llena, así que no se guardó el archivo de progreso; libera espacio o elige otra unidad y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>There is no learner to save on this computer yet, so no progress file was written.</source>
            <translation>Todavía no hay ningún alumno en este equipo, así que no se escribió ningún archivo de progreso.</translation>
        </message>
        <message>
            <source>The progress file {path} is damaged, so nothing was loaded from it; save it again on the computer it came from.</source>
            <translation>El archivo de progreso {path} está dañado, así que no se cargó nada de él; vuelve a guardarlo en el equipo de donde viene.</translation>
        </message>
        <message>
            <source>The progress file {path} holds a record that is not valid, so nothing was loaded from it; save it again on the computer it came from.</source>
            <translation>El archivo de progreso {path} contiene un registro no válido, así que no se cargó nada de él; vuelve a guardarlo en el equipo de donde viene.</translation>
        </message>
        <message>
            <source>{pack} is signed by '{publisher}' (key {fingerprint}), but the installed version of this course came from '{installed_publisher}' (key {installed_fingerprint}); install it only if the course changed hands: an admin can allow it once with --allow-untrusted.</source>
            <translation>{pack} está firmado por «{publisher}» (clave {fingerprint}), pero la versión instalada de este curso procede de «{installed_publisher}» (clave {installed_fingerprint}); instálalo solo si el curso ha cambiado de editor: un administrador puede permitirlo una vez con --allow-untrusted.</translation>
        </message>
        <message>
            <source>A learner's name cannot contain control or invisible formatting characters (such as a zero-width space or a text direction mark); type the name again.</source>
            <translation>El nombre de un alumno no puede contener caracteres de control ni caracteres de formato invisibles (como un espacio de ancho cero o una marca de dirección del texto); vuelve a escribir el nombre.</translation>
        </message>
        <message>
            <source>A learner's name needs at least one letter, digit or sign that can be seen.</source>
            <translation>El nombre de un alumno debe contener al menos una letra, una cifra o un signo visibles.</translation>
        </message>
        <message>
            <source>The database {db} could not be read; it was left as it is. Check that its disk is connected and working, then try again.</source>
            <translation>No se ha podido leer la base de datos {db}; se ha dejado tal como estaba. Comprueba que su disco está conectado y funciona, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The database {db} is missing, though the data folder {data_dir} has been used; restore the latest backup with 'c4s store restore'. Nothing was changed.</source>
            <translation>Falta la base de datos {db}, aunque la carpeta de datos {data_dir} ya se ha usado; restaura la última copia de seguridad con «c4s store restore». No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The database {db} is missing, though the data folder {data_dir} has been used, and there is no backup of it; put the file back, or ask an admin to recover it. Nothing was changed.</source>
            <translation>Falta la base de datos {db}, aunque la carpeta de datos {data_dir} ya se ha usado, y no hay ninguna copia de seguridad; vuelve a poner el archivo en su sitio o pide a un administrador que lo recupere. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The file {db} is not a C4S Desktop database; it was left as it is. Move it out of the data folder {data_dir}, or choose another folder with --data-dir.</source>
            <translation>El archivo {db} no es una base de datos de C4S Desktop; se ha dejado tal como estaba. Sácalo de la carpeta de datos {data_dir} o elige otra carpeta con --data-dir.</translation>
        </message>
        <message>
            <source>{path} in {src} is not UTF-8 text, so the app would show it as garbage; save it as UTF-8 and build again.</source>
            <translation>{path} en {src} no es texto UTF-8, así que la aplicación lo mostraría ilegible; guárdalo como UTF-8 y vuelve a construir el paquete de curso.</translation>
        </message>
        <message>
            <source>{path} in {src} is not a PDF file; export the fact sheet as PDF and build again.</source>
            <translation>{path} en {src} no es un archivo PDF; exporta la ficha técnica como PDF y vuelve a construir el paquete de curso.</translation>
        </message>
        <message>
            <source>The connection to {server} would not be encrypted, so the credentials and learners' progress could be read on the network: use https:// if the server offers it, or add --allow-http to connect anyway.</source>
            <translation>La conexión con {server} no estaría cifrada, así que las credenciales y el progreso de los alumnos podrían leerse en la red: usa https:// si el servidor lo ofrece, o añade --allow-http para conectar de todos modos.</translation>
        </message>
        <message>
            <source>The progress file {path} holds more than this app loads at once (at most {statements} records and {megabytes} MB), so nothing was loaded from it; save it again on the computer it came from, with fewer learners in each file.</source>
            <translation type="vanished">El archivo de progreso {path} contiene más de lo que esta aplicación carga de una vez (como máximo {statements} registros y {megabytes} MB), así que no se cargó nada de él; vuelve a guardarlo en el equipo de donde viene, con menos alumnos en cada archivo.</translation>
        </message>
        <message>
            <source>This progress is more than one progress file can hold (at most {statements} records and {megabytes} MB), so no file was saved; save fewer learners in each file.</source>
            <translation type="vanished">Este progreso es más de lo que cabe en un archivo de progreso (como máximo {statements} registros y {megabytes} MB), así que no se guardó ningún archivo; guarda menos alumnos en cada archivo.</translation>
        </message>
        <message>
            <source>The drive holding {pack} stopped answering, so nothing was installed; plug it in again and retry.</source>
            <translation>La unidad que contiene {pack} ha dejado de responder, así que no se ha instalado nada; vuelve a conectarla e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The signing key {key} lies inside the source folder {src}, so it would be shipped in the pack for anyone to copy; move it out of the folder and build again.</source>
            <translation>La clave de firma {key} está dentro de la carpeta de origen {src}, así que se incluiría en el paquete de curso al alcance de cualquiera; muévela fuera de la carpeta y vuelve a construir el paquete de curso.</translation>
        </message>
        <message>
            <source>{path} in {src} is a private key, which must never be shipped in a pack; move it out of the folder and build again.</source>
            <translation>{path} en {src} es una clave privada, que nunca debe incluirse en un paquete de curso; muévela fuera de la carpeta y vuelve a construir el paquete de curso.</translation>
        </message>
        <message>
            <source>{path} in {src} has {chars} in its name, which Windows and FAT or exFAT sticks do not allow; rename it and build again.</source>
            <translation>El nombre de {path} en {src} contiene {chars}, algo que Windows y las memorias USB FAT o exFAT no admiten; cámbiale el nombre y vuelve a construir el paquete de curso.</translation>
        </message>
        <message>
            <source>{path} in {src} uses the name {name}, which Windows keeps for a device, so the file could not be copied to a Windows computer; rename it and build again.</source>
            <translation>{path} en {src} usa el nombre {name}, que Windows reserva para un dispositivo, así que el archivo no podría copiarse a un equipo con Windows; cámbiale el nombre y vuelve a construir el paquete de curso.</translation>
        </message>
        <message>
            <source>{path} in {src} has a name ending in a dot or a space ('{name}'), which Windows and FAT or exFAT sticks drop; rename it and build again.</source>
            <translation>El nombre de {path} en {src} termina en un punto o un espacio («{name}»), que Windows y las memorias USB FAT o exFAT eliminan; cámbiale el nombre y vuelve a construir el paquete de curso.</translation>
        </message>
        <message>
            <source>The pack {out} is too large for its drive, which cannot hold a file this big (FAT32 sticks hold no file over 4 GiB); build it with --folder if no single file of the course is over 4 GiB, or write it to a stick formatted as exFAT.</source>
            <translation>El paquete de curso {out} es demasiado grande para su unidad, que no admite un archivo tan grande (las memorias USB FAT32 no admiten archivos de más de 4 GiB); constrúyelo con --folder si ningún archivo del curso supera los 4 GiB, o escríbelo en una memoria USB formateada en exFAT.</translation>
        </message>
        <message>
            <source>{path} in {src} is too large for the drive the pack goes to, which cannot hold a file this big (FAT32 sticks hold no file over 4 GiB); write the pack to a stick formatted as exFAT, or make the file smaller.</source>
            <translation>{path} en {src} es demasiado grande para la unidad de destino del paquete de curso, que no admite un archivo tan grande (las memorias USB FAT32 no admiten archivos de más de 4 GiB); escribe el paquete de curso en una memoria USB formateada en exFAT o reduce el tamaño del archivo.</translation>
        </message>
        <message>
            <source>There is not enough free space for the pack {out}: {needed_mb} MB needed, {free_mb} MB free; free some space on that drive or choose another, then build again.</source>
            <translation type="vanished">No hay suficiente espacio libre para el paquete de curso {out}: se necesitan {needed_mb} MB y hay {free_mb} MB libres; libera espacio en esa unidad o elige otra y vuelve a crearlo.</translation>
        </message>
        <message>
            <source>The two PINs are not the same; type the same PIN twice.</source>
            <translation>Los dos PIN no coinciden; escribe el mismo PIN dos veces.</translation>
        </message>
        <message>
            <source>This computer has a trainer already; only a trainer can see class progress, so sign in as a trainer.</source>
            <translation>Este equipo ya tiene un formador; solo un formador puede ver el progreso de la clase, así que entra como formador.</translation>
        </message>
        <message>
            <source>A trainer sees every learner's progress, so {name} needs a PIN; give one (4 to 8 digits).</source>
            <translation>Un formador ve el progreso de todos los alumnos, así que {name} necesita un PIN; indica uno (de 4 a 8 cifras).</translation>
        </message>
        <message>
            <source>Only a trainer can see class progress; sign in as a trainer.</source>
            <translation type="vanished">Solo un formador puede ver el progreso de la clase; entra como formador.</translation>
        </message>
        <message>
            <source>Only the computer's owner can make {name} the trainer now that other learners use this computer: ask them to run c4s learners trainer with your name.</source>
            <translation>Ahora que otros alumnos usan este equipo, solo su propietario puede hacer que {name} sea el formador: pídele que ejecute c4s learners trainer con tu nombre.</translation>
        </message>
        <message>
            <source>Only a trainer can see class progress (on this computer: {names}); sign in as a trainer.</source>
            <translation>Solo un formador puede ver el progreso de la clase (en este equipo: {names}); entra como formador.</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so the spreadsheet was not saved; free some space or choose another drive.</source>
            <translation>El disco que contiene {folder} está lleno, así que la hoja de cálculo no se guardó; libera espacio o elige otra unidad.</translation>
        </message>
        <message>
            <source>The spreadsheet cannot be saved as {path}; choose another folder or name.</source>
            <translation>La hoja de cálculo no se puede guardar como {path}; elige otra carpeta u otro nombre.</translation>
        </message>
        <message>
            <source>{name} is not a trainer of this computer; choose one of its trainers.</source>
            <translation>{name} no es formador en este equipo; elige a uno de sus formadores.</translation>
        </message>
        <message>
            <source>{pack} changed after installing it was confirmed, so nothing of it was installed; add it again to be asked about what it holds now.</source>
            <translation>{pack} cambió después de confirmarse su instalación, así que no se ha instalado nada de él; añádelo de nuevo para que se te pregunte por lo que contiene ahora.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for {name} in a row; wait {seconds} seconds, then try again.</source>
            <translation>Demasiados PIN incorrectos seguidos para {name}; espera {seconds} segundos y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for {name} in a row; wait {minutes} minutes, then try again.</source>
            <translation>Demasiados PIN incorrectos seguidos para {name}; espera {minutes} minutos y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>A web page answered instead of the sync server at {server}: if this network asks you to sign in (as hotel or office Wi-Fi does), sign in with a web browser; your progress is kept and will be sent later.</source>
            <translation>Una página web respondió en lugar del servidor de sincronización {server}: si esta red te pide iniciar sesión (como el wifi de un hotel o de una oficina), inicia sesión con un navegador web; tu progreso se conserva y se enviará más tarde.</translation>
        </message>
        <message>
            <source>The progress recorded on this computer cannot be read: its file {db} is damaged, and there is no backup of it. Ask whoever looks after this computer for help; progress already sent to your organisation's server is safe there.</source>
            <translation>No se puede leer el progreso guardado en este ordenador: su archivo {db} está dañado y no hay ninguna copia de seguridad. Pide ayuda a quien se ocupa de este ordenador; el progreso ya enviado al servidor de tu organización está a salvo allí.</translation>
        </message>
        <message>
            <source>The disk holding the data folder {data_dir} has become read-only, which often means it is failing: ask whoever looks after this computer to check it, and to copy the data folder somewhere safe first.</source>
            <translation>El disco que contiene la carpeta de datos {data_dir} ha pasado a ser de solo lectura, lo que a menudo significa que está fallando: pide a quien se ocupa de este ordenador que lo revise y que antes copie la carpeta de datos a un lugar seguro.</translation>
        </message>
        <message>
            <source>The quiz file {path} of the course {pack} is missing or cannot be read; add its course again (File → Add packs…) to repair it.</source>
            <translation>El archivo de cuestionario {path} del curso {pack} falta o no se puede leer; vuelve a añadir su curso (Archivo → Añadir paquetes de curso…) para repararlo.</translation>
        </message>
        <message>
            <source>Version {version} of {pack_id} is already installed; use --force to reinstall it and repair its files.</source>
            <translation>La versión {version} de {pack_id} ya está instalada; usa --force para reinstalarla y reparar sus archivos.</translation>
        </message>
        <message>
            <source>Version {version} of {pack_id} is older than the installed version {installed}; use --force only to go back to it on purpose (what learners did in the newer version is kept).</source>
            <translation>La versión {version} de {pack_id} es más antigua que la versión instalada {installed}; usa --force solo para volver a ella a propósito (lo que los alumnos hicieron en la versión más reciente se conserva).</translation>
        </message>
        <message>
            <source>The sync server at {server} cannot take anything right now and asks to be tried later; your progress is kept and will be sent later.</source>
            <translation>El servidor de sincronización {server} no puede recibir nada ahora mismo y pide que se intente más tarde; tu progreso se conserva y se enviará más tarde.</translation>
        </message>
        <message>
            <source>This progress ({records} records) is more than one progress file can hold (at most {statements} records and {megabytes} MB), so no file was saved; save fewer learners in each file.</source>
            <translation type="vanished">Este progreso ({records} registros) es más de lo que cabe en un archivo de progreso (como máximo {statements} registros y {megabytes} MB), así que no se guardó ningún archivo; guarda menos alumnos en cada archivo.</translation>
        </message>
        <message>
            <source>The pack's {path} is larger than the {limit:n} bytes a manifest may have; ask the pack's publisher for a corrected pack.</source>
            <translation>El archivo {path} del paquete de curso supera los {limit:n} bytes que puede tener un manifiesto; pide un paquete de curso corregido a su editor.</translation>
        </message>
        <message>
            <source>The quiz file {path} in {pack} is larger than {limit:n} bytes.</source>
            <translation>El archivo de cuestionario {path} de {pack} supera los {limit:n} bytes.</translation>
        </message>
        <message>
            <source>{path} in {pack} has {found:n} bytes where the manifest says {expected:n}; the pack is damaged or was altered, so nothing was installed.</source>
            <translation>{path} en {pack} tiene {found:n} bytes, pero el manifiesto indica {expected:n}; el paquete de curso está dañado o ha sido alterado, así que no se ha instalado nada.</translation>
        </message>
        <message>
            <source>There is not enough free space for the pack {out}: {needed_mb:n} MB needed, {free_mb:n} MB free; free some space on that drive or choose another, then build again.</source>
            <translation>No hay suficiente espacio libre para el paquete de curso {out}: se necesitan {needed_mb:n} MB y hay {free_mb:n} MB libres; libera espacio en esa unidad o elige otra y vuelve a crearlo.</translation>
        </message>
        <message>
            <source>There is not enough free space in {path}: {needed_mb:n} MB needed, {free_mb:n} MB free; free some space or remove packs, then try again.</source>
            <translation>No hay suficiente espacio libre en {path}: se necesitan {needed_mb:n} MB y hay {free_mb:n} MB libres; libera espacio o elimina paquetes de curso y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The progress file {path} holds more than this app loads at once (at most {statements:n} records and {megabytes:n} MB), so nothing was loaded from it; save it again on the computer it came from, with fewer learners in each file.</source>
            <translation>El archivo de progreso {path} contiene más de lo que esta aplicación carga de una vez (como máximo {statements:n} registros y {megabytes:n} MB), así que no se cargó nada de él; vuelve a guardarlo en el equipo de donde viene, con menos alumnos en cada archivo.</translation>
        </message>
        <message>
            <source>This progress ({records:n} records) is more than one progress file can hold (at most {statements:n} records and {megabytes:n} MB), so no file was saved; save fewer learners in each file.</source>
            <translation>Este progreso ({records:n} registros) es más de lo que cabe en un archivo de progreso (como máximo {statements:n} registros y {megabytes:n} MB), así que no se guardó ningún archivo; guarda menos alumnos en cada archivo.</translation>
        </message>
        <message>
            <source>The path '{path}' (in {where}) breaks the pack rules: the pack was made wrongly or changed since; ask the pack's publisher for a corrected pack.</source>
            <translation>La ruta «{path}» (en {where}) incumple las reglas de los paquetes de curso: el paquete se hizo mal o se modificó después; pide un paquete de curso corregido a su editor.</translation>
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
            <translation>unos {n} min</translation>
        </message>
        <message>
            <source>{n}%</source>
            <translation>{n} %</translation>
        </message>
    </context>
</TS>
