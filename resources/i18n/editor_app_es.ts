<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Compare annotators…</source>
        <translation>Co&amp;mparar anotadores…</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>Artículo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>Artículo &amp;anterior</translation>
    </message>
    <message>
        <source>Author &amp;name…</source>
        <translation>&amp;Nombre del autor…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Borrar anotación</translation>
    </message>
    <message>
        <source>&amp;Find in text…</source>
        <translation>&amp;Buscar en el texto…</translation>
    </message>
    <message>
        <source>Find in fo&amp;lder…</source>
        <translation>Buscar en la &amp;carpeta…</translation>
    </message>
    <message>
        <source>Next open correction</source>
        <translation>Corrección abierta siguiente</translation>
    </message>
    <message>
        <source>Previous open correction</source>
        <translation>Corrección abierta anterior</translation>
    </message>
    <message>
        <source>Repeat last &amp;label</source>
        <translation>Repetir la última &amp;etiqueta</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Cita</translation>
    </message>
    <message>
        <source>Set &amp;speaker of the quote</source>
        <translation>Asignar el &amp;hablante de la cita</translation>
    </message>
    <message>
        <source>Set c&amp;ue of the quote</source>
        <translation>Asignar el &amp;verbo de la cita</translation>
    </message>
    <message>
        <source>&amp;Correction…</source>
        <translation>Co&amp;rrección…</translation>
    </message>
    <message>
        <source>Mark all &amp;occurrences</source>
        <translation>Marcar todas las &amp;apariciones</translation>
    </message>
    <message>
        <source>Add as &amp;mention of…</source>
        <translation>Añadir como &amp;mención de…</translation>
    </message>
    <message>
        <source>Merge selected entities</source>
        <translation>Fusionar las entidades seleccionadas</translation>
    </message>
    <message>
        <source>Split mention into a new entity</source>
        <translation>Separar la mención en una entidad nueva</translation>
    </message>
    <message>
        <source>Link entity to the names list…</source>
        <translation>Enlazar la entidad con la lista de nombres…</translation>
    </message>
    <message>
        <source>Add entity to the names list</source>
        <translation>Añadir la entidad a la lista de nombres</translation>
    </message>
    <message>
        <source>Grow / shrink the end by a word</source>
        <translation>Alargar / acortar el final en una palabra</translation>
    </message>
    <message>
        <source>Grow / shrink the start by a word</source>
        <translation>Alargar / acortar el inicio en una palabra</translation>
    </message>
    <message>
        <source>Review &amp;suggestions one by one</source>
        <translation>Revisar las &amp;sugerencias una a una</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;Aceptar sugerencia</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;Rechazar sugerencia</translation>
    </message>
    <message>
        <source>Reject the whole &amp;entity</source>
        <translation>Rechazar la &amp;entidad entera</translation>
    </message>
    <message>
        <source>Accept all suggestions in this &amp;panel</source>
        <translation>Aceptar todas las sugerencias de este &amp;panel</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>Sugerencia &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Suggest annotations</source>
        <translation>&amp;Sugerir anotaciones</translation>
    </message>
    <message>
        <source>Suggest when an article &amp;opens</source>
        <translation>Sugerir al &amp;abrir un artículo</translation>
    </message>
    <message>
        <source>A&amp;pply corrections…</source>
        <translation>A&amp;plicar correcciones…</translation>
    </message>
    <message>
        <source>Resolve merge &amp;conflicts…</source>
        <translation>Resolver &amp;conflictos de fusión…</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>Acuer&amp;do entre anotadores…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Estadísticas…</translation>
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
        <source>&amp;Reset zoom</source>
        <translation>&amp;Tamaño original</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>Ajustar la &amp;selección a palabras enteras</translation>
    </message>
    <message>
        <source>Corrections as &amp;tracked changes</source>
        <translation>Correcciones como control de &amp;cambios</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About editor-app</source>
        <translation>&amp;Acerca de editor-app</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>Adjudication</name>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Compare annotators</source>
        <translation>Comparar anotadores</translation>
    </message>
    <message>
        <source>Each annotator&apos;s folder holding the articles of {folder} (their sidecars compare this article only):</source>
        <translation>La carpeta de cada anotador con los artículos de {folder} (sus archivos de anotaciones comparan solo este artículo):</translation>
    </message>
    <message>
        <source>Each annotator&apos;s sidecar of this article, or their folder:</source>
        <translation>El archivo de anotaciones de cada anotador para este artículo, o su carpeta:</translation>
    </message>
    <message>
        <source>Annotators&apos; sidecars and folders</source>
        <translation>Archivos de anotaciones y carpetas de los anotadores</translation>
    </message>
    <message>
        <source>Add &amp;sidecars…</source>
        <translation>Añadir &amp;archivos de anotaciones…</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Annotators&apos; sidecars</source>
        <translation>Archivos de anotaciones de los anotadores</translation>
    </message>
    <message>
        <source>Sidecars (*.annotations.yaml);;All files (*)</source>
        <translation>Archivos de anotaciones (*.annotations.yaml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>An annotator&apos;s folder</source>
        <translation>La carpeta de un anotador</translation>
    </message>
    <message>
        <source>Adjudicate disagreements</source>
        <translation>Resolver los desacuerdos</translation>
    </message>
    <message>
        <source>A take the chosen version · Left/Right choose · R drop every version · Space skip · Backspace back · Enter edit · Esc leave</source>
        <translation>A tomar la versión elegida · Izquierda/Derecha elegir · R descartar todas las versiones · Espacio saltar · Retroceso atrás · Intro editar · Esc salir</translation>
    </message>
    <message>
        <source>The first annotator&apos;s folder</source>
        <translation>La carpeta del primer anotador</translation>
    </message>
    <message>
        <source>The second annotator&apos;s folder</source>
        <translation>La carpeta del segundo anotador</translation>
    </message>
    <message>
        <source>Open the article the annotators annotated first.</source>
        <translation>Abra primero el artículo que anotaron los anotadores.</translation>
    </message>
    <message>
        <source>Taken up again: {names}, {left} of {total} disagreement(s) undecided; Ctrl+Shift+K again compares the annotators afresh</source>
        <translation>Retomado: {names}, {left} de {total} desacuerdos sin decidir; Ctrl+Mayús+K otra vez compara de nuevo a los anotadores</translation>
    </message>
    <message>
        <source>Choose at least two annotators&apos; sidecars or folders.</source>
        <translation>Elija los archivos de anotaciones o las carpetas de al menos dos anotadores.</translation>
    </message>
    <message>
        <source>Replace the {count} annotation(s) of {name} with the annotators&apos; comparison?</source>
        <translation>¿Sustituir las {count} anotaciones de {name} por la comparación de los anotadores?</translation>
    </message>
    <message>
        <source>{names}: {confirmed} annotation(s) alike, {count} disagreement(s) to decide</source>
        <translation>{names}: {confirmed} anotaciones iguales, {count} desacuerdos por decidir</translation>
    </message>
    <message>
        <source>; {count} span(s) that no longer match were left out</source>
        <translation>; se dejaron fuera {count} fragmentos que ya no coinciden</translation>
    </message>
    <message>
        <source>No disagreements to decide.</source>
        <translation>No hay desacuerdos por decidir.</translation>
    </message>
    <message>
        <source>{total} of {total} disagreements</source>
        <translation>{total} de {total} desacuerdos</translation>
    </message>
    <message>
        <source>{count} disagreement(s) left undecided; Backspace goes back; Enter saves the gold and goes on to the next article with disagreements.</source>
        <translation>Quedan {count} desacuerdos sin decidir; Retroceso vuelve atrás; Intro guarda la referencia y pasa al siguiente artículo con desacuerdos.</translation>
    </message>
    <message>
        <source>Every disagreement is decided. Enter saves the gold and goes on to the next article with disagreements (Alt+Right: the next article).</source>
        <translation>Todos los desacuerdos están decididos. Intro guarda la referencia y pasa al siguiente artículo con desacuerdos (Alt+Derecha: el siguiente artículo).</translation>
    </message>
    <message>
        <source>End of the list.</source>
        <translation>Fin de la lista.</translation>
    </message>
    <message>
        <source>{count} disagreement(s) left undecided; Backspace goes back, Ctrl+S saves.</source>
        <translation>Quedan {count} desacuerdos sin decidir; Retroceso vuelve atrás, Ctrl+S guarda.</translation>
    </message>
    <message>
        <source>{kind} · {number} of {total} disagreements ({left} undecided)</source>
        <translation>{kind} · {number} de {total} desacuerdos ({left} sin decidir)</translation>
    </message>
    <message>
        <source>nothing here</source>
        <translation>nada aquí</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <source>also {names}</source>
        <translation>también {names}</translation>
    </message>
    <message>
        <source>{label}: {name}</source>
        <translation>{label}: {name}</translation>
    </message>
    <message>
        <source>{kind} quote, speaker {speaker}</source>
        <translation>cita {kind}, hablante {speaker}</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>nadie nombrado</translation>
    </message>
    <message>
        <source>“{text}” → “{replacement}” ({category})</source>
        <translation>«{text}» → «{replacement}» ({category})</translation>
    </message>
    <message>
        <source>Choose at least two annotators&apos; folders.</source>
        <translation>Elija las carpetas de al menos dos anotadores.</translation>
    </message>
    <message>
        <source>{name} has not been compared yet: choose the annotators&apos; folders (Ctrl+Shift+K).</source>
        <translation>{name} aún no se ha comparado: elija las carpetas de los anotadores (Ctrl+Mayús+K).</translation>
    </message>
    <message>
        <source>{name} is missing from {folders}: not compared.</source>
        <translation>{name} falta en {folders}: no se ha comparado.</translation>
    </message>
    <message>
        <source>No more articles with disagreements after this one in {folder}: {done}.</source>
        <translation>No hay más artículos con desacuerdos después de este en {folder}: {done}.</translation>
    </message>
    <message>
        <source>{folder}: article {number} of {total} · {done}</source>
        <translation>{folder}: artículo {number} de {total} · {done}</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} terminados</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Articles, lowest agreement first</source>
        <translation>Artículos, primero los de menor acuerdo</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>kappa</translation>
    </message>
    <message>
        <source>disagreements</source>
        <translation>desacuerdos</translation>
    </message>
    <message>
        <source>{name}: missing from {who}</source>
        <translation>{name}: falta en {who}</translation>
    </message>
    <message>
        <source>{a} (reference) and {b}: {count} article(s) compared</source>
        <translation>{a} (referencia) y {b}: {count} artículos comparados</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa on token labels: {kappa} over {count} token(s)</source>
        <translation>Kappa de Cohen sobre las etiquetas de los tokens: {kappa} en {count} tokens</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>Cannot {edit}: {reason}</source>
        <translation>No se puede {edit}: {reason}</translation>
    </message>
    <message>
        <source>No label is bound to {key}.</source>
        <translation>Ninguna etiqueta está asignada a la tecla {key}.</translation>
    </message>
    <message>
        <source>No label used yet: press 1-9 first.</source>
        <translation>Aún no se ha usado ninguna etiqueta: pulse primero 1-9.</translation>
    </message>
    <message>
        <source>Select a name first, then press its label key.</source>
        <translation>Seleccione primero un nombre y pulse después la tecla de su etiqueta.</translation>
    </message>
    <message>
        <source>Select some words first, then choose the entity they mention.</source>
        <translation>Seleccione primero unas palabras y elija después la entidad que mencionan.</translation>
    </message>
    <message>
        <source>Select a name first, then mark all its occurrences.</source>
        <translation>Seleccione primero un nombre y marque después todas sus apariciones.</translation>
    </message>
    <message>
        <source>Make the name an entity first (1-9), then mark all its occurrences.</source>
        <translation>Convierta primero el nombre en una entidad (1-9) y marque después todas sus apariciones.</translation>
    </message>
    <message>
        <source>Every occurrence of “{text}” is already a mention of {entity}.</source>
        <translation>Todas las apariciones de «{text}» ya son menciones de {entity}.</translation>
    </message>
    <message>
        <source>Marked {count} more occurrences of “{text}” as {entity}.</source>
        <translation>Se han marcado {count} apariciones más de «{text}» como {entity}.</translation>
    </message>
    <message>
        <source>Select two or more entities in the Entities panel to merge them.</source>
        <translation>Seleccione dos o más entidades en el panel Entidades para fusionarlas.</translation>
    </message>
    <message>
        <source>Choose a mention (in the text or the Entities panel) to split off.</source>
        <translation>Elija la mención que quiere separar (en el texto o en el panel Entidades).</translation>
    </message>
    <message>
        <source>Select some words first, then press Q to make them a quote.</source>
        <translation>Seleccione primero unas palabras y pulse después Q para convertirlas en cita.</translation>
    </message>
    <message>
        <source>Choose a quote first (click it or pick it in the Quotes panel).</source>
        <translation>Elija primero una cita (haga clic en ella o elíjala en el panel Citas).</translation>
    </message>
    <message>
        <source>Select some words first, then press U to make them the cue of the quote.</source>
        <translation>Seleccione primero unas palabras y pulse después U para que sean el verbo de la cita.</translation>
    </message>
    <message>
        <source>Set cue</source>
        <translation>Asignar el verbo de la cita</translation>
    </message>
    <message>
        <source>Attribute quote to {entity}</source>
        <translation>Atribuir la cita a {entity}</translation>
    </message>
    <message>
        <source>Attribute quote to a new person</source>
        <translation>Atribuir la cita a una persona nueva</translation>
    </message>
    <message>
        <source>Select some words first, then press C to correct them.</source>
        <translation>Seleccione primero unas palabras y pulse después C para corregirlas.</translation>
    </message>
    <message>
        <source>No open corrections.</source>
        <translation>No hay correcciones abiertas.</translation>
    </message>
    <message>
        <source>Nothing to delete here: click an annotation or pick one in a panel.</source>
        <translation>Aquí no hay nada que borrar: haga clic en una anotación o elija una en un panel.</translation>
    </message>
    <message>
        <source>An annotation needs at least one word.</source>
        <translation>Una anotación necesita al menos una palabra.</translation>
    </message>
</context>
<context>
    <name>ApplyPreview</name>
    <message>
        <source>{category} · {status} · line {line}</source>
        <translation>{category} · {status} · línea {line}</translation>
    </message>
    <message>
        <source>“{old}” becomes “{new}”</source>
        <translation>«{old}» pasa a ser «{new}»</translation>
    </message>
    <message>
        <source>Inside a direct quote: this changes what someone said.</source>
        <translation>Dentro de una cita directa: esto cambia lo que alguien dijo.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>Apply corrections to {name}</source>
        <translation>Aplicar correcciones a {name}</translation>
    </message>
    <message>
        <source>Check the corrections to write into {name}. Accepted ones are checked; open ones and those inside direct quotes are not. A backup is kept, and Undo takes the apply back.</source>
        <translation>Marque las correcciones que se escribirán en {name}. Las aceptadas están marcadas; las abiertas y las que están dentro de citas directas, no. Se guarda una copia de seguridad y Deshacer revierte la aplicación.</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>Cambios que se aplicarán</translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>&amp;Desmarcar todas</translation>
    </message>
    <message>
        <source>&amp;Apply {count} correction(s)</source>
        <translation>&amp;Aplicar {count} corrección(es)</translation>
    </message>
</context>
<context>
    <name>Applying</name>
    <message>
        <source>Apply {count} correction(s)</source>
        <translation>Aplicar {count} corrección(es)</translation>
    </message>
    <message>
        <source>Applied {count} correction(s) to {name} (backup kept); {orphaned} annotation(s) lay in removed text and are orphaned. Undo takes it back.</source>
        <translation>Se han aplicado {count} corrección(es) a {name} (se guarda una copia de seguridad); {orphaned} anotación(es) estaban en texto eliminado y han quedado huérfanas. Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Applied {count} correction(s) to {name} (backup kept). Undo takes it back.</source>
        <translation>Se han aplicado {count} corrección(es) a {name} (se guarda una copia de seguridad). Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>{skipped} correction(s) not applied: they overlap another.</source>
        <translation>{skipped} corrección(es) sin aplicar: se solapan con otra.</translation>
    </message>
    <message>
        <source>Could not undo the apply: {reason}</source>
        <translation>No se ha podido deshacer la aplicación: {reason}</translation>
    </message>
    <message>
        <source>Put back {name} as it was before the corrections.</source>
        <translation>{name} ha vuelto a quedar como estaba antes de las correcciones.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Abra primero un artículo.</translation>
    </message>
    <message>
        <source>No open or accepted corrections to apply (make one with C, accept with A).</source>
        <translation>No hay correcciones abiertas ni aceptadas que aplicar (cree una con C, acéptela con A).</translation>
    </message>
    <message>
        <source>Nothing applied: the corrections changed while the preview was open.</source>
        <translation>No se ha aplicado nada: las correcciones cambiaron mientras la vista previa estaba abierta.</translation>
    </message>
    <message>
        <source>Corrections not applied: {reason}</source>
        <translation>No se han aplicado las correcciones: {reason}</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>The article&apos;s text. Select words, then press a key to annotate them; F1 lists the keys.</source>
        <translation>El texto del artículo. Seleccione palabras y pulse una tecla para anotarlas; F1 muestra las teclas.</translation>
    </message>
    <message>
        <source>Correction ({category}, {status}): {note}</source>
        <translation>Corrección ({category}, {status}): {note}</translation>
    </message>
    <message>
        <source>Cue of a quote ({status})</source>
        <translation>Verbo de una cita ({status})</translation>
    </message>
    <message>
        <source>Quote ({status})</source>
        <translation>Cita ({status})</translation>
    </message>
</context>
<context>
    <name>AuthorBanner</name>
    <message>
        <source>What is your name? It is written as &apos;by&apos; on everything you annotate, so the desk knows who did what.</source>
        <translation>¿Cómo se llama? Su nombre se escribe como &apos;by&apos; en todo lo que anota, para que la mesa sepa quién hizo qué.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, written as &apos;by&apos;</source>
        <translation>Su nombre, escrito como &apos;by&apos;</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Escriba primero su nombre.</translation>
    </message>
    <message>
        <source>Your annotations will say they are by {name}.</source>
        <translation>Sus anotaciones dirán que son de {name}.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source> Your changes are still here and in the recovery file.</source>
        <translation> Sus cambios siguen aquí y en el archivo de recuperación.</translation>
    </message>
    <message>
        <source>Not saved. {reason} The previous sidecar is unchanged.</source>
        <translation>No se ha guardado. {reason} El archivo de anotaciones anterior no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar aviso</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Tomar el control</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Re-anchor</source>
        <translation>Reanclar</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Usar este nombre</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflictos de fusión</translation>
    </message>
    <message>
        <source>Annotations changed differently on both sides</source>
        <translation>Anotaciones cambiadas de forma distinta en ambos lados</translation>
    </message>
    <message>
        <source>Take &amp;mine</source>
        <translation>Quedarse con lo &amp;mío</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Tomar lo &amp;suyo</translation>
    </message>
    <message>
        <source>Keep &amp;both mentions</source>
        <translation>Conservar am&amp;bas menciones</translation>
    </message>
    <message>
        <source>No merge conflicts in these annotations.</source>
        <translation>No hay conflictos de fusión en estas anotaciones.</translation>
    </message>
    <message>
        <source>{count} unresolved conflict(s)</source>
        <translation>{count} conflicto(s) sin resolver</translation>
    </message>
    <message>
        <source>{count} merge conflict(s) in these annotations: Tools &gt; Resolve merge conflicts</source>
        <translation>{count} conflicto(s) de fusión en estas anotaciones: Herramientas &gt; Resolver conflictos de fusión</translation>
    </message>
    <message>
        <source>Saved with {count} unresolved merge conflict(s): `editor-app check` will report them</source>
        <translation>Guardado con {count} conflicto(s) de fusión sin resolver: `editor-app check` los señalará</translation>
    </message>
</context>
<context>
    <name>CorpusPanel</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <source>{count} suggested</source>
        <translation>{count} sugeridas</translation>
    </message>
    <message>
        <source>unreadable sidecar</source>
        <translation>anotaciones ilegibles</translation>
    </message>
    <message>
        <source>Articles of the folder</source>
        <translation>Artículos de la carpeta</translation>
    </message>
    <message>
        <source>Show articles with status</source>
        <translation>Mostrar los artículos con el estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrar por nombre…</translation>
    </message>
    <message>
        <source>Filter articles by name</source>
        <translation>Filtrar los artículos por nombre</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Checking the articles</source>
        <translation>Comprobando los artículos</translation>
    </message>
    <message>
        <source>Checking {done} of {total}</source>
        <translation>Comprobando {done} de {total}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Label as {label}</source>
        <translation>Etiquetar como {label}</translation>
    </message>
    <message>
        <source>Turn off word snapping for one selection</source>
        <translation>Desactivar el ajuste a palabras en una selección</translation>
    </message>
    <message>
        <source>Alt+drag</source>
        <translation>Alt+arrastrar</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>sustitución</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <source>Category of the correction</source>
        <translation>Categoría de la corrección</translation>
    </message>
    <message>
        <source>Enter to confirm, Esc to cancel</source>
        <translation>Intro para confirmar, Esc para cancelar</translation>
    </message>
    <message>
        <source>Replacement for “{text}”</source>
        <translation>Sustitución de «{text}»</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>verbo</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>Legend of the labels</source>
        <translation>Leyenda de las etiquetas</translation>
    </message>
    <message>
        <source>{key}: {label}</source>
        <translation>{key}: {label}</translation>
    </message>
    <message>
        <source>Annotate news articles: entities and their mentions, quotes with speakers, copy-desk corrections; saved as YAML beside each article.</source>
        <translation>Anotación de noticias: entidades y sus menciones, citas con sus hablantes, correcciones de mesa de edición; se guardan en YAML junto a cada artículo.</translation>
    </message>
    <message>
        <source>Licence: Apache-2.0.</source>
        <translation>Licencia: Apache-2.0.</translation>
    </message>
    <message>
        <source>Bundled data: place names from {geonames} (CC BY 4.0). Libraries: Qt for Python / PySide6 (LGPL-3.0), PyYAML (MIT), RapidFuzz (MIT), pyspellchecker (MIT).</source>
        <translation>Datos incluidos: topónimos de {geonames} (CC BY 4.0). Bibliotecas: Qt for Python / PySide6 (LGPL-3.0), PyYAML (MIT), RapidFuzz (MIT), pyspellchecker (MIT).</translation>
    </message>
</context>
<context>
    <name>DocumentBar</name>
    <message>
        <source>Document status</source>
        <translation>Estado del artículo</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Ningún artículo abierto</translation>
    </message>
    <message>
        <source>Note on this article</source>
        <translation>Nota sobre este artículo</translation>
    </message>
    <message>
        <source>Document note</source>
        <translation>Nota del documento</translation>
    </message>
    <message>
        <source>Note on this article, kept in its sidecar</source>
        <translation>Nota sobre este artículo, guardada en su archivo de anotaciones</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>{entities} entities ({mentions} mentions) · {quotes} quotes · {corrections} corrections ({open} open)</source>
        <translation>{entities} entidades ({mentions} menciones) · {quotes} citas · {corrections} correcciones ({open} abiertas)</translation>
    </message>
</context>
<context>
    <name>FindInFolder</name>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entidad</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>Find in folder</source>
        <translation>Buscar en la carpeta</translation>
    </message>
    <message>
        <source>Words to find in every article…</source>
        <translation>Palabras que buscar en todos los artículos…</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <source>Text and annotations</source>
        <translation>Texto y anotaciones</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Open a folder first (Ctrl+Shift+O).</source>
        <translation>Abra primero una carpeta (Ctrl+Mayús+O).</translation>
    </message>
    <message>
        <source>The first {count} hits; add words to narrow the search.</source>
        <translation>Los primeros {count} resultados; añada palabras para acotar la búsqueda.</translation>
    </message>
    <message>
        <source>{count} hit(s)</source>
        <translation>{count} resultado(s)</translation>
    </message>
</context>
<context>
    <name>FindInText</name>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} encontrados</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Open a folder first (Ctrl+Shift+O).</source>
        <translation>Abra primero una carpeta (Ctrl+Mayús+O).</translation>
    </message>
    <message>
        <source>{done}/{total} done</source>
        <translation>{done}/{total} terminados</translation>
    </message>
    <message>
        <source>Open folder of articles</source>
        <translation>Abrir una carpeta de artículos</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} no es una carpeta.</translation>
    </message>
    <message>
        <source>The folder&apos;s index was unusable ({reason}); it is being built again from the files. Nothing is lost.</source>
        <translation>El índice de la carpeta no se podía usar ({reason}); se está reconstruyendo a partir de los archivos. No se pierde nada.</translation>
    </message>
    <message>
        <source>Statistics count what is saved; save to include your latest changes.</source>
        <translation>Las estadísticas cuentan lo guardado; guarde para incluir sus últimos cambios.</translation>
    </message>
    <message>
        <source>That was the first article.</source>
        <translation>Era el primer artículo.</translation>
    </message>
    <message>
        <source>No articles (.txt, .md) in {folder}.</source>
        <translation>No hay artículos (.txt, .md) en {folder}.</translation>
    </message>
    <message>
        <source>That was the last article.</source>
        <translation>Era el último artículo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>E&amp;ntities</source>
        <translation>En&amp;tidades</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Citas</translation>
    </message>
    <message>
        <source>C&amp;orrections</source>
        <translation>C&amp;orrecciones</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Label as {label}</source>
        <translation>Etiquetar como {label}</translation>
    </message>
    <message>
        <source>Label {n} (unbound)</source>
        <translation>Etiqueta {n} (sin asignar)</translation>
    </message>
    <message>
        <source> (your copy of the sample)</source>
        <translation> (su copia del ejemplo)</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Abrir artículo</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md);;All files (*)</source>
        <translation>Artículos (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nombre del autor</translation>
    </message>
    <message>
        <source>Your name, written as &apos;by&apos; on what you annotate:</source>
        <translation>Su nombre, que se escribe como &apos;by&apos; (autor) en lo que anota:</translation>
    </message>
    <message>
        <source>no article</source>
        <translation>ningún artículo</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <source>About editor-app</source>
        <translation>Acerca de editor-app</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Label as</source>
        <translation>Etiquetar como</translation>
    </message>
</context>
<context>
    <name>NamesLinks</name>
    <message>
        <source>Choose an entity in the Entities panel first.</source>
        <translation>Elija primero una entidad en el panel Entidades.</translation>
    </message>
    <message>
        <source>Save the article first: its folder holds the list.</source>
        <translation>Guarde primero el artículo: su carpeta contiene la lista.</translation>
    </message>
    <message>
        <source>Link “{name}” to the names list</source>
        <translation>Enlazar «{name}» con la lista de nombres</translation>
    </message>
    <message>
        <source>“{name}” is already as the names list has it.</source>
        <translation>«{name}» ya está como lo tiene la lista de nombres.</translation>
    </message>
    <message>
        <source>Link entity to the names list</source>
        <translation>Enlazar la entidad con la lista de nombres</translation>
    </message>
    <message>
        <source>The names list holds people, organisations and places, not {label}.</source>
        <translation>La lista de nombres contiene personas, organizaciones y lugares, no {label}.</translation>
    </message>
    <message>
        <source>“{name}” is in the names list ({file}).</source>
        <translation>«{name}» está en la lista de nombres ({file}).</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the annotations of {name}?</source>
        <translation>¿Guardar las anotaciones de {name}?</translation>
    </message>
</context>
<context>
    <name>Orphans</name>
    <message>
        <source>mention of {entity} ({label})</source>
        <translation>mención de {entity} ({label})</translation>
    </message>
    <message>
        <source>{kind} quote</source>
        <translation>cita {kind}</translation>
    </message>
    <message>
        <source>cue of a quote</source>
        <translation>verbo de una cita</translation>
    </message>
    <message>
        <source>correction to “{replacement}”</source>
        <translation>corrección a «{replacement}»</translation>
    </message>
    <message>
        <source>“{text}”: {what}, was at {offset}</source>
        <translation>«{text}»: {what}, estaba en {offset}</translation>
    </message>
    <message>
        <source>{what}: “{text}”</source>
        <translation>{what}: «{text}»</translation>
    </message>
    <message>
        <source>Place cue</source>
        <translation>Colocar el verbo de la cita</translation>
    </message>
    <message>
        <source>Place orphaned span</source>
        <translation>Colocar el fragmento huérfano</translation>
    </message>
    <message>
        <source>Remove cue</source>
        <translation>Quitar el verbo de la cita</translation>
    </message>
    <message>
        <source>Annotations that need re-anchoring</source>
        <translation>Anotaciones que hay que reanclar</translation>
    </message>
    <message>
        <source>&amp;Place at selection</source>
        <translation>&amp;Colocar en la selección</translation>
    </message>
    <message>
        <source>Select the right words in the article, then press this</source>
        <translation>Seleccione las palabras correctas en el artículo y pulse este botón</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Borrar anotación</translation>
    </message>
    <message>
        <source>Deletes the chosen annotation that needs re-anchoring</source>
        <translation>Borra la anotación elegida que hay que reanclar</translation>
    </message>
    <message>
        <source>Needs re-anchoring</source>
        <translation>Hay que reanclar</translation>
    </message>
    <message>
        <source>Select the words this annotation belongs on, then press Place.</source>
        <translation>Seleccione las palabras a las que pertenece esta anotación y pulse Colocar.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Change {what}</source>
        <translation>Cambiar {what}</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Verbo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quote by {speaker} ({kind}, {status}): {text}</source>
        <translation>Cita de {speaker} ({kind}, {status}): {text}</translation>
    </message>
    <message>
        <source>Quote, no speaker yet ({kind}, {status}): {text}</source>
        <translation>Cita, aún sin hablante ({kind}, {status}): {text}</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Correction ({category}, {status}): “{text}” to “{replacement}”</source>
        <translation>Corrección ({category}, {status}): «{text}» por «{replacement}»</translation>
    </message>
    <message>
        <source>Correction ({category}, {status}): delete “{text}”</source>
        <translation>Corrección ({category}, {status}): borrar «{text}»</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Change entity link</source>
        <translation>Cambiar el enlace de la entidad</translation>
    </message>
    <message>
        <source>Rename entity</source>
        <translation>Renombrar la entidad</translation>
    </message>
    <message>
        <source>Change entity status</source>
        <translation>Cambiar el estado de la entidad</translation>
    </message>
    <message>
        <source>{label}: {name}, 1 mention</source>
        <translation>{label}: {name}, 1 mención</translation>
    </message>
    <message>
        <source>{label}: {name}, {count} mentions</source>
        <translation>{label}: {name}, {count} menciones</translation>
    </message>
    <message>
        <source>Mention of {name} ({label}): {text}</source>
        <translation>Mención de {name} ({label}): {text}</translation>
    </message>
    <message>
        <source>type to choose</source>
        <translation>escriba para elegir</translation>
    </message>
    <message>
        <source>Type a name to choose</source>
        <translation>Escriba un nombre para elegir</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>Type any part of a name</source>
        <translation>Escriba cualquier parte de un nombre</translation>
    </message>
    <message>
        <source>Search the entities</source>
        <translation>Buscar entre las entidades</translation>
    </message>
    <message>
        <source>Matching entities</source>
        <translation>Entidades que coinciden</translation>
    </message>
    <message>
        <source>{name} ({label}) · {count} mentions</source>
        <translation>{name} ({label}) · {count} menciones</translation>
    </message>
    <message>
        <source>New entity…</source>
        <translation>Entidad nueva…</translation>
    </message>
    <message>
        <source>Enter takes the highlighted one, Esc cancels</source>
        <translation>Intro elige la resaltada; Esc cancela</translation>
    </message>
    <message>
        <source>No entity matches “{text}”</source>
        <translation>Ninguna entidad coincide con «{text}»</translation>
    </message>
    <message>
        <source>{name} ({label})</source>
        <translation>{name} ({label})</translation>
    </message>
    <message>
        <source>New entry from this entity…</source>
        <translation>Nueva entrada a partir de esta entidad…</translation>
    </message>
    <message>
        <source>No name in the list matches “{text}”</source>
        <translation>Ningún nombre de la lista coincide con «{text}»</translation>
    </message>
    <message>
        <source>Who is “{text}”?</source>
        <translation>¿Quién es «{text}»?</translation>
    </message>
    <message>
        <source>Who said it?</source>
        <translation>¿Quién lo dijo?</translation>
    </message>
    <message>
        <source>“{text}” mentions…</source>
        <translation>«{text}» menciona a…</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Your name, written as &apos;by&apos; on what you annotate</source>
        <translation>Su nombre, que se escribe como &apos;by&apos; (autor) en lo que anota</translation>
    </message>
    <message>
        <source>Write the recovery file every (seconds)</source>
        <translation>Escribir el archivo de recuperación cada (segundos)</translation>
    </message>
    <message>
        <source>Suggest annotations when an article opens</source>
        <translation>Sugerir anotaciones al abrir un artículo</translation>
    </message>
    <message>
        <source>Save without asking when moving to the next article</source>
        <translation>Guardar sin preguntar al pasar al artículo siguiente</translation>
    </message>
    <message>
        <source>Article font</source>
        <translation>Tipo de letra del artículo</translation>
    </message>
    <message>
        <source>Article font size</source>
        <translation>Tamaño de letra del artículo</translation>
    </message>
    <message>
        <source>Show labels as text tags (not only as colour)</source>
        <translation>Mostrar las etiquetas como texto (no solo como color)</translation>
    </message>
    <message>
        <source>Show corrections as tracked changes</source>
        <translation>Mostrar las correcciones como control de cambios</translation>
    </message>
    <message>
        <source>Language (applies when editor-app restarts)</source>
        <translation>Idioma (se aplica al reiniciar editor-app)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Settings of editor-app, and the keys and colours of the labels</source>
        <translation>Ajustes de editor-app, y las teclas y colores de las etiquetas</translation>
    </message>
    <message>
        <source>Label keys and colours</source>
        <translation>Teclas y colores de las etiquetas</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Key (1-9, 0 for none)</source>
        <translation>Tecla (1-9, 0 para ninguna)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Key for {label}</source>
        <translation>Tecla de {label}</translation>
    </message>
    <message>
        <source>Colour of {label}</source>
        <translation>Color de {label}</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Color de la etiqueta</translation>
    </message>
</context>
<context>
    <name>Recent</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>Review suggestions</source>
        <translation>Revisar sugerencias</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>A accept · R reject · Shift+R reject the whole entity · Enter edit · Space skip · Backspace back · Esc leave</source>
        <translation>A acepta · R rechaza · Mayús+R rechaza la entidad entera · Intro edita · Espacio salta · Retroceso vuelve · Esc sale</translation>
    </message>
    <message>
        <source>No suggestions to review (F7 makes some).</source>
        <translation>No hay sugerencias que revisar (F7 las crea).</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Todas las reglas</translation>
    </message>
    <message>
        <source>{total} of {total}</source>
        <translation>{total} de {total}</translation>
    </message>
    <message>
        <source>End of the list.</source>
        <translation>Fin de la lista.</translation>
    </message>
    <message>
        <source>{count} suggestion(s) left undecided; Backspace goes back.</source>
        <translation>Quedan {count} sugerencia(s) sin decidir; Retroceso vuelve atrás.</translation>
    </message>
    <message>
        <source>{kind} · {number} of {total}</source>
        <translation>{kind} · {number} de {total}</translation>
    </message>
    <message>
        <source>{label}: {name}</source>
        <translation>{label}: {name}</translation>
    </message>
    <message>
        <source>{kind} quote by {speaker}, cue “{cue}”</source>
        <translation>Cita {kind} de {speaker}, verbo «{cue}»</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>nadie nombrado</translation>
    </message>
    <message>
        <source>“{text}” → “{replacement}” ({category}): {note}</source>
        <translation>«{text}» → «{replacement}» ({category}): {note}</translation>
    </message>
    <message>
        <source>Decided: {status}</source>
        <translation>Decidida: {status}</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Could not write the recovery file: {reason}</source>
        <translation>No se ha podido escribir el archivo de recuperación: {reason}</translation>
    </message>
    <message>
        <source>A recovery file could not be read: {reason}</source>
        <translation>No se ha podido leer un archivo de recuperación: {reason}</translation>
    </message>
    <message>
        <source>Unsaved work on {name} was kept from an earlier session: {summary}.</source>
        <translation>Se ha conservado trabajo sin guardar en {name} de una sesión anterior: {summary}.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>Unsaved work from an earlier session was kept for {names}. Open it to restore or discard it.</source>
        <translation>Se ha conservado trabajo sin guardar de una sesión anterior para {names}. Ábralo para restaurarlo o descartarlo.</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <source>Restored your unsaved work and merged it with the sidecar saved since</source>
        <translation>Se ha restaurado su trabajo sin guardar y se ha combinado con las anotaciones guardadas después</translation>
    </message>
    <message>
        <source>Restored the unsaved work ({summary}); save to keep it.</source>
        <translation>Se ha restaurado el trabajo sin guardar ({summary}); guarde para conservarlo.</translation>
    </message>
    <message>
        <source>Discarded the recovered work.</source>
        <translation>Se ha descartado el trabajo recuperado.</translation>
    </message>
    <message>
        <source>Took back the lock your earlier session left on {name}.</source>
        <translation>Se ha recuperado el bloqueo que su sesión anterior dejó en {name}.</translation>
    </message>
    <message>
        <source>No lock could be created beside {name} ({reason}); others opening it will not see that you are editing it.</source>
        <translation>No se ha podido crear un bloqueo junto a {name} ({reason}); quien lo abra no verá que usted lo está editando.</translation>
    </message>
    <message>
        <source>an unreadable lock</source>
        <translation>un bloqueo ilegible</translation>
    </message>
    <message>
        <source>{name} is open read-only: locked by {who}</source>
        <translation>{name} está abierto en modo de solo lectura: bloqueado por {who}</translation>
    </message>
    <message>
        <source> The lock looks stale (its process is gone or it is old).</source>
        <translation> El bloqueo parece abandonado (su proceso ya no existe o es antiguo).</translation>
    </message>
    <message>
        <source>Read-only: {name} is being edited by {who}.</source>
        <translation>Solo lectura: {who} está editando {name}.</translation>
    </message>
    <message>
        <source>Take over the lock held by {who}? Their unsaved work, if any, may conflict.</source>
        <translation>¿Tomar el control del bloqueo de {who}? Su trabajo sin guardar, si lo hay, puede entrar en conflicto.</translation>
    </message>
    <message>
        <source>You now hold the lock on {name}.</source>
        <translation>Ahora tiene usted el bloqueo de {name}.</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>el artículo</translation>
    </message>
    <message>
        <source>{name} was changed on disk by someone else while you have unsaved changes. Keep mine saves your version over theirs; Take theirs drops your unsaved changes; Merge combines both and shows what conflicts.</source>
        <translation>Otra persona ha cambiado {name} en el disco mientras usted tiene cambios sin guardar. «Conservar la mía» guarda su versión encima de la del disco; «Tomar la suya» descarta sus cambios sin guardar; «Combinar» une las dos y muestra los conflictos.</translation>
    </message>
    <message>
        <source>The text of {name} changed on disk while you have unsaved annotations. Re-anchor moves them onto the new text (what cannot be placed is listed for you).</source>
        <translation>El texto de {name} ha cambiado en el disco mientras usted tiene anotaciones sin guardar. «Reanclar» las traslada al texto nuevo (lo que no se pueda colocar se le mostrará en una lista).</translation>
    </message>
    <message>
        <source>{name} changed on disk and was reloaded.</source>
        <translation>{name} ha cambiado en el disco y se ha vuelto a cargar.</translation>
    </message>
    <message>
        <source>Took the version on disk; your unsaved changes were dropped.</source>
        <translation>Se ha tomado la versión del disco; se han descartado sus cambios sin guardar.</translation>
    </message>
    <message>
        <source>Cannot merge: {reason}</source>
        <translation>No se puede combinar: {reason}</translation>
    </message>
    <message>
        <source>Merged with the version on disk</source>
        <translation>Combinado con la versión del disco</translation>
    </message>
    <message>
        <source>{what}: {added} added, {changed} changed, {removed} removed by theirs.</source>
        <translation>{what}: {added} añadidas, {changed} cambiadas y {removed} eliminadas por la otra versión.</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (y {count} más)</translation>
    </message>
    <message>
        <source>{count} changed on both sides; yours were kept, check them: {listing}{more}. Save to write the merge.</source>
        <translation>{count} cambiadas en ambas versiones; se han conservado las suyas, revíselas: {listing}{more}. Guarde para escribir la combinación.</translation>
    </message>
    <message>
        <source>Save to write the merge.</source>
        <translation>Guarde para escribir la combinación.</translation>
    </message>
    <message>
        <source>Cannot read the new text: {reason}</source>
        <translation>No se puede leer el texto nuevo: {reason}</translation>
    </message>
    <message>
        <source>Re-anchored onto the new text: {summary}.</source>
        <translation>Reanclado en el texto nuevo: {summary}.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Mentions per label</source>
        <translation>Menciones por etiqueta</translation>
    </message>
    <message>
        <source>Entities per label</source>
        <translation>Entidades por etiqueta</translation>
    </message>
    <message>
        <source>Quotes per kind</source>
        <translation>Citas por tipo</translation>
    </message>
    <message>
        <source>Corrections per category</source>
        <translation>Correcciones por categoría</translation>
    </message>
    <message>
        <source>Annotations per status</source>
        <translation>Anotaciones por estado</translation>
    </message>
    <message>
        <source>Annotations per annotator</source>
        <translation>Anotaciones por anotador</translation>
    </message>
    <message>
        <source>Who is quoted</source>
        <translation>Quién es citado</translation>
    </message>
    <message>
        <source>Documents per status</source>
        <translation>Artículos por estado</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Gráfico de barras</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>{count} article(s)</source>
        <translation>{count} artículo(s)</translation>
    </message>
    <message>
        <source>; {count} sidecar(s) could not be read</source>
        <translation>; no se han podido leer {count} archivo(s) de anotaciones</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
</context>
<context>
    <name>Suggesting</name>
    <message>
        <source>Suggestions cancelled.</source>
        <translation>Sugerencias canceladas.</translation>
    </message>
    <message>
        <source>Suggestions failed: {error}</source>
        <translation>Las sugerencias han fallado: {error}</translation>
    </message>
    <message>
        <source>Suggestion progress</source>
        <translation>Progreso de las sugerencias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop working out suggestions</source>
        <translation>Dejar de calcular sugerencias</translation>
    </message>
    <message>
        <source>Open an article first, then ask for suggestions.</source>
        <translation>Abra primero un artículo y pida después sugerencias.</translation>
    </message>
    <message>
        <source>Suggestions are already being worked out.</source>
        <translation>Ya se están calculando sugerencias.</translation>
    </message>
    <message>
        <source>Working out suggestions…</source>
        <translation>Calculando sugerencias…</translation>
    </message>
    <message>
        <source>The annotations changed while suggestions were worked out; run them again (F7).</source>
        <translation>Las anotaciones han cambiado mientras se calculaban las sugerencias; vuelva a pedirlas (F7).</translation>
    </message>
    <message>
        <source>No new suggestions.</source>
        <translation>No hay sugerencias nuevas.</translation>
    </message>
    <message>
        <source>Add suggestion</source>
        <translation>Añadir sugerencia</translation>
    </message>
    <message>
        <source>Suggest mentions</source>
        <translation>Sugerir menciones</translation>
    </message>
    <message>
        <source>Suggestions ({summary})</source>
        <translation>Sugerencias ({summary})</translation>
    </message>
    <message>
        <source>Suggested {summary}. A accepts, R rejects, N goes to the next one.</source>
        <translation>Sugerido: {summary}. A acepta, R rechaza, N pasa a la siguiente.</translation>
    </message>
    <message>
        <source>Choose a suggestion first (N goes to the next one).</source>
        <translation>Elija primero una sugerencia (N pasa a la siguiente).</translation>
    </message>
    <message>
        <source>This mention is not a suggestion.</source>
        <translation>Esta mención no es una sugerencia.</translation>
    </message>
    <message>
        <source>This {kind} is not a suggestion.</source>
        <translation>Esta {kind} no es una sugerencia.</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Aceptar sugerencia</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Rechazar sugerencia</translation>
    </message>
    <message>
        <source>{count} confirmed quote(s) name {name} as their speaker; rejecting the entity leaves them without one when exported. Reject it anyway?</source>
        <translation>{count} cita(s) confirmada(s) tienen a {name} como hablante; si rechaza la entidad, se exportarán sin hablante. ¿Rechazarla de todos modos?</translation>
    </message>
    <message>
        <source>No suggestions to accept here.</source>
        <translation>Aquí no hay sugerencias que aceptar.</translation>
    </message>
    <message>
        <source>Accept all suggested {kinds}</source>
        <translation>Aceptar todas las {kinds} sugeridas</translation>
    </message>
    <message>
        <source>Accepted {count} suggested {kinds}.</source>
        <translation>Se han aceptado {count} {kinds} sugeridas.</translation>
    </message>
    <message>
        <source>No suggestions left to decide.</source>
        <translation>No quedan sugerencias por decidir.</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>entidades</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>corrections</source>
        <translation>correcciones</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>sugerencias</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entidad</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>Accepted the mention “{text}” of {entity}</source>
        <translation>Aceptada la mención «{text}» de {entity}</translation>
    </message>
    <message>
        <source>Rejected the mention “{text}” of {entity}</source>
        <translation>Rechazada la mención «{text}» de {entity}</translation>
    </message>
    <message>
        <source>Accepted the entity {entity} ({count} mentions)</source>
        <translation>Aceptada la entidad {entity} ({count} menciones)</translation>
    </message>
    <message>
        <source>Rejected the entity {entity} ({count} mentions)</source>
        <translation>Rechazada la entidad {entity} ({count} menciones)</translation>
    </message>
    <message>
        <source>Accepted the {kind} “{text}”</source>
        <translation>Aceptada: {kind} «{text}»</translation>
    </message>
    <message>
        <source>Rejected the {kind} “{text}”</source>
        <translation>Rechazada: {kind} «{text}»</translation>
    </message>
    <message>
        <source>This correction is already decided.</source>
        <translation>Esta corrección ya está decidida.</translation>
    </message>
    <message>
        <source>{entities} entities, {quotes} quotes, {corrections} corrections</source>
        <translation>{entities} entidades, {quotes} citas, {corrections} correcciones</translation>
    </message>
    <message>
        <source>, {count} mentions of known entities</source>
        <translation>, {count} menciones de entidades conocidas</translation>
    </message>
</context>
<context>
    <name>TrackedChanges</name>
    <message>
        <source>remove blank line</source>
        <translation>quitar la línea en blanco</translation>
    </message>
    <message>
        <source>remove {count} blank lines</source>
        <translation>quitar {count} líneas en blanco</translation>
    </message>
    <message>
        <source>new paragraph</source>
        <translation>párrafo nuevo</translation>
    </message>
    <message>
        <source>one space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>borrar</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>suggested</source>
        <translation>sugerida</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directa</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirecta</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixta</translation>
    </message>
    <message>
        <source>scare</source>
        <translation>irónica</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>ortografía</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>grammar</source>
        <translation>gramática</translation>
    </message>
    <message>
        <source>style</source>
        <translation>estilo</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>in-progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>needs-review</source>
        <translation>por revisar</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Opened {name}</source>
        <translation>Abierto {name}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Guardado {name}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (y {count} más)</translation>
    </message>
    <message>
        <source>Still loading the annotations of {name}: editing is possible once they are in.</source>
        <translation>Aún se están cargando las anotaciones de {name}: se podrá editar en cuanto estén.</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({reason})</source>
        <translation>{path}: no se puede abrir ({reason})</translation>
    </message>
    <message>
        <source>Loading the annotations of {name}…</source>
        <translation>Cargando las anotaciones de {name}…</translation>
    </message>
    <message>
        <source>{name} is not UTF-8: read as Windows-1252 (a guess) and saved back the same way</source>
        <translation>{name} no está en UTF-8: se ha leído como Windows-1252 (una suposición) y se guardará igual</translation>
    </message>
    <message>
        <source>Could not reload: {reason}</source>
        <translation>No se ha podido volver a cargar: {reason}</translation>
    </message>
    <message>
        <source>Nothing to save: open an article first.</source>
        <translation>Nada que guardar: abra primero un artículo.</translation>
    </message>
</context>
</TS>
