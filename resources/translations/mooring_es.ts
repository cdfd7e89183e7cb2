<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>Autosave</name>
    <message>
      <location filename="../../ui/common/autosave.py" line="58" />
      <location filename="../../ui/common/autosave.py" line="63" />
      <source>Not saved yet</source>
      <translation>Sin guardar aún</translation>
    </message>
    <message>
      <location filename="../../ui/common/autosave.py" line="209" />
      <source>Save status</source>
      <translation>Estado del guardado</translation>
    </message>
    <message>
      <location filename="../../ui/common/autosave.py" line="62" />
      <source>Saved</source>
      <translation>Guardado</translation>
    </message>
    <message>
      <location filename="../../ui/common/autosave.py" line="60" />
      <location filename="../../ui/common/autosave.py" line="61" />
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
  </context>
  <context>
    <name>Boundaries</name>
    <message numerus="yes">
      <location filename="../../ui/boundaries/page.py" line="454" />
      <source>%Ln archived boundaries</source>
      <translation>
        <numerusform>%Ln límites archivados</numerusform>
        <numerusform>%Ln límites archivados</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="454" />
      <source>1 archived boundary</source>
      <translation>1 límite archivado</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="46" />
      <source>Bent</source>
      <translation>A medias</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="45" />
      <source>Held</source>
      <translation>Se mantuvo</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="121" />
      <source>Held {held} of {total} times in the last month</source>
      <translation>Se mantuvo {held} de {total} veces en el último mes</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="47" />
      <source>Not held</source>
      <translation>No se mantuvo</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="114" />
      <source>Not tested in the last month</source>
      <translation>Sin ponerse a prueba en el último mes</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="133" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation>Algo falló de nuestro lado. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="120" />
      <source>Tested once in the last month</source>
      <translation>Puesto a prueba una vez en el último mes</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="119" />
      <source>Tested once in the last month, and it bent</source>
      <translation>Puesto a prueba una vez en el último mes, y se mantuvo a medias</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="117" />
      <source>Tested once in the last month, and it held</source>
      <translation>Puesto a prueba una vez en el último mes, y se mantuvo</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="103" />
      <source>ddd d MMM</source>
      <translation>ddd d MMM</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="103" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="105" />
      <source>{day}, {time}</source>
      <translation>{day}, {time}</translation>
    </message>
  </context>
  <context>
    <name>BoundariesPage</name>
    <message>
      <location filename="../../ui/boundaries/page.py" line="538" />
      <source>&amp;Archive</source>
      <translation>&amp;Archivar</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="534" />
      <source>&amp;Back in use</source>
      <translation>&amp;Volver a usar</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="330" />
      <source>&amp;Edit…</source>
      <translation>&amp;Editar…</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="333" />
      <source>&amp;Log a moment…</source>
      <translation>Anotar un &amp;momento…</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="189" />
      <source>&amp;New boundary…</source>
      <translation>&amp;Nuevo límite…</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="196" />
      <source>&amp;Where my care goes…</source>
      <translation>A &amp;dónde va mi cuidado…</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="226" />
      <source>A boundary is something you decide to do to look after yourself, like “If there’s drink in the house, I will spend the evening at my sister’s.” It is about your own actions, not about changing your partner.</source>
      <translation>Un límite es algo que decides hacer para cuidarte, como “Si hay alcohol en la casa, pasaré la tarde con mi hermana.” Se trata de tus propias acciones, no de cambiar a tu pareja.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="199" />
      <source>A reflection on where looking after your partner costs your own recovery. It opens on the Exercises page.</source>
      <translation>Una reflexión sobre cuándo cuidar de tu pareja le cuesta a tu propia recuperación. Se abre en la página Ejercicios.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="539" />
      <source>Archive this boundary</source>
      <translation>Archivar este límite</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="452" />
      <source>Archived ({n})</source>
      <translation>Archivados ({n})</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="276" />
      <source>Archived boundaries</source>
      <translation>Límites archivados</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="160" />
      <location filename="../../ui/boundaries/page.py" line="185" />
      <source>Boundaries</source>
      <translation>Límites</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="264" />
      <source>Boundaries in use</source>
      <translation>Límites en uso</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="345" />
      <source>Bring this boundary to therapy</source>
      <translation>Llevar este límite a terapia</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="344" />
      <source>Bring to thera&amp;py</source>
      <translation>&amp;Llevar a terapia</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="381" />
      <source>Change the chosen moment</source>
      <translation>Cambiar el momento elegido</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="296" />
      <source>Choose a boundary on the left to see it here.</source>
      <translation>Elige un límite a la izquierda para verlo aquí.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="382" />
      <source>Delete the chosen moment</source>
      <translation>Eliminar el momento elegido</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="383" />
      <source>Delete the chosen moment (you can undo it)</source>
      <translation>Eliminar el momento elegido (puedes deshacerlo)</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="123" />
      <source>Delete this moment</source>
      <translation>Eliminar este momento</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="331" />
      <source>Edit this boundary</source>
      <translation>Editar este límite</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="130" />
      <source>Felt {n} of 10</source>
      <translation>Sentí {n} de 10</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="99" />
      <source>For therapy</source>
      <translation>Para terapia</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="366" />
      <source>How often it held</source>
      <translation>Cuántas veces se mantuvo</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="262" />
      <source>In use</source>
      <translation>En uso</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="346" />
      <source>Include it in what you take to your next session</source>
      <translation>Inclúyelo en lo que lleves a tu próxima sesión</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="342" />
      <source>Kept in the trash for 30 days, with its moments</source>
      <translation>Se guarda en la papelera 30 días, con sus momentos</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="334" />
      <source>Log a moment this boundary was tested</source>
      <translation>Anotar un momento en que este límite se puso a prueba</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="373" />
      <source>Moments</source>
      <translation>Momentos</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="123" />
      <source>Moments this boundary was tested, newest first</source>
      <translation>Momentos en que este límite se puso a prueba, los más recientes primero</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="536" />
      <source>Move it back to the boundaries in use</source>
      <translation>Devolverlo a los límites en uso</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="341" />
      <source>Move this boundary to the trash</source>
      <translation>Mover este límite a la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="340" />
      <source>Move to &amp;trash</source>
      <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="190" />
      <location filename="../../ui/boundaries/page.py" line="408" />
      <source>New boundary</source>
      <translation>Nuevo límite</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="136" />
      <source>Next time: {text}</source>
      <translation>La próxima vez: {text}</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="223" />
      <source>No boundaries yet</source>
      <translation>Aún no hay límites</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="377" />
      <source>No moments yet. When this boundary is tested, note how it went: held, bent or not held, each one is worth noticing.</source>
      <translation>Aún no hay momentos. Cuando este límite se ponga a prueba, anota cómo fue: se mantuvo, a medias o no se mantuvo. Vale la pena notar cada uno.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="267" />
      <source>None in use just now. Archived ones can be brought back below.</source>
      <translation>Ninguno en uso por ahora. Los archivados pueden volver desde abajo.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="335" />
      <source>Note a time this boundary was tested, however it went</source>
      <translation>Anota una vez en que este límite se puso a prueba, como haya salido</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="235" />
      <source>Once you have one, you can note each time it is tested and see how it holds over the weeks. There is no score to keep.</source>
      <translation>Cuando tengas uno, podrás anotar cada vez que se ponga a prueba y ver cómo se mantiene con las semanas. No hay puntaje que llevar.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="535" />
      <source>Put this boundary back in use</source>
      <translation>Volver a usar este límite</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="541" />
      <source>Set it aside: it keeps its moments and can come back any time</source>
      <translation>Guárdalo aparte: conserva sus momentos y puede volver cuando quieras</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="384" />
      <source>Show older moments</source>
      <translation>Mostrar momentos anteriores</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="801" />
      <source>That didn't work: {reason}</source>
      <translation>No funcionó: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="685" />
      <source>The boundary is archived. It keeps its moments.</source>
      <translation>El límite está archivado. Conserva sus momentos.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="683" />
      <source>The boundary is back in use.</source>
      <translation>El límite vuelve a estar en uso.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="718" />
      <source>The boundary is back.</source>
      <translation>El límite volvió.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="704" />
      <source>The boundary is in the trash, with its moments.</source>
      <translation>El límite está en la papelera, con sus momentos.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="792" />
      <source>The moment is back.</source>
      <translation>El momento volvió.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="778" />
      <source>The moment was deleted.</source>
      <translation>Se eliminó el momento.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="319" />
      <source>The need behind it</source>
      <translation>La necesidad detrás</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="561" />
      <source>This chart couldn't be drawn just now: {reason}</source>
      <translation>No se pudo dibujar esta gráfica ahora: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="706" />
      <location filename="../../ui/boundaries/page.py" line="780" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="324" />
      <source>What I could say</source>
      <translation>Lo que podría decir</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="187" />
      <source>What you will do to look after yourself, and how it goes when it's tested.</source>
      <translation>Lo que harás para cuidarte, y cómo va cuando se pone a prueba.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="197" />
      <source>Where my care goes: a reflection</source>
      <translation>A dónde va mi cuidado: una reflexión</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="191" />
      <source>Write a new boundary ({key})</source>
      <translation>Escribir un límite nuevo ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="241" />
      <source>Write your first boundary</source>
      <translation>Escribe tu primer límite</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="240" />
      <source>Write your first boundary…</source>
      <translation>Escribe tu primer límite…</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="434" />
      <source>Your boundaries couldn't be read just now: {reason}</source>
      <translation>No se pudieron leer tus límites ahora: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="523" />
      <source>{area}, archived</source>
      <translation>{area}, archivado</translation>
    </message>
  </context>
  <context>
    <name>BoundaryBuilder</name>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="168" />
      <source>&amp;Area</source>
      <translation>Á&amp;rea</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="170" />
      <source>&amp;Boundary</source>
      <translation>&amp;Límite</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="184" />
      <source>&amp;Rehearse it</source>
      <translation>&amp;Practícalo</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="96" />
      <source>A boundary is about what you will do to look after yourself, not about what your partner must do. Take your time; you can change it later.</source>
      <translation>Un límite trata de lo que tú harás para cuidarte, no de lo que tu pareja debe hacer. Tómate tu tiempo; puedes cambiarlo después.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="147" />
      <source>A few words to practise, said the way you would on a calm day.</source>
      <translation>Unas palabras para practicar, dichas como lo harías en un día tranquilo.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="104" />
      <source>Area of life</source>
      <translation>Área de la vida</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="111" />
      <source>Choose an area</source>
      <translation>Elige un área</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="162" />
      <source>Close without saving these changes</source>
      <translation>Cerrar sin guardar estos cambios</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="160" />
      <source>Close without saving: what you typed here is let go</source>
      <translation>Cerrar sin guardar: lo que escribiste aquí se descarta</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="88" />
      <source>Edit boundary</source>
      <translation>Editar límite</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="137" />
      <source>Gentle checks</source>
      <translation>Revisiones amables</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="128" />
      <source>If …, I will …</source>
      <translation>Si …, yo voy a …</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="66" />
      <source>Met</source>
      <translation>Cumple</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="88" />
      <source>New boundary</source>
      <translation>Nuevo límite</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="66" />
      <source>Not yet</source>
      <translation>Todavía no</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="159" />
      <source>Save boundary</source>
      <translation>Guardar límite</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="140" />
      <source>Suggestions only: your boundary saves whatever they say.</source>
      <translation>Son solo sugerencias: tu límite se guarda diga lo que digan.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="169" />
      <source>The &amp;need behind it</source>
      <translation>La &amp;necesidad de fondo</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="118" />
      <source>The need behind it</source>
      <translation>La necesidad de fondo</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="119" />
      <source>What do you need? For example: evenings where staying sober doesn't take all my strength.</source>
      <translation>¿Qué necesitas? Por ejemplo: tardes en las que mantener la sobriedad no me quite todas las fuerzas.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="146" />
      <source>What you could say</source>
      <translation>Lo que podrías decir</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="132" />
      <source>Write what you will do: "If …, I will …". For example: "If there is drink in the house, I will spend the evening at my sister's."</source>
      <translation>Escribe lo que tú harás: "Si …, yo voy a …". Por ejemplo: "Si hay alcohol en la casa, voy a pasar la tarde en casa de mi hermana."</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="127" />
      <source>Your boundary</source>
      <translation>Tu límite</translation>
    </message>
  </context>
  <context>
    <name>BoundaryChart</name>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="78" />
      <source>&amp;Weeks</source>
      <translation>&amp;Semanas</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="65" />
      <source>How often it held</source>
      <translation>Cuántas veces se respetó</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="67" />
      <source>How often it held, in words</source>
      <translation>Cuántas veces se respetó, en palabras</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="66" />
      <source>How often this boundary held</source>
      <translation>Cuántas veces se respetó este límite</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="79" />
      <source>M&amp;onths</source>
      <translation>&amp;Meses</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="54" />
      <source>No moments logged in these 12 months yet.</source>
      <translation>Aún no hay momentos anotados en estos 12 meses.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="52" />
      <source>No moments logged in these 12 weeks yet.</source>
      <translation>Aún no hay momentos anotados en estas 12 semanas.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="79" />
      <source>Show the last 12 months</source>
      <translation>Mostrar los últimos 12 meses</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="78" />
      <source>Show the last 12 weeks</source>
      <translation>Mostrar las últimas 12 semanas</translation>
    </message>
  </context>
  <context>
    <name>BoundaryMoment</name>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="107" />
      <source>&amp;Bent</source>
      <translation>&amp;Cedí un poco</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="134" />
      <source>&amp;Day</source>
      <translation>&amp;Día</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="106" />
      <source>&amp;Held</source>
      <translation>Se &amp;mantuvo</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="108" />
      <source>&amp;Not held</source>
      <translation>&amp;No se mantuvo</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="135" />
      <source>&amp;What happened</source>
      <translation>&amp;Qué pasó</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="99" />
      <source>A few words are enough.</source>
      <translation>Bastan unas pocas palabras.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="71" />
      <source>Change this moment</source>
      <translation>Cambiar este momento</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="129" />
      <source>Close without saving: what you typed here is let go</source>
      <translation>Cerrar sin guardar: lo que escribiste aquí se descarta</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="92" />
      <source>Day it happened</source>
      <translation>Día en que pasó</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="81" />
      <source>Every moment counts, whichever way it went: noticing is how a boundary gets easier to keep.</source>
      <translation>Cada momento cuenta, haya salido como haya salido: darte cuenta es lo que hace que un límite sea más fácil de mantener.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="137" />
      <source>How I felt</source>
      <translation>Cómo me sentí</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="136" />
      <source>How it went</source>
      <translation>Cómo salió</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="71" />
      <source>Log a moment</source>
      <translation>Anotar un momento</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="138" />
      <source>Ne&amp;xt time</source>
      <translation>La &amp;próxima vez</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="123" />
      <source>Optional. One small thing is plenty.</source>
      <translation>Opcional. Una cosa pequeña es suficiente.</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="129" />
      <source>Save moment</source>
      <translation>Guardar momento</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="93" />
      <source>Time it happened</source>
      <translation>Hora en que pasó</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="122" />
      <source>What I will try next time</source>
      <translation>Lo que intentaré la próxima vez</translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="99" />
      <source>What happened</source>
      <translation>Qué pasó</translation>
    </message>
  </context>
  <context>
    <name>BringUp</name>
    <message>
      <location filename="../../ui/common/bring_up.py" line="85" />
      <source>A few words are enough; the list needs at least one.</source>
      <translation>Bastan unas pocas palabras; la lista necesita al menos una.</translation>
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="68" />
      <source>Add to my list</source>
      <translation>Agregar a mi lista</translation>
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="133" />
      <source>Added to your list for next time.</source>
      <translation>Se agregó a tu lista para la próxima vez.</translation>
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="46" />
      <source>Bring up next time</source>
      <translation>Para hablar la próxima vez</translation>
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="58" />
      <source>In a few words</source>
      <translation>En pocas palabras</translation>
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="129" />
      <source>That couldn't be added just now. Please try again.</source>
      <translation>No se pudo agregar en este momento. Vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="48" />
      <source>This goes on your list for your next session, so it doesn't slip away. You can tick it off there.</source>
      <translation>Esto va a tu lista para la próxima sesión, para que no se te olvide. Ahí puedes marcarlo como hecho.</translation>
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="57" />
      <source>What you want to bring up</source>
      <translation>Lo que quieres hablar</translation>
    </message>
  </context>
  <context>
    <name>BusyBar</name>
    <message>
      <location filename="../../ui/common/busy.py" line="17" />
      <source>Working…</source>
      <translation>Trabajando…</translation>
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <location filename="../../ui/common/chart.py" line="947" />
      <source>Chart</source>
      <translation>Gráfico</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="782" />
      <location filename="../../ui/common/chart.py" line="775" />
      <source>MMM</source>
      <translation>MMM</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="782" />
      <location filename="../../ui/common/chart.py" line="775" />
      <source>MMM yyyy</source>
      <translation>MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="414" />
      <location filename="../../ui/common/chart.py" line="644" />
      <source>Nothing recorded yet in this period.</source>
      <translation>Aún no hay nada registrado en este periodo.</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="388" />
      <source>averages</source>
      <translation>promedios</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="271" />
      <source>d MMM</source>
      <translation>d MMM</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="271" />
      <source>d MMM yyyy</source>
      <translation>d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="441" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="350" />
      <source>recorded</source>
      <translation>con registro</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="351" />
      <source>{count} of {total} days recorded</source>
      <translation>{count} de {total} días con registro</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="460" />
      <source>{day}: {values}</source>
      <translation>{day}: {values}</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="286" />
      <source>{first} – {last}</source>
      <translation>{first} – {last}</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="284" />
      <source>{first}–{last}</source>
      <translation>{first}–{last}</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="382" />
      <source>{name} over {period}, as {averages}: lowest {low} ({low_days}), highest {high} ({high_days}), latest {latest} ({latest_days}); {recorded}.</source>
      <translation>{name}, {period}, en {averages}: mínimo {low} ({low_days}), máximo {high} ({high_days}), último {latest} ({latest_days}); {recorded}.</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="333" />
      <source>{name} over {period}: average {average}, lowest {low} on {low_day}, highest {high} on {high_day}; {recorded}.</source>
      <translation>{name}, {period}: promedio {average}, mínimo {low} el {low_day}, máximo {high} el {high_day}; {recorded}.</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="320" />
      <source>{name} over {period}: nothing recorded yet.</source>
      <translation>{name}, {period}: aún no hay nada registrado.</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="458" />
      <source>{name} {value}</source>
      <translation>{name} {value}</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="449" />
      <source>{name} {value} ({low} to {high})</source>
      <translation>{name} {value} ({low} a {high})</translation>
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="402" />
      <source>{start} to {end}</source>
      <translation>{start} a {end}</translation>
    </message>
  </context>
  <context>
    <name>CheckinForm</name>
    <message>
      <location filename="../../ui/checkins/form.py" line="163" />
      <source> hours</source>
      <translation> horas</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="218" />
      <source>&amp;Angry</source>
      <translation>Eno&amp;jo</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="210" />
      <source>&amp;Craving or urge</source>
      <translation>&amp;Ganas de consumir</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="217" />
      <source>&amp;Hungry</source>
      <translation>&amp;Hambre</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="219" />
      <source>&amp;Lonely</source>
      <translation>&amp;Soledad</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="203" />
      <source>&amp;Mood</source>
      <translation>Án&amp;imo</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="267" />
      <source>&amp;Note</source>
      <translation>&amp;Nota</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="205" />
      <source>&amp;Stress</source>
      <translation>&amp;Estrés</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="220" />
      <source>&amp;Tired</source>
      <translation>&amp;Cansancio</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="218" />
      <source>Angry</source>
      <translation>Enojo</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="225" />
      <source>Being hungry, angry, lonely or tired makes hard moments harder. Mark any that fit.</source>
      <translation>Tener hambre, enojo, soledad o cansancio hace más difíciles los momentos duros. Marca lo que aplique.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="266" />
      <source>Characters left</source>
      <translation>Caracteres restantes</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="195" />
      <source>Check-in</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="211" />
      <source>Craving or urge</source>
      <translation>Ganas de consumir</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="216" />
      <source>HALT</source>
      <translation>HALT</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="247" />
      <source>Hours sl&amp;ept</source>
      <translation>Horas &amp;dormidas</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="240" />
      <source>Hours slept</source>
      <translation>Horas dormidas</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="203" />
      <source>How is your mood?</source>
      <translation>¿Cómo está tu ánimo?</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="205" />
      <source>How stressed do you feel?</source>
      <translation>¿Cuánto estrés sientes?</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="212" />
      <source>How strong is any craving or urge to use?</source>
      <translation>¿Qué tan fuertes son las ganas o el impulso de consumir?</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="217" />
      <source>Hungry</source>
      <translation>Hambre</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="219" />
      <source>Lonely</source>
      <translation>Soledad</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="203" />
      <source>Mood</source>
      <translation>Ánimo</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="259" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="258" />
      <source>One line about today (optional)</source>
      <translation>Una línea sobre hoy (opcional)</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="244" />
      <source>Optional</source>
      <translation>Opcional</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="261" />
      <source>Optional, one line, up to {count} characters.</source>
      <translation>Opcional, una línea, hasta {count} caracteres.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="242" />
      <source>Optional. Leave at “not recorded” to skip.</source>
      <translation>Opcional. Déjalo en “sin registrar” para omitirlo.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="205" />
      <source>Stress</source>
      <translation>Estrés</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="220" />
      <source>Tired</source>
      <translation>Cansancio</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="295" />
      <source>high</source>
      <translation>alto</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="293" />
      <source>low</source>
      <translation>bajo</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="162" />
      <source>not recorded</source>
      <translation>sin registrar</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="402" />
      <source>{count} characters left</source>
      <translation>Quedan {count} caracteres</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="303" />
      <source>{name} value</source>
      <translation>Valor de {name}</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="288" />
      <source>{question} 0 is low, 10 is high.</source>
      <translation>{question} 0 es bajo, 10 es alto.</translation>
    </message>
  </context>
  <context>
    <name>CheckinPage</name>
    <message>
      <location filename="../../ui/checkins/page.py" line="204" />
      <source>&amp;Day</source>
      <translation>&amp;Día</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="163" />
      <source>A minute for yourself. There are no right answers: noticing how you are is the point.</source>
      <translation>Un minuto para ti. No hay respuestas correctas: lo importante es notar cómo estás.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="172" />
      <source>Add something about this day to your list for your next session</source>
      <translation>Agrega algo de este día a tu lista para tu próxima sesión</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="170" />
      <source>Bring this up at my next session</source>
      <translation>Hablar de esto en mi próxima sesión</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="169" />
      <source>Bring up next time…</source>
      <translation>Para hablar la próxima vez…</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="228" />
      <source>Changes save by themselves; {key} saves at once.</source>
      <translation>Los cambios se guardan solos; {key} guarda al instante.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="130" />
      <location filename="../../ui/checkins/page.py" line="161" />
      <source>Check-ins</source>
      <translation>Registros</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="194" />
      <source>Choose another day to see or change its check-in</source>
      <translation>Elige otro día para ver o cambiar su registro</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="193" />
      <source>Day of this check-in</source>
      <translation>Día de este registro</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="202" />
      <source>Go to today</source>
      <translation>Ir a hoy</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="323" />
      <source>How are you doing today?</source>
      <translation>¿Cómo estás hoy?</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="328" />
      <source>How were you doing on {day}?</source>
      <translation>¿Cómo estabas el {day}?</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="325" />
      <source>How were you doing yesterday?</source>
      <translation>¿Cómo estabas ayer?</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="198" />
      <location filename="../../ui/checkins/page.py" line="199" />
      <source>Next day</source>
      <translation>Día siguiente</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="147" />
      <source>No check-in for this day yet. It saves as you go.</source>
      <translation>Aún no hay registro para este día. Se guarda mientras avanzas.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="184" />
      <location filename="../../ui/checkins/page.py" line="185" />
      <source>Previous day</source>
      <translation>Día anterior</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="266" />
      <source>Save check-in now</source>
      <translation>Guardar el registro ahora</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="81" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation>Algo falló de nuestro lado. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="201" />
      <source>T&amp;oday</source>
      <translation>&amp;Hoy</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="366" />
      <source>This day's check-in couldn't be loaded: {reason}</source>
      <translation>No se pudo cargar el registro de este día: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="416" />
      <source>Your check-in couldn't be saved yet: {reason}</source>
      <translation>Aún no se pudo guardar tu registro: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="460" />
      <source>Your trends couldn't be loaded: {reason}</source>
      <translation>No se pudieron cargar tus tendencias: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="189" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="71" />
      <source>dddd d MMMM yyyy</source>
      <translation>dddd d 'de' MMMM 'de' yyyy</translation>
    </message>
  </context>
  <context>
    <name>CheckinTrends</name>
    <message>
      <location filename="../../ui/checkins/trends.py" line="170" />
      <source>Check-in trends chart</source>
      <translation>Gráfica de tendencias de los registros</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="75" />
      <source>Craving</source>
      <translation>Ganas de consumir</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="97" />
      <source>Each point is a week’s average; the light shading behind it runs from that week’s lowest day to its highest.</source>
      <translation>Cada punto es el promedio de una semana; la sombra clara detrás va del día más bajo de esa semana al más alto.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="183" />
      <source>HALT and sleep in words</source>
      <translation>HALT y sueño en palabras</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="127" />
      <source>HALT over {period}: none marked.</source>
      <translation>HALT en {period}: nada marcado.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="123" />
      <source>HALT over {period}: {counts}.</source>
      <translation>HALT en {period}: {counts}.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="73" />
      <source>Mood</source>
      <translation>Ánimo</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="77" />
      <source>No check-ins yet in this period.</source>
      <translation>Todavía no hay registros en este periodo.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="160" />
      <location filename="../../ui/checkins/trends.py" line="161" />
      <source>Show the last {days} days</source>
      <translation>Mostrar los últimos {days} días</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="133" />
      <source>Sleep: {hours} hours on average, 1 night recorded.</source>
      <translation>Sueño: {hours} horas en promedio, 1 noche registrada.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="135" />
      <source>Sleep: {hours} hours on average, {n} nights recorded.</source>
      <translation>Sueño: {hours} horas en promedio, {n} noches registradas.</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="74" />
      <source>Stress</source>
      <translation>Estrés</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="178" />
      <source>Trends in words</source>
      <translation>Tendencias en palabras</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="147" />
      <location filename="../../ui/checkins/trends.py" line="148" />
      <source>Your trends</source>
      <translation>Tus tendencias</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="113" />
      <source>angry</source>
      <translation>enojo</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="112" />
      <source>hungry</source>
      <translation>hambre</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="111" />
      <source>lonely</source>
      <translation>soledad</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="64" />
      <source>the last {days} days</source>
      <translation>los últimos {days} días</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="110" />
      <source>tired</source>
      <translation>cansancio</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="96" />
      <source>weekly averages</source>
      <translation>promedios semanales</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="157" />
      <source>{days} days</source>
      <translation>{days} días</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="118" />
      <source>{word} on 1 day</source>
      <translation>{word} en 1 día</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="118" />
      <source>{word} on {n} days</source>
      <translation>{word} en {n} días</translation>
    </message>
  </context>
  <context>
    <name>CredentialsDialogs</name>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="200" />
      <source>&amp;Change passphrase</source>
      <translation>&amp;Cambiar frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="286" />
      <source>&amp;Close</source>
      <translation>Ce&amp;rrar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="361" />
      <source>&amp;Make a new code</source>
      <translation>&amp;Crear un código nuevo</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="194" />
      <source>&amp;New passphrase</source>
      <translation>&amp;Nueva frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="196" />
      <source>&amp;Type it again</source>
      <translation>&amp;Escríbela otra vez</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="350" />
      <source>A new code takes the place of the one you have now, so your old code will stop working. Your journal and your passphrase stay just as they are.</source>
      <translation>Un código nuevo reemplaza al que tienes ahora, así que tu código anterior dejará de funcionar. Tu diario y tu frase de acceso quedan igual.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="193" />
      <source>C&amp;urrent passphrase</source>
      <translation>Frase de acceso &amp;actual</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="204" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="205" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="275" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="170" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="171" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="201" />
      <source>Change passphrase</source>
      <translation>Cambiar frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="173" />
      <source>Change your passphrase</source>
      <translation>Cambia tu frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="267" />
      <source>Changing your passphrase… this takes a moment.</source>
      <translation>Cambiando tu frase de acceso… tarda un momento.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="437" />
      <source>Cl&amp;ose</source>
      <translation>C&amp;errar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="287" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="438" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="184" />
      <source>Confirm new passphrase</source>
      <translation>Confirmar la nueva frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="182" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="356" />
      <source>Current passphrase</source>
      <translation>Frase de acceso actual</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="290" />
      <source>Done. Your passphrase is changed: use the new one the next time you unlock Mooring.</source>
      <translation>Listo. Tu frase de acceso cambió: usa la nueva la próxima vez que desbloquees Mooring.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="426" />
      <source>If Mooring locks before you tick the box, the code is wiped from the screen. That's all right: you can make another one here at any time.</source>
      <translation>Si Mooring se bloquea antes de que marques la casilla, el código se borra de la pantalla. No pasa nada: aquí puedes crear otro cuando quieras.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="362" />
      <source>Make a new code</source>
      <translation>Crear un código nuevo</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="348" />
      <source>Make a new recovery code</source>
      <translation>Crear un código de recuperación nuevo</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="399" />
      <source>Making your new code… this takes a moment.</source>
      <translation>Creando tu código nuevo… tarda un momento.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="183" />
      <source>New passphrase</source>
      <translation>Nueva frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="329" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="330" />
      <source>New recovery code</source>
      <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="482" />
      <source>Please keep the code first, then tick “I have stored it somewhere safe”. Your old code no longer works.</source>
      <translation>Primero guarda el código y luego marca “Ya lo guardé en un lugar seguro”. Tu código anterior ya no funciona.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="248" />
      <source>Please type your current passphrase.</source>
      <translation>Escribe tu frase de acceso actual.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="396" />
      <source>Please type your passphrase.</source>
      <translation>Escribe tu frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="187" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="188" />
      <source>Show what I type</source>
      <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="263" />
      <source>That is the passphrase you have now. Please choose a different one.</source>
      <translation>Esa es la frase de acceso que tienes ahora. Elige una diferente.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="58" />
      <source>That isn't your current passphrase, so nothing was changed. Please try again.</source>
      <translation>Esa no es tu frase de acceso actual, así que no se cambió nada. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="257" />
      <source>The two new passphrases are different. Please type the second one again.</source>
      <translation>Las dos frases de acceso nuevas no coinciden. Escribe la segunda otra vez.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="359" />
      <source>Your &amp;passphrase</source>
      <translation>Tu &amp;frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="175" />
      <source>Your journal stays just as it is; only the passphrase that opens it changes. Your recovery code keeps working.</source>
      <translation>Tu diario queda igual; solo cambia la frase de acceso que lo abre. Tu código de recuperación sigue funcionando.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="417" />
      <source>Your new recovery code</source>
      <translation>Tu nuevo código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="419" />
      <source>Your old code no longer works. This one is shown only this once: keep it somewhere safe and private, away from this computer.</source>
      <translation>Tu código anterior ya no funciona. Este se muestra solo esta vez: guárdalo en un lugar seguro y privado, lejos de esta computadora.</translation>
    </message>
  </context>
  <context>
    <name>DataExport</name>
    <message>
      <location filename="../../ui/data/export_section.py" line="195" />
      <source>&amp;Export…</source>
      <translation>&amp;Exportar…</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="178" />
      <source>&amp;One file (JSON)</source>
      <translation>&amp;Un solo archivo (JSON)</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="180" />
      <source>A folder of &amp;Markdown files</source>
      <translation>Una carpeta de archivos &amp;Markdown</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="270" />
      <source>Choose a new or empty folder</source>
      <translation>Elige una carpeta nueva o vacía</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="197" />
      <source>Export: choose where to save</source>
      <translation>Exportar: elige dónde guardar</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="285" />
      <source>Exporting…</source>
      <translation>Exportando…</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="264" />
      <source>JSON files (*.json)</source>
      <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="117" />
      <source>Mooring couldn't write there. Nothing was saved.</source>
      <translation>Mooring no pudo escribir ahí. No se guardó nada.</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="262" />
      <source>Save everything as one file</source>
      <translation>Guardar todo en un solo archivo</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="171" />
      <source>Save everything in your journal outside Mooring. One file can be read back by Mooring's import, or by any program that reads JSON; a folder of Markdown files is for reading.</source>
      <translation>Guarda todo tu diario fuera de Mooring. Un solo archivo se puede volver a abrir con la importación de Mooring o con cualquier programa que lea JSON; una carpeta de archivos Markdown es para leer.</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="364" />
      <source>Saved everything as Markdown files in this folder: {path}</source>
      <translation>Todo se guardó como archivos Markdown en esta carpeta: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="362" />
      <source>Saved everything in this file: {path}</source>
      <translation>Todo se guardó en este archivo: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="209" />
      <source>Sto&amp;p</source>
      <translation>&amp;Detener</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="211" />
      <source>Stop the export</source>
      <translation>Detener la exportación</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="113" />
      <source>Stopped. Nothing was saved.</source>
      <translation>Se detuvo. No se guardó nada.</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="382" />
      <source>Stopping…</source>
      <translation>Deteniendo…</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="146" />
      <source>Take everything with you</source>
      <translation>Llévate todo contigo</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="119" />
      <source>That didn't work, and nothing was saved. Please try again.</source>
      <translation>No funcionó y no se guardó nada. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="187" />
      <source>The copy will not be encrypted: anyone who can open it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
      <translation>La copia no estará cifrada: cualquiera que pueda abrirla podrá leer todo lo que contiene. Guárdala en un lugar privado y bórrala cuando ya no la necesites.</translation>
    </message>
  </context>
  <context>
    <name>DataImport</name>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="93" />
      <source>%Ln entries appeared twice in the source; the copies were left out</source>
      <translation>
        <numerusform>%Ln entrada aparecía dos veces en el origen; se dejó fuera la copia</numerusform>
        <numerusform>%Ln entradas aparecían dos veces en el origen; se dejaron fuera las copias</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="169" />
      <source>%Ln entries are already in your journal and will not be added again.</source>
      <translation>
        <numerusform>%Ln entrada ya está en tu diario y no se volverá a agregar.</numerusform>
        <numerusform>%Ln entradas ya están en tu diario y no se volverán a agregar.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="83" />
      <source>%Ln entries dated outside 1900 to 2100 left out</source>
      <translation>
        <numerusform>%Ln entrada con fecha fuera de 1900 a 2100 quedó fuera</numerusform>
        <numerusform>%Ln entradas con fecha fuera de 1900 a 2100 quedaron fuera</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="79" />
      <source>%Ln entries had no date I could read</source>
      <translation>
        <numerusform>%Ln entrada no tenía una fecha que yo pudiera leer</numerusform>
        <numerusform>%Ln entradas no tenían una fecha que yo pudiera leer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="161" />
      <source>%Ln entries to add, {days}.</source>
      <translation>
        <numerusform>%Ln entrada para agregar, {days}.</numerusform>
        <numerusform>%Ln entradas para agregar, {days}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="91" />
      <source>%Ln entries were too long to store</source>
      <translation>
        <numerusform>%Ln entrada era demasiado larga para guardarla</numerusform>
        <numerusform>%Ln entradas eran demasiado largas para guardarlas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="73" />
      <source>%Ln entries without text skipped: Mooring keeps no empty entries</source>
      <translation>
        <numerusform>%Ln entrada sin texto omitida: Mooring no guarda entradas vacías</numerusform>
        <numerusform>%Ln entradas sin texto omitidas: Mooring no guarda entradas vacías</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="117" />
      <source>%Ln files could not be read</source>
      <translation>
        <numerusform>%Ln archivo no se pudo leer</numerusform>
        <numerusform>%Ln archivos no se pudieron leer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="119" />
      <source>%Ln files were too large to read</source>
      <translation>
        <numerusform>%Ln archivo era demasiado grande para leerlo</numerusform>
        <numerusform>%Ln archivos eran demasiado grandes para leerlos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="111" />
      <source>%Ln items in the zip with unsafe names ignored</source>
      <translation>
        <numerusform>%Ln elemento del zip con un nombre no seguro se ignoró</numerusform>
        <numerusform>%Ln elementos del zip con nombres no seguros se ignoraron</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="198" />
      <source>%Ln items in {name}, from {first} to {last}.</source>
      <translation>
        <numerusform>%Ln elemento en {name}, del {first} al {last}.</numerusform>
        <numerusform>%Ln elementos en {name}, del {first} al {last}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="204" />
      <source>%Ln items in {name}.</source>
      <translation>
        <numerusform>%Ln elemento en {name}.</numerusform>
        <numerusform>%Ln elementos en {name}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="89" />
      <source>%Ln items were not entries</source>
      <translation>
        <numerusform>%Ln elemento no era una entrada</numerusform>
        <numerusform>%Ln elementos no eran entradas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="121" />
      <source>%Ln links to other places were not followed</source>
      <translation>
        <numerusform>%Ln enlace a otro lugar no se siguió</numerusform>
        <numerusform>%Ln enlaces a otros lugares no se siguieron</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="67" />
      <source>%Ln photos and other attachments left out</source>
      <translation>
        <numerusform>%Ln foto u otro adjunto quedó fuera</numerusform>
        <numerusform>%Ln fotos y otros adjuntos quedaron fuera</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="105" />
      <source>%Ln tags beyond 100 on one entry left out</source>
      <translation>
        <numerusform>%Ln etiqueta por encima de 100 en una entrada quedó fuera</numerusform>
        <numerusform>%Ln etiquetas por encima de 100 en una entrada quedaron fuera</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="99" />
      <source>%Ln tags could not be stored and were left out</source>
      <translation>
        <numerusform>%Ln etiqueta no se pudo guardar y quedó fuera</numerusform>
        <numerusform>%Ln etiquetas no se pudieron guardar y quedaron fuera</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="127" />
      <source>%Ln titles were cut to 300 characters</source>
      <translation>
        <numerusform>%Ln título se recortó a 300 caracteres</numerusform>
        <numerusform>%Ln títulos se recortaron a 300 caracteres</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="198" />
      <source>&amp;Import</source>
      <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_section.py" line="309" />
      <source>&amp;Import %Ln entries</source>
      <translation>
        <numerusform>&amp;Importar %Ln entradas</numerusform>
        <numerusform>&amp;Importar %Ln entradas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_section.py" line="307" />
      <source>&amp;Import %Ln items</source>
      <translation>
        <numerusform>&amp;Importar %Ln elementos</numerusform>
        <numerusform>&amp;Importar %Ln elementos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="309" />
      <source>&amp;Import 1 entry</source>
      <translation>&amp;Importar 1 entrada</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="307" />
      <source>&amp;Import 1 item</source>
      <translation>&amp;Importar 1 elemento</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="93" />
      <source>1 entry appeared twice in the source; the copy was left out</source>
      <translation>1 entrada aparecía dos veces en el origen; se dejó fuera la copia</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="83" />
      <source>1 entry dated outside 1900 to 2100 left out</source>
      <translation>1 entrada con fecha fuera de 1900 a 2100 quedó fuera</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="79" />
      <source>1 entry had no date I could read</source>
      <translation>1 entrada no tenía una fecha que yo pudiera leer</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="169" />
      <source>1 entry is already in your journal and will not be added again.</source>
      <translation>1 entrada ya está en tu diario y no se volverá a agregar.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="161" />
      <source>1 entry to add, {days}.</source>
      <translation>1 entrada para agregar, {days}.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="91" />
      <source>1 entry was too long to store</source>
      <translation>1 entrada era demasiado larga para guardarla</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="73" />
      <source>1 entry without text skipped: Mooring keeps no empty entries</source>
      <translation>1 entrada sin texto omitida: Mooring no guarda entradas vacías</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="117" />
      <source>1 file could not be read</source>
      <translation>1 archivo no se pudo leer</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="119" />
      <source>1 file was too large to read</source>
      <translation>1 archivo era demasiado grande para leerlo</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="111" />
      <source>1 item in the zip with an unsafe name ignored</source>
      <translation>1 elemento del zip con un nombre no seguro se ignoró</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="198" />
      <source>1 item in {name}, from {first} to {last}.</source>
      <translation>1 elemento en {name}, del {first} al {last}.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="204" />
      <source>1 item in {name}.</source>
      <translation>1 elemento en {name}.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="89" />
      <source>1 item was not an entry</source>
      <translation>1 elemento no era una entrada</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="121" />
      <source>1 link to another place was not followed</source>
      <translation>1 enlace a otro lugar no se siguió</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="67" />
      <source>1 photo or other attachment left out</source>
      <translation>1 foto u otro adjunto quedó fuera</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="105" />
      <source>1 tag beyond 100 on one entry left out</source>
      <translation>1 etiqueta por encima de 100 en una entrada quedó fuera</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="99" />
      <source>1 tag could not be stored and was left out</source>
      <translation>1 etiqueta no se pudo guardar y quedó fuera</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="127" />
      <source>1 title was cut to 300 characters</source>
      <translation>1 título se recortó a 300 caracteres</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_section.py" line="415" />
      <source>Added %Ln entries; they are in your journal.</source>
      <translation>
        <numerusform>Se agregaron %Ln entradas; están en tu diario.</numerusform>
        <numerusform>Se agregaron %Ln entradas; están en tu diario.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_section.py" line="406" />
      <source>Added %Ln items; each is in its place in Mooring.</source>
      <translation>
        <numerusform>Se agregaron %Ln elementos; cada uno está en su lugar en Mooring.</numerusform>
        <numerusform>Se agregaron %Ln elementos; cada uno está en su lugar en Mooring.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="415" />
      <source>Added 1 entry; it is in your journal.</source>
      <translation>Se agregó 1 entrada; está en tu diario.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="406" />
      <source>Added 1 item; it is in its place in Mooring.</source>
      <translation>Se agregó 1 elemento; está en su lugar en Mooring.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="353" />
      <source>Adding entries…</source>
      <translation>Agregando entradas…</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="353" />
      <source>Adding everything…</source>
      <translation>Agregando todo…</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="71" />
      <source>All files (*)</source>
      <translation>Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="55" />
      <source>Boundaries</source>
      <translation>Límites</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="177" />
      <source>Bring in entries from jrnl, Day One, RedNotebook, or a folder of Markdown or text files, or everything from a Mooring export. You see what will be added before anything is changed, and entries already in your journal are not added twice.</source>
      <translation>Trae entradas de jrnl, Day One, RedNotebook o una carpeta de archivos Markdown o de texto, o todo lo de una exportación de Mooring. Verás lo que se agregará antes de que cambie nada, y las entradas que ya están en tu diario no se agregan dos veces.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="314" />
      <source>C&amp;lose</source>
      <translation>Ce&amp;rrar</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="199" />
      <location filename="../../ui/data/import_section.py" line="312" />
      <source>Cance&amp;l</source>
      <translation>Cance&amp;lar</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="51" />
      <source>Check-ins</source>
      <translation>Registros</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="184" />
      <source>Choose a &amp;file…</source>
      <translation>Elegir un &amp;archivo…</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="186" />
      <source>Choose a fol&amp;der…</source>
      <translation>Elegir una car&amp;peta…</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="252" />
      <source>Choose the file to import</source>
      <translation>Elige el archivo que quieres importar</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="259" />
      <source>Choose the folder to import</source>
      <translation>Elige la carpeta que quieres importar</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="54" />
      <source>Exercises</source>
      <translation>Ejercicios</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="149" />
      <source>From {what}: {name}.</source>
      <translation>De {what}: {name}.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="150" />
      <source>Import from another journal</source>
      <translation>Importar de otro diario</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="56" />
      <source>Inviting my partner</source>
      <translation>Invitar a mi pareja</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="50" />
      <source>Journal</source>
      <translation>Diario</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="70" />
      <source>Journal exports (*.json *.zip *.md *.markdown *.txt)</source>
      <translation>Exportaciones de diarios (*.json *.zip *.md *.markdown *.txt)</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="103" />
      <source>Mooring couldn't read that. Nothing was changed.</source>
      <translation>Mooring no pudo leer eso. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="166" />
      <source>No new entries to add.</source>
      <translation>No hay entradas nuevas para agregar.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="424" />
      <source>Nothing was added: those entries are already in your journal.</source>
      <translation>No se agregó nada: esas entradas ya están en tu diario.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="52" />
      <source>Questionnaires</source>
      <translation>Cuestionarios</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="270" />
      <source>Reading {name}…</source>
      <translation>Leyendo {name}…</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="57" />
      <source>Reflection</source>
      <translation>Reflexión</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="210" />
      <source>S&amp;top</source>
      <translation>&amp;Detener</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="58" />
      <source>Safety</source>
      <translation>Seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="53" />
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="454" />
      <source>Stopped. Nothing was changed.</source>
      <translation>Detenido. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="98" />
      <source>Stopped. Nothing was imported.</source>
      <translation>Detenido. No se importó nada.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="457" />
      <source>Stopping…</source>
      <translation>Deteniendo…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_words.py" line="181" />
      <source>Tags: {named} and %Ln more.</source>
      <translation>
        <numerusform>Etiquetas: {named} y %Ln más.</numerusform>
        <numerusform>Etiquetas: {named} y %Ln más.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="181" />
      <source>Tags: {named} and 1 more.</source>
      <translation>Etiquetas: {named} y 1 más.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="186" />
      <source>Tags: {named}.</source>
      <translation>Etiquetas: {named}.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="105" />
      <source>That didn't work, and nothing was changed. Please try again.</source>
      <translation>Eso no funcionó y no se cambió nada. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="318" />
      <source>There is nothing in it that Mooring can add.</source>
      <translation>No hay nada ahí que Mooring pueda agregar.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="316" />
      <source>There is nothing new to add: it is all in your journal already.</source>
      <translation>No hay nada nuevo que agregar: todo ya está en tu diario.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="197" />
      <source>What will be imported</source>
      <translation>Lo que se va a importar</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="41" />
      <source>a Day One export</source>
      <translation>una exportación de Day One</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="42" />
      <source>a RedNotebook data folder</source>
      <translation>una carpeta de datos de RedNotebook</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="43" />
      <source>a folder of Markdown or text files</source>
      <translation>una carpeta de archivos Markdown o de texto</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="40" />
      <source>a jrnl export</source>
      <translation>una exportación de jrnl</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="157" />
      <source>{first} to {last}</source>
      <translation>del {first} al {last}</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="222" />
      <source>{part}: {found} in the file, {added} to add, {here} already here.</source>
      <translation>{part}: {found} en el archivo, {added} para agregar, {here} ya están aquí.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="226" />
      <source>{part}: {found} in the file, {added} to add.</source>
      <translation>{part}: {found} en el archivo, {added} para agregar.</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="218" />
      <source>{part}: {found} in the file, {added} to add. {note}</source>
      <translation>{part}: {found} en el archivo, {added} para agregar. {note}</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="142" />
      <source>{what} (the first: {where}).</source>
      <translation>{what} (la primera vez: {where}).</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="141" />
      <source>{what} ({where}).</source>
      <translation>{what} ({where}).</translation>
    </message>
    <message>
      <location filename="../../ui/data/import_words.py" line="138" />
      <source>{what}.</source>
      <translation>{what}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_section.py" line="130" />
      <source>…and %Ln more notes.</source>
      <translation>
        <numerusform>…y %Ln notas más.</numerusform>
        <numerusform>…y %Ln notas más.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="130" />
      <source>…and 1 more note.</source>
      <translation>…y 1 nota más.</translation>
    </message>
  </context>
  <context>
    <name>DataPage</name>
    <message>
      <location filename="../../ui/data/page.py" line="98" />
      <source>&amp;Cancel</source>
      <translation>&amp;Cancelar</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="97" />
      <source>&amp;Restore</source>
      <translation>&amp;Restaurar</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="278" />
      <source>&amp;Restore this backup…</source>
      <translation>&amp;Restaurar esta copia de seguridad…</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="299" />
      <source>&amp;Stop</source>
      <translation>&amp;Detener</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="273" />
      <source>Back up &amp;now</source>
      <translation>Hacer copia &amp;ahora</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="471" />
      <source>Backed up. The newest backup is at the top.</source>
      <translation>Copia hecha. La más reciente está arriba.</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="463" />
      <source>Backing up…</source>
      <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="243" />
      <location filename="../../ui/data/page.py" line="253" />
      <source>Backups</source>
      <translation>Copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="528" />
      <source>Checking the backup…</source>
      <translation>Revisando la copia de seguridad…</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="511" />
      <source>Choose the folder of the copy</source>
      <translation>Elige la carpeta de la copia</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="476" />
      <source>Choose where to save the copy</source>
      <translation>Elige dónde guardar la copia</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="254" />
      <source>Made</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="246" />
      <source>Mooring makes a backup a few seconds after you unlock, once a day, and keeps the last few. Each one is encrypted like your journal.</source>
      <translation>Mooring hace una copia de seguridad unos segundos después de desbloquear, una vez al día, y guarda las últimas. Cada una está cifrada como tu diario.</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="270" />
      <source>No backups yet. The first is made soon after you unlock, or choose Back up now.</source>
      <translation>Aún no hay copias de seguridad. La primera se hace poco después de desbloquear, o elige Hacer copia ahora.</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="126" />
      <source>Not known</source>
      <translation>Desconocida</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="281" />
      <source>Restore from a cop&amp;y…</source>
      <translation>Restaurar desde una cop&amp;ia…</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="87" />
      <source>Restore your journal?</source>
      <translation>¿Restaurar tu diario?</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="548" />
      <source>Restoring your journal…</source>
      <translation>Restaurando tu diario…</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="275" />
      <source>Save an encrypted &amp;copy to…</source>
      <translation>Guardar una &amp;copia cifrada en…</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="492" />
      <source>Saved an encrypted copy. It opens with your passphrase; keep the whole folder together. It is here: {folder}</source>
      <translation>Se guardó una copia cifrada. Se abre con tu frase de acceso; conserva la carpeta completa. Está aquí: {folder}</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="487" />
      <source>Saving a copy…</source>
      <translation>Guardando una copia…</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="254" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="140" />
      <source>Stopped. Nothing was saved.</source>
      <translation>Detenido. No se guardó nada.</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="441" />
      <source>Stopping…</source>
      <translation>Deteniendo…</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="151" />
      <source>That didn't work, and nothing was changed. Please try again.</source>
      <translation>No funcionó y no se cambió nada. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="144" />
      <source>This copy is of a different journal, so Mooring won't put it in place of this one. Nothing was changed.</source>
      <translation>Esta copia es de otro diario, así que Mooring no la pondrá en lugar de este. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="254" />
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="176" />
      <location filename="../../ui/data/page.py" line="201" />
      <source>Your data</source>
      <translation>Tus datos</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="203" />
      <source>Your journal stays on this computer. Here you can keep copies of it safe.</source>
      <translation>Tu diario se queda en esta computadora. Aquí puedes guardar copias seguras de él.</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="559" />
      <source>Your journal was restored from {what}. Your journal as it was is kept as a backup. Unlock to carry on.</source>
      <translation>Tu diario se restauró desde {what}. Tu diario como estaba se guarda como copia de seguridad. Desbloquea para continuar.</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="88" />
      <source>Your journal will be put back as it was in {what}. Your journal as it is now is kept as a backup first, so you can come back to it.

Mooring locks while it restores; then unlock as usual.</source>
      <translation>Tu diario volverá a quedar como estaba en {what}. Antes se guarda una copia de seguridad de tu diario tal como está ahora, para que puedas volver a él.

Mooring se bloquea mientras restaura; luego desbloquea como siempre.</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="505" />
      <source>the backup made {when}</source>
      <translation>la copia de seguridad hecha el {when}</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="514" />
      <source>the copy in the folder {folder}</source>
      <translation>la copia en la carpeta {folder}</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="109" />
      <source>{day}, {time}</source>
      <translation>{day}, {time}</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="130" />
      <source>{number} (newer)</source>
      <translation>{number} (más nueva)</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="128" />
      <source>{number} (this version)</source>
      <translation>{number} (esta versión)</translation>
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="114" />
      <source>{when} (your journal before a restore)</source>
      <translation>{when} (tu diario antes de restaurar)</translation>
    </message>
  </context>
  <context>
    <name>DayAndTime</name>
    <message>
      <location filename="../../ui/common/day_time.py" line="49" />
      <source>A&amp;t</source>
      <translation>&amp;A las</translation>
    </message>
    <message>
      <location filename="../../ui/common/day_time.py" line="50" />
      <source>Note the time too</source>
      <translation>Anotar también la hora</translation>
    </message>
    <message>
      <location filename="../../ui/common/day_time.py" line="43" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
  </context>
  <context>
    <name>EntryEditor</name>
    <message numerus="yes">
      <location filename="../../ui/journal/editor.py" line="646" />
      <source>%Ln words</source>
      <translation>
        <numerusform>%Ln palabras</numerusform>
        <numerusform>%Ln palabras</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="297" />
      <source>&amp;Tags:</source>
      <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="238" />
      <source>&amp;Written</source>
      <translation>&amp;Fecha</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="644" />
      <source>1 word</source>
      <translation>1 palabra</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="564" />
      <source>A tag can be at most {n} characters long; “{tag}…” was left out.</source>
      <translation>Una etiqueta puede tener como máximo {n} caracteres; “{tag}…” no se incluyó.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="197" />
      <source>About the filters</source>
      <translation>Sobre los filtros</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="276" />
      <location filename="../../ui/journal/editor.py" line="278" />
      <source>Bring to therapy</source>
      <translation>Llevar a terapia</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="201" />
      <source>Clear the filters, so the list shows every entry</source>
      <translation>Quitar los filtros para que la lista muestre todas las entradas</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="245" />
      <source>Entry text</source>
      <translation>Texto de la entrada</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="215" />
      <source>Entry title</source>
      <translation>Título de la entrada</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="279" />
      <source>Mark this entry to talk about in your next session.</source>
      <translation>Marca esta entrada para hablar de ella en tu próxima sesión.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="171" />
      <source>Not saved yet: start writing</source>
      <translation>Aún sin guardar: empieza a escribir</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="661" />
      <source>Only text can be pasted into an entry.</source>
      <translation>En una entrada solo se puede pegar texto.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="657" />
      <source>Pictures can't go into an entry (it holds text only). Describe it in words instead.</source>
      <translation>Una entrada no admite imágenes (solo guarda texto). Mejor describe la imagen con palabras.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="247" />
      <source>Plain text; Markdown formatting is shown in Preview</source>
      <translation>Texto simple; el formato Markdown se ve en Vista previa</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="262" />
      <source>Preview</source>
      <translation>Vista previa</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="256" />
      <source>Preview of the entry</source>
      <translation>Vista previa de la entrada</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="283" />
      <source>Redo</source>
      <translation>Rehacer</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="283" />
      <source>Redo (Ctrl+Shift+Z)</source>
      <translation>Rehacer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="198" />
      <location filename="../../ui/journal/editor.py" line="200" />
      <source>Show all entries</source>
      <translation>Mostrar todas las entradas</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="269" />
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="270" />
      <source>Tags help you find entries later, e.g. “sleep, cravings”.</source>
      <translation>Las etiquetas te ayudan a encontrar entradas después, p. ej. “sueño, ganas de consumir”.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="226" />
      <source>The date and time of this entry. Change it, and the entry moves to its place.</source>
      <translation>La fecha y hora de esta entrada. Si la cambias, la entrada se mueve a su lugar.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="191" />
      <source>The prompt you are writing from</source>
      <translation>El tema desde el que escribes</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="196" />
      <source>This entry doesn't match the filters the list is showing.</source>
      <translation>Esta entrada no coincide con los filtros que muestra la lista.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="214" />
      <source>Title (optional)</source>
      <translation>Título (opcional)</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="282" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="282" />
      <source>Undo (Ctrl+Z)</source>
      <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="224" />
      <source>When this entry was written</source>
      <translation>Cuándo se escribió esta entrada</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="290" />
      <source>Word count</source>
      <translation>Número de palabras</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="261" />
      <source>Write</source>
      <translation>Escribir</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="263" />
      <source>Write or preview</source>
      <translation>Escribir o ver vista previa</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="249" />
      <source>Write whatever is on your mind. It saves as you type.</source>
      <translation>Escribe lo que tengas en mente. Se guarda mientras escribes.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="619" />
      <source>Your latest words couldn't be saved yet: {reason}</source>
      <translation>Tus últimas palabras aún no se pudieron guardar: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="268" />
      <source>e.g. sleep, work</source>
      <translation>p. ej. sueño, trabajo</translation>
    </message>
  </context>
  <context>
    <name>ExerciseSteps</name>
    <message>
      <location filename="../../ui/exercises/steps.py" line="180" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/steps.py" line="111" />
      <source>One a line</source>
      <translation>Uno por línea</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/steps.py" line="112" />
      <source>One item a line</source>
      <translation>Un elemento por línea</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/steps.py" line="179" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/steps.py" line="252" />
      <source>{value} out of {maximum}</source>
      <translation>{value} de {maximum}</translation>
    </message>
  </context>
  <context>
    <name>ExerciseTrash</name>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="93" />
      <source>Delete &amp;forever…</source>
      <translation>Eliminar para &amp;siempre…</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="68" />
      <source>Delete forever</source>
      <translation>Eliminar para siempre</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="62" />
      <source>Delete forever?</source>
      <translation>¿Eliminar para siempre?</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="94" />
      <source>Delete the chosen exercise forever</source>
      <translation>Eliminar para siempre el ejercicio elegido</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="87" />
      <source>Exercises in the trash</source>
      <translation>Ejercicios en la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="88" />
      <source>Exercises you move to the trash stay here for 30 days, then they are deleted for good.</source>
      <translation>Los ejercicios que mueves a la papelera se quedan aquí 30 días y luego se eliminan definitivamente.</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="69" />
      <source>Keep it</source>
      <translation>Conservarlo</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="92" />
      <source>Restore the chosen exercise</source>
      <translation>Restaurar el ejercicio elegido</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="63" />
      <source>This exercise and your answers will be gone for good. This can't be undone.</source>
      <translation>Este ejercicio y tus respuestas se eliminarán definitivamente. Esto no se puede deshacer.</translation>
    </message>
  </context>
  <context>
    <name>ExerciseWords</name>
    <message>
      <location filename="../../ui/exercises/words.py" line="26" />
      <source>Finished {day}</source>
      <translation>Terminado el {day}</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/words.py" line="28" />
      <source>Started {day} · {answered} of {steps} answered</source>
      <translation>Empezado el {day} · {answered} de {steps} respondidas</translation>
    </message>
  </context>
  <context>
    <name>ExercisesPage</name>
    <message>
      <location filename="../../ui/exercises/page.py" line="224" />
      <source>&amp;Bring to therapy</source>
      <translation>&amp;Llevar a terapia</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="238" />
      <location filename="../../ui/exercises/page.py" line="445" />
      <source>&amp;Done</source>
      <translation>&amp;Hecho</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="235" />
      <source>&amp;For session:</source>
      <translation>Para la &amp;sesión:</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="241" />
      <source>&amp;Move to trash</source>
      <translation>&amp;Mover a la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="445" />
      <source>&amp;Open again</source>
      <translation>&amp;Abrir de nuevo</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="213" />
      <source>&amp;Trash…</source>
      <translation>&amp;Papelera…</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="597" />
      <source>A session not listed here</source>
      <translation>Una sesión que no aparece aquí</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="671" />
      <source>Add this boundary to your answer: {boundary}</source>
      <translation>Agregar este límite a tu respuesta: {boundary}</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="226" />
      <source>Bring this to therapy</source>
      <translation>Llevar esto a terapia</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="197" />
      <source>Carry on</source>
      <translation>Continuar</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="269" />
      <source>Each one takes a few minutes and keeps your place, so you can stop and come back. What you write stays here, encrypted. None of this replaces your therapist; you can bring any of it to a session.</source>
      <translation>Cada uno toma unos minutos y guarda tu avance, así que puedes parar y volver. Lo que escribes se queda aquí, cifrado. Nada de esto reemplaza a tu terapeuta; puedes llevar cualquier parte a una sesión.</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="158" />
      <location filename="../../ui/exercises/page.py" line="183" />
      <source>Exercises</source>
      <translation>Ejercicios</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="198" />
      <source>Exercises in progress</source>
      <translation>Ejercicios en curso</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="215" />
      <source>Exercises in the trash</source>
      <translation>Ejercicios en la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="200" />
      <source>Exercises you can start</source>
      <translation>Ejercicios que puedes empezar</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="201" />
      <source>Finished</source>
      <translation>Terminados</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="202" />
      <source>Finished exercises</source>
      <translation>Ejercicios terminados</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="231" />
      <source>Link this exercise to a session, to bring it up there</source>
      <translation>Vincular este ejercicio a una sesión, para tratarlo ahí</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="447" />
      <source>Mark this exercise as done</source>
      <translation>Marcar este ejercicio como hecho</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="243" />
      <source>Move this exercise to the trash</source>
      <translation>Mover este ejercicio a la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="533" />
      <source>Moved to the trash. It stays there for 30 days.</source>
      <translation>Se movió a la papelera. Ahí se queda 30 días.</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="574" />
      <location filename="../../ui/exercises/page.py" line="593" />
      <source>None</source>
      <translation>Ninguna</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="168" />
      <source>Nothing written yet. It saves as you go.</source>
      <translation>Aún no has escrito nada. Se guarda mientras avanzas.</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="449" />
      <source>Open this exercise again to change it</source>
      <translation>Abrir este ejercicio de nuevo para cambiarlo</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="265" />
      <source>Pick an exercise on the left</source>
      <translation>Elige un ejercicio a la izquierda</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="216" />
      <source>Restore an exercise you moved to the trash</source>
      <translation>Restaurar un ejercicio que moviste a la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="230" />
      <source>Session this exercise is for</source>
      <translation>Sesión para la que es este ejercicio</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="185" />
      <source>Short guided practice for boundaries and hard conversations. Do them alone, at your pace; they keep your place.</source>
      <translation>Práctica guiada breve para límites y conversaciones difíciles. Hazlos a solas, a tu ritmo; guardan tu avance.</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="346" />
      <source>Some exercises couldn't be read: {problems}</source>
      <translation>Algunos ejercicios no se pudieron leer: {problems}</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="199" />
      <source>Start an exercise</source>
      <translation>Empezar un ejercicio</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="501" />
      <location filename="../../ui/exercises/page.py" line="517" />
      <source>That couldn't be changed: {reason}</source>
      <translation>No se pudo cambiar: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="615" />
      <source>That couldn't be linked: {reason}</source>
      <translation>No se pudo vincular: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="539" />
      <source>That couldn't be moved to the trash: {reason}</source>
      <translation>No se pudo mover a la papelera: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="410" />
      <location filename="../../ui/exercises/page.py" line="789" />
      <source>That exercise couldn't be opened: {reason}</source>
      <translation>No se pudo abrir ese ejercicio: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="397" />
      <source>That exercise couldn't be started: {reason}</source>
      <translation>No se pudo empezar ese ejercicio: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="474" />
      <source>Your answers couldn't be saved yet: {reason}</source>
      <translation>Tus respuestas aún no se pudieron guardar: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="658" />
      <source>Your boundaries</source>
      <translation>Tus límites</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="663" />
      <source>Your boundaries. Choose one to add it to your answer:</source>
      <translation>Tus límites. Elige uno para agregarlo a tu respuesta:</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="328" />
      <source>Your exercises couldn't be loaded: {reason}</source>
      <translation>No se pudieron cargar tus ejercicios: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="566" />
      <source>Your sessions couldn't be read just now: {reason}</source>
      <translation>No se pudieron leer tus sesiones en este momento: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="359" />
      <source>about {n} min</source>
      <translation>unos {n} min</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="370" />
      <source>for therapy</source>
      <translation>para terapia</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="151" />
      <source>something went wrong on this computer</source>
      <translation>algo salió mal en esta computadora</translation>
    </message>
  </context>
  <context>
    <name>FeelingField</name>
    <message>
      <location filename="../../ui/common/feeling_field.py" line="30" />
      <source>&amp;Say how I felt</source>
      <translation>&amp;Indicar cómo me sentí</translation>
    </message>
    <message>
      <location filename="../../ui/common/feeling_field.py" line="48" />
      <source>0 very low</source>
      <translation>0 muy bajo</translation>
    </message>
    <message>
      <location filename="../../ui/common/feeling_field.py" line="50" />
      <source>10 very good</source>
      <translation>10 muy bien</translation>
    </message>
    <message>
      <location filename="../../ui/common/feeling_field.py" line="37" />
      <source>How I felt, 0 (very low) to 10 (very good)</source>
      <translation>Cómo me sentí, de 0 (muy bajo) a 10 (muy bien)</translation>
    </message>
    <message>
      <location filename="../../ui/common/feeling_field.py" line="31" />
      <source>Say how I felt, from 0 to 10</source>
      <translation>Indicar cómo me sentí, de 0 a 10</translation>
    </message>
    <message>
      <location filename="../../ui/common/feeling_field.py" line="42" />
      <location filename="../../ui/common/feeling_field.py" line="82" />
      <source>{n} / 10</source>
      <translation>{n} / 10</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="69" />
      <location filename="../../ui/shell/help_dialog.py" line="84" />
      <source>Australia</source>
      <translation>Australia</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="65" />
      <location filename="../../ui/shell/help_dialog.py" line="83" />
      <source>Canada</source>
      <translation>Canadá</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="334" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="163" />
      <source>Everything is saved as you go and stays encrypted on this computer. Nothing is sent anywhere.</source>
      <translation>Todo se guarda a medida que avanzas y queda cifrado en esta computadora. No se envía nada a ningún lugar.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="136" />
      <source>Exercises are short guided practice for saying hard things calmly; they keep your place if you stop halfway. Boundaries keeps the limits you set for yourself and how they held.</source>
      <translation>Los ejercicios son prácticas guiadas breves para decir cosas difíciles con calma; guardan tu avance si te detienes a la mitad. Límites guarda los que te pones tú y cómo se mantuvieron.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="111" />
      <source>For people anywhere</source>
      <translation>Para cualquier lugar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="113" />
      <source>For people in {region}</source>
      <translation>Para personas en {region}</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="383" />
      <source>Get help now</source>
      <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="330" />
      <location filename="../../ui/shell/help_dialog.py" line="383" />
      <source>Help</source>
      <translation>Ayuda</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="386" />
      <source>How it works</source>
      <translation>Cómo funciona</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="304" />
      <location filename="../../ui/shell/help_dialog.py" line="386" />
      <source>How to use Mooring</source>
      <translation>Cómo usar Mooring</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="293" />
      <source>If none of these is right for where you are, the directory lists lines in many countries, and your therapist or doctor can give you the numbers for where you live.</source>
      <translation>Si ninguna de estas sirve para donde estás, el directorio tiene líneas de muchos países, y tu terapeuta o tu médico pueden darte los números de donde vives.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="171" />
      <source>If you forget your passphrase, your recovery code opens your journal again: choose “Use recovery code instead” when it is locked.</source>
      <translation>Si olvidas tu frase de acceso, tu código de recuperación vuelve a abrir tu diario: elige “Usar el código de recuperación” cuando esté bloqueado.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="238" />
      <source>If you or someone else is in danger, call your local emergency number now.</source>
      <translation>Si tú u otra persona están en peligro, llama ahora a tu número local de emergencias.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="145" />
      <source>Inviting my partner helps you plan a calm, low-pressure ask, note how it went, and look after yourself whatever the answer.</source>
      <translation>Invitar a mi pareja te ayuda a planear una petición tranquila y sin presión, anotar cómo salió y cuidarte sea cual sea la respuesta.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="68" />
      <location filename="../../ui/shell/help_dialog.py" line="82" />
      <source>Ireland</source>
      <translation>Irlanda</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="128" />
      <source>Journal is for writing, as much or as little as you like. Check-ins take a minute: how you feel, how you slept, and a note if you want.</source>
      <translation>El diario es para escribir, tanto o tan poco como quieras. Los registros toman un minuto: cómo te sientes, cómo dormiste y una nota si quieres.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="314" />
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="167" />
      <source>Lock with {lock} when you step away; {hide} locks and hides the window at once. It also locks itself after a while without use.</source>
      <translation>Bloquea con {lock} cuando te alejes; {hide} bloquea y oculta la ventana a la vez. También se bloquea por sí solo tras un rato sin uso.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="71" />
      <location filename="../../ui/shell/help_dialog.py" line="86" />
      <source>Mexico</source>
      <translation>México</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="70" />
      <location filename="../../ui/shell/help_dialog.py" line="85" />
      <source>New Zealand</source>
      <translation>Nueva Zelanda</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="141" />
      <source>Questionnaires has the PHQ-9 and GAD-7, two short, widely used questionnaires about low mood and worry, with results to share with your clinician.</source>
      <translation>Cuestionarios tiene el PHQ-9 y el GAD-7, dos cuestionarios breves y muy usados sobre el ánimo bajo y la preocupación, con resultados para compartir con tu profesional.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="149" />
      <source>Reflection is for thinking through why your partner might be saying no, what it does to you, and what you want, at your own pace.</source>
      <translation>Reflexión es para pensar con calma por qué tu pareja podría estar diciendo que no, qué te provoca y qué quieres tú, a tu propio ritmo.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="153" />
      <source>Safety is a short, private check on how safe your relationship feels, with people to call and ways to plan. Nothing is kept unless you choose to save it.</source>
      <translation>Seguridad es una revisión breve y privada de qué tan segura se siente tu relación, con personas a quienes llamar y formas de planear. No se guarda nada a menos que tú lo elijas.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="132" />
      <source>Sessions keeps your appointments, the homework they give you, and things to bring up next time.</source>
      <translation>Sesiones guarda tus citas, la tarea que te dejan y los temas para hablar la próxima vez.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="261" />
      <source>Show help lines for</source>
      <translation>Mostrar líneas de ayuda para</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="259" />
      <source>Show lines &amp;for</source>
      <translation>Mostrar líneas &amp;para</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="88" />
      <source>Somewhere else</source>
      <translation>Otro lugar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="72" />
      <location filename="../../ui/shell/help_dialog.py" line="87" />
      <source>Spain</source>
      <translation>España</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="81" />
      <source>The United Kingdom</source>
      <translation>Reino Unido</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="80" />
      <source>The United States</source>
      <translation>Estados Unidos</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="175" />
      <source>The help lines are at the top of this window. {key} opens it from anywhere, even while locked.</source>
      <translation>Las líneas de ayuda están arriba en esta ventana. {key} la abre desde cualquier lugar, incluso con el diario bloqueado.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="283" />
      <source>The list of support lines couldn't be shown. Your local emergency number, a doctor or your therapist can point you to help nearby.</source>
      <translation>No se pudo mostrar la lista de líneas de apoyo. Tu número local de emergencias, un médico o tu terapeuta pueden orientarte hacia ayuda cercana.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="157" />
      <source>Timeline shows everything in one list, newest first. For my therapist makes notes from the days you choose, to print or save; you see all of it first and can leave anything out. Your data keeps backups you can restore, and can save an encrypted copy to another drive.</source>
      <translation>Línea de tiempo muestra todo en una sola lista, lo más reciente primero. Para mi terapeuta prepara notas de los días que elijas, para imprimir o guardar; tú lo ves todo antes y puedes dejar fuera lo que quieras. Tus datos guarda copias de seguridad que puedes restaurar y puede guardar una copia cifrada en otra unidad.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="127" />
      <source>Today shows your day at a glance: a check-in, your next session and a question.</source>
      <translation>Hoy muestra tu día de un vistazo: un registro, tu próxima sesión y una pregunta.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="247" />
      <source>You don't have to get through a hard moment alone. These lines are free and answered by people who want to help:</source>
      <translation>No tienes que atravesar un momento difícil sin compañía. Estas líneas son gratuitas y las atienden personas que quieren ayudar:</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="66" />
      <location filename="../../ui/shell/help_dialog.py" line="67" />
      <source>the United Kingdom</source>
      <translation>el Reino Unido</translation>
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="64" />
      <source>the United States</source>
      <translation>Estados Unidos</translation>
    </message>
  </context>
  <context>
    <name>InvitationAttempt</name>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="157" />
      <source>&amp;Day</source>
      <translation>&amp;Día</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="158" />
      <source>&amp;How</source>
      <translation>&amp;Cómo</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="106" />
      <source>&amp;Maybe</source>
      <translation>&amp;Quizás</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="107" />
      <source>&amp;Not now</source>
      <translation>&amp;Ahora no</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="165" />
      <source>&amp;Plan</source>
      <translation>P&amp;lan</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="160" />
      <source>&amp;Reason they gave</source>
      <translation>&amp;Motivo que dio</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="105" />
      <source>&amp;Yes</source>
      <translation>&amp;Sí</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="147" />
      <source>A plan in the trash</source>
      <translation>Un plan en la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="69" />
      <source>Change this attempt</source>
      <translation>Cambiar este intento</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="152" />
      <source>Close without saving: what you typed here is let go</source>
      <translation>Cerrar sin guardar: lo que escribiste aquí se descarta</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="88" />
      <source>Day you asked</source>
      <translation>Día en que lo pediste</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="163" />
      <source>How I felt</source>
      <translation>Cómo me sentí</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="96" />
      <source>How you asked</source>
      <translation>Cómo lo pediste</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="108" />
      <source>N&amp;o</source>
      <translation>&amp;No</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="142" />
      <source>No plan</source>
      <translation>Sin plan</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="120" />
      <source>No reason given, or not a no</source>
      <translation>No dio motivo, o no fue un no</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="69" />
      <source>Note an attempt</source>
      <translation>Anotar un intento</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="137" />
      <source>Optional. Something for yourself counts too.</source>
      <translation>Opcional. Algo para ti también cuenta.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="125" />
      <source>Optional. Their words, as you remember them.</source>
      <translation>Opcional. Sus palabras, como las recuerdas.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="152" />
      <source>Save &amp;attempt</source>
      <translation>&amp;Guardar intento</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="141" />
      <source>The plan this attempt belongs to</source>
      <translation>El plan al que pertenece este intento</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="119" />
      <source>The reason they gave</source>
      <translation>El motivo que dio</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="129" />
      <source>Then there is no need to wait before talking about it again</source>
      <translation>Entonces no hace falta esperar para volver a hablar del tema</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="127" />
      <source>They &amp;brought it up themselves</source>
      <translation>Sacó el &amp;tema por su cuenta</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="128" />
      <source>They brought it up themselves</source>
      <translation>Sacó el tema por su cuenta</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="89" />
      <source>Time you asked</source>
      <translation>Hora en que lo pediste</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="109" />
      <source>We didn't &amp;get to it</source>
      <translation>No llegamos a &amp;hablarlo</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="164" />
      <source>What I do ne&amp;xt</source>
      <translation>Lo que haré des&amp;pués</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="136" />
      <source>What I do next</source>
      <translation>Lo que haré después</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="159" />
      <source>What they answered</source>
      <translation>Lo que respondió</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="161" />
      <source>What they sa&amp;id</source>
      <translation>Lo que di&amp;jo</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="125" />
      <source>What they said</source>
      <translation>Lo que dijo</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="77" />
      <source>Whatever they said, asking kindly took courage. Their answer is theirs to give; this note is for you.</source>
      <translation>Dijera lo que dijera, pedirlo con cariño requirió valor. Responder le corresponde a tu pareja; esta nota es para ti.</translation>
    </message>
  </context>
  <context>
    <name>InvitationChart</name>
    <message>
      <location filename="../../ui/invitations/chart.py" line="67" />
      <source>How they answered over the last 12 months</source>
      <translation>Cómo respondió en los últimos 12 meses</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="68" />
      <source>How they answered, in words</source>
      <translation>Cómo respondió, en palabras</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="66" />
      <source>How they answered, month by month</source>
      <translation>Cómo respondió, mes a mes</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="33" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="57" />
      <source>No attempts noted in these 12 months yet.</source>
      <translation>Todavía no hay intentos anotados en estos 12 meses.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="32" />
      <source>Not now</source>
      <translation>Ahora no</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="34" />
      <source>We didn't get to it</source>
      <translation>No llegamos a hablarlo</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="31" />
      <source>Yes or maybe</source>
      <translation>Sí o tal vez</translation>
    </message>
  </context>
  <context>
    <name>InvitationPlan</name>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="266" />
      <source>&amp;Offer</source>
      <translation>&amp;Ofrecer</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="102" />
      <source>1. Is now a good time?</source>
      <translation>1. ¿Es un buen momento?</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="208" />
      <source>2. What might be behind a no</source>
      <translation>2. Qué podría haber detrás de un no</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="248" />
      <source>3. The ask</source>
      <translation>3. La petición</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="294" />
      <source>4. Ask, and note how it went</source>
      <translation>4. Pídelo y anota cómo salió</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="316" />
      <source>5. Either way</source>
      <translation>5. Pase lo que pase</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="113" />
      <source>A calm time: {answer}</source>
      <translation>Un momento de calma: {answer}</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="72" />
      <source>A name for this plan (optional)</source>
      <translation>Un nombre para este plan (opcional)</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="387" />
      <source>An offer no longer in the list</source>
      <translation>Algo que ya no está en la lista</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="140" />
      <source>Angry</source>
      <translation>Enojo</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="108" />
      <source>Calm</source>
      <translation>Hay calma</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="260" />
      <source>Choose something to offer (optional)</source>
      <translation>Elige algo que ofrecer (opcional)</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="277" />
      <source>For example: I'd like to share something, if now is okay…</source>
      <translation>Por ejemplo: Me gustaría contarte algo, si ahora está bien…</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="139" />
      <source>Hungry</source>
      <translation>Hambre</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="145" />
      <source>I am {feeling}</source>
      <translation>Siento {feeling}</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="324" />
      <source>In your own words.</source>
      <translation>Con tus propias palabras.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="67" />
      <source>Invitation plan</source>
      <translation>Plan de invitación</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="156" />
      <source>It feels &amp;unsafe</source>
      <translation>&amp;No me siento a salvo</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="141" />
      <source>Lonely</source>
      <translation>Soledad</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="179" />
      <source>Looking after yourself first may help: a meal, a rest, a call to someone who supports you. The plan will keep.</source>
      <translation>Cuidarte primero puede ayudar: comer algo, descansar, llamar a alguien que te apoye. El plan puede esperar.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="173" />
      <source>Maybe not today. An invitation made on a calmer day is easier to hear, and waiting is not giving up.</source>
      <translation>Quizás hoy no. Una invitación hecha en un día más tranquilo se escucha mejor, y esperar no es rendirse.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="237" />
      <source>My thoughts on what might help</source>
      <translation>Lo que pienso que podría ayudar</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="73" />
      <source>Name of this plan</source>
      <translation>Nombre de este plan</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="125" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="110" />
      <source>Not calm</source>
      <translation>No hay calma</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="109" />
      <source>Not sure</source>
      <translation>No sé</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="303" />
      <source>Note an attempt with this plan</source>
      <translation>Anotar un intento con este plan</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="302" />
      <source>Note an attempt…</source>
      <translation>Anotar un intento…</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="238" />
      <source>Optional. What you think might be behind it, and what might help.</source>
      <translation>Opcional. Lo que crees que podría haber detrás y lo que podría ayudar.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="211" />
      <source>People say no to therapy for many reasons. Tick any that might fit, as possibilities only: only your partner knows their reasons.</source>
      <translation>Hay muchas razones para decir que no a la terapia. Marca las que podrían encajar, solo como posibilidades: solo tu pareja sabe sus razones.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="251" />
      <source>Something small and specific is easier to say yes to. The checks under your draft are adapted from CRAFT, an approach for families of people in recovery; they are suggestions, and nothing is sent anywhere.</source>
      <translation>Algo pequeño y concreto es más fácil de aceptar. Las revisiones bajo tu borrador están adaptadas de CRAFT, un enfoque para familias de personas en recuperación; son sugerencias y no se envía nada a ningún lugar.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="259" />
      <source>Something small to offer</source>
      <translation>Algo pequeño que ofrecer</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="157" />
      <source>The relationship feels unsafe: show safety help</source>
      <translation>La relación no se siente segura: mostrar ayuda de seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="329" />
      <source>This planner is a place to think things through. It does not replace a therapist, and it cannot promise any answer.</source>
      <translation>Este plan es un lugar para pensar las cosas. No reemplaza a un terapeuta y no puede prometer ninguna respuesta.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="185" />
      <source>This sounds like a reasonable moment, if you feel ready.</source>
      <translation>Parece un momento razonable, si te sientes en condiciones.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="142" />
      <source>Tired</source>
      <translation>Cansancio</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="126" />
      <source>We argued lately: no</source>
      <translation>Discutimos hace poco: no</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="124" />
      <source>We argued lately: yes</source>
      <translation>Discutimos hace poco: sí</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="273" />
      <source>What I might sa&amp;y</source>
      <translation>Lo que podría &amp;decir</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="275" />
      <source>What I might say</source>
      <translation>Lo que podría decir</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="324" />
      <source>What I will keep doing</source>
      <translation>Lo que seguiré haciendo</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="224" />
      <source>What might ease it:</source>
      <translation>Lo que podría ayudar:</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="319" />
      <source>Whatever the answer, your recovery goes on. Some things you might keep doing:</source>
      <translation>Sea cual sea la respuesta, tu recuperación sigue. Algunas cosas que podrías seguir haciendo:</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="297" />
      <source>When you have asked, or tried to, note what happened. Every answer is worth noting.</source>
      <translation>Cuando lo hayas pedido, o lo hayas intentado, anota lo que pasó. Vale la pena anotar cada respuesta.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="123" />
      <source>Yes, we argued</source>
      <translation>Sí, discutimos</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="197" />
      <source>Your safety comes first, before any plan. Press F1, or use “Get help now”, for people you can talk to right away.</source>
      <translation>Tu seguridad es lo primero, antes que cualquier plan. Presiona F1 o usa “Pedir ayuda ahora” para encontrar personas con quienes hablar de inmediato.</translation>
    </message>
  </context>
  <context>
    <name>Invitations</name>
    <message>
      <location filename="../../ui/invitations/words.py" line="58" />
      <source>Another way</source>
      <translation>De otra forma</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="57" />
      <source>By call</source>
      <translation>Por llamada</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="56" />
      <source>By message</source>
      <translation>Por mensaje</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="55" />
      <source>In person</source>
      <translation>En persona</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="96" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation>Algo falló de nuestro lado. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="46" />
      <source>They said maybe</source>
      <translation>Dijo que tal vez</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="48" />
      <source>They said no</source>
      <translation>Dijo que no</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="47" />
      <source>They said not now</source>
      <translation>Dijo que ahora no</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="45" />
      <source>They said yes</source>
      <translation>Dijo que sí</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="49" />
      <source>We didn't get to it</source>
      <translation>No llegamos a hablarlo</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="81" />
      <source>ddd d MMM</source>
      <translation>ddd d MMM</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="81" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="83" />
      <source>{day}, {time}</source>
      <translation>{day}, {time}</translation>
    </message>
  </context>
  <context>
    <name>InvitationsPage</name>
    <message>
      <location filename="../../ui/invitations/page.py" line="451" />
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="421" />
      <source>&amp;Change…</source>
      <translation>&amp;Cambiar…</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="424" />
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="262" />
      <source>&amp;New plan…</source>
      <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="444" />
      <source>A pause between asks gives you both room. After a maybe, not now or no, the page suggests waiting this long, unless they bring it up themselves.</source>
      <translation>Una pausa entre un intento y otro les da espacio a los dos. Después de un tal vez, un ahora no o un no, la página sugiere esperar este tiempo, a menos que tu pareja saque el tema.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="409" />
      <source>Attempts</source>
      <translation>Intentos</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="116" />
      <source>Attempts, newest first</source>
      <translation>Intentos, más recientes primero</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="441" />
      <source>Before asking again</source>
      <translation>Antes de volver a preguntar</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="422" />
      <source>Change the chosen attempt</source>
      <translation>Cambiar el intento elegido</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="452" />
      <source>Days to wait before asking again</source>
      <translation>Días de espera antes de volver a preguntar</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="425" />
      <source>Delete the chosen attempt</source>
      <translation>Eliminar el intento elegido</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="426" />
      <source>Delete the chosen attempt (you can undo it)</source>
      <translation>Eliminar el intento elegido (puedes deshacerlo)</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="116" />
      <source>Delete this attempt</source>
      <translation>Eliminar este intento</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="126" />
      <source>Felt {n} of 10</source>
      <translation>Me sentí {n} de 10</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="660" />
      <source>Go on anyway</source>
      <translation>Seguir de todos modos</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="284" />
      <source>Hi&amp;story</source>
      <translation>&amp;Historial</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="404" />
      <source>How they answered, month by month</source>
      <translation>Cómo respondió, mes a mes</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="168" />
      <source>Invitation plans</source>
      <translation>Planes de invitación</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="329" />
      <source>Inviting a partner to therapy can take more than one try, and their answer is theirs to give. A plan walks you through five small steps, adapted from common advice for families in recovery. It does not replace your therapist.</source>
      <translation>Invitar a tu pareja a terapia puede llevar más de un intento, y la respuesta es decisión suya. Un plan te guía en cinco pasos pequeños, adaptados de consejos comunes para familias en recuperación. No reemplaza a tu terapeuta.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="223" />
      <location filename="../../ui/invitations/page.py" line="256" />
      <source>Inviting my partner</source>
      <translation>Invitar a mi pareja</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="655" />
      <source>It has been a short while since you last asked. Waiting until {until} may make it easier for you both, but it is your choice.</source>
      <translation>Hace poco que preguntaste por última vez. Esperar hasta el {until} puede hacerlo más fácil para los dos, pero tú decides.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="314" />
      <source>Kept in the trash for 30 days; its attempts stay in the history</source>
      <translation>Se queda en la papelera 30 días; sus intentos siguen en el historial</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="311" />
      <source>Move plan to &amp;trash</source>
      <translation>Mover el plan a la &amp;papelera</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="312" />
      <source>Move the chosen plan to the trash</source>
      <translation>Mover el plan elegido a la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="263" />
      <location filename="../../ui/invitations/page.py" line="294" />
      <source>New invitation plan</source>
      <translation>Nuevo plan de invitación</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="136" />
      <source>Next: {text}</source>
      <translation>Siguiente: {text}</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="414" />
      <source>No attempts noted yet. When you ask, or try to, you can note how it went here.</source>
      <translation>Aún no hay intentos anotados. Cuando preguntes, o lo intentes, puedes anotar aquí cómo fue.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="306" />
      <source>No plans yet. A plan helps you choose a good moment, think about what might be behind a no, and find gentle words.</source>
      <translation>Aún no hay planes. Un plan te ayuda a elegir un buen momento, pensar qué puede haber detrás de un no y encontrar palabras amables.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="186" />
      <source>Not asked yet</source>
      <translation>Sin preguntar aún</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="716" />
      <source>Not saved yet: {reason}</source>
      <translation>Aún no se guardó: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="271" />
      <source>Note an &amp;attempt…</source>
      <translation>&amp;Anotar un intento…</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="272" />
      <source>Note an attempt</source>
      <translation>Anotar un intento</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="283" />
      <source>P&amp;lan</source>
      <translation>P&amp;lan</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="258" />
      <source>Plan an invitation to therapy without pressure, note how it went, and look after yourself either way.</source>
      <translation>Planea una invitación a terapia sin presión, anota cómo fue y cuídate, sea cual sea la respuesta.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="94" />
      <source>Plan from {day}</source>
      <translation>Plan del {day}</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="282" />
      <source>Plan or history</source>
      <translation>Plan o historial</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="325" />
      <source>Plan, ask, note how it went, look after yourself</source>
      <translation>Planear, preguntar, anotar cómo fue, cuidarte</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="131" />
      <source>Reason: {reason}</source>
      <translation>Motivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="428" />
      <source>Show &amp;more</source>
      <translation>Mostrar &amp;más</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="429" />
      <source>Show older attempts</source>
      <translation>Mostrar intentos anteriores</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="265" />
      <source>Start a new plan ({key})</source>
      <translation>Empezar un plan nuevo ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="336" />
      <source>Start a plan</source>
      <translation>Empezar un plan</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="335" />
      <source>Start a plan…</source>
      <translation>Empezar un plan…</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="846" />
      <source>That didn't work: {reason}</source>
      <translation>No funcionó: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="831" />
      <source>The attempt is back.</source>
      <translation>El intento volvió.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="817" />
      <source>The attempt was deleted.</source>
      <translation>Se eliminó el intento.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="745" />
      <source>The plan is back.</source>
      <translation>El plan volvió.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="731" />
      <source>The plan is in the trash. Its attempts stay in your history.</source>
      <translation>El plan está en la papelera. Sus intentos siguen en tu historial.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="129" />
      <source>They brought it up themselves</source>
      <translation>Sacó el tema por su cuenta</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="597" />
      <source>This chart couldn't be drawn just now: {reason}</source>
      <translation>No se pudo dibujar esta gráfica ahora: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="733" />
      <location filename="../../ui/invitations/page.py" line="819" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="453" />
      <source>Wait this many days before asking aga&amp;in</source>
      <translation>&amp;Días de espera antes de volver a preguntar</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="102" />
      <source>You last asked on {last}. Giving it until {until} ({left}) can help the next ask feel less like pressure. You can still go ahead whenever it feels right.</source>
      <translation>Preguntaste por última vez el {last}. Esperar hasta el {until} ({left}) puede ayudar a que la próxima vez se sienta con menos presión. Aun así, puedes hacerlo cuando te parezca bien.</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="498" />
      <source>Your plans couldn't be read just now: {reason}</source>
      <translation>No se pudieron leer tus planes ahora: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="182" />
      <source>last on {day}</source>
      <translation>la última, el {day}</translation>
    </message>
  </context>
  <context>
    <name>Journal</name>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="603" />
      <location filename="../../ui/journal/entry_list.py" line="709" />
      <source>Actions for this entry</source>
      <translation>Acciones para esta entrada</translation>
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="711" />
      <source>Bring to therapy</source>
      <translation>Llevar a terapia</translation>
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="455" />
      <source>Loading…</source>
      <translation>Cargando…</translation>
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="718" />
      <source>Move to trash</source>
      <translation>Mover a la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="710" />
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <location filename="../../ui/journal/formatting.py" line="76" />
      <source>Untitled entry</source>
      <translation>Entrada sin título</translation>
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="154" />
      <source>Your entries couldn't be read just now: {reason}</source>
      <translation>No se pudieron leer tus entradas en este momento: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="126" />
      <source>tags: {tags}</source>
      <translation>etiquetas: {tags}</translation>
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="128" />
      <source>to bring to therapy</source>
      <translation>para llevar a terapia</translation>
    </message>
  </context>
  <context>
    <name>JournalFilters</name>
    <message>
      <location filename="../../ui/journal/filters.py" line="57" />
      <location filename="../../ui/journal/filters.py" line="187" />
      <location filename="../../ui/journal/filters.py" line="236" />
      <source>All tags</source>
      <translation>Todas las etiquetas</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="85" />
      <source>Calendar: days with entries are marked</source>
      <translation>Calendario: los días con entradas están marcados</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="79" />
      <source>Clear the tag, date and therapy filters</source>
      <translation>Quitar los filtros de etiqueta, fecha y terapia</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="86" />
      <source>Days in bold have entries. Click a day to see them.</source>
      <translation>Los días en negrita tienen entradas. Haz clic en un día para verlas.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="71" />
      <source>First day to show</source>
      <translation>Primer día a mostrar</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="60" />
      <source>For therapy</source>
      <translation>Para terapia</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="67" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="72" />
      <source>Last day to show</source>
      <translation>Último día a mostrar</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="76" />
      <source>Show all</source>
      <translation>Mostrar todo</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="78" />
      <source>Show all entries</source>
      <translation>Mostrar todas las entradas</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="51" />
      <source>Show entries with this tag</source>
      <translation>Mostrar entradas con esta etiqueta</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="69" />
      <source>Show only entries between two dates</source>
      <translation>Mostrar solo entradas entre dos fechas</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="63" />
      <source>Show only entries marked “Bring to therapy”</source>
      <translation>Mostrar solo entradas marcadas “Llevar a terapia”</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="62" />
      <source>Show only entries to bring to therapy</source>
      <translation>Mostrar solo entradas para llevar a terapia</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="52" />
      <source>Show only entries with this tag</source>
      <translation>Mostrar solo entradas con esta etiqueta</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="70" />
      <source>Show only entries written between these two dates</source>
      <translation>Mostrar solo entradas escritas entre estas dos fechas</translation>
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="73" />
      <source>to</source>
      <translation>hasta</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message numerus="yes">
      <location filename="../../ui/journal/page.py" line="742" />
      <source>%Ln entries</source>
      <translation>
        <numerusform>%Ln entradas</numerusform>
        <numerusform>%Ln entradas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/journal/page.py" line="738" />
      <source>%Ln entries match</source>
      <translation>
        <numerusform>%Ln entradas coinciden</numerusform>
        <numerusform>%Ln entradas coinciden</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="742" />
      <source>1 entry</source>
      <translation>1 entrada</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="738" />
      <source>1 entry matches</source>
      <translation>1 entrada coincide</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="117" />
      <source>A question for today</source>
      <translation>Una pregunta para hoy</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="364" />
      <source>Add this entry (or the words you selected) to your list for your next session</source>
      <translation>Agrega esta entrada (o las palabras que seleccionaste) a tu lista para la próxima sesión</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="362" />
      <source>Bring this up at my next session</source>
      <translation>Hablar de esto en mi próxima sesión</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="360" />
      <source>Bring up next time…</source>
      <translation>Para hablar la próxima vez…</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="136" />
      <source>Choose another prompt</source>
      <translation>Elegir otro tema</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="463" />
      <source>Clear the search</source>
      <translation>Borrar la búsqueda</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="93" />
      <source>Delete forever</source>
      <translation>Eliminar para siempre</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="90" />
      <source>Delete forever?</source>
      <translation>¿Eliminar para siempre?</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="91" />
      <source>Delete this entry forever?</source>
      <translation>¿Eliminar esta entrada para siempre?</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="298" />
      <source>Entries you deleted in the last 30 days</source>
      <translation>Entradas que eliminaste en los últimos 30 días</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="258" />
      <source>Entries, newest first</source>
      <translation>Entradas, las más recientes primero</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="237" />
      <source>Filters</source>
      <translation>Filtros</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="597" />
      <source>Filters cleared, so your new entry shows in the list.</source>
      <translation>Se quitaron los filtros para que tu nueva entrada aparezca en la lista.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="458" />
      <source>Go to the list</source>
      <translation>Ir a la lista</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="274" />
      <source>How many entries are shown</source>
      <translation>Cuántas entradas se muestran</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="92" />
      <source>It can't be brought back afterwards.</source>
      <translation>Después no se podrá recuperar.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="192" />
      <location filename="../../ui/journal/page.py" line="370" />
      <source>Journal</source>
      <translation>Diario</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="94" />
      <source>Keep it</source>
      <translation>Conservarla</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="135" />
      <source>More prompts…</source>
      <translation>Más temas…</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="352" />
      <source>Move this entry to the trash</source>
      <translation>Mover esta entrada a la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="354" />
      <source>Move this entry to the trash ({key} in the list). You can restore it for 30 days.</source>
      <translation>Mover esta entrada a la papelera ({key} en la lista). Puedes restaurarla durante 30 días.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="350" />
      <location filename="../../ui/journal/page.py" line="445" />
      <source>Move to trash</source>
      <translation>Mover a la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="912" />
      <source>Moved to the trash. You can restore it for 30 days.</source>
      <translation>Se movió a la papelera. Puedes restaurarla durante 30 días.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="336" />
      <location filename="../../ui/journal/page.py" line="338" />
      <location filename="../../ui/journal/page.py" line="437" />
      <source>New entry</source>
      <translation>Nueva entrada</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="131" />
      <source>New entry ({key})</source>
      <translation>Nueva entrada ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="752" />
      <source>No entries match these filters. “Show all” brings every entry back.</source>
      <translation>Ninguna entrada coincide con estos filtros. “Mostrar todo” vuelve a mostrar todas las entradas.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="756" />
      <source>Nothing here yet. When you write your first entry, it will wait for you here.</source>
      <translation>Todavía no hay nada aquí. Cuando escribas tu primera entrada, te esperará aquí.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="171" />
      <source>Nothing written yet, and that's fine. This is your own space: no one else reads it, and there is no right way to use it. A few lines about today are a good start.</source>
      <translation>Todavía no has escrito nada, y está bien. Este es tu propio espacio: nadie más lo lee y no hay una forma correcta de usarlo. Unas líneas sobre hoy son un buen comienzo.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="347" />
      <source>Pick a question to write about ({key})</source>
      <translation>Elige una pregunta sobre la cual escribir ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="179" />
      <source>Pick an entry on the left to read it again, or start a new one. Everything you write is saved as you go.</source>
      <translation>Elige una entrada a la izquierda para volver a leerla, o empieza una nueva. Todo lo que escribes se guarda a medida que avanzas.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="125" />
      <source>Prompt of the day</source>
      <translation>Tema del día</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="442" />
      <source>Save now</source>
      <translation>Guardar ahora</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="441" />
      <source>Search</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="229" />
      <source>Search as you type ({key}). Esc clears the search.</source>
      <translation>Busca mientras escribes ({key}). Esc borra la búsqueda.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="226" />
      <location filename="../../ui/journal/page.py" line="227" />
      <source>Search your journal</source>
      <translation>Buscar en tu diario</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="241" />
      <source>Show or hide filters and calendar</source>
      <translation>Mostrar u ocultar filtros y calendario</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="242" />
      <source>Show or hide the filters and the calendar</source>
      <translation>Mostrar u ocultar los filtros y el calendario</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="297" />
      <source>Show the trash</source>
      <translation>Mostrar la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="83" />
      <source>Something went wrong on our side.</source>
      <translation>Algo salió mal de nuestro lado.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="128" />
      <location filename="../../ui/journal/page.py" line="130" />
      <source>Start a new entry</source>
      <translation>Empezar una nueva entrada</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="340" />
      <source>Start a new entry ({key})</source>
      <translation>Empezar una nueva entrada ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="994" />
      <source>That didn't work: {reason}</source>
      <translation>Eso no funcionó: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="632" />
      <source>That entry couldn't be opened: {reason}</source>
      <translation>No se pudo abrir esa entrada: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="925" />
      <source>The entry is back in your journal.</source>
      <translation>La entrada volvió a tu diario.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="938" />
      <source>The entry was deleted for good.</source>
      <translation>La entrada se eliminó para siempre.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="517" />
      <source>The writing prompts couldn't be loaded.</source>
      <translation>No se pudieron cargar los temas para escribir.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="295" />
      <source>Tr&amp;ash</source>
      <translation>&amp;Papelera</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="914" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="132" />
      <source>Write about this</source>
      <translation>Escribir sobre esto</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="134" />
      <source>Write about today's question</source>
      <translation>Escribir sobre la pregunta de hoy</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="345" />
      <location filename="../../ui/journal/page.py" line="439" />
      <source>Write from a prompt</source>
      <translation>Escribir a partir de un tema</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="138" />
      <source>Write from a prompt ({key})</source>
      <translation>Escribir a partir de un tema ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="343" />
      <source>Write from a prompt…</source>
      <translation>Escribir a partir de un tema…</translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="106" />
      <source>Your journal</source>
      <translation>Tu diario</translation>
    </message>
  </context>
  <context>
    <name>JournalSearch</name>
    <message numerus="yes">
      <location filename="../../ui/journal/search.py" line="482" />
      <source>%Ln entries match</source>
      <translation>
        <numerusform>%Ln entradas coinciden</numerusform>
        <numerusform>%Ln entradas coinciden</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="480" />
      <source>1 entry matches</source>
      <translation>1 entrada coincide</translation>
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="432" />
      <source>About the search</source>
      <translation>Sobre la búsqueda</translation>
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="436" />
      <source>Best match</source>
      <translation>Más relevantes</translation>
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="437" />
      <source>Newest first</source>
      <translation>Más recientes</translation>
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="478" />
      <source>Nothing found for that. Try another word, or fewer words.</source>
      <translation>No se encontró nada. Prueba con otra palabra, o con menos palabras.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="444" />
      <source>S&amp;ort:</source>
      <translation>&amp;Ordenar:</translation>
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="364" />
      <source>Search isn't available just now.</source>
      <translation>La búsqueda no está disponible en este momento.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="408" />
      <source>Search results</source>
      <translation>Resultados de búsqueda</translation>
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="439" />
      <source>Show the best matches first, or the newest entries first</source>
      <translation>Mostrar primero los resultados más relevantes o las entradas más recientes</translation>
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="438" />
      <source>Sort the results</source>
      <translation>Ordenar los resultados</translation>
    </message>
  </context>
  <context>
    <name>JournalTrash</name>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="64" />
      <source>&amp;Back to the journal</source>
      <translation>&amp;Volver al diario</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="72" />
      <source>&amp;Delete forever…</source>
      <translation>&amp;Eliminar para siempre…</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="67" />
      <source>&amp;Restore</source>
      <translation>&amp;Restaurar</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="65" />
      <source>Back to the journal</source>
      <translation>Volver al diario</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="74" />
      <source>Delete the selected entry forever</source>
      <translation>Eliminar para siempre la entrada seleccionada</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="43" />
      <source>Deleted entries stay here for 30 days, then they are removed for good.</source>
      <translation>Las entradas eliminadas se quedan aquí 30 días y luego se eliminan definitivamente.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="47" />
      <source>Entries in the trash</source>
      <translation>Entradas en la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="70" />
      <source>Put the selected entry back in the journal</source>
      <translation>Devolver la entrada seleccionada al diario</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="75" />
      <source>Remove the selected entry for good. This can't be undone.</source>
      <translation>Eliminar definitivamente la entrada seleccionada. Esto no se puede deshacer.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="69" />
      <source>Restore the selected entry</source>
      <translation>Restaurar la entrada seleccionada</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="57" />
      <source>The trash is empty</source>
      <translation>La papelera está vacía</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="56" />
      <source>The trash is empty.</source>
      <translation>La papelera está vacía.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="40" />
      <source>Trash</source>
      <translation>Papelera</translation>
    </message>
  </context>
  <context>
    <name>JournalTrashPreview</name>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="48" />
      <source>Put this entry back in the journal, where you can edit it</source>
      <translation>Devolver esta entrada al diario, donde puedes editarla</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="45" />
      <source>Restore</source>
      <translation>Restaurar</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="47" />
      <source>Restore this entry</source>
      <translation>Restaurar esta entrada</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="67" />
      <source>The entry in the trash (read only)</source>
      <translation>La entrada en la papelera (solo lectura)</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="93" />
      <source>This entry is back in your journal.</source>
      <translation>Esta entrada volvió a tu diario.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="87" />
      <source>This entry is in the trash. It will be deleted for good on {day}. Restore it to read it in your journal and edit it again.</source>
      <translation>Esta entrada está en la papelera. Se eliminará para siempre el {day}. Restáurala para leerla en tu diario y editarla de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="55" />
      <source>Title of the entry in the trash</source>
      <translation>Título de la entrada en la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="63" />
      <source>When it was written, and its tags</source>
      <translation>Cuándo se escribió y sus etiquetas</translation>
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="96" />
      <source>Written {when}</source>
      <translation>Escrita el {when}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/shell/main_window.py" line="209" />
      <source>&amp;Get help now</source>
      <translation>&amp;Pedir ayuda ahora</translation>
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="201" />
      <source>&amp;Lock</source>
      <translation>&amp;Bloquear</translation>
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="199" />
      <source>&amp;Settings</source>
      <translation>&amp;Configuración</translation>
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="203" />
      <source>Lock and &amp;hide</source>
      <translation>Bloquear y &amp;ocultar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="182" />
      <source>Main</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="54" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="357" />
      <source>To restore, lock Mooring ({keys}) and choose Restore newest backup.</source>
      <translation>Para restaurar, bloquea Mooring ({keys}) y elige Restaurar la copia de seguridad más reciente.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="58" />
      <source>Welcome. Your journal is ready, and everything you write is saved as you go. A good first step is today's check-in below, or a few lines in Journal. Help is always one key away: {key}.</source>
      <translation>Te damos la bienvenida. Tu diario está listo y todo lo que escribes se guarda sobre la marcha. Un buen primer paso es el registro del día, aquí abajo, o unas líneas en Diario. La ayuda siempre está a una tecla: {key}.</translation>
    </message>
  </context>
  <context>
    <name>Measures</name>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="65" />
      <source>&amp;Back, finish later</source>
      <translation>&amp;Volver, terminar después</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="253" />
      <source>&amp;Edit answers</source>
      <translation>&amp;Editar respuestas</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="214" />
      <source>&amp;I'm safe right now</source>
      <translation>&amp;Estoy a salvo ahora</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="257" />
      <source>Back to &amp;overview</source>
      <translation>Volver al &amp;resumen</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="258" />
      <source>Back to the overview</source>
      <translation>Volver al resumen</translation>
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="66" />
      <source>Back to the overview; your answers are kept</source>
      <translation>Volver al resumen; tus respuestas se conservan</translation>
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="53" />
      <source>Bands: {list}.</source>
      <translation>Rangos: {list}.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="202" />
      <location filename="../../ui/measures/panels.py" line="202" />
      <source>Before your score</source>
      <translation>Antes de tu puntaje</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="157" />
      <source>Crisis lines</source>
      <translation>Líneas de crisis</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="254" />
      <source>Edit the answers of this questionnaire</source>
      <translation>Editar las respuestas de este cuestionario</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="221" />
      <source>Every crisis and support line, and the emergency number (F1)</source>
      <translation>Todas las líneas de crisis y de apoyo, y el número de emergencias (F1)</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="145" />
      <source>For people anywhere</source>
      <translation>Para personas en cualquier lugar</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="148" />
      <source>For people in {place}</source>
      <translation>Para personas en {place}</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="215" />
      <source>I'm safe right now: show my score</source>
      <translation>Estoy a salvo ahora: mostrar mi puntaje</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="132" />
      <source>If you are in danger right now, call your local emergency number (911 in the United States). Please tell your clinician about this answer, too.</source>
      <translation>Si estás en peligro ahora mismo, llama a tu número local de emergencias (911 en Estados Unidos). Cuéntale también a tu profesional de salud sobre esta respuesta.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="128" />
      <source>If you might act on them, or you don't feel safe right now, please reach out now. These lines are free and someone will listen:</source>
      <translation>Si crees que podrías actuar según esos pensamientos, o no te sientes a salvo ahora, por favor busca ayuda ya. Estas líneas son gratuitas y alguien te escuchará:</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="45" />
      <source>In these answers you noted thoughts of being better off dead or of hurting yourself. If they are with you now, please reach out (more lines under “Get help now”, F1):</source>
      <translation>En estas respuestas anotaste pensamientos de que estarías mejor muerto/a o de hacerte daño. Si los tienes ahora, busca ayuda (más líneas en “Pedir ayuda ahora”, F1):</translation>
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="81" />
      <source>Latest: {score} of {top} ({band}) on {day}.</source>
      <translation>Último: {score} de {top} ({band}) el {day}.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="87" />
      <source>Lowest {low}, highest {high}.</source>
      <translation>Mínimo {low}, máximo {high}.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="218" />
      <source>More &amp;ways to get help…</source>
      <translation>Más &amp;formas de pedir ayuda…</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="219" />
      <source>More ways to get help (F1)</source>
      <translation>Más formas de pedir ayuda (F1)</translation>
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="43" />
      <source>No scores yet. Your scores will show here over time.</source>
      <translation>Aún no hay puntajes. Tus puntajes aparecerán aquí con el tiempo.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="60" />
      <source>No {name} scores yet.</source>
      <translation>Aún no hay puntajes de {name}.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="65" />
      <source>One {name} score, on {day}: {score} of {top} ({band}).</source>
      <translation>Un puntaje de {name}, el {day}: {score} de {top} ({band}).</translation>
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="42" />
      <source>Questionnaire</source>
      <translation>Cuestionario</translation>
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="175" />
      <source>Scores over time</source>
      <translation>Puntajes a lo largo del tiempo</translation>
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="60" />
      <source>See your &amp;result</source>
      <translation>Ver tu &amp;resultado</translation>
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="61" />
      <source>See your result</source>
      <translation>Ver tu resultado</translation>
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="62" />
      <source>Shows once every question has an answer</source>
      <translation>Aparece cuando todas las preguntas tienen respuesta</translation>
    </message>
    <message>
      <location filename="../../ui/measures/words.py" line="65" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation>Algo falló de nuestro lado. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/words.py" line="63" />
      <source>The questionnaire texts couldn't be read. Reinstalling Mooring may help.</source>
      <translation>No se pudieron leer los textos del cuestionario. Reinstalar Mooring puede ayudar.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="255" />
      <source>The score is worked out again from your new answers</source>
      <translation>El puntaje se vuelve a calcular con tus nuevas respuestas</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="123" />
      <source>You said that, over these two weeks, you've had thoughts that you would be better off dead or of hurting yourself. Thank you for answering honestly. Thoughts like these can feel very heavy, and you don't have to carry them alone.</source>
      <translation>Dijiste que, en estas dos semanas, has tenido pensamientos de que estarías mejor muerto/a o de hacerte daño. Gracias por responder con honestidad. Pensamientos así pueden pesar mucho, y no tienes que cargarlos a solas.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="242" />
      <source>Your result</source>
      <translation>Tu resultado</translation>
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="177" />
      <source>Your scores over time</source>
      <translation>Tus puntajes a lo largo del tiempo</translation>
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="182" />
      <source>Your scores over time, in words</source>
      <translation>Tus puntajes a lo largo del tiempo, en palabras</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="299" />
      <source>Your {name} on {day}</source>
      <translation>Tu {name} del {day}</translation>
    </message>
    <message>
      <location filename="../../ui/measures/words.py" line="38" />
      <source>ddd d MMM</source>
      <translation>ddd d MMM</translation>
    </message>
    <message>
      <location filename="../../ui/measures/words.py" line="38" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="106" />
      <source>not scored</source>
      <translation>sin puntaje</translation>
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="96" />
      <source>question {n} of {total}</source>
      <translation>pregunta {n} de {total}</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="305" />
      <source>{band} ({low} to {high})</source>
      <translation>{band} ({low} a {high})</translation>
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="50" />
      <source>{low} to {high} {band}</source>
      <translation>{low} a {high} {band}</translation>
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="39" />
      <source>{name} score</source>
      <translation>Puntaje de {name}</translation>
    </message>
    <message>
      <location filename="../../ui/measures/words.py" line="51" />
      <source>{n} of {total} answered</source>
      <translation>{n} de {total} respondidas</translation>
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="75" />
      <source>{n} {name} scores from {first} to {last}.</source>
      <translation>{n} puntajes de {name} del {first} al {last}.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="303" />
      <source>{score} of {top}</source>
      <translation>{score} de {top}</translation>
    </message>
    <message>
      <location filename="../../ui/measures/words.py" line="45" />
      <source>{score} of {top}, {band}</source>
      <translation>{score} de {top}, {band}</translation>
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="148" />
      <source>{title}, {day}</source>
      <translation>{title}, {day}</translation>
    </message>
  </context>
  <context>
    <name>MeasuresPage</name>
    <message>
      <location filename="../../ui/measures/page.py" line="302" />
      <source>&amp;Carry on</source>
      <translation>&amp;Continuar</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="156" />
      <source>&amp;Discard it</source>
      <translation>&amp;Descartarlo</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="304" />
      <source>Carry on the {name} you started</source>
      <translation>Continuar el {name} que empezaste</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="157" />
      <source>Discard the unfinished questionnaire</source>
      <translation>Descartar el cuestionario sin terminar</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="196" />
      <location filename="../../ui/measures/page.py" line="199" />
      <source>Every result, newest first</source>
      <translation>Todos los resultados, recientes primero</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="173" />
      <source>Latest result</source>
      <translation>Último resultado</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="192" />
      <source>Over time</source>
      <translation>Con el tiempo</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="80" />
      <location filename="../../ui/measures/page.py" line="101" />
      <source>Questionnaires</source>
      <translation>Cuestionarios</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="234" />
      <source>Show the {name}</source>
      <translation>Mostrar el {name}</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="307" />
      <source>Take the {name} &amp;now</source>
      <translation>Hacer el {name} &amp;ahora</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="308" />
      <source>Take the {name} now</source>
      <translation>Hacer el {name} ahora</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="516" />
      <source>That didn't work: {reason}</source>
      <translation>Eso no funcionó: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="498" />
      <source>The list of lines couldn't be read. In the United States, call or text 988; elsewhere, call your local emergency number.</source>
      <translation>No se pudo leer la lista de líneas. En Estados Unidos, llama o envía un mensaje de texto al 988; en otros lugares, llama a tu número local de emergencias.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="472" />
      <source>The unfinished questionnaire was discarded.</source>
      <translation>Se descartó el cuestionario sin terminar.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="103" />
      <source>Two short, widely used questionnaires: the PHQ-9 about low mood and the GAD-7 about anxiety. They are screenings, not a diagnosis, and they don't replace your clinician.</source>
      <translation>Dos cuestionarios breves y muy usados: el PHQ-9, sobre el ánimo bajo, y el GAD-7, sobre la ansiedad. Son pruebas de detección, no un diagnóstico, y no reemplazan a tu profesional de salud.</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="474" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="297" />
      <source>You started one on {day} and can carry on where you left off ({n}).</source>
      <translation>Empezaste uno el {day} y puedes continuar donde lo dejaste ({n}).</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="280" />
      <source>Your questionnaires couldn't be read just now: {reason}</source>
      <translation>No se pudieron leer tus cuestionarios en este momento: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="317" />
      <source>item 9 above zero</source>
      <translation>pregunta 9 mayor que cero</translation>
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="331" />
      <source>{day}: {score}</source>
      <translation>{day}: {score}</translation>
    </message>
  </context>
  <context>
    <name>MessageField</name>
    <message>
      <location filename="../../ui/exercises/message_field.py" line="94" />
      <source>As you write, gentle suggestions show here. Nothing is sent anywhere.</source>
      <translation>Mientras escribes, aquí aparecen sugerencias amables. No se envía nada a ningún lugar.</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/message_field.py" line="105" />
      <source>Maybe: {suggestion}</source>
      <translation>Quizás: {suggestion}</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/message_field.py" line="115" />
      <source>Nothing here that tends to start a fight.</source>
      <translation>Aquí no hay nada que suela iniciar una pelea.</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/message_field.py" line="41" />
      <source>Suggestions for this message</source>
      <translation>Sugerencias para este mensaje</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/message_field.py" line="112" />
      <source>done</source>
      <translation>hecho</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/message_field.py" line="112" />
      <source>not yet</source>
      <translation>todavía no</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <location filename="../../ui/boundaries/__init__.py" line="34" />
      <source>Boundaries</source>
      <translation>Límites</translation>
    </message>
    <message>
      <location filename="../../ui/checkins/__init__.py" line="33" />
      <source>Check-ins</source>
      <translation>Registros</translation>
    </message>
    <message>
      <location filename="../../ui/exercises/__init__.py" line="33" />
      <source>Exercises</source>
      <translation>Ejercicios</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/__init__.py" line="37" />
      <source>For my therapist</source>
      <translation>Para mi terapeuta</translation>
    </message>
    <message>
      <location filename="../../ui/invitations/__init__.py" line="34" />
      <source>Inviting my partner</source>
      <translation>Invitar a mi pareja</translation>
    </message>
    <message>
      <location filename="../../ui/journal/__init__.py" line="33" />
      <source>Journal</source>
      <translation>Diario</translation>
    </message>
    <message>
      <location filename="../../ui/measures/__init__.py" line="35" />
      <source>Questionnaires</source>
      <translation>Cuestionarios</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/__init__.py" line="35" />
      <source>Reflection</source>
      <translation>Reflexión</translation>
    </message>
    <message>
      <location filename="../../ui/safety/__init__.py" line="36" />
      <source>Safety</source>
      <translation>Seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/__init__.py" line="42" />
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/__init__.py" line="55" />
      <source>Timeline</source>
      <translation>Línea de tiempo</translation>
    </message>
    <message>
      <location filename="../../ui/today/__init__.py" line="35" />
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <location filename="../../ui/data/__init__.py" line="39" />
      <source>Your data</source>
      <translation>Tus datos</translation>
    </message>
  </context>
  <context>
    <name>Packet</name>
    <message>
      <location filename="../../app/invitations/stats.py" line="91" />
      <source>1 attempt in 1 month of the last 12: {answers}.</source>
      <translation>1 intento en 1 mes de los últimos 12: {answers}.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="149" />
      <source>1 check-in. Average mood {mood}, stress {stress}, craving {craving} (0–10); average sleep {sleep} hours. Days marked: {halt}.</source>
      <translation>1 registro. Promedio de ánimo {mood}, estrés {stress}, ganas de consumir {craving} (0–10); sueño promedio {sleep} horas. Días marcados: {halt}.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="130" />
      <source>1 check-in: mood {mood}, stress {stress}, craving {craving} on average (0–10)</source>
      <translation>1 registro: ánimo {mood}, estrés {stress}, ganas de consumir {craving} en promedio (0–10)</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="155" />
      <source>1 month</source>
      <translation>1 mes</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="123" />
      <source>1 session attended, {missed} missed, {cancelled} cancelled; {hours} program hours</source>
      <translation>Asistí a 1 sesión, faltas: {missed}, canceladas: {cancelled}; {hours} horas del programa</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="134" />
      <source>1 session attended, {missed} missed; {hours} program hours</source>
      <translation>Asistí a 1 sesión, faltas: {missed}; {hours} horas del programa</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="155" />
      <source>1 week</source>
      <translation>1 semana</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="61" />
      <location filename="../../app/sessions/module.py" line="96" />
      <source>Answer</source>
      <translation>Respuesta</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="121" />
      <source>Asked 1 time in this period: {answers}.</source>
      <translation>Le pregunté 1 vez en este periodo: {answers}.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="123" />
      <source>Asked {count} times in this period: {answers}.</source>
      <translation>Le pregunté {count} veces en este periodo: {answers}.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="55" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="47" />
      <source>Boundaries</source>
      <translation>Límites</translation>
    </message>
    <message>
      <location filename="../../app/sessions/partner.py" line="25" />
      <source>Came along</source>
      <translation>Me acompañó</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="58" />
      <source>Check-ins and trends</source>
      <translation>Registros y tendencias</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="72" />
      <location filename="../../app/checkins/module.py" line="66" />
      <source>Craving</source>
      <translation>Ganas de consumir</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="49" />
      <location filename="../../app/checkins/module.py" line="69" />
      <location filename="../../app/exchange/svg.py" line="62" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="178" />
      <source>Difficulty</source>
      <translation>Dificultad</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="95" />
      <source>Done</source>
      <translation>Hecha</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="95" />
      <source>Due</source>
      <translation>Para el</translation>
    </message>
    <message>
      <location filename="../../app/journal/module.py" line="74" />
      <source>Entries to bring</source>
      <translation>Entradas para llevar</translation>
    </message>
    <message>
      <location filename="../../app/exercises/module.py" line="82" />
      <source>Exercise</source>
      <translation>Ejercicio</translation>
    </message>
    <message>
      <location filename="../../app/exercises/module.py" line="59" />
      <source>Exercises to bring</source>
      <translation>Ejercicios para llevar</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="52" />
      <location filename="../../app/invitations/module.py" line="63" />
      <source>Feeling</source>
      <translation>Cómo me sentí</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="61" />
      <source>GAD-7</source>
      <translation>GAD-7</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="61" />
      <source>GAD-7 scores</source>
      <translation>Puntajes del GAD-7</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="95" />
      <source>Given</source>
      <translation>Asignada</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="73" />
      <source>HALT</source>
      <translation>HALT</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="91" />
      <location filename="../../app/sessions/module.py" line="95" />
      <source>Homework</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="141" />
      <source>Homework: {done} done, {open} open</source>
      <translation>Tareas: hechas {done}, pendientes {open}</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="60" />
      <source>How</source>
      <translation>Cómo</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="171" />
      <source>In the week of {day}, the latest with moments, it held {held} of {total}.</source>
      <translation>En la semana del {day}, la más reciente con momentos, se mantuvo {held} de {total}.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="178" />
      <source>In {month}, the latest with moments, it held {held} of {total}.</source>
      <translation>En {month}, el más reciente con momentos, se mantuvo {held} de {total}.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/partner.py" line="24" />
      <source>Invited, no answer yet</source>
      <translation>Invitación hecha, aún sin respuesta</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="57" />
      <source>Inviting my partner</source>
      <translation>Invitar a mi pareja</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="55" />
      <source>Item</source>
      <translation>Aspecto</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="59" />
      <source>Item 9 (thoughts of self-harm)</source>
      <translation>Pregunta 9 (pensamientos de hacerse daño)</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="94" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="55" />
      <source>Latest</source>
      <translation>Más reciente</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="124" />
      <source>Latest: {latest} (the first one).</source>
      <translation>Más reciente: {latest} (la primera).</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="125" />
      <source>Latest: {latest}; before: {before}.</source>
      <translation>Más reciente: {latest}; anterior: {before}.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="56" />
      <source>Leaning</source>
      <translation>Inclinación</translation>
    </message>
    <message>
      <location filename="../../app/platform/wording.py" line="87" />
      <source>Made on {day}</source>
      <translation>Hecho el {day}</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="57" />
      <source>Month</source>
      <translation>Mes</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="191" />
      <source>Monthly relationship check-ins (a personal reflection, not a clinical measure).</source>
      <translation>Registros mensuales de la relación (una reflexión personal, no una medida clínica).</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="70" />
      <location filename="../../app/checkins/module.py" line="64" />
      <source>Mood</source>
      <translation>Ánimo</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="61" />
      <source>Mood, stress and craving by day</source>
      <translation>Ánimo, estrés y ganas de consumir por día</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="62" />
      <source>Mood, stress and craving, weekly average</source>
      <translation>Ánimo, estrés y ganas de consumir, promedio semanal</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="93" />
      <source>My partner and my sessions</source>
      <translation>Mi pareja y mis sesiones</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="53" />
      <source>Next time</source>
      <translation>La próxima vez</translation>
    </message>
    <message>
      <location filename="../../app/exercises/module.py" line="124" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../app/invitations/stats.py" line="76" />
      <source>No attempts noted in these 12 months.</source>
      <translation>No hay intentos anotados en estos 12 meses.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="148" />
      <source>No moments were logged in these {n} months.</source>
      <translation>No se anotaron momentos en estos {n} meses.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="148" />
      <source>No moments were logged in these {n} weeks.</source>
      <translation>No se anotaron momentos en estas {n} semanas.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="143" />
      <source>No moments were logged in this month.</source>
      <translation>No se anotaron momentos este mes.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="143" />
      <source>No moments were logged in this week.</source>
      <translation>No se anotaron momentos esta semana.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/partner.py" line="23" />
      <source>Not asked this time</source>
      <translation>Esta vez no le pregunté</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="127" />
      <source>Not tested in this period.</source>
      <translation>No se puso a prueba en este periodo.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="75" />
      <location filename="../../app/reflection/module.py" line="55" />
      <location filename="../../app/reflection/module.py" line="56" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../app/exchange/wording.py" line="16" />
      <source>Notes for my therapist</source>
      <translation>Notas para mi terapeuta</translation>
    </message>
    <message>
      <location filename="../../app/exchange/wording.py" line="18" />
      <source>Nothing was recorded in this period.</source>
      <translation>No se registró nada en este periodo.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="56" />
      <source>Option I am weighing</source>
      <translation>Opción que estoy considerando</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="51" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="159" />
      <source>Over {span}, this boundary was tested {times}: it held {held} ({percent}%), bent {bent} and was not held {not_held}.</source>
      <translation>En {span}, este límite se puso a prueba {times}: se mantuvo {held} ({percent}%), cedí un poco {bent} y no se mantuvo {not_held}.</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="59" />
      <source>PHQ-9</source>
      <translation>PHQ-9</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="43" />
      <source>PHQ-9 and GAD-7 scores</source>
      <translation>Puntajes del PHQ-9 y el GAD-7</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="59" />
      <source>PHQ-9 scores</source>
      <translation>Puntajes del PHQ-9</translation>
    </message>
    <message>
      <location filename="../../app/platform/wording.py" line="90" />
      <source>Page {number} of {total}</source>
      <translation>Página {number} de {total}</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="96" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="62" />
      <source>Reason they gave</source>
      <translation>Motivo que dio</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="54" />
      <source>Relationship reflection</source>
      <translation>Reflexión sobre la relación</translation>
    </message>
    <message>
      <location filename="../../app/sessions/partner.py" line="26" />
      <source>Said maybe</source>
      <translation>Dijo que tal vez</translation>
    </message>
    <message>
      <location filename="../../app/sessions/partner.py" line="27" />
      <source>Said not this time</source>
      <translation>Dijo que esta vez no</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="177" />
      <source>Score</source>
      <translation>Puntaje</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="90" />
      <source>Sessions and takeaways</source>
      <translation>Sesiones y lo que me llevo</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="89" />
      <source>Sessions at a glance</source>
      <translation>Sesiones de un vistazo</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="177" />
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="74" />
      <source>Sleep</source>
      <translation>Sueño</translation>
    </message>
    <message>
      <location filename="../../app/sessions/partner.py" line="36" />
      <source>Something else, in their words</source>
      <translation>Otra cosa, en sus palabras</translation>
    </message>
    <message>
      <location filename="../../app/exercises/module.py" line="110" />
      <source>Started {day}, not finished yet</source>
      <translation>Empezado el {day}, aún sin terminar</translation>
    </message>
    <message>
      <location filename="../../app/exercises/module.py" line="113" />
      <source>Started {start}, finished {end}</source>
      <translation>Empezado el {start}, terminado el {end}</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="94" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="71" />
      <location filename="../../app/checkins/module.py" line="65" />
      <source>Stress</source>
      <translation>Estrés</translation>
    </message>
    <message>
      <location filename="../../app/exchange/wording.py" line="17" />
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="94" />
      <source>Takeaways</source>
      <translation>Lo que me llevo</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="133" />
      <source>Tested 1 time in this period: held {held} ({percent}%), bent {bent}, not held {not_held}.</source>
      <translation>Puesto a prueba 1 vez en este periodo: se mantuvo {held} ({percent}%), cedí un poco {bent}, no se mantuvo {not_held}.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="141" />
      <source>Tested {times} times in this period: held {held} ({percent}%), bent {bent}, not held {not_held}.</source>
      <translation>Puesto a prueba {times} veces en este periodo: se mantuvo {held} ({percent}%), cedí un poco {bent}, no se mantuvo {not_held}.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/html.py" line="128" />
      <source>The figures as a table</source>
      <translation>Las cifras en una tabla</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="137" />
      <source>There is no period to show.</source>
      <translation>No hay ningún periodo que mostrar.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/partner.py" line="32" />
      <source>They said opening up there would feel like a lot</source>
      <translation>Dijo que abrirse ahí sería demasiado</translation>
    </message>
    <message>
      <location filename="../../app/sessions/partner.py" line="33" />
      <source>They said there's hurt between us that makes it hard</source>
      <translation>Dijo que hay heridas en nuestra relación que lo hacen difícil</translation>
    </message>
    <message>
      <location filename="../../app/sessions/partner.py" line="31" />
      <source>They said they don't see a need for it</source>
      <translation>Dijo que no ve la necesidad</translation>
    </message>
    <message>
      <location filename="../../app/sessions/partner.py" line="35" />
      <source>They said they'd rather we handle it ourselves</source>
      <translation>Dijo que prefiere que lo resolvamos por nuestra cuenta</translation>
    </message>
    <message>
      <location filename="../../app/sessions/partner.py" line="34" />
      <source>They'd rather keep our private life private</source>
      <translation>Prefiere mantener nuestra vida privada en privado</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="45" />
      <source>Thoughts of self-harm</source>
      <translation>Pensamientos de hacerse daño</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="92" />
      <source>To bring up</source>
      <translation>Para hablar</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="61" />
      <source>What I can live with</source>
      <translation>Lo que puedo aceptar</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="62" />
      <source>What I cannot live with</source>
      <translation>Lo que no puedo aceptar</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="64" />
      <source>What I do next</source>
      <translation>Mi siguiente paso</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="60" />
      <source>What I need</source>
      <translation>Lo que necesito</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="59" />
      <source>What I value</source>
      <translation>Lo que valoro</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="50" />
      <source>What happened</source>
      <translation>Qué pasó</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="155" />
      <source>Why my partner might be saying no, and what it does to me (possibilities, not a verdict on my partner).</source>
      <translation>Por qué mi pareja podría estar diciendo que no, y cómo me afecta (posibilidades, no un veredicto sobre mi pareja).</translation>
    </message>
    <message>
      <location filename="../../app/exercises/module.py" line="124" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="48" />
      <source>a little</source>
      <translation>un poco</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="80" />
      <source>angry</source>
      <translation>enojo</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="86" />
      <source>angry {count}</source>
      <translation>enojo {count}</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="55" />
      <source>another way</source>
      <translation>de otra forma</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="100" />
      <source>attended</source>
      <translation>asistí</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="44" />
      <source>bent</source>
      <translation>cedí un poco</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="54" />
      <source>by call</source>
      <translation>por llamada</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="53" />
      <source>by message</source>
      <translation>por mensaje</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="102" />
      <source>cancelled</source>
      <translation>cancelada</translation>
    </message>
    <message>
      <location filename="../../app/invitations/stats.py" line="84" />
      <source>didn't get to it</source>
      <translation>no llegamos a hablarlo</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="43" />
      <source>held</source>
      <translation>se mantuvo</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="79" />
      <source>hungry</source>
      <translation>hambre</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="85" />
      <source>hungry {count}</source>
      <translation>hambre {count}</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="52" />
      <source>in person</source>
      <translation>en persona</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="81" />
      <source>lonely</source>
      <translation>soledad</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="87" />
      <source>lonely {count}</source>
      <translation>soledad {count}</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="46" />
      <location filename="../../app/invitations/stats.py" line="81" />
      <source>maybe</source>
      <translation>tal vez</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="101" />
      <source>missed</source>
      <translation>falté</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="48" />
      <location filename="../../app/invitations/stats.py" line="83" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="47" />
      <source>not at all</source>
      <translation>nada</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="45" />
      <source>not held</source>
      <translation>no se mantuvo</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="47" />
      <location filename="../../app/invitations/stats.py" line="82" />
      <source>not now</source>
      <translation>ahora no</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="97" />
      <source>not sure</source>
      <translation>no sé</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="217" />
      <source>not yet</source>
      <translation>todavía no</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="122" />
      <source>once</source>
      <translation>una vez</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="99" />
      <source>planned</source>
      <translation>planeada</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="50" />
      <source>quite a lot</source>
      <translation>bastante</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="49" />
      <source>somewhat</source>
      <translation>algo</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="51" />
      <source>strongly</source>
      <translation>mucho</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="82" />
      <source>tired</source>
      <translation>cansancio</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="88" />
      <source>tired {count}</source>
      <translation>cansancio {count}</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="49" />
      <source>we didn't get to it</source>
      <translation>no llegamos a hablarlo</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="45" />
      <location filename="../../app/invitations/stats.py" line="80" />
      <location filename="../../app/sessions/module.py" line="217" />
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="203" />
      <source>{answer} (answered above zero)</source>
      <translation>{answer} (respuesta mayor que cero)</translation>
    </message>
    <message>
      <location filename="../../app/invitations/module.py" line="104" />
      <location filename="../../app/invitations/stats.py" line="88" />
      <source>{answer} {count}</source>
      <translation>{answer} ({count})</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/module.py" line="114" />
      <source>{area}: {boundary}</source>
      <translation>{area}: {boundary}</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="167" />
      <source>{attended} attended, {missed} missed, {cancelled} cancelled; {hours} hours attended. Homework: {done} done, {open} still open.</source>
      <translation>Asistencias: {attended}, faltas: {missed}, canceladas: {cancelled}; {hours} horas asistidas. Tareas hechas: {done}; aún pendientes: {open}.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="128" />
      <source>{attended} sessions attended, {missed} missed, {cancelled} cancelled; {hours} program hours</source>
      <translation>Asistí a {attended} sesiones, faltas: {missed}, canceladas: {cancelled}; {hours} horas del programa</translation>
    </message>
    <message>
      <location filename="../../app/sessions/module.py" line="136" />
      <source>{attended} sessions attended, {missed} missed; {hours} program hours</source>
      <translation>Asistí a {attended} sesiones, faltas: {missed}; {hours} horas del programa</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="154" />
      <source>{count} check-ins. Average mood {mood}, stress {stress}, craving {craving} (0–10); average sleep {sleep} hours. Days marked: {halt}.</source>
      <translation>{count} registros. Promedio de ánimo {mood}, estrés {stress}, ganas de consumir {craving} (0–10); sueño promedio {sleep} horas. Días marcados: {halt}.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="134" />
      <source>{count} check-ins: mood {mood}, stress {stress}, craving {craving} on average (0–10)</source>
      <translation>{count} registros: ánimo {mood}, estrés {stress}, ganas de consumir {craving} en promedio (0–10)</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="123" />
      <source>{count} times</source>
      <translation>{count} veces</translation>
    </message>
    <message>
      <location filename="../../app/journal/module.py" line="94" />
      <source>{day} — {title}</source>
      <translation>{day} — {title}</translation>
    </message>
    <message>
      <location filename="../../app/exchange/svg.py" line="165" />
      <source>{label}: no values.</source>
      <translation>{label}: sin valores.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/svg.py" line="167" />
      <source>{label}: {count} values from {low} to {high}, average {average}.</source>
      <translation>{label}: {count} valores de {low} a {high}, promedio {average}.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="170" />
      <source>{label}: {text}</source>
      <translation>{label}: {text}</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="167" />
      <source>{name} item {number} (thoughts of self-harm) answered above zero on {days}</source>
      <translation>{name}, pregunta {number} (pensamientos de hacerse daño): respuesta mayor que cero el {days}</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="155" />
      <source>{name}: {score} of {max} ({band}) on {day}</source>
      <translation>{name}: {score} de {max} ({band}) el {day}</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="157" />
      <source>{name}: {score} of {max} ({band}) on {day}, the latest of {count}</source>
      <translation>{name}: {score} de {max} ({band}) el {day}, el más reciente de {count}</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="157" />
      <source>{n} months</source>
      <translation>{n} meses</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="157" />
      <source>{n} weeks</source>
      <translation>{n} semanas</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="98" />
      <source>{score} of 10</source>
      <translation>{score} de 10</translation>
    </message>
    <message>
      <location filename="../../app/platform/wording.py" line="84" />
      <source>{start} to {end}</source>
      <translation>{start} a {end}</translation>
    </message>
    <message>
      <location filename="../../app/exercises/module.py" line="86" />
      <source>{title} — {dates}</source>
      <translation>{title} — {dates}</translation>
    </message>
    <message>
      <location filename="../../app/measures/module.py" line="107" />
      <source>{title}: scores from 0 to {max}.</source>
      <translation>{title}: puntajes de 0 a {max}.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/stats.py" line="93" />
      <source>{total} attempts in 1 month of the last 12: {answers}.</source>
      <translation>{total} intentos en 1 mes de los últimos 12: {answers}.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/stats.py" line="96" />
      <source>{total} attempts in {months} months of the last 12: {answers}.</source>
      <translation>{total} intentos en {months} meses de los últimos 12: {answers}.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/module.py" line="128" />
      <source>{value} on a scale from {minimum} to {maximum}</source>
      <translation>{value} en una escala de {minimum} a {maximum}</translation>
    </message>
    <message>
      <location filename="../../app/exercises/module.py" line="127" />
      <source>{value} out of {maximum}</source>
      <translation>{value} de {maximum}</translation>
    </message>
    <message>
      <location filename="../../app/reflection/module.py" line="134" />
      <source>{year}-{month}</source>
      <translation>{month}/{year}</translation>
    </message>
  </context>
  <context>
    <name>PacketLayout</name>
    <message>
      <location filename="../../ui/exchange/layout.py" line="631" />
      <source>Left out</source>
      <translation>Quitado</translation>
    </message>
  </context>
  <context>
    <name>PacketPrinting</name>
    <message>
      <location filename="../../ui/exchange/printing.py" line="125" />
      <source>A new page could not be started; try again.</source>
      <translation>No se pudo empezar una página nueva; inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/printing.py" line="118" />
      <source>The pages could not be started; check the printer and try again.</source>
      <translation>No se pudieron empezar las páginas; revisa la impresora e inténtalo de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>PacketWizard</name>
    <message numerus="yes">
      <location filename="../../ui/exchange/preview_step.py" line="324" />
      <source>%Ln parts left out</source>
      <translation>
        <numerusform>%Ln partes quitadas</numerusform>
        <numerusform>%Ln partes quitadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/exchange/preview_step.py" line="326" />
      <source>%Ln passages blacked out</source>
      <translation>
        <numerusform>%Ln fragmentos tachados</numerusform>
        <numerusform>%Ln fragmentos tachados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/exchange/preview_step.py" line="322" />
      <source>%Ln sections left out</source>
      <translation>
        <numerusform>%Ln secciones quitadas</numerusform>
        <numerusform>%Ln secciones quitadas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="209" />
      <source>&amp;Back</source>
      <translation>&amp;Volver</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="76" />
      <source>&amp;Back to the preview</source>
      <translation>&amp;Volver a la vista previa</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="79" />
      <source>&amp;Cancel</source>
      <translation>&amp;Cancelar</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="189" />
      <source>&amp;Choose other days or sections</source>
      <translation>&amp;Elegir otros días o secciones</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="122" />
      <location filename="../../ui/exchange/preview_step.py" line="441" />
      <source>&amp;Leave out</source>
      <translation>&amp;Quitar</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="134" />
      <source>&amp;Look it over</source>
      <translation>&amp;Revisar</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="98" />
      <source>&amp;Markdown text</source>
      <translation>Texto &amp;Markdown</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="213" />
      <source>&amp;Next: save or print</source>
      <translation>Siguie&amp;nte: guardar o imprimir</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="143" />
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="140" />
      <source>&amp;Save…</source>
      <translation>&amp;Guardar…</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="140" />
      <source>&amp;Stop</source>
      <translation>&amp;Parar</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="137" />
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="174" />
      <source>(this step)</source>
      <translation>(este paso)</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="324" />
      <source>1 part left out</source>
      <translation>1 parte quitada</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="326" />
      <source>1 passage blacked out</source>
      <translation>1 fragmento tachado</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="322" />
      <source>1 section left out</source>
      <translation>1 sección quitada</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="129" />
      <source>1. What to include</source>
      <translation>1. Qué incluir</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="129" />
      <source>2. Look it over</source>
      <translation>2. Revisar</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="129" />
      <source>3. Save or print</source>
      <translation>3. Guardar o imprimir</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="88" />
      <source>A &amp;PDF file</source>
      <translation>Un archivo &amp;PDF</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="93" />
      <source>A &amp;web page</source>
      <translation>Una página &amp;web</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="211" />
      <source>Back to choosing the days and sections</source>
      <translation>Volver a elegir los días y las secciones</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="77" />
      <source>Back to the preview</source>
      <translation>Volver a la vista previa</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="89" />
      <source>Best for reading and printing; it looks the same everywhere.</source>
      <translation>Lo mejor para leer e imprimir; se ve igual en todas partes.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="128" />
      <source>Blac&amp;k out</source>
      <translation>&amp;Tachar</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="256" />
      <location filename="../../ui/exchange/preview_step.py" line="418" />
      <source>Black out</source>
      <translation>Tachar</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="130" />
      <source>Black out the selected words</source>
      <translation>Tachar las palabras seleccionadas</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="132" />
      <source>Black out the selected words: they will not be in the file ({key})</source>
      <translation>Tachar las palabras seleccionadas: no estarán en el archivo ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="441" />
      <source>Br&amp;ing back</source>
      <translation>&amp;Incluir</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="460" />
      <source>Bring back the section {title}</source>
      <translation>Volver a incluir la sección {title}</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="456" />
      <source>Bring back this &amp;section</source>
      <translation>Incluir esta &amp;sección</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="443" />
      <source>Bring back what the cursor is in</source>
      <translation>Volver a incluir lo que está bajo el cursor</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="81" />
      <source>Cancel making the file</source>
      <translation>Cancelar la creación del archivo</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="306" />
      <source>Cancelled; no file was written.</source>
      <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="130" />
      <source>Choose a printer and print</source>
      <translation>Elegir una impresora e imprimir</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="190" />
      <source>Choose other days or sections</source>
      <translation>Elegir otros días o secciones</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="141" />
      <source>Choose where to save the file</source>
      <translation>Elegir dónde guardar el archivo</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="73" />
      <source>Days I c&amp;hoose</source>
      <translation>Días que e&amp;lijo</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="318" />
      <source>Everything shown will be included.</source>
      <translation>Se incluirá todo lo que se muestra.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="84" />
      <source>First day</source>
      <translation>Primer día</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="102" />
      <location filename="../../ui/exchange/page.py" line="118" />
      <source>For my therapist</source>
      <translation>Para mi terapeuta</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="86" />
      <source>Fro&amp;m</source>
      <translation>Desd&amp;e</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="360" />
      <source>Gather again</source>
      <translation>Reunir de nuevo</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="136" />
      <source>Gather the notes and look them over</source>
      <translation>Reunir las notas y revisarlas</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="147" />
      <source>Gathering your notes…</source>
      <translation>Reuniendo tus notas…</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="48" />
      <source>How to bring it</source>
      <translation>Cómo llevarlo</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="124" />
      <source>Include: {section}</source>
      <translation>Incluir: {section}</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="85" />
      <source>Last day</source>
      <translation>Último día</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="448" />
      <source>Leave it out of the file, or bring it back ({key})</source>
      <translation>Quitarlo del archivo, o volver a incluirlo ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="255" />
      <location filename="../../ui/exchange/preview_step.py" line="403" />
      <source>Leave out</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="411" />
      <source>Leave out a section</source>
      <translation>Quitar una sección</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="462" />
      <source>Leave out the section {title}</source>
      <translation>Quitar la sección {title}</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="125" />
      <location filename="../../ui/exchange/preview_step.py" line="456" />
      <source>Leave out this &amp;section</source>
      <translation>Quitar esta &amp;sección</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="445" />
      <source>Leave out what the cursor is in</source>
      <translation>Quitar lo que está bajo el cursor</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="86" />
      <source>Making the file…</source>
      <translation>Creando el archivo…</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="100" />
      <source>Markdown files (*.md)</source>
      <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="215" />
      <source>Next: save or print</source>
      <translation>Siguiente: guardar o imprimir</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="120" />
      <source>Notes to bring to a session: you choose what goes in, see all of it, and nothing leaves this computer until you save or print it.</source>
      <translation>Notas para llevar a una sesión: tú eliges qué incluir, lo ves todo y nada sale de esta computadora hasta que lo guardes o imprimas.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="104" />
      <source>Nothing is saved on this computer.</source>
      <translation>No se guarda nada en esta computadora.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="137" />
      <source>Nothing is saved yet: you see it all first</source>
      <translation>Aún no se guarda nada: primero lo ves todo</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="187" />
      <source>Nothing to bring from these days</source>
      <translation>No hay nada que llevar de estos días</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="271" />
      <source>Nothing was written, checked in or noted from {period} in what you ticked. You could choose more weeks, or tick more things to include.</source>
      <translation>No hay nada escrito, registrado ni anotado en el periodo {period} en lo que marcaste. Puedes elegir más semanas o marcar más cosas para incluir.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="94" />
      <source>One file that opens in any web browser, charts included.</source>
      <translation>Un solo archivo que se abre en cualquier navegador web, con gráficos incluidos.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="90" />
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="99" />
      <source>Plain text with simple marks, for a notes app or an email.</source>
      <translation>Texto simple con marcas sencillas, para una app de notas o un correo.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="129" />
      <source>Pr&amp;int…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="70" />
      <source>Print the notes</source>
      <translation>Imprimir las notas</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="161" />
      <source>Put the cursor in anything you'd rather keep to yourself and press {leave} to leave it out, or select words and press {black} to black them out. Blacked-out words are taken out of the file, not hidden under a box.</source>
      <translation>Pon el cursor en lo que prefieras guardarte y presiona {leave} para quitarlo, o selecciona palabras y presiona {black} para tacharlas. Las palabras tachadas se eliminan del archivo, no se ocultan bajo un recuadro.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="258" />
      <source>Redo</source>
      <translation>Rehacer</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="145" />
      <source>Redo it ({key})</source>
      <translation>Rehacerlo ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="63" />
      <source>Save the notes</source>
      <translation>Guardar las notas</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="293" />
      <source>Saved as {name} in {folder}.</source>
      <translation>Se guardó como {name} en {folder}.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="205" />
      <source>See the &amp;pages…</source>
      <translation>Ver las &amp;páginas…</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="207" />
      <source>See the pages exactly as they will come out</source>
      <translation>Ver las páginas exactamente como saldrán</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="103" />
      <source>Send straight to a p&amp;rinter</source>
      <translation>Enviar directo a una imp&amp;resora</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="345" />
      <source>Sent to the printer.</source>
      <translation>Se envió a la impresora.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="77" />
      <source>Since my last &amp;session</source>
      <translation>Desde mi última &amp;sesión</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="79" />
      <source>Since my last &amp;session (none noted yet, so the last two weeks)</source>
      <translation>Desde mi última &amp;sesión (aún no hay ninguna anotada, así que las últimas dos semanas)</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="80" />
      <source>Since my last &amp;session ({day})</source>
      <translation>Desde mi última &amp;sesión ({day})</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="358" />
      <source>Something changed since these notes were gathered.</source>
      <translation>Algo cambió desde que se reunieron estas notas.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="71" />
      <source>Something went wrong on the way; nothing was written. Please try again.</source>
      <translation>Algo salió mal en el camino; no se escribió nada. Vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="141" />
      <source>Stop gathering the notes</source>
      <translation>Dejar de reunir las notas</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="88" />
      <source>T&amp;o</source>
      <translation>&amp;Hasta</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="133" />
      <source>The file will not be encrypted: anyone who can open it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
      <translation>El archivo no estará cifrado: cualquiera que pueda abrirlo podrá leer todo su contenido. Guárdalo en un lugar privado y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="72" />
      <source>The last &amp;four weeks</source>
      <translation>Las últimas &amp;cuatro semanas</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="71" />
      <source>The last &amp;two weeks</source>
      <translation>Las últimas &amp;dos semanas</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="498" />
      <location filename="../../ui/exchange/preview_step.py" line="499" />
      <source>The pages as they will come out</source>
      <translation>Las páginas como saldrán</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="69" />
      <source>There wasn't enough memory to make it; try fewer weeks or sections.</source>
      <translation>No hubo suficiente memoria para crearlo; prueba con menos semanas o secciones.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="238" />
      <location filename="../../ui/exchange/choose_step.py" line="251" />
      <source>Tick at least one thing to include.</source>
      <translation>Marca al menos una cosa para incluir.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="257" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="140" />
      <source>Undo the last choice ({key})</source>
      <translation>Deshacer la última decisión ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="95" />
      <source>Web pages (*.html)</source>
      <translation>Páginas web (*.html)</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="106" />
      <source>What to include</source>
      <translation>Qué incluir</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="66" />
      <source>Which weeks</source>
      <translation>Qué semanas</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="109" />
      <source>You will see everything before anything is saved, and you can leave out any part or black out words there.</source>
      <translation>Verás todo antes de que se guarde nada, y ahí podrás quitar cualquier parte o tachar palabras.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="175" />
      <source>Your notes as they will come out</source>
      <translation>Tus notas como saldrán</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="230" />
      <source>Your notes couldn't be gathered: {reason}</source>
      <translation>No se pudieron reunir tus notas: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="248" />
      <source>Your notes for {period}, with the choices you made in the preview.</source>
      <translation>Tus notas del periodo {period}, con las decisiones que tomaste en la vista previa.</translation>
    </message>
    <message>
      <source>d MMMM yyyy</source>
      <translation type="vanished">d 'de' MMMM 'de' yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="172" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="45" />
      <source>dddd d MMMM</source>
      <translation>dddd d 'de' MMMM</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="327" />
      <source>{parts}.</source>
      <translation>{parts}.</translation>
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="58" />
      <source>{start} to {end}</source>
      <translation>{start} a {end}</translation>
    </message>
  </context>
  <context>
    <name>PageNotice</name>
    <message>
      <location filename="../../ui/common/notice.py" line="38" />
      <source>Dismiss</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <location filename="../../ui/common/notice.py" line="39" />
      <source>Dismiss this message</source>
      <translation>Descartar este mensaje</translation>
    </message>
  </context>
  <context>
    <name>PromptDialog</name>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="66" />
      <source>About this theme</source>
      <translation>Sobre este tema</translation>
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="90" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="45" />
      <source>Pick a question to start from. There are no right answers; write as much or as little as you like.</source>
      <translation>Elige una pregunta para empezar. No hay respuestas correctas; escribe tanto o tan poco como quieras.</translation>
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="70" />
      <source>Prompts</source>
      <translation>Preguntas guía</translation>
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="87" />
      <source>Start writing</source>
      <translation>Empezar a escribir</translation>
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="88" />
      <source>Start writing from this prompt</source>
      <translation>Empezar a escribir desde esta pregunta</translation>
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="54" />
      <source>Themes</source>
      <translation>Temas</translation>
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="38" />
      <location filename="../../ui/journal/prompt_dialog.py" line="39" />
      <source>Write from a prompt</source>
      <translation>Escribir a partir de una pregunta</translation>
    </message>
  </context>
  <context>
    <name>RecordLists</name>
    <message>
      <location filename="../../ui/common/record_lists.py" line="168" />
      <source>&amp;Change…</source>
      <translation>&amp;Cambiar…</translation>
    </message>
    <message>
      <location filename="../../ui/common/record_lists.py" line="171" />
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <location filename="../../ui/common/record_lists.py" line="175" />
      <source>Show &amp;more</source>
      <translation>Mostrar &amp;más</translation>
    </message>
  </context>
  <context>
    <name>RecoveryCodePanel</name>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="97" />
      <source>&amp;Copy</source>
      <translation>&amp;Copiar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="100" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="103" />
      <source>&amp;Save to file…</source>
      <translation>&amp;Guardar en archivo…</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="188" />
      <source>Copied. Paste it somewhere private now.</source>
      <translation>Copiado. Pégalo ahora en un lugar privado.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="98" />
      <source>Copy recovery code</source>
      <translation>Copiar código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="136" />
      <source>I &amp;have stored it somewhere safe</source>
      <translation>Ya lo guardé en un lugar &amp;seguro</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="137" />
      <source>I have stored it somewhere safe</source>
      <translation>Ya lo guardé en un lugar seguro</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="212" />
      <source>Mooring couldn't save the file there. Please choose another place.</source>
      <translation>Mooring no pudo guardar el archivo ahí. Elige otro lugar.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="44" />
      <source>Mooring recovery code

{code}

If you forget your passphrase, choose “Use recovery code instead” on the lock screen and type this code. Anyone who has this code can open your journal: keep it somewhere only you can reach.
</source>
      <translation>Código de recuperación de Mooring

{code}

Si olvidas tu frase de acceso, elige “Usar el código de recuperación” en la pantalla de bloqueo y escribe este código. Quien tenga este código puede abrir tu diario: guárdalo donde solo tú puedas llegar.
</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="114" />
      <source>Other programs can read what you copy: paste it somewhere private right away.</source>
      <translation>Otros programas pueden leer lo que copias: pégalo enseguida en un lugar privado.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="101" />
      <location filename="../../ui/shell/recovery_code_panel.py" line="196" />
      <source>Print recovery code</source>
      <translation>Imprimir código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="88" />
      <source>Recovery code</source>
      <translation>Código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="39" />
      <source>Save recovery code</source>
      <translation>Guardar código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="104" />
      <source>Save recovery code to a file</source>
      <translation>Guardar el código de recuperación en un archivo</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="217" />
      <source>Saved. Keep that file somewhere only you can reach.</source>
      <translation>Guardado. Deja ese archivo donde solo tú puedas llegar.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="202" />
      <source>Sent to the printer.</source>
      <translation>Enviado a la impresora.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="39" />
      <source>Text files (*.txt)</source>
      <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="125" />
      <source>The file is not locked: save it on a USB stick or somewhere only you can reach, not a shared or synced folder.</source>
      <translation>El archivo no está bloqueado: guárdalo en una memoria USB o donde solo tú puedas llegar, no en una carpeta compartida o sincronizada.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="121" />
      <source>The printer may keep a copy; keep the paper somewhere private.</source>
      <translation>La impresora puede guardar una copia; guarda el papel en un lugar privado.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="205" />
      <source>mooring-recovery-code.txt</source>
      <translation>mooring-codigo-de-recuperacion.txt</translation>
    </message>
  </context>
  <context>
    <name>Reflection</name>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="66" />
      <source>&amp;Compare</source>
      <translation>&amp;Comparar</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="61" />
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="57" />
      <source>&amp;New reflection</source>
      <translation>&amp;Nueva reflexión</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="39" />
      <source>A little</source>
      <translation>Un poco</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="50" />
      <source>A new reflection. It saves as you go.</source>
      <translation>Una nueva reflexión. Se guarda a medida que avanzas.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="142" />
      <source>A note about this month</source>
      <translation>Una nota sobre este mes</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="36" />
      <source>A note, if you like</source>
      <translation>Una nota, si quieres</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="106" />
      <source>A personal reflection, not a clinical measure: how things feel between you this month, from 0 to 10, where higher is better. One check-in a month; choosing a month that already has one opens it, and your changes replace its answers.</source>
      <translation>Una reflexión personal, no una medida clínica: cómo se sienten las cosas entre ustedes este mes, de 0 a 10, donde más alto es mejor. Un registro al mes; si eliges un mes que ya tiene uno, se abre, y tus cambios reemplazan sus respuestas.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="62" />
      <source>Add values and the future to my next session's topics</source>
      <translation>Agregar valores y futuro a los temas de mi próxima sesión</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="170" />
      <source>All questions</source>
      <translation>Todas las preguntas</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="54" />
      <source>Changed</source>
      <translation>Cambió</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="52" />
      <source>Changed: higher</source>
      <translation>Cambió: más alto</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="53" />
      <source>Changed: lower</source>
      <translation>Cambió: más bajo</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="90" />
      <source>D&amp;ate</source>
      <translation>&amp;Fecha</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="88" />
      <source>Date of this reflection</source>
      <translation>Fecha de esta reflexión</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="62" />
      <source>Delete the chosen reflection</source>
      <translation>Eliminar la reflexión elegida</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="63" />
      <source>Delete the chosen reflection (you can undo it)</source>
      <translation>Eliminar la reflexión elegida (puedes deshacerlo)</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="82" />
      <source>Each point is one month’s check-in; higher is better.</source>
      <translation>Cada punto es el registro de un mes; más alto es mejor.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="63" />
      <source>Earlier reflection to compare</source>
      <translation>Reflexión anterior para comparar</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="225" />
      <source>Every answer is the same in these two.</source>
      <translation>Todas las respuestas son iguales en estas dos.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="146" />
      <source>Feeling safe matters most</source>
      <translation>Sentirte a salvo es lo más importante</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="137" />
      <source>Here two of your reflections sit side by side, with what changed marked on each line, so you can see how things shift over the months. Start with one today; in a few weeks, another will show here beside it.</source>
      <translation>Aquí dos de tus reflexiones aparecen lado a lado, con lo que cambió marcado en cada línea, para que veas cómo cambian las cosas con los meses. Empieza hoy con una; en unas semanas, aparecerá otra aquí a su lado.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="173" />
      <source>How much I lean towards: {item}</source>
      <translation>Cuánto me inclino por: {item}</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="114" />
      <source>How much each weighs on you just now, from 0 (not at all) to 10 (a great deal).</source>
      <translation>Cuánto te pesa cada una en este momento, de 0 (nada) a 10 (muchísimo).</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="96" />
      <source>How much you lean towards each, today. Leanings change.</source>
      <translation>Cuánto te inclinas hoy por cada una. Las inclinaciones cambian.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="65" />
      <source>Later reflection to compare</source>
      <translation>Reflexión posterior para comparar</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="178" />
      <source>Leaning</source>
      <translation>Inclinación</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="121" />
      <source>M&amp;onth</source>
      <translation>&amp;Mes</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="115" />
      <location filename="../../ui/reflection/words.py" line="72" />
      <source>MMMM yyyy</source>
      <translation>MMMM 'de' yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="117" />
      <source>Month of this check-in</source>
      <translation>Mes de este registro</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="182" />
      <source>Monthly check-ins chart</source>
      <translation>Gráfico de registros mensuales</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="187" />
      <source>Monthly check-ins in words</source>
      <translation>Registros mensuales en palabras</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="55" />
      <source>My reflections, newest first</source>
      <translation>Mis reflexiones, las más recientes primero</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="50" />
      <source>New</source>
      <translation>Nuevo</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="100" />
      <source>No check-in for this month yet. Move any slider to begin; it saves as you go.</source>
      <translation>Aún no hay registro para este mes. Mueve cualquier control para empezar; se guarda solo.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="311" />
      <source>No check-ins yet. Once you have one, your answers show here month by month, one line per question, with the same in words.</source>
      <translation>Todavía no hay registros. Cuando tengas uno, tus respuestas aparecerán aquí mes a mes, una línea por pregunta, y lo mismo en palabras.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="51" />
      <source>No longer answered</source>
      <translation>Ya sin respuesta</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="80" />
      <source>No monthly check-ins yet.</source>
      <translation>Todavía no hay registros mensuales.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="67" />
      <source>No reflections yet. This is where you think through why your partner might be saying no, and what it does to you. Answer as much or as little as you like on the right: it saves by itself, dated today. Each one is kept, so over the months you can see how things shift.</source>
      <translation>Todavía no hay reflexiones. Aquí puedes pensar por qué tu pareja podría estar diciendo que no y qué te provoca. Responde tanto o tan poco como quieras a la derecha: se guarda solo, con la fecha de hoy. Cada una se conserva, así que con los meses puedes ver cómo cambian las cosas.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="98" />
      <source>Not answered</source>
      <translation>Sin respuesta</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="38" />
      <source>Not at all</source>
      <translation>Nada</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="36" />
      <source>Not chosen</source>
      <translation>Sin elegir</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="65" />
      <source>Not sure</source>
      <translation>No sé</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="66" />
      <source>Not sure: {item}</source>
      <translation>No sé: {item}</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="55" />
      <source>Note changed</source>
      <translation>Cambió la nota</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="134" />
      <location filename="../../ui/reflection/fields.py" line="180" />
      <source>Note: {item}</source>
      <translation>Nota: {item}</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="47" />
      <source>Nothing written yet. Start anywhere, with a few words; it saves as you go.</source>
      <translation>Todavía no has escrito nada. Empieza por donde quieras, con unas pocas palabras; se guarda a medida que avanzas.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="156" />
      <source>Open the safety support page</source>
      <translation>Abrir la página de apoyo de seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="91" />
      <source>Options I am weighing</source>
      <translation>Opciones que estoy considerando</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="166" />
      <source>Over time</source>
      <translation>Con el tiempo</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="177" />
      <source>Possibility or impact</source>
      <translation>Posibilidad o impacto</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="169" />
      <source>Question shown in the chart</source>
      <translation>Pregunta que se muestra en el gráfico</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="41" />
      <source>Quite a lot</source>
      <translation>Bastante</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="155" />
      <source>See &amp;safety support</source>
      <translation>Ver apoyo de &amp;seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="174" />
      <source>Show &amp;question</source>
      <translation>Mostrar &amp;pregunta</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="88" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation>Algo salió mal de nuestro lado. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="40" />
      <source>Somewhat</source>
      <translation>Algo</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="86" />
      <source>Start a new &amp;reflection</source>
      <translation>Empezar una nueva &amp;reflexión</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="87" />
      <location filename="../../ui/reflection/reasons_tab.py" line="58" />
      <source>Start a new reflection for today</source>
      <translation>Empezar una nueva reflexión para hoy</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="42" />
      <source>Strongly</source>
      <translation>Mucho</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="60" />
      <source>Talk this through with my t&amp;herapist…</source>
      <translation>Hablar de esto con mi &amp;terapeuta…</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="282" />
      <source>The reflection was deleted.</source>
      <translation>Se eliminó la reflexión.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="289" />
      <source>The safety page isn't available just now. “Get help now” (F1) is always one step away, with people you can call.</source>
      <translation>La página de seguridad no está disponible en este momento. “Pedir ayuda ahora” (F1) siempre está a un paso, con personas a quienes puedes llamar.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="102" />
      <source>These are possibilities, not a verdict on your partner: nobody can know another person's reasons for sure. How much does each seem to fit, from 0 (not at all) to 10 (very much)? “Not sure” is a fine answer.</source>
      <translation>Son posibilidades, no un veredicto sobre tu pareja: nadie puede saber con certeza las razones de otra persona. ¿Cuánto parece encajar cada una, de 0 (nada) a 10 (mucho)? “No sé” es una buena respuesta.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="99" />
      <source>Two reflections side by side</source>
      <translation>Dos reflexiones lado a lado</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="284" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="152" />
      <source>Values and the future: what I'm weighing about our relationship</source>
      <translation>Valores y futuro: lo que estoy considerando sobre nuestra relación</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="75" />
      <source>What I &amp;value</source>
      <translation>Lo que &amp;valoro</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="77" />
      <source>What I can &amp;live with</source>
      <translation>Lo que puedo &amp;aceptar</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="77" />
      <source>What I can live with</source>
      <translation>Lo que puedo aceptar</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="78" />
      <source>What I cannot l&amp;ive with</source>
      <translation>Lo que no &amp;puedo aceptar</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="78" />
      <source>What I cannot live with</source>
      <translation>Lo que no puedo aceptar</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="76" />
      <source>What I ne&amp;ed</source>
      <translation>Lo que &amp;necesito</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="76" />
      <source>What I need</source>
      <translation>Lo que necesito</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="75" />
      <source>What I value</source>
      <translation>Lo que valoro</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="180" />
      <source>What changed</source>
      <translation>Qué cambió</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="188" />
      <location filename="../../ui/reflection/reasons_tab.py" line="111" />
      <source>What it does to me</source>
      <translation>Lo que me provoca</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="53" />
      <source>What matters to you, what you need, and the options you are weighing about your relationship. A place to think, not a decision and not advice: there are no right answers, and you can change any of this at any time.</source>
      <translation>Lo que te importa, lo que necesitas y las opciones que estás considerando sobre tu relación. Un lugar para pensar, no una decisión ni un consejo: no hay respuestas correctas y puedes cambiar todo esto cuando quieras.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="99" />
      <source>Why might they be saying no?</source>
      <translation>¿Por qué podría estar diciendo que no?</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="187" />
      <source>Why they might be saying no</source>
      <translation>Por qué podría estar diciendo que no</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="145" />
      <source>You have one reflection so far. Write another in a few weeks, or whenever things feel different, and the two will show here side by side, with what changed marked on each line.</source>
      <translation>Por ahora tienes una reflexión. Escribe otra en unas semanas, o cuando sientas que las cosas cambiaron, y las dos aparecerán aquí lado a lado, con lo que cambió marcado en cada línea.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="148" />
      <source>You said you don't feel very safe. If you'd like, there is a page with calm, practical support, and people you can talk to.</source>
      <translation>Dijiste que no te sientes muy a salvo. Si quieres, hay una página con apoyo tranquilo y práctico, y personas con quienes puedes hablar.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="270" />
      <source>Your check-in couldn't be saved yet: {reason}</source>
      <translation>Todavía no se pudo guardar tu registro: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="254" />
      <source>Your reflection couldn't be saved yet: {reason}</source>
      <translation>Todavía no se pudo guardar tu reflexión: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="137" />
      <source>Your values page couldn't be saved yet: {reason}</source>
      <translation>Todavía no se pudo guardar tu página de valores: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="87" />
      <location filename="../../ui/reflection/words.py" line="68" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="81" />
      <source>monthly answers</source>
      <translation>respuestas mensuales</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="48" />
      <location filename="../../ui/reflection/fields.py" line="92" />
      <source>not sure</source>
      <translation>no sé</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="68" />
      <source>wi&amp;th</source>
      <translation>co&amp;n</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="52" />
      <source>{n} of 10</source>
      <translation>{n} de 10</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="220" />
      <source>{n} of {total} answers differ between these two.</source>
      <translation>{n} de {total} respuestas son distintas entre estas dos.</translation>
    </message>
  </context>
  <context>
    <name>ReflectionPage</name>
    <message>
      <location filename="../../ui/reflection/page.py" line="89" />
      <source>&amp;Monthly check-in</source>
      <translation>Registro &amp;mensual</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="86" />
      <source>&amp;Why no, and what it does to me</source>
      <translation>&amp;Por qué no, y cómo me afecta</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="63" />
      <location filename="../../ui/reflection/page.py" line="71" />
      <source>Reflection</source>
      <translation>Reflexión</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="81" />
      <source>Reflection sections</source>
      <translation>Secciones de reflexión</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="87" />
      <source>Side &amp;by side</source>
      <translation>&amp;Lado a lado</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="73" />
      <source>Space to think about your relationship and your recovery. This is for you: not advice, not a judgement on your partner, and no stand-in for your therapist.</source>
      <translation>Un espacio para pensar en tu relación y en tu recuperación. Es para ti: no es un consejo, ni un juicio sobre tu pareja, ni reemplaza a tu terapeuta.</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="180" />
      <source>That didn't work: {reason}</source>
      <translation>No funcionó: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="88" />
      <source>Values and the &amp;future</source>
      <translation>Valores y el &amp;futuro</translation>
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="116" />
      <source>Your reflections couldn't be read just now: {reason}</source>
      <translation>No se pudieron leer tus reflexiones ahora: {reason}</translation>
    </message>
  </context>
  <context>
    <name>SafetyPage</name>
    <message>
      <location filename="../../ui/safety/page.py" line="311" />
      <source>&amp;Back to the questions</source>
      <translation>&amp;Volver a las preguntas</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="241" />
      <source>&amp;Finish</source>
      <translation>&amp;Terminar</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="293" />
      <source>&amp;Remove for good</source>
      <translation>&amp;Borrar para siempre</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="213" />
      <source>A few questions</source>
      <translation>Algunas preguntas</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="178" />
      <source>A short, private check on how safe you feel with your partner, and where to turn.</source>
      <translation>Una revisión breve y privada de si te sientes a salvo con tu pareja, y de a dónde acudir.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="256" />
      <source>Adapted from the short relationship-safety questions many clinics ask (such as HARK), in our own words. It is not a test and gives no score, and it doesn't replace a therapist or an advocate.</source>
      <translation>Adaptadas, con nuestras propias palabras, de las preguntas breves sobre seguridad en la relación que usan muchas clínicas (como HARK). No es una prueba, no da un puntaje y no reemplaza a un terapeuta ni a una persona de apoyo.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="345" />
      <source>Answer any of the questions first, or open the safety panel at the top.</source>
      <translation>Primero responde alguna de las preguntas, o abre el panel de seguridad arriba.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="312" />
      <source>Back to the questions</source>
      <translation>Volver a las preguntas</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="245" />
      <source>C&amp;lear answers</source>
      <translation>&amp;Limpiar respuestas</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="285" />
      <source>Checks you saved</source>
      <translation>Revisiones guardadas</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="289" />
      <source>Checks you saved, newest first</source>
      <translation>Revisiones guardadas, más recientes primero</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="246" />
      <source>Clear the answers</source>
      <translation>Limpiar las respuestas</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="140" />
      <source>Do&amp;n't save</source>
      <translation>&amp;No guardar</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="141" />
      <source>Don't save these answers</source>
      <translation>No guardar estas respuestas</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="242" />
      <source>Finish the check</source>
      <translation>Terminar la revisión</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="269" />
      <source>If anything changes, the safety panel is one click away at the top of this page, and F1 shows help lines from any screen, even when Mooring is locked.</source>
      <translation>Si algo cambia, el panel de seguridad está a un clic, arriba en esta página, y F1 muestra las líneas de ayuda desde cualquier pantalla, incluso con Mooring bloqueado.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="502" />
      <source>It couldn't be removed: {reason}</source>
      <translation>No se pudo borrar: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="129" />
      <source>Keep these answers?</source>
      <translation>¿Guardar estas respuestas?</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="90" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="92" />
      <source>No: {question}</source>
      <translation>No: {question}</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="287" />
      <source>None saved. Saving is always up to you.</source>
      <translation>Nada guardado. Guardar siempre es tu decisión.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="389" />
      <source>Nothing was saved. Your answers are gone from this screen.</source>
      <translation>No se guardó nada. Tus respuestas ya no están en esta pantalla.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="294" />
      <source>Remove the chosen saved check for good</source>
      <translation>Borrar para siempre la revisión guardada elegida</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="490" />
      <source>Remove this check?</source>
      <translation>¿Borrar esta revisión?</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="491" />
      <source>Remove this saved check for good? It can't be brought back.</source>
      <translation>¿Borrar para siempre esta revisión guardada? No se podrá recuperar.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="509" />
      <source>Removed for good.</source>
      <translation>Se borró para siempre.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="138" />
      <source>Sa&amp;ve these answers</source>
      <translation>&amp;Guardar estas respuestas</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="161" />
      <location filename="../../ui/safety/page.py" line="176" />
      <source>Safety</source>
      <translation>Seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="139" />
      <source>Save these answers</source>
      <translation>Guardar estas respuestas</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="371" />
      <source>Saved in your encrypted journal.</source>
      <translation>Se guardó en tu diario cifrado.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="180" />
      <source>Show the safety &amp;panel</source>
      <translation>Mostrar el &amp;panel de seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="181" />
      <source>Show the safety panel</source>
      <translation>Mostrar el panel de seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="74" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation>Algo falló de nuestro lado. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="266" />
      <source>Thank you for taking a moment with this</source>
      <translation>Gracias por dedicarle un momento a esto</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="376" />
      <source>The answers couldn't be saved: {reason}</source>
      <translation>No se pudieron guardar las respuestas: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="231" />
      <source>The questions couldn't be shown just now. The safety panel below still has people to call.</source>
      <translation>No se pudieron mostrar las preguntas ahora. El panel de seguridad de abajo sigue teniendo personas a quienes llamar.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="216" />
      <source>These questions are about whether you feel safe with your partner. Answer only what you want to; nothing is kept unless you choose to save it.</source>
      <translation>Estas preguntas son sobre si te sientes a salvo con tu pareja. Responde solo lo que quieras; no se guarda nada a menos que tú lo decidas.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="89" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="91" />
      <source>Yes: {question}</source>
      <translation>Sí: {question}</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="132" />
      <source>Your answers are only on this screen for now. Save them to keep a dated record in your encrypted journal, or don't, and nothing is kept. If someone might look through Mooring, not saving is fine.</source>
      <translation>Por ahora tus respuestas solo están en esta pantalla. Guárdalas para tener un registro con fecha en tu diario cifrado, o no, y no se guarda nada. Si alguien pudiera revisar Mooring, está bien no guardarlas.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="431" />
      <source>Your saved checks couldn't be read just now: {reason}</source>
      <translation>No se pudieron leer tus revisiones guardadas ahora: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="464" />
      <source>no to all {n} answered</source>
      <translation>no en las {n} respondidas</translation>
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="466" />
      <source>yes to {yes} of {n} answered</source>
      <translation>sí en {yes} de {n} respondidas</translation>
    </message>
  </context>
  <context>
    <name>SafetyPanel</name>
    <message>
      <location filename="../../ui/safety/panel.py" line="143" />
      <source>An advocate on one of the lines above can help you make a plan that fits your situation, including how to stay as safe as possible if you stay.</source>
      <translation>Una persona de apoyo de una de las líneas de arriba puede ayudarte a hacer un plan adecuado a tu situación, incluso cómo estar lo más a salvo posible si decides quedarte.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="63" />
      <source>Feeling afraid, hurt, watched or pressured by a partner is serious, and it is not your fault. You don't have to work out what to do alone. The people on these lines listen, help you think it through and respect your choices.</source>
      <translation>Que una pareja te dé miedo, te lastime, te vigile o te presione es algo serio, y no es tu culpa. No tienes que decidir qué hacer a solas. Las personas de estas líneas escuchan, te ayudan a pensarlo y respetan tus decisiones.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="33" />
      <source>If someone else can use this computer or your phone, they may be able to see what you look at or search for, even after you close it. When you can, use a device they can't get to, like a trusted friend's phone or a library computer, to call or look for help. {hide} locks Mooring and hides it at once.</source>
      <translation>Si otra persona puede usar esta computadora o tu teléfono, podría ver lo que miras o buscas, incluso después de cerrarlo. Cuando puedas, usa un dispositivo al que no tenga acceso, como el teléfono de una amistad de confianza o una computadora de una biblioteca, para llamar o buscar ayuda. {hide} bloquea Mooring y lo oculta de inmediato.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="58" />
      <source>If you are in danger right now, call your local emergency number.</source>
      <translation>Si estás en peligro ahora mismo, llama a tu número local de emergencias.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="176" />
      <source>Lines for {place}. You can change where you live in Settings.</source>
      <translation>Líneas para {place}. Puedes cambiar dónde vives en Configuración.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="166" />
      <location filename="../../ui/safety/panel.py" line="174" />
      <source>People who can help</source>
      <translation>Personas que pueden ayudar</translation>
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="95" />
      <source>Planning safely</source>
      <translation>Planear con seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="47" />
      <source>Safety panel</source>
      <translation>Panel de seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="81" />
      <source>The list of help lines couldn't be shown. Your local emergency number, a doctor or your therapist can point you to help nearby.</source>
      <translation>No se pudo mostrar la lista de líneas de ayuda. Tu número local de emergencias, un médico o tu terapeuta pueden orientarte hacia ayuda cercana.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="101" />
      <source>This device may not be private</source>
      <translation>Es posible que este dispositivo no sea privado</translation>
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="109" />
      <source>This panel doesn't replace a therapist, a doctor or a trained advocate; it is a place to start. The planning ideas are our own words, in the spirit of the safety planning advocates do with people every day.</source>
      <translation>Este panel no reemplaza a un terapeuta, un médico ni una persona de apoyo capacitada; es un punto de partida. Las ideas para planear están en nuestras palabras, inspiradas en los planes de seguridad que las personas de apoyo preparan cada día con quienes las buscan.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="168" />
      <source>You chose “somewhere else” in Settings, so here is a directory of help lines in many countries.</source>
      <translation>Elegiste “otro lugar” en Configuración, así que aquí tienes un directorio de líneas de ayuda de muchos países.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="55" />
      <source>Your safety comes first</source>
      <translation>Tu seguridad es lo primero</translation>
    </message>
  </context>
  <context>
    <name>SavingDialog</name>
    <message>
      <location filename="../../ui/common/saving_dialog.py" line="110" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../ui/common/saving_dialog.py" line="106" />
      <source>Save (Ctrl+Return)</source>
      <translation>Guardar (Ctrl+Return)</translation>
    </message>
    <message>
      <location filename="../../ui/common/saving_dialog.py" line="66" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation>Algo falló de nuestro lado. Inténtalo de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>SessionChoices</name>
    <message>
      <location filename="../../ui/sessions/choices.py" line="27" />
      <source>How it happens</source>
      <translation>Modalidad</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/choices.py" line="19" />
      <source>Kind of session</source>
      <translation>Tipo de sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/choices.py" line="37" />
      <source>Provider or group</source>
      <translation>Profesional o grupo</translation>
    </message>
  </context>
  <context>
    <name>SessionEditor</name>
    <message>
      <location filename="../../ui/sessions/editor.py" line="531" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/editor.py" line="167" />
      <source>%Ln homework items</source>
      <translation>
        <numerusform>%Ln tareas</numerusform>
        <numerusform>%Ln tareas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/editor.py" line="1264" />
      <source>%Ln planned sessions were taken off your list.</source>
      <translation>
        <numerusform>Se quitaron %Ln sesiones planeadas de tu lista.</numerusform>
        <numerusform>Se quitaron %Ln sesiones planeadas de tu lista.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="547" />
      <source>&amp;Date</source>
      <translation>&amp;Fecha</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="562" />
      <source>&amp;How</source>
      <translation>&amp;Modalidad</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="561" />
      <source>&amp;Kind</source>
      <translation>&amp;Tipo</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="548" />
      <source>&amp;Length</source>
      <translation>&amp;Duración</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="643" />
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="579" />
      <source>&amp;Takeaways</source>
      <translation>&amp;Lo que me llevo</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="167" />
      <source>1 homework item</source>
      <translation>1 tarea</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="1264" />
      <source>1 planned session was taken off your list.</source>
      <translation>Se quitó 1 sesión planeada de tu lista.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="559" />
      <source>A name, or choose from the list</source>
      <translation>Un nombre, o elige de la lista</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="138" />
      <source>A repeating session</source>
      <translation>Una sesión que se repite</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="503" />
      <source>About this session's schedule</source>
      <translation>Sobre el horario de esta sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="281" />
      <location filename="../../ui/sessions/editor.py" line="400" />
      <source>Add</source>
      <translation>Agregar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="282" />
      <location filename="../../ui/sessions/editor.py" line="401" />
      <source>Add homework</source>
      <translation>Agregar tarea</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="567" />
      <source>Add, change or remove the people and groups you choose from</source>
      <translation>Agrega, cambia o quita las personas y grupos entre los que eliges</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="142" />
      <location filename="../../ui/sessions/editor.py" line="284" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="289" />
      <source>Change the chosen homework</source>
      <translation>Cambiar la tarea elegida</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="288" />
      <source>Change…</source>
      <translation>Cambiar…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="647" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="483" />
      <location filename="../../ui/sessions/editor.py" line="649" />
      <source>Close ({key})</source>
      <translation>Cerrar ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="482" />
      <location filename="../../ui/sessions/editor.py" line="648" />
      <location filename="../../ui/sessions/editor.py" line="729" />
      <source>Close the session</source>
      <translation>Cerrar la sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="525" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="155" />
      <source>Don't save</source>
      <translation>No guardar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="271" />
      <source>Due</source>
      <translation>Para el</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="217" />
      <source>End the schedule</source>
      <translation>Terminar el horario</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="505" />
      <source>End this repeating schedule</source>
      <translation>Terminar este horario recurrente</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="210" />
      <source>End this repeating schedule after {day}?</source>
      <translation>¿Terminar este horario recurrente después del {day}?</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="209" />
      <source>End this schedule?</source>
      <translation>¿Terminar este horario?</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="504" />
      <source>End this schedule…</source>
      <translation>Terminar este horario…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="534" />
      <source>End time</source>
      <translation>Hora de fin</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="591" />
      <source>Feeling be&amp;fore</source>
      <translation>Me sentí &amp;antes</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="272" />
      <source>Give it a due date</source>
      <translation>Ponerle fecha de entrega</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="253" />
      <location filename="../../ui/sessions/editor.py" line="254" />
      <source>Homework</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="278" />
      <source>Homework due date</source>
      <translation>Fecha de entrega de la tarea</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="258" />
      <source>Homework from this session</source>
      <translation>Tareas de esta sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="269" />
      <source>Homework text</source>
      <translation>Texto de la tarea</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="583" />
      <source>How I felt after, 0 to 10</source>
      <translation>Cómo me sentí después, de 0 a 10</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="582" />
      <source>How I felt before, 0 to 10</source>
      <translation>Cómo me sentí antes, de 0 a 10</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="188" />
      <source>It has no homework.</source>
      <translation>No tiene tareas.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="189" />
      <source>It stays in the trash for 30 days (Trash… on the Sessions page).</source>
      <translation>Se queda en la papelera 30 días (Papelera… en la página Sesiones).</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="170" />
      <source>Its {items} go with it ({open} not done yet).</source>
      <translation>Esto incluye {items} ({open} sin terminar).</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="175" />
      <source>Its {items} go with it.</source>
      <translation>Esto incluye {items}.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="156" />
      <source>Keep editing</source>
      <translation>Seguir editando</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="200" />
      <location filename="../../ui/sessions/editor.py" line="218" />
      <source>Keep it</source>
      <translation>Conservar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="532" />
      <source>Length in minutes</source>
      <translation>Duración en minutos</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="186" />
      <source>Linked journal entries stay in your journal.</source>
      <translation>Las entradas del diario vinculadas se quedan en tu diario.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="608" />
      <source>M&amp;y partner</source>
      <translation>M&amp;i pareja</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="565" />
      <source>Manage your providers</source>
      <translation>Administrar tus profesionales</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="564" />
      <source>Manage…</source>
      <translation>Administrar…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="652" />
      <source>Move this session to the trash</source>
      <translation>Mover esta sesión a la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="197" />
      <source>Move this session to the trash?</source>
      <translation>¿Mover esta sesión a la papelera?</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="199" />
      <source>Move to the trash</source>
      <translation>Mover a la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="196" />
      <source>Move to the trash?</source>
      <translation>¿Mover a la papelera?</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="651" />
      <source>Move to trash…</source>
      <translation>Mover a la papelera…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="594" />
      <source>My partner and this session</source>
      <translation>Mi pareja y esta sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="777" />
      <source>New session</source>
      <translation>Nueva sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="330" />
      <source>No homework from this session. Add some if you were given any.</source>
      <translation>No hay tareas de esta sesión. Agrégalas si te dejaron alguna.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="599" />
      <source>No reason noted</source>
      <translation>Sin motivo anotado</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="718" />
      <source>Not noted</source>
      <translation>Sin anotar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="784" />
      <location filename="../../ui/sessions/editor.py" line="972" />
      <location filename="../../ui/sessions/editor.py" line="1173" />
      <source>Not saved yet.</source>
      <translation>Aún no se guardó.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="328" />
      <source>Once the session is saved, you can add homework here.</source>
      <translation>Cuando la sesión esté guardada, podrás agregar tareas aquí.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="140" />
      <source>Only this one</source>
      <translation>Solo esta</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="796" />
      <source>Opening…</source>
      <translation>Abriendo…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="535" />
      <source>Or set when it ends</source>
      <translation>O indica cuándo termina</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="493" />
      <source>Other sessions at this time</source>
      <translation>Otras sesiones a esta hora</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="212" />
      <source>Planned sessions after that day are taken off your list. Any you've written something in are kept.</source>
      <translation>Las sesiones planeadas después de ese día se quitan de tu lista. Se conservan las que tengan algo escrito.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="573" />
      <source>Pro&amp;vider</source>
      <translation>&amp;Profesional</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="560" />
      <source>Provider or group</source>
      <translation>Profesional o grupo</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="606" />
      <source>Reas&amp;on</source>
      <translation>Moti&amp;vo</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="291" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="292" />
      <source>Remove the chosen homework</source>
      <translation>Quitar la tarea elegida</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="233" />
      <source>Repeats every {days} at {time}.</source>
      <translation>Se repite cada {days} a las {time}.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="154" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="645" />
      <source>Save ({key})</source>
      <translation>Guardar ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="391" />
      <source>Save change</source>
      <translation>Guardar el cambio</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="392" />
      <source>Save the change to this homework</source>
      <translation>Guardar el cambio en esta tarea</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="644" />
      <location filename="../../ui/sessions/editor.py" line="724" />
      <source>Save the session</source>
      <translation>Guardar la sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="153" />
      <source>Save your changes to this session?</source>
      <translation>¿Guardar los cambios en esta sesión?</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="1158" />
      <source>Saved.</source>
      <translation>Guardado.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="440" />
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="656" />
      <source>Session status</source>
      <translation>Estado de la sesión</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/editor.py" line="178" />
      <source>So do %Ln topics you ticked off there.</source>
      <translation>
        <numerusform>También %Ln temas que marcaste ahí.</numerusform>
        <numerusform>También %Ln temas que marcaste ahí.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="178" />
      <source>So does 1 topic you ticked off there.</source>
      <translation>También 1 tema que marcaste ahí.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="268" />
      <source>Something to try before next time</source>
      <translation>Algo para intentar antes de la próxima vez</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="563" />
      <source>St&amp;atus</source>
      <translation>&amp;Estado</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="527" />
      <source>Start time</source>
      <translation>Hora de inicio</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="553" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="285" />
      <source>Stop changing this homework</source>
      <translation>Dejar de cambiar esta tarea</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="576" />
      <source>Takeaways</source>
      <translation>Lo que me llevo</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="598" />
      <source>The reason they gave</source>
      <translation>El motivo que dio</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="1260" />
      <source>The schedule ends after {day}.</source>
      <translation>Último día del horario: {day}.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="607" />
      <source>Their &amp;words</source>
      <translation>Sus pala&amp;bras</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="604" />
      <source>Their reason, in their words</source>
      <translation>Su motivo, en sus palabras</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="141" />
      <source>This and all following</source>
      <translation>Esta y todas las siguientes</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="879" />
      <source>This one has its own changes, so schedule changes leave it as it is.</source>
      <translation>Esta tiene sus propios cambios, así que los cambios de horario no la modifican.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="1083" />
      <source>This overlaps with {sessions}. That's fine, just so you know.</source>
      <translation>Se cruza con {sessions}. No pasa nada, solo para que lo sepas.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="835" />
      <source>This session couldn't be opened: {reason}</source>
      <translation>No se pudo abrir esta sesión: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="139" />
      <source>This session repeats. Change only this one, or this one and all that follow?</source>
      <translation>Esta sesión se repite. ¿Cambiar solo esta, o esta y todas las siguientes?</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="624" />
      <location filename="../../ui/sessions/editor.py" line="625" />
      <source>To bring up</source>
      <translation>Para hablar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="152" />
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="237" />
      <source>Until {day}.</source>
      <translation>Hasta el {day}.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="577" />
      <source>What I want to &amp;bring up</source>
      <translation>De qué quiero &amp;hablar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="575" />
      <source>What I want to bring up</source>
      <translation>De qué quiero hablar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="605" />
      <source>What they said, if you'd like to note it</source>
      <translation>Lo que dijo, si quieres anotarlo</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="586" />
      <source>aft&amp;er</source>
      <translation>de&amp;spués</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="538" />
      <source>at</source>
      <translation>a las</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="275" />
      <location filename="../../ui/sessions/editor.py" line="522" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="347" />
      <source>due {day}</source>
      <translation>entrega: {day}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="542" />
      <source>ends at</source>
      <translation>termina a las</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="1079" />
      <source>{kind} at {time}</source>
      <translation>{kind} a las {time}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="816" />
      <source>{kind}{dot}{day}</source>
      <translation>{kind}{dot}{day}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="231" />
      <source>{some} and {last}</source>
      <translation>{some} y {last}</translation>
    </message>
  </context>
  <context>
    <name>SessionEntries</name>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="50" />
      <source>Double-click an entry to open it in your journal</source>
      <translation>Haz doble clic en una entrada para abrirla en tu diario</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="43" />
      <location filename="../../ui/sessions/entry_links.py" line="44" />
      <source>Journal entries</source>
      <translation>Entradas del diario</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="49" />
      <source>Journal entries linked to this session</source>
      <translation>Entradas del diario vinculadas a esta sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="55" />
      <source>Link a journal entry to this session</source>
      <translation>Vincular una entrada del diario a esta sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="54" />
      <source>Link an entry…</source>
      <translation>Vincular una entrada…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="93" />
      <source>No journal entries linked yet. Link any you wrote about this session.</source>
      <translation>Aún no hay entradas vinculadas. Vincula las que escribiste sobre esta sesión.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="90" />
      <source>Once the session is saved, you can link journal entries here.</source>
      <translation>Cuando se guarde la sesión, podrás vincular entradas del diario aquí.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="57" />
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="58" />
      <source>Open the chosen entry in your journal</source>
      <translation>Abrir la entrada elegida en tu diario</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="62" />
      <source>The entry stays in your journal</source>
      <translation>La entrada se queda en tu diario</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="60" />
      <source>Unlink</source>
      <translation>Desvincular</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="61" />
      <source>Unlink the chosen entry</source>
      <translation>Desvincular la entrada elegida</translation>
    </message>
  </context>
  <context>
    <name>SessionEntryPicker</name>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="91" />
      <source>About the list</source>
      <translation>Sobre la lista</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="106" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="76" />
      <source>Choose an entry that belongs with this session. Your newest entries are listed first; search to find older ones.</source>
      <translation>Elige una entrada que corresponda a esta sesión. Tus entradas más recientes aparecen primero; busca para encontrar otras más antiguas.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="191" />
      <source>Every entry here is linked already. Search to find another.</source>
      <translation>Todas las entradas de aquí ya están vinculadas. Busca para encontrar otra.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="94" />
      <source>Journal entries to choose from</source>
      <translation>Entradas del diario para elegir</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="102" />
      <source>Link</source>
      <translation>Vincular</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="66" />
      <location filename="../../ui/sessions/entry_picker.py" line="67" />
      <source>Link a journal entry</source>
      <translation>Vincular una entrada del diario</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="104" />
      <source>Link the chosen entry</source>
      <translation>Vincular la entrada elegida</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="167" />
      <source>No entries match that. Try another word.</source>
      <translation>Ninguna entrada coincide. Prueba con otra palabra.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="85" />
      <location filename="../../ui/sessions/entry_picker.py" line="86" />
      <source>Search your journal</source>
      <translation>Buscar en tu diario</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="146" />
      <source>Your journal couldn't be read just now: {reason}</source>
      <translation>No se pudo leer tu diario en este momento: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="155" />
      <source>Your journal has no entries yet. Entries you write show here.</source>
      <translation>Tu diario aún no tiene entradas. Las entradas que escribas aparecen aquí.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="182" />
      <source>{entry} (linked already)</source>
      <translation>{entry} (ya vinculada)</translation>
    </message>
  </context>
  <context>
    <name>SessionExport</name>
    <message>
      <location filename="../../ui/sessions/export.py" line="27" />
      <source>Add to another calendar</source>
      <translation>Agregar a otro calendario</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="56" />
      <source>Calendar files (*.ics)</source>
      <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="29" />
      <source>Calendar programs don't encrypt what they keep, and many copy it to your other devices or an online account.</source>
      <translation>Los programas de calendario no cifran lo que guardan, y muchos lo copian a tus otros dispositivos o a una cuenta en línea.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="45" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="44" />
      <source>Choose where to save…</source>
      <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="35" />
      <source>Only the times of your planned sessions go into the file, each called “Appointment”. No notes, homework, providers or anything about your partner.</source>
      <translation>En el archivo solo van las horas de tus sesiones planeadas, cada una llamada “Cita”. Sin notas, tareas, profesionales ni nada sobre tu pareja.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="56" />
      <source>Save calendar file</source>
      <translation>Guardar archivo de calendario</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="40" />
      <location filename="../../ui/sessions/export.py" line="41" />
      <source>Use the kind of session as the title</source>
      <translation>Usar el tipo de sesión como título</translation>
    </message>
  </context>
  <context>
    <name>SessionHours</name>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="145" />
      <source> hours</source>
      <translation> horas</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/hours_panel.py" line="102" />
      <source>%Ln sessions attended in a row.</source>
      <translation>
        <numerusform>Asististe a %Ln sesiones seguidas.</numerusform>
        <numerusform>Asististe a %Ln sesiones seguidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/hours_panel.py" line="100" />
      <source>%Ln weeks in a row at your target.</source>
      <translation>
        <numerusform>%Ln semanas seguidas alcanzando tu meta.</numerusform>
        <numerusform>%Ln semanas seguidas alcanzando tu meta.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="98" />
      <source>1 week at your target.</source>
      <translation>1 semana alcanzando tu meta.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="59" />
      <source>Hours attended</source>
      <translation>Horas asistidas</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="165" />
      <source>Hours attended each week</source>
      <translation>Horas asistidas cada semana</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="120" />
      <source>In these {weeks} weeks: {counts}.</source>
      <translation>En estas {weeks} semanas, {counts}.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="150" />
      <source>My weekly &amp;target</source>
      <translation>Mi &amp;meta semanal</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="63" />
      <source>My weekly target</source>
      <translation>Mi meta semanal</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="147" />
      <source>My weekly target in hours</source>
      <translation>Mi meta semanal en horas</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="74" />
      <source>No hours attended in these weeks yet.</source>
      <translation>Aún no hay horas asistidas en estas semanas.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="146" />
      <source>No target</source>
      <translation>Sin meta</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="134" />
      <location filename="../../ui/sessions/hours_panel.py" line="135" />
      <source>Program hours</source>
      <translation>Horas del programa</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="171" />
      <source>Program hours in words</source>
      <translation>Horas del programa en palabras</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="91" />
      <source>This week so far: {done} hours attended.</source>
      <translation>Esta semana hasta ahora: {done} horas asistidas.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="86" />
      <source>This week so far: {done} of your {target} hours.</source>
      <translation>Esta semana hasta ahora: {done} de tus {target} horas.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="95" />
      <source>You can set a weekly target if it helps you keep track. It's your own number.</source>
      <translation>Puedes fijar una meta semanal si te ayuda a llevar la cuenta. Es tu propio número.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/hours_panel.py" line="107" />
      <source>Your longest run: %Ln sessions in a row.</source>
      <translation>
        <numerusform>Tu racha más larga: %Ln sesiones seguidas.</numerusform>
        <numerusform>Tu racha más larga: %Ln sesiones seguidas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="148" />
      <source>Your own number of hours a week. Leave it at none if you like.</source>
      <translation>Tu propio número de horas por semana. Puedes dejarlo en “Sin meta” si prefieres.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="200" />
      <source>the last {weeks} weeks</source>
      <translation>las últimas {weeks} semanas</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="114" />
      <source>{n} attended</source>
      <translation>asistencias: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="118" />
      <source>{n} cancelled</source>
      <translation>cancelaciones: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="116" />
      <source>{n} missed</source>
      <translation>faltas: {n}</translation>
    </message>
  </context>
  <context>
    <name>SessionMonth</name>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="69" />
      <source>Add a session on the chosen day</source>
      <translation>Agregar una sesión el día elegido</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="68" />
      <source>Add a session on this day</source>
      <translation>Agregar una sesión este día</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="56" />
      <source>Days of the month</source>
      <translation>Días del mes</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="45" />
      <source>Month calendar; days in bold have sessions</source>
      <translation>Calendario del mes; los días en negrita tienen sesiones</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="55" />
      <source>Next month</source>
      <translation>Mes siguiente</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="54" />
      <source>Previous month</source>
      <translation>Mes anterior</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="79" />
      <source>Sessions on the chosen day</source>
      <translation>Sesiones del día elegido</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="67" />
      <source>The chosen day</source>
      <translation>El día elegido</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/month_view.py" line="121" />
      <source>{day}: %Ln sessions</source>
      <translation>
        <numerusform>{day}: %Ln sesiones</numerusform>
        <numerusform>{day}: %Ln sesiones</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="121" />
      <source>{day}: 1 session</source>
      <translation>{day}: 1 sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="129" />
      <source>{day}: nothing planned.</source>
      <translation>{day}: nada planeado.</translation>
    </message>
  </context>
  <context>
    <name>SessionPartner</name>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="139" />
      <source>Invitations in words</source>
      <translation>Invitaciones en palabras</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="124" />
      <location filename="../../ui/sessions/partner_panel.py" line="125" />
      <source>Inviting my partner</source>
      <translation>Invitar a mi pareja</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="62" />
      <source>No invitations noted yet. If you invite your partner to a session, you can note their answer on it.</source>
      <translation>Aún no hay invitaciones anotadas. Si invitas a tu pareja a una sesión, puedes anotar su respuesta en ella.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="89" />
      <source>Reasons they gave:</source>
      <translation>Motivos que dio:</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="141" />
      <source>Sessions your partner was invited to, newest first</source>
      <translation>Sesiones a las que invitaste a tu pareja, recientes primero</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="131" />
      <source>Whether and how your partner joins in is up to them. This is a record for you.</source>
      <translation>Si tu pareja participa, y cómo, es su decisión. Esto es un registro para ti.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/partner_panel.py" line="100" />
      <source>You noted asking them %Ln times outside a session, on the Inviting my partner page.</source>
      <translation>
        <numerusform>Anotaste que se lo pediste %Ln veces fuera de una sesión, en la página Invitar a mi pareja.</numerusform>
        <numerusform>Anotaste que se lo pediste %Ln veces fuera de una sesión, en la página Invitar a mi pareja.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="100" />
      <source>You noted asking them once outside a session, on the Inviting my partner page.</source>
      <translation>Anotaste que se lo pediste una vez fuera de una sesión, en la página Invitar a mi pareja.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/partner_panel.py" line="69" />
      <source>You've invited your partner to %Ln sessions.</source>
      <translation>
        <numerusform>Has invitado a tu pareja a %Ln sesiones.</numerusform>
        <numerusform>Has invitado a tu pareja a %Ln sesiones.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="69" />
      <source>You've invited your partner to 1 session.</source>
      <translation>Has invitado a tu pareja a 1 sesión.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="77" />
      <source>{answer}: {n}</source>
      <translation>{answer}: {n}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="111" />
      <source>{day}{dot}Asked outside a session: {answer}</source>
      <translation>{day}{dot}Invitación fuera de una sesión: {answer}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="163" />
      <source>{day}{dot}{kind}: {answer}</source>
      <translation>{day}{dot}{kind}: {answer}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="84" />
      <source>{reason}: {n}</source>
      <translation>{reason}: {n}</translation>
    </message>
  </context>
  <context>
    <name>SessionProviders</name>
    <message numerus="yes">
      <location filename="../../ui/sessions/providers_dialog.py" line="75" />
      <source>%Ln sessions keep the name.</source>
      <translation>
        <numerusform>%Ln sesiones conservan el nombre.</numerusform>
        <numerusform>%Ln sesiones conservan el nombre.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="267" />
      <source>&amp;Add provider</source>
      <translation>&amp;Agregar profesional</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="127" />
      <source>&amp;New provider</source>
      <translation>&amp;Nuevo profesional</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="130" />
      <source>&amp;Remove…</source>
      <translation>&amp;Quitar…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="271" />
      <source>&amp;Save changes</source>
      <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="75" />
      <source>1 session keeps the name.</source>
      <translation>1 sesión conserva el nombre.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="145" />
      <source>A person's name, or the group's</source>
      <translation>El nombre de una persona o del grupo</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="153" />
      <source>A phone number, where to go, anything to remember</source>
      <translation>Un teléfono, a dónde ir, lo que quieras recordar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="128" />
      <source>Add a new provider</source>
      <translation>Agregar un profesional nuevo</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="268" />
      <source>Add this provider</source>
      <translation>Agregar este profesional</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="176" />
      <source>Close providers</source>
      <translation>Cerrar profesionales</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="270" />
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="66" />
      <source>Keep</source>
      <translation>Conservar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="160" />
      <source>Na&amp;me</source>
      <translation>No&amp;mbre</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="266" />
      <source>New provider</source>
      <translation>Nuevo profesional</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="123" />
      <source>No providers yet. Add the first one on the right.</source>
      <translation>Aún no hay profesionales. Agrega el primero a la derecha.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="162" />
      <source>No&amp;tes</source>
      <translation>No&amp;tas</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="152" />
      <source>Notes about this provider</source>
      <translation>Notas sobre este profesional</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="144" />
      <source>Provider's name</source>
      <translation>Nombre del profesional</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="148" />
      <source>Provider's role</source>
      <translation>Función del profesional</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="94" />
      <location filename="../../ui/sessions/providers_dialog.py" line="95" />
      <source>Providers</source>
      <translation>Profesionales</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="161" />
      <source>R&amp;ole</source>
      <translation>&amp;Función</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="65" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="131" />
      <source>Remove the chosen provider</source>
      <translation>Quitar el profesional elegido</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="60" />
      <source>Remove this provider?</source>
      <translation>¿Quitar este profesional?</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="61" />
      <source>Remove {name} from your providers?</source>
      <translation>¿Quitar a {name} de tus profesionales?</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="272" />
      <source>Save the changes to this provider</source>
      <translation>Guardar los cambios de este profesional</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="63" />
      <source>Sessions with them keep the name as text, so nothing you wrote is lost.</source>
      <translation>Sus sesiones conservan el nombre como texto, así no se pierde nada de lo que escribiste.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="107" />
      <source>The people and groups you see: a therapist, a counsellor, your IOP group. Choose them in a session instead of typing the name each time.</source>
      <translation>Las personas y grupos a los que ves: tu terapeuta, tu consejero/a, tu grupo del programa intensivo. Elígelos en una sesión en vez de escribir el nombre cada vez.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="149" />
      <source>Therapist, counsellor, group… (if you like)</source>
      <translation>Terapeuta, consejero/a, grupo… (si quieres)</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="334" />
      <source>Your changes are saved.</source>
      <translation>Tus cambios están guardados.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="118" />
      <source>Your providers</source>
      <translation>Tus profesionales</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="214" />
      <source>Your providers couldn't be read just now: {reason}</source>
      <translation>No se pudieron leer tus profesionales ahora: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="332" />
      <source>{name} is in your providers.</source>
      <translation>{name} está en tus profesionales.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="73" />
      <source>{name} is no longer in your providers.</source>
      <translation>{name} ya no está en tus profesionales.</translation>
    </message>
  </context>
  <context>
    <name>SessionRepeat</name>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="112" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="152" />
      <source>&amp;First day</source>
      <translation>P&amp;rimer día</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="150" />
      <source>&amp;How</source>
      <translation>&amp;Modalidad</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="149" />
      <source>&amp;Kind</source>
      <translation>&amp;Tipo</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="148" />
      <source>&amp;Length</source>
      <translation>&amp;Duración</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="151" />
      <source>&amp;Provider</source>
      <translation>&amp;Profesional</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="147" />
      <source>&amp;Starts at</source>
      <translation>&amp;Empieza a las</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="121" />
      <source>A name, or choose from the list</source>
      <translation>Un nombre, o elige de la lista</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="162" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="130" />
      <source>Ends on</source>
      <translation>Termina el</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="146" />
      <source>Every</source>
      <translation>Cada</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="129" />
      <source>First day</source>
      <translation>Primer día</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="84" />
      <source>For sessions on the same days every week. They're planned a few months ahead, and you can still change or cancel any one of them.</source>
      <translation>Para sesiones los mismos días cada semana. Se planean con unos meses de anticipación, y aún puedes cambiar o cancelar cualquiera.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="138" />
      <source>Last day</source>
      <translation>Último día</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="113" />
      <source>Length in minutes</source>
      <translation>Duración en minutos</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="157" />
      <location filename="../../ui/sessions/schedule_dialog.py" line="159" />
      <source>Plan these sessions</source>
      <translation>Planear estas sesiones</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="122" />
      <source>Provider or group</source>
      <translation>Profesional o grupo</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="74" />
      <location filename="../../ui/sessions/schedule_dialog.py" line="75" />
      <source>Repeating sessions</source>
      <translation>Sesiones repetidas</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="107" />
      <source>Start time</source>
      <translation>Hora de inicio</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="131" />
      <source>The schedule has a last day</source>
      <translation>El horario tiene un último día</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/schedule_dialog.py" line="217" />
      <source>Your repeating schedule is set. %Ln sessions are planned so far.</source>
      <translation>
        <numerusform>Tu horario repetido está listo. Hay %Ln sesiones planeadas por ahora.</numerusform>
        <numerusform>Tu horario repetido está listo. Hay %Ln sesiones planeadas por ahora.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="217" />
      <source>Your repeating schedule is set. 1 session is planned so far.</source>
      <translation>Tu horario repetido está listo. Hay 1 sesión planeada por ahora.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="125" />
      <location filename="../../ui/sessions/schedule_dialog.py" line="134" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
  </context>
  <context>
    <name>SessionTopics</name>
    <message>
      <location filename="../../ui/sessions/topics.py" line="50" />
      <source>About topics to bring up</source>
      <translation>Sobre los temas para hablar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="59" />
      <source>Add it to the list ({key})</source>
      <translation>Agregarlo a la lista ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="57" />
      <source>Add this topic</source>
      <translation>Agregar este tema</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="56" />
      <source>Add topic</source>
      <translation>Agregar tema</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="54" />
      <source>New topic to bring up</source>
      <translation>Tema nuevo para hablar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="105" />
      <source>Nothing waiting. Add something you'd like to talk about next time.</source>
      <translation>Nada pendiente. Agrega algo de lo que quieras hablar la próxima vez.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="53" />
      <source>Something to bring up next time</source>
      <translation>Algo para hablar la próxima vez</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="101" />
      <source>Tick one off once you've brought it up.</source>
      <translation>Marca cada uno cuando ya lo hayas hablado.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="43" />
      <source>Topics to bring up</source>
      <translation>Temas para hablar</translation>
    </message>
  </context>
  <context>
    <name>SessionTrash</name>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="79" />
      <source>Deleted sessions stay here for 30 days, with their homework, and then are removed for good.</source>
      <translation>Las sesiones eliminadas se quedan aquí 30 días, con su tarea, y luego se eliminan definitivamente.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="84" />
      <source>Remove for &amp;good…</source>
      <translation>Eliminar &amp;definitivamente…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="56" />
      <source>Remove for good?</source>
      <translation>¿Eliminar definitivamente?</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="85" />
      <source>Remove the chosen session for good</source>
      <translation>Eliminar definitivamente la sesión elegida</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="83" />
      <source>Restore the chosen session</source>
      <translation>Restaurar la sesión elegida</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="78" />
      <source>Sessions in the trash</source>
      <translation>Sesiones en la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="57" />
      <source>This session and its homework will be gone for good. This can't be undone.</source>
      <translation>Esta sesión y su tarea se eliminarán definitivamente. Esto no se puede deshacer.</translation>
    </message>
  </context>
  <context>
    <name>SessionUpcoming</name>
    <message numerus="yes">
      <location filename="../../ui/sessions/upcoming_view.py" line="241" />
      <source>%Ln more are waiting; you'll find them under Past.</source>
      <translation>
        <numerusform>Hay %Ln más esperando; las encontrarás en Pasadas.</numerusform>
        <numerusform>Hay %Ln más esperando; las encontrarás en Pasadas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="241" />
      <source>1 more is waiting; you'll find it under Past.</source>
      <translation>Hay 1 más esperando; la encontrarás en Pasadas.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="77" />
      <location filename="../../ui/sessions/upcoming_view.py" line="78" />
      <source>Add a session</source>
      <translation>Agregar una sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="41" />
      <source>Attended</source>
      <translation>Asistí</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="192" />
      <source>Bring up next time</source>
      <translation>Para hablar la próxima vez</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="43" />
      <source>Cancelled</source>
      <translation>Se canceló</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="134" />
      <source>Coming up</source>
      <translation>Próximas</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="76" />
      <source>Getting started</source>
      <translation>Para empezar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="95" />
      <source>How did these go?</source>
      <translation>¿Cómo te fue en estas?</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="41" />
      <source>I attended</source>
      <translation>Asistí a</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="42" />
      <source>I missed</source>
      <translation>Falté a</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="43" />
      <source>It was cancelled:</source>
      <translation>Se canceló:</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="42" />
      <source>Missed</source>
      <translation>Falté</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="104" />
      <location filename="../../ui/sessions/upcoming_view.py" line="105" />
      <location filename="../../ui/sessions/upcoming_view.py" line="184" />
      <source>Next session</source>
      <translation>Próxima sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="171" />
      <source>No sessions here yet. Add your next appointment, or set up a repeating schedule if your program meets on the same days each week.</source>
      <translation>Aún no hay sesiones aquí. Agrega tu próxima cita, o crea un horario recurrente si tu programa se reúne los mismos días cada semana.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="204" />
      <source>Nothing else planned after that yet.</source>
      <translation>Todavía no hay nada más planeado después de esa.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="188" />
      <source>Nothing planned right now.</source>
      <translation>No hay nada planeado por ahora.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="114" />
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="115" />
      <source>Open the next session</source>
      <translation>Abrir la próxima sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="139" />
      <source>Planned sessions, soonest first</source>
      <translation>Sesiones planeadas, más próximas primero</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="96" />
      <source>Sessions that are over, waiting for a word</source>
      <translation>Sesiones que ya pasaron, esperando unas palabras</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="80" />
      <location filename="../../ui/sessions/upcoming_view.py" line="81" />
      <source>Set up a repeating schedule</source>
      <translation>Crear un horario recurrente</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="109" />
      <source>The next session</source>
      <translation>La próxima sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="117" />
      <location filename="../../ui/sessions/upcoming_view.py" line="194" />
      <source>To bring up</source>
      <translation>Para hablar</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="186" />
      <source>To bring up there</source>
      <translation>Para hablar ahí</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="190" />
      <source>Topics you add here wait for your next session.</source>
      <translation>Los temas que agregues aquí esperan a tu próxima sesión.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="206" />
      <source>When you know your next session, add it with New session.</source>
      <translation>Cuando sepas cuál es tu próxima sesión, agrégala con Nueva sesión.</translation>
    </message>
  </context>
  <context>
    <name>Sessions</name>
    <message>
      <location filename="../../ui/sessions/words.py" line="90" />
      <source>Attended</source>
      <translation>Asistí</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="92" />
      <source>Cancelled</source>
      <translation>Cancelada</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="83" />
      <source>In person</source>
      <translation>En persona</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="91" />
      <source>Missed</source>
      <translation>Falté</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/session_list.py" line="67" />
      <source>Partner: {answer}</source>
      <translation>Pareja: {answer}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="82" />
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="89" />
      <source>Planned</source>
      <translation>Planeada</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/session_list.py" line="69" />
      <source>Repeats</source>
      <translation>Se repite</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="179" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation>Algo falló de nuestro lado. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="123" />
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="125" />
      <source>Tomorrow</source>
      <translation>Mañana</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="81" />
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="127" />
      <source>Yesterday</source>
      <translation>Ayer</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/session_list.py" line="91" />
      <source>Your sessions couldn't be read just now: {reason}</source>
      <translation>No se pudieron leer tus sesiones ahora: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="129" />
      <source>ddd d MMM</source>
      <translation>ddd d MMM</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="129" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="134" />
      <source>dddd d MMMM yyyy</source>
      <translation>dddd d 'de' MMMM 'de' yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="123" />
      <source>today</source>
      <translation>hoy</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="125" />
      <source>tomorrow</source>
      <translation>mañana</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="127" />
      <source>yesterday</source>
      <translation>ayer</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="154" />
      <source>{day}, {times}</source>
      <translation>{day}, {times}</translation>
    </message>
  </context>
  <context>
    <name>SessionsPage</name>
    <message>
      <location filename="../../ui/sessions/page.py" line="232" />
      <source>&amp;Month</source>
      <translation>&amp;Mes</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="174" />
      <source>&amp;New session</source>
      <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="231" />
      <source>&amp;Past</source>
      <translation>Pas&amp;adas</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="178" />
      <source>&amp;Repeat…</source>
      <translation>&amp;Repetir…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="230" />
      <source>&amp;Upcoming</source>
      <translation>&amp;Próximas</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="176" />
      <source>Add a session ({key})</source>
      <translation>Agregar una sesión ({key})</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="192" />
      <source>Add to &amp;calendar…</source>
      <translation>Agregar al &amp;calendario…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="88" />
      <source>All kinds</source>
      <translation>Todos los tipos</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="93" />
      <source>Any status</source>
      <translation>Cualquier estado</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="190" />
      <source>Deleted sessions, kept for 30 days</source>
      <translation>Sesiones eliminadas, guardadas 30 días</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="175" />
      <location filename="../../ui/sessions/page.py" line="334" />
      <source>New session</source>
      <translation>Nueva sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="435" />
      <source>No past sessions match these choices.</source>
      <translation>Ninguna sesión pasada coincide con lo que elegiste.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="98" />
      <source>Partner: any</source>
      <translation>Pareja: cualquiera</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="265" />
      <source>Past sessions, newest first</source>
      <translation>Sesiones pasadas, las más recientes primero</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="182" />
      <source>Prov&amp;iders…</source>
      <translation>Pro&amp;fesionales…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="196" />
      <location filename="../../ui/sessions/page.py" line="197" />
      <source>Remind me before sessions</source>
      <translation>Recordarme antes de las sesiones</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="193" />
      <source>Save planned sessions as a calendar file</source>
      <translation>Guardar las sesiones planeadas como archivo de calendario</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="194" />
      <source>Save your planned sessions as a calendar (.ics) file</source>
      <translation>Guardar tus sesiones planeadas como archivo de calendario (.ics)</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="717" />
      <source>Saved 1 planned session to the calendar file.</source>
      <translation>Se guardó 1 sesión planeada en el archivo de calendario.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="715" />
      <source>Saved {n} planned sessions to the calendar file.</source>
      <translation>Se guardaron {n} sesiones planeadas en el archivo de calendario.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="145" />
      <location filename="../../ui/sessions/page.py" line="172" />
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="189" />
      <source>Sessions in the trash</source>
      <translation>Sesiones en la papelera</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="180" />
      <source>Sessions on the same days every week</source>
      <translation>Sesiones los mismos días cada semana</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="437" />
      <source>Sessions you've been to will show here, newest first.</source>
      <translation>Las sesiones a las que hayas ido aparecerán aquí, las más recientes primero.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="179" />
      <source>Set up repeating sessions</source>
      <translation>Programar sesiones repetidas</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="232" />
      <source>Show a month calendar</source>
      <translation>Mostrar un calendario del mes</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="231" />
      <source>Show past sessions</source>
      <translation>Mostrar sesiones pasadas</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="97" />
      <source>Show past sessions by your partner's answer</source>
      <translation>Mostrar sesiones pasadas según la respuesta de tu pareja</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="87" />
      <source>Show past sessions of this kind</source>
      <translation>Mostrar sesiones pasadas de este tipo</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="92" />
      <source>Show past sessions with this status</source>
      <translation>Mostrar sesiones pasadas con este estado</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="230" />
      <source>Show upcoming sessions</source>
      <translation>Mostrar próximas sesiones</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="619" />
      <source>That didn't work: {reason}</source>
      <translation>No funcionó: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="724" />
      <source>The calendar file wasn't saved: {reason}</source>
      <translation>No se guardó el archivo de calendario: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="696" />
      <source>The journal can't be opened from here just now.</source>
      <translation>No se puede abrir el diario desde aquí ahora.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="185" />
      <source>The people and groups you see, to choose from in a session</source>
      <translation>Las personas y grupos con quienes vas, para elegir en una sesión</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="574" />
      <source>The session is back.</source>
      <translation>La sesión volvió.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="563" />
      <source>The session is in the trash.</source>
      <translation>La sesión está en la papelera.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="188" />
      <source>Trash…</source>
      <translation>Papelera…</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="565" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="199" />
      <source>While Mooring is open, a short reminder shows {minutes} minutes before a planned session. It never says what the session is.</source>
      <translation>Mientras Mooring está abierto, aparece un recordatorio breve {minutes} minutos antes de una sesión planeada. Nunca dice de qué es la sesión.</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="467" />
      <source>Your hours couldn't be read just now: {reason}</source>
      <translation>No se pudieron leer tus horas ahora: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="183" />
      <source>Your providers</source>
      <translation>Tus profesionales</translation>
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="413" />
      <source>Your sessions couldn't be read just now: {reason}</source>
      <translation>No se pudieron leer tus sesiones ahora: {reason}</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="101" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="199" />
      <source>&amp;Colours</source>
      <translation>&amp;Colores</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="109" />
      <source>&amp;Discreet mode</source>
      <translation>Modo &amp;discreto</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="122" />
      <source>&amp;Lock after</source>
      <translation>&amp;Bloquear tras</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="114" />
      <source>&amp;Remember on this device</source>
      <translation>&amp;Recordar en este dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="217" />
      <source>&amp;Where you live</source>
      <translation>Dónde &amp;vives</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="140" />
      <source>Anyone who can use this computer account could then open your journal.</source>
      <translation>Cualquiera que pueda usar esta cuenta de la computadora podría abrir tu diario.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="177" />
      <location filename="../../ui/shell/settings_dialog.py" line="179" />
      <source>Appearance</source>
      <translation>Apariencia</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="278" />
      <source>Based on this computer (somewhere else)</source>
      <translation>Según esta computadora (otro lugar)</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="279" />
      <source>Based on this computer ({place})</source>
      <translation>Según esta computadora ({place})</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="165" />
      <source>Both ask for your current passphrase. If you ever forget the passphrase, the recovery code is your way back in.</source>
      <translation>Ambos piden tu frase de acceso actual. Si alguna vez la olvidas, el código de recuperación es tu forma de volver a entrar.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="148" />
      <source>Change &amp;passphrase…</source>
      <translation>Cambiar &amp;frase de acceso…</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="149" />
      <source>Change passphrase</source>
      <translation>Cambiar frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="241" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="60" />
      <source>Dark</source>
      <translation>Oscuro</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="110" />
      <source>Discreet mode</source>
      <translation>Modo discreto</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="344" />
      <source>Done. Mooring will open on this computer without asking.</source>
      <translation>Listo. Mooring se abrirá en esta computadora sin preguntar.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="58" />
      <location filename="../../ui/shell/settings_dialog.py" line="188" />
      <source>Follow system</source>
      <translation>Igual que el sistema</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="204" />
      <source>Help lines</source>
      <translation>Líneas de ayuda</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="61" />
      <source>High contrast</source>
      <translation>Alto contraste</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="200" />
      <source>Lan&amp;guage</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="187" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="59" />
      <source>Light</source>
      <translation>Claro</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="103" />
      <source>Lock after this many minutes without activity</source>
      <translation>Bloquear después de estos minutos sin actividad</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="151" />
      <source>Make a &amp;new recovery code…</source>
      <translation>Crear un &amp;nuevo código de recuperación…</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="152" />
      <source>Make a new recovery code</source>
      <translation>Crear un nuevo código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="124" />
      <source>Mooring locks itself when you haven't used it for this long.</source>
      <translation>Mooring se bloquea solo cuando no lo usas durante este tiempo.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="269" />
      <source>Mooring will use this language the next time it opens.</source>
      <translation>Mooring usará este idioma la próxima vez que se abra.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="147" />
      <source>Passphrase and recovery code</source>
      <translation>Frase de acceso y código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="95" />
      <source>Privacy</source>
      <translation>Privacidad</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="115" />
      <source>Remember on this device</source>
      <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="90" />
      <location filename="../../ui/shell/settings_dialog.py" line="91" />
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="230" />
      <source>Shortcuts</source>
      <translation>Atajos</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="129" />
      <source>Shows the plain name “Notes” and a plain icon at once, and keeps the “Get help now” button off the lock screen (F1 still opens it). Some task bars show the new name after the next start.</source>
      <translation>Muestra de inmediato el nombre simple “Notas” y un ícono simple, y quita el botón “Pedir ayuda ahora” de la pantalla de bloqueo (F1 lo sigue abriendo). Algunas barras de tareas muestran el nuevo nombre tras el siguiente inicio.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="206" />
      <source>Where you live, for the help lines shown first</source>
      <translation>Dónde vives, para las líneas de ayuda que se muestran primero</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="313" />
      <source>Your last new recovery code was wiped before you ticked “I have stored it somewhere safe”. To be sure you have a code that works, please make a new one.</source>
      <translation>Tu código de recuperación más reciente se borró antes de que marcaras “Ya lo guardé en un lugar seguro”. Para asegurarte de tener un código que funcione, crea uno nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="220" />
      <source>“Get help now” and the Safety page show this place’s lines first, then a directory of lines in many countries. Only the choice is stored, never anything you wrote.</source>
      <translation>“Pedir ayuda ahora” y la página Seguridad muestran primero las líneas de este lugar y luego un directorio de líneas de muchos países. Solo se guarda lo que elijas, nunca nada de lo que escribiste.</translation>
    </message>
  </context>
  <context>
    <name>SetupScreen</name>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="103" />
      <source>&amp;Create my journal</source>
      <translation>&amp;Crear mi diario</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="231" />
      <source>&amp;Finish</source>
      <translation>&amp;Terminar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="100" />
      <source>&amp;Passphrase</source>
      <translation>&amp;Frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="224" />
      <source>&amp;Remember on this device</source>
      <translation>&amp;Recordar en este dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="100" />
      <source>&amp;Type it again</source>
      <translation>&amp;Escríbela otra vez</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="227" />
      <source>Anyone who can use this computer account could then open your journal.</source>
      <translation>Cualquier persona que pueda usar esta cuenta de la computadora podría abrir tu diario.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="185" />
      <source>Co&amp;ntinue</source>
      <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="93" />
      <source>Confirm passphrase</source>
      <translation>Confirmar frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="186" />
      <source>Continue</source>
      <translation>Continuar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="104" />
      <source>Create my journal</source>
      <translation>Crear mi diario</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="140" />
      <source>Creating your journal… this takes a moment.</source>
      <translation>Creando tu diario… esto tarda un momento.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="232" />
      <source>Finish</source>
      <translation>Terminar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="169" />
      <source>If you ever forget your passphrase, this code is the only way back into your journal. It is shown only this once. Keep it somewhere safe and private, away from this computer.</source>
      <translation>Si alguna vez olvidas tu frase de acceso, este código es la única forma de volver a entrar a tu diario. Solo se muestra esta vez. Guárdalo en un lugar seguro y privado, lejos de esta computadora.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="217" />
      <source>Mooring can remember your key on this computer, so it opens without your passphrase. Most people leave this off.</source>
      <translation>Mooring puede recordar tu clave en esta computadora para abrirse sin tu frase de acceso. La mayoría de las personas lo deja desactivado.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="93" />
      <source>New passphrase</source>
      <translation>Nueva frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="215" />
      <source>One last choice</source>
      <translation>Una última elección</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="225" />
      <source>Remember on this device</source>
      <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="65" />
      <source>Set up Mooring</source>
      <translation>Configurar Mooring</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="133" />
      <source>The two passphrases are different. Please type the second one again.</source>
      <translation>Las dos frases de acceso son distintas. Escribe la segunda otra vez.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="83" />
      <source>This is a private place for your thoughts and your recovery work. Everything stays on this computer, locked with a passphrase only you know.

Choose a passphrase: a few unrelated words are easy to remember and hard to guess. Please pick one nobody else at home would think of.</source>
      <translation>Este es un lugar privado para tus pensamientos y tu trabajo de recuperación. Todo se queda en esta computadora, bloqueado con una frase de acceso que solo tú conoces.

Elige una frase de acceso: unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. Elige una que nadie más en casa pueda imaginar.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="81" />
      <source>Welcome to Mooring</source>
      <translation>Te damos la bienvenida a Mooring</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="263" />
      <source>You can try again later in Settings. Choose Finish to go on.</source>
      <translation>Puedes intentarlo de nuevo más tarde en Configuración. Elige Terminar para seguir.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="167" />
      <source>Your recovery code</source>
      <translation>Tu código de recuperación</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="85" />
      <source>Get help now (works while locked, too)</source>
      <translation>Pedir ayuda ahora (funciona incluso con Mooring bloqueado)</translation>
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="94" />
      <source>Go to a section by its place in the list</source>
      <translation>Ir a una sección por su lugar en la lista</translation>
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="84" />
      <source>Lock</source>
      <translation>Bloquear</translation>
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="83" />
      <source>Lock and hide at once</source>
      <translation>Bloquear y ocultar de inmediato</translation>
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="97" />
      <source>Move between the sections list and the page</source>
      <translation>Moverte entre la lista de secciones y la página</translation>
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="87" />
      <source>New journal entry (on Sessions or Boundaries: a new one)</source>
      <translation>Nueva entrada del diario (en Sesiones o Límites: nueva sesión o nuevo límite)</translation>
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="86" />
      <source>Save and quit</source>
      <translation>Guardar y salir</translation>
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="90" />
      <source>Save now (everything also saves as you go)</source>
      <translation>Guardar ahora (todo se guarda también sobre la marcha)</translation>
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="89" />
      <source>Search your journal</source>
      <translation>Buscar en tu diario</translation>
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="91" />
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="88" />
      <source>Write from a prompt</source>
      <translation>Escribir con una sugerencia</translation>
    </message>
  </context>
  <context>
    <name>StrengthHint</name>
    <message>
      <location filename="../../ui/common/strength.py" line="70" />
      <source>A few unrelated words you can remember work well.</source>
      <translation>Funcionan bien unas cuantas palabras sueltas que puedas recordar.</translation>
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="27" />
      <source>Fair</source>
      <translation>Aceptable</translation>
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="28" />
      <source>Good</source>
      <translation>Buena</translation>
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="25" />
      <source>Not yet</source>
      <translation>Todavía no</translation>
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="43" />
      <source>Passphrase strength</source>
      <translation>Seguridad de la frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="95" />
      <location filename="../../ui/common/strength.py" line="96" />
      <source>Show what I type</source>
      <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="29" />
      <source>Strong</source>
      <translation>Fuerte</translation>
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="26" />
      <source>Weak</source>
      <translation>Débil</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message numerus="yes">
      <location filename="../../ui/timeline/words.py" line="249" />
      <location filename="../../ui/timeline/words.py" line="255" />
      <source>%Ln answers</source>
      <translation>
        <numerusform>%Ln respuestas</numerusform>
        <numerusform>%Ln respuestas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/timeline/words.py" line="172" />
      <source>%Ln minutes</source>
      <translation>
        <numerusform>%Ln minutos</numerusform>
        <numerusform>%Ln minutos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="73" />
      <source>&amp;From</source>
      <translation>&amp;Desde</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="62" />
      <source>&amp;Show</source>
      <translation>&amp;Mostrar</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="249" />
      <location filename="../../ui/timeline/words.py" line="255" />
      <source>1 answer</source>
      <translation>1 respuesta</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="172" />
      <source>1 minute</source>
      <translation>1 minuto</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="214" />
      <source>A boundary</source>
      <translation>Un límite</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="260" />
      <source>A questionnaire</source>
      <translation>Un cuestionario</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="186" />
      <source>An exercise</source>
      <translation>Un ejercicio</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="78" />
      <source>Boundary moment</source>
      <translation>Momento de un límite</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="60" />
      <source>Boundary moments</source>
      <translation>Momentos de límites</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="74" />
      <location filename="../../ui/timeline/words.py" line="155" />
      <source>Check-in</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="56" />
      <source>Check-ins</source>
      <translation>Registros</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="83" />
      <source>Clear the kind, the days and the mark</source>
      <translation>Quitar el tipo, los días y la marca</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="59" />
      <source>Everything</source>
      <translation>Todo</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/page.py" line="76" />
      <source>Everything you have noted, newest first. Press Enter on one to open it.</source>
      <translation>Todo lo que has anotado, lo más reciente primero. Presiona Enter en algo para abrirlo.</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="77" />
      <source>Exercise</source>
      <translation>Ejercicio</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="59" />
      <source>Exercises</source>
      <translation>Ejercicios</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="188" />
      <source>Finished</source>
      <translation>Terminado</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="76" />
      <source>First day to show</source>
      <translation>Primer día a mostrar</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="181" />
      <source>Homework</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="58" />
      <location filename="../../ui/timeline/words.py" line="76" />
      <source>Homework done</source>
      <translation>Tarea hecha</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="254" />
      <source>How things are between us in {month}</source>
      <translation>Cómo estamos como pareja en {month}</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="227" />
      <source>I asked about therapy together</source>
      <translation>Pregunté sobre ir juntos a terapia</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="210" />
      <location filename="../../ui/timeline/words.py" line="239" />
      <source>I felt {n} of 10</source>
      <translation>Sentí {n} de 10</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="79" />
      <source>Invitation</source>
      <translation>Invitación</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="61" />
      <source>Invitations</source>
      <translation>Invitaciones</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="55" />
      <source>Journal entries</source>
      <translation>Entradas del diario</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="69" />
      <source>Journal entries, exercises and boundaries marked “Bring to therapy”</source>
      <translation>Entradas del diario, ejercicios y límites marcados “Llevar a terapia”</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="73" />
      <source>Journal entry</source>
      <translation>Entrada del diario</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="57" />
      <source>Kind of thing to show</source>
      <translation>Tipo de cosas a mostrar</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="77" />
      <source>Last day to show</source>
      <translation>Último día a mostrar</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="114" />
      <source>MMMM yyyy</source>
      <translation>MMMM 'de' yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="151" />
      <source>Mood {mood}, stress {stress}, craving {craving}</source>
      <translation>Ánimo {mood}, estrés {stress}, ganas de consumir {craving}</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="196" />
      <source>Not finished yet</source>
      <translation>Aún sin terminar</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/page.py" line="177" />
      <source>Nothing here matches what you chose.</source>
      <translation>Nada aquí coincide con lo que elegiste.</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/page.py" line="180" />
      <source>Nothing here yet. Journal entries, check-ins, sessions and the rest show up here as you add them, newest first.</source>
      <translation>Aún no hay nada. Las entradas del diario, los registros, las sesiones y lo demás aparecen aquí a medida que los agregas, lo más reciente primero.</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="65" />
      <source>Only what I marked to &amp;bring to therapy</source>
      <translation>Solo lo que marqué para &amp;llevar a terapia</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="176" />
      <source>Partner: {answer}</source>
      <translation>Pareja: {answer}</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/rows.py" line="385" />
      <source>Press Enter to open the chosen item where it lives.</source>
      <translation>Presiona Enter para abrir el elemento elegido en su lugar.</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="82" />
      <source>Questionnaire</source>
      <translation>Cuestionario</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="64" />
      <source>Questionnaires</source>
      <translation>Cuestionarios</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="80" />
      <source>Reflection</source>
      <translation>Reflexión</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="62" />
      <source>Reflections</source>
      <translation>Reflexiones</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="81" />
      <source>Relationship check-in</source>
      <translation>Registro de la relación</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="63" />
      <source>Relationship check-ins</source>
      <translation>Registros de la relación</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="83" />
      <source>Safety check</source>
      <translation>Revisión de seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="286" />
      <location filename="../../ui/timeline/words.py" line="281" />
      <source>Safety check saved</source>
      <translation>Revisión de seguridad guardada</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="65" />
      <source>Safety checks</source>
      <translation>Revisiones de seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="75" />
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="57" />
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="80" />
      <source>Show &amp;everything</source>
      <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/page.py" line="90" />
      <source>Show everything</source>
      <translation>Mostrar todo</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="82" />
      <location filename="../../ui/timeline/page.py" line="92" />
      <source>Show everything again</source>
      <translation>Mostrar todo otra vez</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="75" />
      <source>Show only the days between two dates</source>
      <translation>Mostrar solo los días entre dos fechas</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="67" />
      <source>Show only what I marked to bring to therapy</source>
      <translation>Mostrar solo lo que marqué para llevar a terapia</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="85" />
      <source>Something noted</source>
      <translation>Algo anotado</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/page.py" line="203" />
      <source>That part of Mooring isn't available just now.</source>
      <translation>Esa parte de Mooring no está disponible ahora.</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/page.py" line="65" />
      <location filename="../../ui/timeline/page.py" line="74" />
      <source>Timeline</source>
      <translation>Línea de tiempo</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/rows.py" line="384" />
      <source>Timeline, newest first</source>
      <translation>Línea de tiempo, lo más reciente primero</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="95" />
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="99" />
      <source>Tomorrow</source>
      <translation>Mañana</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="142" />
      <source>Untitled entry</source>
      <translation>Entrada sin título</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="248" />
      <source>Why they might be saying no, and what it does to me</source>
      <translation>Por qué podría estar diciendo que no, y cómo me afecta</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="97" />
      <source>Yesterday</source>
      <translation>Ayer</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="346" />
      <source>Your timeline couldn't be read just now. Please try again.</source>
      <translation>No se pudo leer tu línea de tiempo ahora. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="342" />
      <source>Your timeline couldn't be read just now: {reason}</source>
      <translation>No se pudo leer tu línea de tiempo ahora: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="124" />
      <source>d MMM yyyy</source>
      <translation>d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="100" />
      <source>ddd d MMM</source>
      <translation>ddd d MMM</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="100" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="283" />
      <source>no to all {n} answered</source>
      <translation>«no» en las {n} respondidas</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="78" />
      <source>to</source>
      <translation>hasta</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="322" />
      <source>to bring to therapy</source>
      <translation>para llevar a terapia</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="285" />
      <source>yes to {yes} of {n} answered</source>
      <translation>«sí» en {yes} de {n} respondidas</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="192" />
      <source>{answered} of {steps} steps, not finished yet</source>
      <translation>{answered} de {steps} pasos, aún sin terminar</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="229" />
      <source>{answer} (they brought it up)</source>
      <translation>{answer} (lo mencionó mi pareja)</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="275" />
      <location filename="../../ui/timeline/words.py" line="270" />
      <source>{name}: {score}</source>
      <translation>{name}: {score}</translation>
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="274" />
      <source>{score} of {top}</source>
      <translation>{score} de {top}</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../ui/today/page.py" line="379" />
      <source>A minute to notice how you are. There are no wrong answers.</source>
      <translation>Un minuto para notar cómo estás. No hay respuestas incorrectas.</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="281" />
      <source>A question for today</source>
      <translation>Una pregunta para hoy</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/today/page.py" line="467" />
      <source>And %Ln more.</source>
      <translation>
        <numerusform>Y %Ln más.</numerusform>
        <numerusform>Y %Ln más.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="467" />
      <source>And 1 more.</source>
      <translation>Y 1 más.</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="375" />
      <source>Change it</source>
      <translation>Cambiarlo</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="376" />
      <source>Change today's check-in</source>
      <translation>Cambiar el registro del día</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="217" />
      <location filename="../../ui/today/page.py" line="381" />
      <location filename="../../ui/today/page.py" line="382" />
      <source>Check in now</source>
      <translation>Registrar ahora</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="371" />
      <source>Done for today. Mood {mood}, stress {stress}, craving {craving} (out of 10).</source>
      <translation>Listo por hoy. Ánimo {mood}, estrés {stress}, ganas de consumir {craving} (de 10).</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="464" />
      <source>Done today</source>
      <translation>Hecho hoy</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="491" />
      <source>Due today</source>
      <translation>Para hoy</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="493" />
      <source>From your session on {day}</source>
      <translation>De tu sesión del {day}</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="385" />
      <location filename="../../ui/today/page.py" line="386" />
      <source>Go to check-ins</source>
      <translation>Ir a los registros</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="416" />
      <location filename="../../ui/today/page.py" line="417" />
      <source>Go to sessions</source>
      <translation>Ir a las sesiones</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="87" />
      <source>Good afternoon</source>
      <translation>Buenas tardes</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="89" />
      <source>Good evening</source>
      <translation>Buenas noches</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="85" />
      <source>Good morning</source>
      <translation>Buenos días</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="432" />
      <source>Happening now, until {time}</source>
      <translation>En curso, hasta las {time}</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="90" />
      <source>Hello</source>
      <translation>Hola</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="243" />
      <source>Homework</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="225" />
      <source>Next session</source>
      <translation>Próxima sesión</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="410" />
      <source>No sessions planned. Add one, or set up a repeating schedule.</source>
      <translation>No hay sesiones planeadas. Agrega una o configura un horario que se repita.</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="473" />
      <source>Nothing due today. When a session gives you something to try, it will show up here to tick off.</source>
      <translation>Nada para hoy. Cuando una sesión te dé algo para probar, aparecerá aquí para marcarlo.</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="232" />
      <location filename="../../ui/today/page.py" line="406" />
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="407" />
      <source>Open your next session</source>
      <translation>Abrir tu próxima sesión</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="412" />
      <location filename="../../ui/today/page.py" line="413" />
      <source>Plan a session</source>
      <translation>Planear una sesión</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="283" />
      <source>Prompt of the day</source>
      <translation>Tema del día</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="251" />
      <source>See all homework</source>
      <translation>Ver todas las tareas</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="254" />
      <source>See all your homework on the sessions page</source>
      <translation>Ver todas tus tareas en la página de sesiones</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="268" />
      <source>See your list</source>
      <translation>Ver tu lista</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="271" />
      <source>See your list of things to bring up</source>
      <translation>Ver tu lista de cosas para hablar</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="100" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation>Algo salió mal de nuestro lado. Vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="553" />
      <source>That couldn't be saved: {reason}</source>
      <translation>No se pudo guardar: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="185" />
      <source>This is your private space. Nothing here leaves this computer.</source>
      <translation>Este es tu espacio privado. Nada de aquí sale de esta computadora.</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="265" />
      <source>To bring up next time</source>
      <translation>Para hablar la próxima vez</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="130" />
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="434" />
      <source>Today at {time}</source>
      <translation>Hoy a las {time}</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="215" />
      <source>Today's check-in</source>
      <translation>Registro del día</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="387" />
      <source>Today's check-in couldn't be loaded just now.</source>
      <translation>No se pudo cargar el registro del día en este momento.</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="601" />
      <source>Today's question couldn't be loaded just now.</source>
      <translation>No se pudo cargar la pregunta de hoy en este momento.</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="436" />
      <source>Tomorrow at {time}</source>
      <translation>Mañana a las {time}</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="489" />
      <source>Was due {day}</source>
      <translation>Era para el {day}</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="405" />
      <source>With {name}</source>
      <translation>Con {name}</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="285" />
      <source>Write about this</source>
      <translation>Escribir sobre esto</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="288" />
      <source>Write about today's question in your journal</source>
      <translation>Escribir en tu diario sobre la pregunta de hoy</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="454" />
      <source>Your homework couldn't be loaded just now.</source>
      <translation>No se pudieron cargar tus tareas en este momento.</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="584" />
      <source>Your list of things to bring up couldn't be loaded just now.</source>
      <translation>No se pudo cargar tu lista de cosas para hablar en este momento.</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="415" />
      <source>Your next session couldn't be loaded just now.</source>
      <translation>No se pudo cargar tu próxima sesión en este momento.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/today/page.py" line="578" />
      <source>and %Ln more</source>
      <translation>
        <numerusform>y %Ln más</numerusform>
        <numerusform>y %Ln más</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="578" />
      <source>and 1 more</source>
      <translation>y 1 más</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="428" />
      <source>by phone</source>
      <translation>por teléfono</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="427" />
      <source>by video</source>
      <translation>por video</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="70" />
      <source>ddd d MMM</source>
      <translation>ddd d MMM</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="70" />
      <source>ddd d MMM yyyy</source>
      <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="429" />
      <source>in person</source>
      <translation>en persona</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="438" />
      <source>{day} at {time}</source>
      <translation>{day} a las {time}</translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="439" />
      <source>{when}, {how}</source>
      <translation>{when}, {how}</translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../ui/common/trash_dialog.py" line="110" />
      <source>&amp;Restore</source>
      <translation>&amp;Restaurar</translation>
    </message>
    <message>
      <location filename="../../ui/common/trash_dialog.py" line="191" />
      <source>That didn't work just now. Please try again.</source>
      <translation>Eso no funcionó en este momento. Vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="../../ui/common/trash_dialog.py" line="106" />
      <source>The trash is empty.</source>
      <translation>La papelera está vacía.</translation>
    </message>
  </context>
  <context>
    <name>UnlockScreen</name>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="173" />
      <source>&amp;Back</source>
      <translation>&amp;Volver</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="166" />
      <source>&amp;New passphrase</source>
      <translation>&amp;Nueva frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="108" />
      <source>&amp;Restore newest backup</source>
      <translation>&amp;Restaurar la copia más reciente</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="169" />
      <source>&amp;Set passphrase and open</source>
      <translation>&amp;Guardar frase y abrir</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="89" />
      <source>&amp;Unlock</source>
      <translation>&amp;Desbloquear</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="174" />
      <source>Back to passphrase</source>
      <translation>Volver a la frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="166" />
      <source>Con&amp;firm</source>
      <translation>Con&amp;firmar</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="158" />
      <source>Confirm new passphrase</source>
      <translation>Confirmar la nueva frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="56" />
      <location filename="../../ui/shell/unlock_screen.py" line="209" />
      <source>Locked</source>
      <translation>Bloqueado</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="295" />
      <source>Mooring found damage in your journal. Type your passphrase, then choose Restore newest backup; the damaged file is kept aside, not deleted.</source>
      <translation>Mooring encontró daños en tu diario. Escribe tu frase de acceso y luego elige Restaurar la copia más reciente; el archivo dañado se guarda aparte, no se elimina.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="100" />
      <source>Mooring keeps backups of your journal. Restoring puts the newest good backup in place. The damaged file is first copied aside, so nothing is deleted. Changes made after that backup may be missing.</source>
      <translation>Mooring guarda copias de seguridad de tu diario. Al restaurar, se pone en su lugar la copia buena más reciente. Antes, el archivo dañado se copia aparte, así que no se elimina nada. Pueden faltar los cambios hechos después de esa copia.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="158" />
      <source>New passphrase</source>
      <translation>Nueva frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="353" />
      <source>No usable backup was found, so nothing was changed. Your files are still in the data folder; please don't delete them.</source>
      <translation>No se encontró ninguna copia de seguridad utilizable, así que no se cambió nada. Tus archivos siguen en la carpeta de datos; no los elimines.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="279" />
      <source>Opening…</source>
      <translation>Abriendo…</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="86" />
      <location filename="../../ui/shell/unlock_screen.py" line="87" />
      <source>Passphrase</source>
      <translation>Frase de acceso</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="287" />
      <source>Please type your passphrase this time.</source>
      <translation>Esta vez, escribe tu frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="308" />
      <source>Please type your passphrase.</source>
      <translation>Escribe tu frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="368" />
      <source>Please type your recovery code.</source>
      <translation>Escribe tu código de recuperación.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="165" />
      <source>Recovery &amp;code</source>
      <translation>&amp;Código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="153" />
      <source>Recovery code</source>
      <translation>Código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="98" />
      <source>Restore from a backup</source>
      <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="109" />
      <source>Restore newest backup</source>
      <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="340" />
      <source>Restoring…</source>
      <translation>Restaurando…</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="170" />
      <source>Set passphrase and open</source>
      <translation>Guardar frase y abrir</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="262" />
      <source>Still opening. The first time after an update, a large journal can take a minute or two to get ready.</source>
      <translation>Todavía se está abriendo. La primera vez después de una actualización, un diario grande puede tardar uno o dos minutos en estar listo.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="378" />
      <source>The two passphrases are different. Please type them again.</source>
      <translation>Las dos frases de acceso son distintas. Escríbelas otra vez.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="144" />
      <source>Type the recovery code you saved when you set up Mooring, then choose a new passphrase. Your journal stays exactly as it is.</source>
      <translation>Escribe el código de recuperación que guardaste al configurar Mooring y luego elige una nueva frase de acceso. Tu diario se queda exactamente como está.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="335" />
      <source>Type your passphrase first, then choose Restore.</source>
      <translation>Primero escribe tu frase de acceso y luego elige Restaurar.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="210" />
      <source>Type your passphrase to continue.</source>
      <translation>Escribe tu frase de acceso para continuar.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="213" />
      <source>Type your passphrase to open your journal.</source>
      <translation>Escribe tu frase de acceso para abrir tu diario.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="90" />
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="117" />
      <source>Use recovery code &amp;instead</source>
      <translation>&amp;Usar el código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="119" />
      <source>Use recovery code instead</source>
      <translation>Usar el código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="142" />
      <source>Use your recovery code</source>
      <translation>Usa tu código de recuperación</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="212" />
      <source>Welcome</source>
      <translation>Te damos la bienvenida</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="212" />
      <source>Welcome back</source>
      <translation>Hola de nuevo</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="341" />
      <source>Your journal was restored from the newest backup. The damaged file was set aside, not deleted.</source>
      <translation>Tu diario se restauró desde la copia de seguridad más reciente. El archivo dañado se guardó aparte, no se eliminó.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="385" />
      <source>Your new passphrase is set. Your recovery code still works too.</source>
      <translation>Tu nueva frase de acceso quedó guardada. Tu código de recuperación también sigue funcionando.</translation>
    </message>
  </context>
  <context>
    <name>VaultMessages</name>
    <message>
      <location filename="../../ui/shell/messages.py" line="41" />
      <source>Mooring couldn't open your journal.</source>
      <translation>Mooring no pudo abrir tu diario.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/messages.py" line="47" />
      <source>Something went wrong on our side, and nothing was changed. Please try again.</source>
      <translation>Algo falló de nuestro lado y no se cambió nada. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/messages.py" line="22" />
      <source>That passphrase didn't open your journal. Check that Caps Lock is off and try again; nothing has been changed.</source>
      <translation>Esa frase de acceso no abrió tu diario. Revisa que Bloq Mayús esté desactivado e inténtalo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/messages.py" line="27" />
      <source>That recovery code didn't work. Please check each group of letters and numbers and try again.</source>
      <translation>Ese código de recuperación no funcionó. Revisa cada grupo de letras y números e inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/messages.py" line="32" />
      <source>Your journal file looks damaged or was changed outside Mooring. Nothing has been deleted.</source>
      <translation>Tu archivo del diario parece dañado o se modificó fuera de Mooring. No se borró nada.</translation>
    </message>
    <message>
      <location filename="../../ui/shell/messages.py" line="37" />
      <source>Your journal is open in another Mooring window. Please use that one.</source>
      <translation>Tu diario está abierto en otra ventana de Mooring. Usa esa.</translation>
    </message>
  </context>
  <context>
    <name>Wording</name>
    <message>
      <location filename="../../ui/common/wording.py" line="34" />
      <source>MMMM yyyy</source>
      <translation>MMMM 'de' yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/common/wording.py" line="29" />
      <source>d MMMM yyyy</source>
      <translation>d 'de' MMMM 'de' yyyy</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <location filename="../../ui/shell/workspace.py" line="135" />
      <source>Go to section {number}</source>
      <translation>Ir a la sección {number}</translation>
    </message>
    <message>
      <location filename="../../ui/shell/workspace.py" line="138" />
      <source>Move between the sections and the page</source>
      <translation>Moverse entre las secciones y la página</translation>
    </message>
    <message>
      <location filename="../../ui/shell/workspace.py" line="65" />
      <source>Sections</source>
      <translation>Secciones</translation>
    </message>
    <message>
      <location filename="../../ui/shell/workspace.py" line="241" />
      <source>This part of Mooring couldn't start. Everything else still works.</source>
      <translation>Esta parte de Mooring no pudo iniciar. Todo lo demás sigue funcionando.</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../app/exchange/importers/dayone.py" line="92" />
      <source>1 entry has no time zone this computer knows, so its time is shown in this computer's local time.</source>
      <translation>1 entrada no tiene una zona horaria que este equipo conozca, así que su hora se muestra en la hora local de este equipo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/markdown.py" line="129" />
      <source>1 file has a date without a time zone, taken as this computer's local time (12:00 when there is no time).</source>
      <translation>1 archivo tiene una fecha sin zona horaria, tomada como hora local de este equipo (las 12:00 cuando no hay hora).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/markdown.py" line="119" />
      <source>1 file was not UTF-8, so it was read as Western European (Latin-1) text.</source>
      <translation>1 archivo no era UTF-8, así que se leyó como texto de Europa occidental (Latin-1).</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/validation.py" line="111" />
      <source>A boundary is needed here.</source>
      <translation>Aquí hace falta un límite.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/validation.py" line="30" />
      <source>A boundary needs a few words, like "If ..., I will ...".</source>
      <translation>Un límite necesita unas palabras, como "Si ..., yo ...".</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="283" />
      <source>A check-in in the file ({day}) has a HALT mark that is not yes/no.</source>
      <translation>Un registro del archivo ({day}) tiene una marca HALT que no es sí ni no.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="276" />
      <source>A check-in in the file ({day}) has a score that is not from 0 to 10.</source>
      <translation>Un registro del archivo ({day}) tiene una puntuación que no va de 0 a 10.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="290" />
      <source>A check-in in the file ({day}) has hours of sleep that are not from 0 to 24.</source>
      <translation>Un registro del archivo ({day}) tiene horas de sueño que no van de 0 a 24.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="265" />
      <location filename="../../app/checkins/module.py" line="272" />
      <source>A check-in in the file has no readable day.</source>
      <translation>Un registro del archivo no tiene un día legible.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/repository.py" line="32" />
      <source>A check-in is needed here.</source>
      <translation>Aquí hace falta un registro.</translation>
    </message>
    <message>
      <location filename="../../app/journal/module.py" line="231" />
      <source>A journal entry's bring_to_therapy in the file is not true/false.</source>
      <translation>En el archivo, el bring_to_therapy de una entrada del diario no es verdadero/falso.</translation>
    </message>
    <message>
      <location filename="../../app/journal/module.py" line="234" />
      <source>A journal entry's prompt_id in the file is not text.</source>
      <translation>En el archivo, el prompt_id de una entrada del diario no es texto.</translation>
    </message>
    <message>
      <location filename="../../app/journal/module.py" line="228" />
      <source>A journal entry's tags in the file are not a list of words.</source>
      <translation>En el archivo, las etiquetas de una entrada no son una lista de palabras.</translation>
    </message>
    <message>
      <location filename="../../app/journal/module.py" line="218" />
      <source>A journal entry's {name} in the file is not text.</source>
      <translation>Una entrada del diario en el archivo tiene un campo ({name}) que no es texto.</translation>
    </message>
    <message>
      <location filename="../../app/journal/module.py" line="210" />
      <source>A journal entry's {name} time in the file has no offset.</source>
      <translation>Una hora ({name}) de una entrada del diario en el archivo no indica su zona horaria.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/answers.py" line="136" />
      <source>A list answer must be a list of short lines.</source>
      <translation>Una respuesta de lista debe ser una lista de líneas cortas.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/answers.py" line="146" />
      <source>A list can hold up to {max_items} items.</source>
      <translation>Una lista puede tener hasta {max_items} elementos.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/validation.py" line="37" />
      <source>A moment can be dated at most one day after today.</source>
      <translation>Un momento puede tener como mucho la fecha de mañana.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/validation.py" line="160" />
      <source>A moment is needed here.</source>
      <translation>Aquí hace falta un momento anotado.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/validation.py" line="34" />
      <source>A monthly check-in can't be for a month that hasn't started.</source>
      <translation>Un registro mensual no puede ser de un mes que aún no empezó.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/validation.py" line="158" />
      <source>A monthly check-in is needed here.</source>
      <translation>Aquí hace falta un registro mensual.</translation>
    </message>
    <message>
      <location filename="../../app/timeline/paging.py" line="152" />
      <source>A page of the timeline holds from 1 to {max_size} items.</source>
      <translation>Una página de la línea de tiempo tiene de 1 a {max_size} elementos.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/validation.py" line="152" />
      <source>A plan is needed here.</source>
      <translation>Aquí hace falta un plan.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/validation.py" line="95" />
      <source>A plan's name can be at most {max_title_chars} characters long.</source>
      <translation>El nombre de un plan puede tener como máximo {max_title_chars} caracteres.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/validation.py" line="91" />
      <source>A plan's name must be text.</source>
      <translation>El nombre de un plan debe ser texto.</translation>
    </message>
    <message>
      <location filename="../../app/journal/text.py" line="57" />
      <source>A prompt link must be text.</source>
      <translation>El vínculo a un tema debe ser texto.</translation>
    </message>
    <message>
      <location filename="../../app/measures/repository.py" line="34" />
      <source>A questionnaire can be dated at most one day after today.</source>
      <translation>Un cuestionario puede tener como mucho la fecha de mañana.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/validation.py" line="33" />
      <source>A reflection can be dated at most one day after today.</source>
      <translation>Una reflexión puede tener como mucho la fecha de mañana.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/validation.py" line="114" />
      <source>A reflection is needed here.</source>
      <translation>Aquí hace falta una reflexión.</translation>
    </message>
    <message>
      <location filename="../../app/safety/validation.py" line="35" />
      <source>A safety check is needed here.</source>
      <translation>Aquí hace falta una revisión de seguridad.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="296" />
      <source>A schedule needs a start time.</source>
      <translation>Un horario necesita una hora de inicio.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="287" />
      <source>A schedule needs its days, time and length.</source>
      <translation>Un horario necesita sus días, su hora y su duración.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="45" />
      <source>A session can last at most 24 hours.</source>
      <translation>Una sesión puede durar como máximo 24 horas.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="43" />
      <source>A session can't end before it starts.</source>
      <translation>Una sesión no puede terminar antes de empezar.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="235" />
      <source>A session is needed here.</source>
      <translation>Aquí hace falta una sesión.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/repository.py" line="180" />
      <source>A session is needed to link to.</source>
      <translation>Hace falta una sesión para vincularlo.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="92" />
      <source>A session needs a date and a start time.</source>
      <translation>Una sesión necesita una fecha y una hora de inicio.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="121" />
      <source>A session needs a length or an end time.</source>
      <translation>Una sesión necesita una duración o una hora de fin.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="44" />
      <source>A session needs to last at least one minute.</source>
      <translation>Una sesión tiene que durar al menos un minuto.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="41" />
      <source>A session's date must be between 1 January 1970 and 31 December 2099.</source>
      <translation>La fecha de una sesión debe estar entre el 1 de enero de 1970 y el 31 de diciembre de 2099.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="124" />
      <source>A session's end must be a time.</source>
      <translation>El fin de una sesión debe ser una hora.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="109" />
      <source>A session's length must be a whole number of minutes.</source>
      <translation>La duración de una sesión debe ser un número entero de minutos.</translation>
    </message>
    <message>
      <location filename="../../app/journal/text.py" line="79" />
      <source>A tag can be at most {max_tag_chars} characters long.</source>
      <translation>Una etiqueta puede tener como máximo {max_tag_chars} caracteres.</translation>
    </message>
    <message>
      <location filename="../../app/journal/text.py" line="72" />
      <source>A tag can't be empty.</source>
      <translation>Una etiqueta no puede estar vacía.</translation>
    </message>
    <message>
      <location filename="../../app/journal/text.py" line="76" />
      <source>A tag can't contain a comma: commas separate tags.</source>
      <translation>Una etiqueta no puede llevar comas: las comas separan etiquetas.</translation>
    </message>
    <message>
      <location filename="../../app/journal/text.py" line="69" />
      <source>A tag must be text.</source>
      <translation>Una etiqueta debe ser texto.</translation>
    </message>
    <message>
      <location filename="../../app/journal/text.py" line="37" />
      <source>A title can be at most {max_title_chars} characters long.</source>
      <translation>Un título puede tener como máximo {max_title_chars} caracteres.</translation>
    </message>
    <message>
      <location filename="../../app/journal/text.py" line="33" />
      <source>A title must be text.</source>
      <translation>Un título debe ser texto.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="279" />
      <source>A topic's source must be a short lowercase name like 'entry'.</source>
      <translation>El origen de un tema debe ser un nombre corto en minúsculas, como 'entry'.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="312" />
      <source>A weekly target is between 1 minute and 168 hours, or none.</source>
      <translation>Una meta semanal va de 1 minuto a 168 horas, o ninguna.</translation>
    </message>
    <message>
      <location filename="../../app/platform/contributions.py" line="308" />
      <source>A {table} record of {module} does not fit this vault ({error}).</source>
      <translation>Un registro de {module} ({table}) no encaja en este diario ({error}).</translation>
    </message>
    <message>
      <location filename="../../app/platform/contributions.py" line="284" />
      <source>A {table} record of {module} has a field this vault lacks.</source>
      <translation>Un registro de {module} ({table}) tiene un campo que este diario no tiene.</translation>
    </message>
    <message>
      <location filename="../../app/platform/contributions.py" line="363" />
      <source>A {table} record of {module} has a list or object in {column}.</source>
      <translation>Un registro de {module} ({table}) tiene una lista o un objeto en {column}.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/repository.py" line="353" />
      <source>An answer is for a step this exercise doesn't have.</source>
      <translation>Una respuesta es para un paso que este ejercicio no tiene.</translation>
    </message>
    <message>
      <location filename="../../app/measures/repository.py" line="172" />
      <source>An answer is one of the choices given, from 0 to {top}.</source>
      <translation>Una respuesta es una de las opciones, de 0 a {top}.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/validation.py" line="39" />
      <source>An attempt can be dated at most one day after today.</source>
      <translation>Un intento puede tener como mucho la fecha de mañana.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/validation.py" line="205" />
      <source>An attempt is needed here.</source>
      <translation>Aquí hace falta un intento.</translation>
    </message>
    <message>
      <location filename="../../app/journal/text.py" line="47" />
      <source>An entry's text must be text.</source>
      <translation>El texto de una entrada debe ser texto.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/repository.py" line="100" />
      <source>An exercise is needed to begin.</source>
      <translation>Hace falta un ejercicio para empezar.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/validation.py" line="89" />
      <source>Answers are needed here.</source>
      <translation>Aquí hacen falta respuestas.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="503" />
      <source>Choose a folder outside Mooring's own data folder.</source>
      <translation>Elige una carpeta fuera de la carpeta de datos de Mooring.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="294" />
      <source>Choose at least one day of the week for the schedule.</source>
      <translation>Elige al menos un día de la semana para el horario.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/period.py" line="68" />
      <source>Choose the first and the last day.</source>
      <translation>Elige el primer y el último día.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="42" />
      <source>Dates must be between 1 January 1970 and 31 December 2099.</source>
      <translation>Las fechas deben estar entre el 1 de enero de 1970 y el 31 de diciembre de 2099.</translation>
    </message>
    <message>
      <location filename="../../app/safety/validation.py" line="18" />
      <source>Each answer must be yes or no.</source>
      <translation>Cada respuesta debe ser sí o no.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/validation.py" line="95" />
      <source>Each answer needs a score, 'not sure' or a note.</source>
      <translation>Cada respuesta necesita un puntaje, 'no sé' o una nota.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/answers.py" line="141" />
      <source>Each item must be one line.</source>
      <translation>Cada elemento debe ser una sola línea.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/validation.py" line="143" />
      <source>Each option needs a leaning or a note.</source>
      <translation>Cada opción necesita una inclinación o una nota.</translation>
    </message>
    <message>
      <location filename="../../app/vault/passphrase.py" line="113" />
      <source>Good start; one more word would make it stronger.</source>
      <translation>Buen comienzo; una palabra más la haría más fuerte.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/validation.py" line="126" />
      <source>HALT answers must be chosen from hungry, angry, lonely and tired.</source>
      <translation>Las respuestas HALT deben elegirse entre hambre, enojo, soledad y cansancio.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/repository.py" line="55" />
      <source>Hours slept must be a number.</source>
      <translation>Las horas dormidas deben ser un número.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/repository.py" line="57" />
      <source>Hours slept must be between 0 and 24.</source>
      <translation>Las horas dormidas deben estar entre 0 y 24.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/validation.py" line="36" />
      <location filename="../../app/invitations/validation.py" line="38" />
      <location filename="../../app/sessions/validation.py" line="168" />
      <source>How you felt is a number from 0 to 10, or left empty.</source>
      <translation>Cómo te sentiste es un número del 0 al 10, o se deja vacío.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/plan.py" line="79" />
      <source>I don't know the format {format!r}; choose one of {join}.</source>
      <translation>No conozco el formato {format!r}; elige uno de estos: {join}.</translation>
    </message>
    <message>
      <location filename="../../app/vault/passphrase.py" line="110" />
      <source>Longer is stronger: add another word or two.</source>
      <translation>Más larga es más fuerte: agrega una o dos palabras más.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/partner.py" line="26" />
      <source>Maybe</source>
      <translation>Tal vez</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="77" />
      <source>Moments can be grouped by week or by month.</source>
      <translation>Los momentos se pueden agrupar por semana o por mes.</translation>
    </message>
    <message>
      <location filename="../../app/paths.py" line="103" />
      <source>Mooring can't make the data folder {path} private (permissions {shown}); run 'chmod 700' on it, or on a drive that ignores permissions, mount it for your user only.</source>
      <translation>Mooring no puede hacer privada la carpeta de datos {path} (permisos {shown}); ejecuta 'chmod 700' en ella o, en una unidad que no respeta los permisos, móntala solo para tu usuario.</translation>
    </message>
    <message>
      <location filename="../../app/vault/engine.py" line="203" />
      <source>Mooring can't open its data folder; check that it is writable.</source>
      <translation>Mooring no puede abrir su carpeta de datos; revisa que se pueda escribir en ella.</translation>
    </message>
    <message>
      <location filename="../../app/vault/wal_guard.py" line="96" />
      <source>Mooring can't read a file beside your journal (mooring.db-wal).</source>
      <translation>Mooring no puede leer un archivo junto a tu diario (mooring.db-wal).</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="732" />
      <source>Mooring can't write to its data folder ({reason}).</source>
      <translation>Mooring no puede escribir en su carpeta de datos ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="535" />
      <source>Mooring can't write to that folder ({reason}).</source>
      <translation>Mooring no puede escribir en esa carpeta ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/vault/engine.py" line="111" />
      <source>Mooring could not turn on a required protection ({name}); nothing was opened.</source>
      <translation>Mooring no pudo activar una protección necesaria ({name}); no se abrió nada.</translation>
    </message>
    <message>
      <location filename="../../app/vault/keys.py" line="95" />
      <source>Mooring couldn't tidy its key files ({reason}); it will try again next time.</source>
      <translation>Mooring no pudo ordenar sus archivos de clave ({reason}); lo intentará de nuevo la próxima vez.</translation>
    </message>
    <message>
      <location filename="../../app/vault/wal_guard.py" line="47" />
      <source>Mooring found a file beside your journal that was damaged or didn't belong to it, and moved it to the set-aside folder untouched; your journal opened as it was saved.</source>
      <translation>Mooring encontró junto a tu diario un archivo dañado o que no era suyo, y lo movió sin tocarlo a la carpeta set-aside; tu diario se abrió tal como se guardó.</translation>
    </message>
    <message>
      <location filename="../../app/vault/vault.py" line="55" />
      <source>Mooring found damage in the journal, so it is read-only for now; restore it from the newest backup to keep writing.</source>
      <translation>Mooring encontró daños en el diario, así que por ahora solo se puede leer; restáuralo desde la copia de seguridad más reciente para seguir escribiendo.</translation>
    </message>
    <message>
      <location filename="../../app/vault/engine.py" line="83" />
      <source>Mooring needs SQLCipher 4 to protect your data, and it could not find it.</source>
      <translation>Mooring necesita SQLCipher 4 para proteger tus datos y no lo encontró.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/partner.py" line="28" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="381" />
      <source>No good backup was found to restore from.</source>
      <translation>No hay una copia de seguridad válida para restaurar.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/sections.py" line="55" />
      <source>No sections were named.</source>
      <translation>No se indicó ninguna sección.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/partner.py" line="27" />
      <source>Not now</source>
      <translation>Ahora no</translation>
    </message>
    <message>
      <location filename="../../app/safety/validation.py" line="17" />
      <source>One of the answers belongs to a question this check doesn't ask.</source>
      <translation>Una de las respuestas es de una pregunta que esta revisión no hace.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/answers.py" line="95" />
      <source>One of those choices is not one of this step's options.</source>
      <translation>Una de esas elecciones no está entre las opciones de este paso.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/repository.py" line="320" />
      <source>Only a finished exercise can mark a page.</source>
      <translation>Solo un ejercicio terminado puede marcar una página.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/validation.py" line="137" />
      <source>Options are needed here.</source>
      <translation>Aquí hacen falta opciones.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/answers.py" line="109" />
      <source>Please answer yes or no.</source>
      <translation>Responde sí o no.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="46" />
      <source>Please choose a kind of session from the list.</source>
      <translation>Elige un tipo de sesión de la lista.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/validation.py" line="37" />
      <source>Please choose a reason from the list, or none.</source>
      <translation>Elige un motivo de la lista, o ninguno.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/validation.py" line="34" />
      <source>Please choose an area from the list.</source>
      <translation>Elige un área de la lista.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/answers.py" line="91" />
      <source>Please choose from the options.</source>
      <translation>Elige entre las opciones.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/validation.py" line="35" />
      <source>Please choose how much you lean towards an option from the list.</source>
      <translation>Elige de la lista cuánto te inclinas por una opción.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="150" />
      <source>Please choose how the session happens: video, phone or in person.</source>
      <translation>Elige cómo es la sesión: por video, por teléfono o en persona.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/validation.py" line="35" />
      <source>Please choose how you asked: in person, by message, by call or another way.</source>
      <translation>Elige cómo lo pediste: en persona, por mensaje, por llamada o de otra forma.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="212" />
      <location filename="../../app/sessions/validation.py" line="216" />
      <source>Please choose how your partner answered.</source>
      <translation>Elige cómo respondió tu pareja.</translation>
    </message>
    <message>
      <location filename="../../app/measures/repository.py" line="33" />
      <source>Please choose one of the answers given.</source>
      <translation>Elige una de las respuestas dadas.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/answers.py" line="85" />
      <source>Please choose one of the options.</source>
      <translation>Elige una de las opciones.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/validation.py" line="40" />
      <source>Please choose something to offer from the list, or none.</source>
      <translation>Elige de la lista algo que ofrecer, o nada.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="224" />
      <source>Please choose the reason they gave from the list.</source>
      <translation>Elige de la lista el motivo que dio.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/validation.py" line="36" />
      <source>Please choose what they answered.</source>
      <translation>Elige lo que te respondió.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/validation.py" line="35" />
      <source>Please choose whether the boundary held, bent or was not held.</source>
      <translation>Elige si el límite se sostuvo, se dobló o no se sostuvo.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="159" />
      <source>Please choose whether the session is planned, attended, missed or cancelled.</source>
      <translation>Elige si la sesión está planeada, si asististe, si faltaste o si se canceló.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="204" />
      <source>Please choose {what} from the list.</source>
      <translation>Elige una opción de la lista.</translation>
    </message>
    <message>
      <location filename="../../app/vault/passphrase.py" line="92" />
      <source>Please keep it under {most} characters.</source>
      <translation>Mantenla por debajo de {most} caracteres.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/answers.py" line="100" />
      <source>Please pick a whole number from {minimum} to {maximum}.</source>
      <translation>Elige un número entero de {minimum} a {maximum}.</translation>
    </message>
    <message>
      <location filename="../../app/vault/passphrase.py" line="86" />
      <source>Please type a passphrase.</source>
      <translation>Escribe una frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/rednotebook.py" line="94" />
      <source>RedNotebook keeps days, not times: each day's entry is set at 12:00 local time.</source>
      <translation>RedNotebook guarda días, no horas: la entrada de cada día queda a las 12:00, hora local.</translation>
    </message>
    <message>
      <location filename="../../app/vault/engine.py" line="238" />
      <source>SQLCipher refused the required setting {name}.</source>
      <translation>SQLCipher rechazó el ajuste necesario {name}.</translation>
    </message>
    <message>
      <location filename="../../app/vault/engine.py" line="243" />
      <source>SQLCipher was built without full-text search (FTS5).</source>
      <translation>SQLCipher se compiló sin búsqueda de texto completo (FTS5).</translation>
    </message>
    <message>
      <location filename="../../app/reflection/validation.py" line="160" />
      <source>Scores are needed here.</source>
      <translation>Aquí hacen falta puntajes.</translation>
    </message>
    <message>
      <location filename="../../app/journal/text.py" line="104" />
      <source>Tags must be given as a list.</source>
      <translation>Las etiquetas deben darse como una lista.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/repository.py" line="46" />
      <source>That attempt no longer exists.</source>
      <translation>Ese intento ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="567" />
      <source>That backup can't be found.</source>
      <translation>No se encuentra esa copia de seguridad.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/repository.py" line="173" />
      <source>That boundary isn't in the trash.</source>
      <translation>Ese límite no está en la papelera.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/repository.py" line="45" />
      <source>That boundary no longer exists.</source>
      <translation>Ese límite ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/answers.py" line="87" />
      <source>That choice is not one of this step's options.</source>
      <translation>Esa elección no está entre las opciones de este paso.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/schedules.py" line="161" />
      <source>That day isn't part of this schedule.</source>
      <translation>Ese día no es parte de este horario.</translation>
    </message>
    <message>
      <location filename="../../app/vault/recovery_code.py" line="34" />
      <source>That doesn't look like a recovery code: it has 30 letters and digits in groups of 5.</source>
      <translation>Eso no parece un código de recuperación: tiene 30 letras y números en grupos de 5.</translation>
    </message>
    <message>
      <location filename="../../app/journal/entries.py" line="327" />
      <source>That entry isn't in the trash.</source>
      <translation>Esa entrada no está en la papelera.</translation>
    </message>
    <message>
      <location filename="../../app/journal/entries.py" line="90" />
      <location filename="../../app/journal/entry_date.py" line="26" />
      <source>That entry no longer exists.</source>
      <translation>Esa entrada ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/repository.py" line="46" />
      <source>That exercise is no longer there.</source>
      <translation>Ese ejercicio ya no está.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/repository.py" line="48" />
      <source>That exercise isn't in the trash.</source>
      <translation>Ese ejercicio no está en la papelera.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="400" />
      <source>That file isn't a Mooring backup, so nothing was changed.</source>
      <translation>Ese archivo no es una copia de seguridad de Mooring, así que no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="501" />
      <source>That folder already holds a Mooring journal; choose another folder.</source>
      <translation>Esa carpeta ya tiene un diario de Mooring; elige otra carpeta.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/ics.py" line="129" />
      <source>That folder doesn't exist; please choose another place.</source>
      <translation>Esa carpeta no existe; elige otro lugar.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/rows.py" line="27" />
      <source>That homework item no longer exists.</source>
      <translation>Esa tarea ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/ics.py" line="131" />
      <source>That is a folder; please give the calendar file a name.</source>
      <translation>Eso es una carpeta; ponle un nombre al archivo de calendario.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="632" />
      <source>That is the journal itself, not a backup of it.</source>
      <translation>Ese es el diario mismo, no una copia de seguridad.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/validation.py" line="32" />
      <source>That item isn't in the reflection's list.</source>
      <translation>Ese elemento no está en la lista de la reflexión.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/rows.py" line="31" />
      <source>That journal entry no longer exists.</source>
      <translation>Esa entrada del diario ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/repository.py" line="46" />
      <source>That moment no longer exists.</source>
      <translation>Ese momento ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/repository.py" line="41" />
      <source>That month's check-in no longer exists.</source>
      <translation>El registro de ese mes ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/vault/vault.py" line="126" />
      <source>That passphrase didn't open the vault. Please try again.</source>
      <translation>Esa frase de acceso no abrió el diario. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="663" />
      <source>That passphrase doesn't open this copy, so nothing was changed.</source>
      <translation>Esa frase de acceso no abre esta copia, así que no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/repository.py" line="134" />
      <source>That plan isn't in the trash.</source>
      <translation>Ese plan no está en la papelera.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/repository.py" line="45" />
      <source>That plan no longer exists.</source>
      <translation>Ese plan ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/journal/text.py" line="62" />
      <source>That prompt link is not valid.</source>
      <translation>Ese vínculo a un tema no es válido.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/rows.py" line="29" />
      <source>That provider no longer exists.</source>
      <translation>Ese profesional ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/measures/repository.py" line="161" />
      <source>That question isn't part of the {name}.</source>
      <translation>Esa pregunta no es parte del {name}.</translation>
    </message>
    <message>
      <location filename="../../app/measures/repository.py" line="32" />
      <source>That questionnaire isn't available.</source>
      <translation>Ese cuestionario no está disponible.</translation>
    </message>
    <message>
      <location filename="../../app/measures/repository.py" line="31" />
      <source>That questionnaire no longer exists.</source>
      <translation>Ese cuestionario ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/vault/vault.py" line="215" />
      <source>That recovery code didn't open the vault.</source>
      <translation>Ese código de recuperación no abrió el diario.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/repository.py" line="40" />
      <source>That reflection no longer exists.</source>
      <translation>Esa reflexión ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/safety/repository.py" line="24" />
      <source>That saved check no longer exists.</source>
      <translation>Esa revisión guardada ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/rows.py" line="30" />
      <source>That schedule no longer exists.</source>
      <translation>Ese horario ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/journal/entries.py" line="88" />
      <source>That search didn't work; please try other words.</source>
      <translation>Esa búsqueda no funcionó; prueba con otras palabras.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/repository.py" line="246" />
      <source>That session isn't in the trash.</source>
      <translation>Esa sesión no está en la papelera.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/repository.py" line="47" />
      <location filename="../../app/sessions/rows.py" line="26" />
      <source>That session no longer exists.</source>
      <translation>Esa sesión ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/rows.py" line="28" />
      <source>That topic no longer exists.</source>
      <translation>Ese tema ya no existe.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/repository.py" line="347" />
      <source>The answers could not be read.</source>
      <translation>No se pudieron leer las respuestas.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="710" />
      <source>The backup could not be copied whole, so nothing was changed.</source>
      <translation>La copia de seguridad no se pudo copiar entera, así que no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/validation.py" line="77" />
      <source>The boundary must be text.</source>
      <translation>El límite debe ser texto.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/ics.py" line="139" />
      <source>The calendar file couldn't be saved there.</source>
      <translation>No se pudo guardar ahí el archivo de calendario.</translation>
    </message>
    <message>
      <location filename="../../app/vault/remember.py" line="100" />
      <source>The computer's keychain didn't accept the key, so Mooring will keep asking for your passphrase.</source>
      <translation>El llavero del equipo no aceptó la clave, así que Mooring seguirá pidiéndote tu frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../app/vault/remember.py" line="97" />
      <source>The computer's keychain is locked, so Mooring will ask for your passphrase this time.</source>
      <translation>El llavero del equipo está bloqueado, así que esta vez Mooring te pedirá tu frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../app/vault/vault.py" line="364" />
      <location filename="../../app/vault/vault.py" line="429" />
      <source>The current passphrase isn't right.</source>
      <translation>La frase de acceso actual no es correcta.</translation>
    </message>
    <message>
      <location filename="../../app/paths.py" line="91" />
      <source>The data folder {path} belongs to another user and can be read by others (permissions {shown}); Mooring won't use it.</source>
      <translation>La carpeta de datos {path} pertenece a otro usuario y otras personas pueden leerla (permisos {shown}); Mooring no la usará.</translation>
    </message>
    <message>
      <location filename="../../app/journal/demo.py" line="56" />
      <source>The demo journal can have from 1 to {max_entries:,} entries.</source>
      <translation>El diario de ejemplo puede tener de 1 a {max_entries:,} entradas.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/validation.py" line="103" />
      <source>The exercise a boundary was built in must be given by its number.</source>
      <translation>El ejercicio en el que se creó un límite debe indicarse con su número.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/export_json.py" line="153" />
      <location filename="../../app/exchange/export_json.py" line="146" />
      <source>The export was stopped; no file was kept.</source>
      <translation>Se detuvo la exportación; no se guardó ningún archivo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/export_markdown.py" line="190" />
      <source>The export was stopped; no files were kept.</source>
      <translation>Se detuvo la exportación; no se guardó ningún archivo.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/module.py" line="247" />
      <source>The file has a check-ins record of an unknown kind.</source>
      <translation>El archivo tiene un dato de registros de un tipo desconocido.</translation>
    </message>
    <message>
      <location filename="../../app/journal/module.py" line="179" />
      <source>The file has a journal record of an unknown kind.</source>
      <translation>El archivo tiene un dato del diario de un tipo desconocido.</translation>
    </message>
    <message>
      <location filename="../../app/platform/contributions.py" line="278" />
      <source>The file has a {module} record of an unknown kind.</source>
      <translation>El archivo tiene un registro de {module} de un tipo desconocido.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/export_markdown.py" line="120" />
      <source>The files could not be saved to the disk ({strerror}).</source>
      <translation>No se pudieron guardar los archivos en el disco ({strerror}).</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/stats.py" line="79" />
      <location filename="../../app/sessions/hours.py" line="37" />
      <source>The first day of the week must be a weekday.</source>
      <translation>El primer día de la semana debe ser de lunes a domingo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/export_markdown.py" line="220" />
      <source>The folder {entries} could not be made ({strerror}).</source>
      <translation>No se pudo crear la carpeta {entries} ({strerror}).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/export_markdown.py" line="147" />
      <location filename="../../app/exchange/output.py" line="49" />
      <source>The folder {folder} cannot be written to.</source>
      <translation>No se puede escribir en la carpeta {folder}.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/export_markdown.py" line="156" />
      <source>The folder {folder} could not be made ({reason}).</source>
      <translation>No se pudo crear la carpeta {folder} ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/output.py" line="39" />
      <source>The folder {folder} does not exist.</source>
      <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/export_markdown.py" line="141" />
      <source>The folder {folder} is not empty; choose an empty or new folder.</source>
      <translation>La carpeta {folder} no está vacía; elige una carpeta vacía o nueva.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/markdown.py" line="60" />
      <location filename="../../app/exchange/importers/rednotebook.py" line="38" />
      <source>The folder {name} could not be read ({reason}).</source>
      <translation>No se pudo leer la carpeta {name} ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/markdown.py" line="96" />
      <source>The folder {name} has no Markdown or text files.</source>
      <translation>La carpeta {name} no tiene archivos Markdown ni de texto.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/rednotebook.py" line="63" />
      <source>The folder {name} has no RedNotebook month files (named like 2024-03.txt).</source>
      <translation>La carpeta {name} no tiene archivos de mes de RedNotebook (con nombres como 2024-03.txt).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/markdown.py" line="46" />
      <source>The folder {name} holds more than {max_files:,} files.</source>
      <translation>La carpeta {name} tiene más de {max_files:,} archivos.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/plan.py" line="148" />
      <source>The folder {name} holds no journal I know: no RedNotebook month files and no Markdown or text files.</source>
      <translation>La carpeta {name} no tiene ningún diario que yo conozca: ni archivos de mes de RedNotebook ni archivos Markdown o de texto.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/rednotebook.py" line="50" />
      <source>The folder {name} holds too many month files.</source>
      <translation>La carpeta {name} tiene demasiados archivos de mes.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/export_markdown.py" line="151" />
      <source>The folder {parent} does not exist.</source>
      <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/import_mooring.py" line="298" />
      <source>The import was stopped; nothing was changed.</source>
      <translation>Se detuvo la importación; no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../app/vault/vault.py" line="85" />
      <location filename="../../app/vault/wal_guard.py" line="246" />
      <source>The journal database is damaged, was changed outside Mooring, or is not a Mooring vault.</source>
      <translation>La base de datos del diario está dañada, se modificó fuera de Mooring o no es de Mooring.</translation>
    </message>
    <message>
      <location filename="../../app/vault/engine.py" line="137" />
      <location filename="../../app/vault/engine.py" line="193" />
      <location filename="../../app/vault/vault.py" line="247" />
      <source>The journal database is missing from the data folder.</source>
      <translation>Falta la base de datos del diario en la carpeta de datos.</translation>
    </message>
    <message>
      <location filename="../../app/vault/engine.py" line="195" />
      <source>The journal database is not a file; it was changed outside Mooring.</source>
      <translation>La base de datos del diario no es un archivo; se modificó fuera de Mooring.</translation>
    </message>
    <message>
      <location filename="../../app/vault/vault.py" line="51" />
      <source>The journal is damaged, so Mooring changed nothing; restore it from the newest backup (in the app, or with 'mooring restore').</source>
      <translation>El diario está dañado, así que Mooring no cambió nada; restáuralo desde la copia de seguridad más reciente (en la app o con 'mooring restore').</translation>
    </message>
    <message>
      <location filename="../../app/vault/keyfile.py" line="276" />
      <source>The key file can't be read ({strerror}).</source>
      <translation>No se puede leer el archivo de la clave ({strerror}).</translation>
    </message>
    <message>
      <location filename="../../app/vault/vault.py" line="366" />
      <location filename="../../app/vault/vault.py" line="431" />
      <source>The key file doesn't belong to this database.</source>
      <translation>El archivo de claves no corresponde a esta base de datos.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="506" />
      <source>The key file doesn't belong to this journal, so no copy was made.</source>
      <translation>El archivo de claves no corresponde a este diario, así que no se hizo ninguna copia.</translation>
    </message>
    <message>
      <location filename="../../app/vault/keys.py" line="38" />
      <source>The key file is damaged or missing and there is no good copy of it; the journal is open, but keep your backups safe and set a new passphrase with your recovery code.</source>
      <translation>El archivo de la clave está dañado o falta, y no hay una copia buena; el diario está abierto, pero guarda bien tus copias de seguridad y pon una nueva frase de acceso con tu código de recuperación.</translation>
    </message>
    <message>
      <location filename="../../app/vault/keyfile.py" line="47" />
      <source>The key file is damaged or was changed outside Mooring.</source>
      <translation>El archivo de claves está dañado o se modificó fuera de Mooring.</translation>
    </message>
    <message>
      <location filename="../../app/vault/keyfile.py" line="273" />
      <source>The key file is missing from the data folder.</source>
      <translation>Falta el archivo de claves en la carpeta de datos.</translation>
    </message>
    <message>
      <location filename="../../app/vault/keyfile.py" line="48" />
      <source>The key file was changed outside Mooring or belongs to another vault.</source>
      <translation>El archivo de claves se modificó fuera de Mooring o es de otro diario.</translation>
    </message>
    <message>
      <location filename="../../app/vault/keys.py" line="33" />
      <source>The key file was damaged, so Mooring put back its previous copy (the damaged one is in set-aside/); if you changed your passphrase just before, the earlier one applies again.</source>
      <translation>El archivo de la clave estaba dañado, así que Mooring repuso su copia anterior (la dañada está en set-aside/); si cambiaste tu frase de acceso justo antes, vuelve a valer la anterior.</translation>
    </message>
    <message>
      <location filename="../../app/timeline/kinds.py" line="86" />
      <source>The last day must be on or after the first day.</source>
      <translation>El último día debe ser igual o posterior al primero.</translation>
    </message>
    <message>
      <location filename="../../app/vault/vault.py" line="456" />
      <source>The new key file could not be verified; nothing was changed.</source>
      <translation>No se pudo verificar el nuevo archivo de claves; no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../app/vault/vault.py" line="465" />
      <source>The new key file could not be verified; the old one was kept.</source>
      <translation>No se pudo verificar el nuevo archivo de claves; se conservó el anterior.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/repository.py" line="64" />
      <source>The note can be at most {max_note_chars} characters long.</source>
      <translation>La nota puede tener como máximo {max_note_chars} caracteres.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/repository.py" line="60" />
      <source>The note must be text.</source>
      <translation>La nota debe ser texto.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/period.py" line="36" />
      <source>The period ends before it starts.</source>
      <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/period.py" line="38" />
      <source>The period is longer than ten years; choose a shorter one.</source>
      <translation>El periodo dura más de diez años; elige uno más corto.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/validation.py" line="199" />
      <source>The plan an attempt belongs to must be given by its number.</source>
      <translation>El plan al que pertenece un intento debe indicarse con su número.</translation>
    </message>
    <message>
      <location filename="../../app/vault/vault.py" line="203" />
      <source>The remembered key doesn't fit this vault.</source>
      <translation>La clave recordada no sirve para este diario.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/schedules.py" line="123" />
      <source>The schedule's last day can't come before its first day.</source>
      <translation>El último día del horario no puede ser antes del primero.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/validation.py" line="148" />
      <source>The time of a moment must be a time of day, or left empty.</source>
      <translation>La hora de un momento debe ser una hora del día, o quedar vacía.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/validation.py" line="186" />
      <source>The time of an attempt must be a time of day, or left empty.</source>
      <translation>La hora de un intento debe ser una hora del día, o quedar vacía.</translation>
    </message>
    <message>
      <location filename="../../app/reflection/validation.py" line="135" />
      <source>The values page is needed here.</source>
      <translation>Aquí hace falta la página de valores.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/repository.py" line="41" />
      <source>The {name} score must be a whole number from 0 to 10.</source>
      <translation>La puntuación ({name}) debe ser un número entero de 0 a 10.</translation>
    </message>
    <message>
      <location filename="../../app/checkins/repository.py" line="45" />
      <source>The {name} score must be from 0 to 10, not {value}.</source>
      <translation>La puntuación ({name}) debe ir de 0 a 10, no {value}.</translation>
    </message>
    <message>
      <location filename="../../app/platform/timestamps.py" line="48" />
      <location filename="../../app/sessions/validation.py" line="256" />
      <source>The {what} must be a calendar date.</source>
      <translation>La fecha debe ser una fecha del calendario.</translation>
    </message>
    <message>
      <location filename="../../app/platform/timestamps.py" line="34" />
      <source>The {what} must be between {first_year} and {last_year}; it is {date:%Y-%m-%d}.</source>
      <translation>La fecha debe estar entre {first_year} y {last_year}; es {date:%Y-%m-%d}.</translation>
    </message>
    <message>
      <location filename="../../app/platform/timestamps.py" line="51" />
      <source>The {what} must be between {first_year} and {last_year}; it is {day:%Y-%m-%d}.</source>
      <translation>La fecha debe estar entre {first_year} y {last_year}; es {day:%Y-%m-%d}.</translation>
    </message>
    <message>
      <location filename="../../app/safety/validation.py" line="16" />
      <source>There are no answers to save: answer at least one question first.</source>
      <translation>No hay respuestas que guardar: primero responde al menos una pregunta.</translation>
    </message>
    <message>
      <location filename="../../app/vault/vault.py" line="158" />
      <source>There is already a Mooring vault in this folder.</source>
      <translation>Ya hay un diario de Mooring en esta carpeta.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="564" />
      <source>There is no Mooring copy in that folder.</source>
      <translation>No hay ninguna copia de Mooring en esa carpeta.</translation>
    </message>
    <message>
      <location filename="../../app/vault/vault.py" line="309" />
      <source>There is no Mooring vault in this folder yet.</source>
      <translation>Todavía no hay un diario de Mooring en esta carpeta.</translation>
    </message>
    <message>
      <location filename="../../app/journal/entries.py" line="465" />
      <source>There is no month {month} in {year}.</source>
      <translation>No hay un mes {month} en {year}.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/repository.py" line="363" />
      <source>There is no such month.</source>
      <translation>Ese mes no existe.</translation>
    </message>
    <message>
      <location filename="../../app/journal/entries.py" line="85" />
      <source>There's nothing to search for in that; try a word rather than symbols or emoji.</source>
      <translation>Ahí no hay nada que buscar; prueba con una palabra en vez de símbolos o emojis.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="654" />
      <source>This backup can only be restored into the journal it came from; unlock that journal first.</source>
      <translation>Esta copia de seguridad solo se puede restaurar en el diario del que salió; primero desbloquea ese diario.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="647" />
      <source>This backup is damaged or belongs to another journal, so nothing was changed.</source>
      <translation>Esta copia de seguridad está dañada o es de otro diario, así que no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="169" />
      <location filename="../../app/vault/backup.py" line="156" />
      <location filename="../../app/vault/backup.py" line="165" />
      <source>This backup is damaged.</source>
      <translation>Esta copia de seguridad está dañada.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="589" />
      <source>This backup was made by a newer version of Mooring; update Mooring, then restore it.</source>
      <translation>Esta copia de seguridad se hizo con una versión más nueva de Mooring; actualiza Mooring y luego restáurala.</translation>
    </message>
    <message>
      <location filename="../../app/vault/remember.py" line="92" />
      <source>This computer has no keychain Mooring can use, so it will keep asking for your passphrase.</source>
      <translation>Este equipo no tiene un llavero que Mooring pueda usar, así que seguirá pidiéndote tu frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../app/vault/remember.py" line="62" />
      <source>This computer's keychain didn't keep the key, so Mooring will keep asking for your passphrase.</source>
      <translation>El llavero de este equipo no guardó la clave, así que Mooring seguirá pidiéndote tu frase de acceso.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="401" />
      <source>This copy is of a different journal, so Mooring won't put it in place of this one.</source>
      <translation>Esta copia es de otro diario, así que Mooring no la pondrá en lugar de este.</translation>
    </message>
    <message>
      <location filename="../../app/journal/text.py" line="49" />
      <source>This entry is too long to save; please split it into several.</source>
      <translation>Esta entrada es demasiado larga para guardarla; divídela en varias.</translation>
    </message>
    <message>
      <location filename="../../app/journal/demo.py" line="64" />
      <source>This journal already has entries; the demo only fills an empty one.</source>
      <translation>Este diario ya tiene entradas; la demostración solo llena uno vacío.</translation>
    </message>
    <message>
      <location filename="../../app/vault/passphrase.py" line="106" />
      <source>This one is easy to guess; try a few unrelated words.</source>
      <translation>Esta es fácil de adivinar; prueba con unas palabras que no tengan relación entre sí.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/answers.py" line="113" />
      <source>This step cannot take an answer.</source>
      <translation>Este paso no admite respuestas.</translation>
    </message>
    <message>
      <location filename="../../app/platform/contributions.py" line="269" />
      <source>This vault already has its own, so the file's were left out.</source>
      <translation>Este diario ya tiene los suyos, así que los del archivo quedaron fuera.</translation>
    </message>
    <message>
      <location filename="../../app/journal/entries.py" line="84" />
      <source>Type a word or two to search your journal.</source>
      <translation>Escribe una o dos palabras para buscar en tu diario.</translation>
    </message>
    <message>
      <location filename="../../app/vault/backup.py" line="659" />
      <source>Type the passphrase of this copy to restore it.</source>
      <translation>Escribe la frase de acceso de esta copia para restaurarla.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/sections.py" line="69" />
      <source>Unknown section {section}; choose from: {sections}, all, default.</source>
      <translation>Sección desconocida: {section}; elige entre: {sections}, all, default.</translation>
    </message>
    <message>
      <location filename="../../app/vault/passphrase.py" line="99" />
      <source>Use at least {least} characters; a few words work well.</source>
      <translation>Usa al menos {least} caracteres; unas cuantas palabras funcionan bien.</translation>
    </message>
    <message>
      <location filename="../../app/invitations/partner.py" line="29" />
      <source>We didn't get to it</source>
      <translation>No llegamos a hablarlo</translation>
    </message>
    <message>
      <location filename="../../app/invitations/partner.py" line="25" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/jrnl.py" line="38" />
      <source>entry {number:,}</source>
      <translation>entrada {number:,}</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/jrnl.py" line="58" />
      <source>jrnl keeps no time zone, so times were taken as this computer's local time.</source>
      <translation>jrnl no guarda la zona horaria, así que las horas se tomaron como hora local de este equipo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/dayone.py" line="97" />
      <source>{count:,} entries have no time zone this computer knows, so their times are shown in this computer's local time.</source>
      <translation>{count:,} entradas no tienen una zona horaria que este equipo conozca, así que sus horas se muestran en la hora local de este equipo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/markdown.py" line="134" />
      <source>{count:,} files have dates without a time zone, taken as this computer's local time (12:00 when there is no time).</source>
      <translation>{count:,} archivos tienen fechas sin zona horaria, tomadas como hora local de este equipo (las 12:00 cuando no hay hora).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/markdown.py" line="121" />
      <source>{count:,} files were not UTF-8, so they were read as Western European (Latin-1) text.</source>
      <translation>{count:,} archivos no eran UTF-8, así que se leyeron como texto de Europa occidental (Latin-1).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="338" />
      <source>{filename} in {name} is compressed in a way I can't read.</source>
      <translation>{filename}, dentro de {name}, está comprimido de una forma que no puedo leer.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="330" />
      <source>{filename} in {name} is damaged and could not be read.</source>
      <translation>{filename}, dentro de {name}, está dañado y no se pudo leer.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="320" />
      <source>{filename} in {name} unpacks to more than it should; it looks like a zip bomb, so I stopped reading it.</source>
      <translation>{filename}, dentro de {name}, se descomprime en más de lo que debería; parece una bomba zip, así que dejé de leerlo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="296" />
      <source>{filename} in {name} would unpack to {ratio:,} times its stored size (the most I accept is {max_ratio}); it looks like a zip bomb.</source>
      <translation>{filename}, dentro de {name}, se descomprimiría en {ratio:,} veces su tamaño guardado (lo máximo que acepto es {max_ratio}); parece una bomba zip.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/export_markdown.py" line="138" />
      <source>{folder} is a file; choose a folder.</source>
      <translation>{folder} es un archivo; elige una carpeta.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/output.py" line="41" />
      <source>{folder} is not a folder.</source>
      <translation>{folder} no es una carpeta.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="77" />
      <location filename="../../app/exchange/importers/reading.py" line="352" />
      <source>{name} could not be read ({reason}).</source>
      <translation>No se pudo leer {name} ({reason}).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/import_mooring.py" line="223" />
      <source>{name} could not be read ({strerror}).</source>
      <translation>No se pudo leer {name} ({strerror}).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="154" />
      <source>{name} ends before its JSON is complete (line {lineno}); the file may have been cut short.</source>
      <translation>{name} termina antes de que su JSON esté completo (línea {lineno}); puede que el archivo esté cortado.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="214" />
      <source>{name} has a YAML syntax error at {line}.</source>
      <translation>{name} tiene un error de sintaxis YAML en {line}.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/markdown.py" line="204" />
      <source>{name} has a date in its header I can't read: {text!r}.</source>
      <translation>{name} tiene en su encabezado una fecha que no puedo leer: {text!r}.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/markdown.py" line="165" />
      <source>{name} has a header (front matter) that is not a list of fields.</source>
      <translation>{name} tiene un encabezado (front matter) que no es una lista de campos.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/import_mooring.py" line="189" />
      <source>{name} has records of a part this Mooring doesn't know ({module_id}); update Mooring to import it.</source>
      <translation>{name} tiene registros de una parte que esta versión de Mooring no conoce ({module_id}); actualiza Mooring para importarlo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/plan.py" line="94" />
      <source>{name} holds more than {max_entries:,} entries; I can't import that many at once.</source>
      <translation>{name} tiene más de {max_entries:,} entradas; no puedo importar tantas de una vez.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/plan.py" line="264" />
      <source>{name} holds no Day One journal (a .json file with its entries).</source>
      <translation>{name} no tiene ningún diario de Day One (un archivo .json con sus entradas).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="250" />
      <source>{name} holds too many files ({count:,}) to be an export.</source>
      <translation>{name} tiene demasiados archivos ({count:,}) para ser una exportación.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/dayone.py" line="43" />
      <source>{name} is JSON but not a Day One export: it has no list of "entries" with a "creationDate".</source>
      <translation>{name} es JSON, pero no es una exportación de Day One: no tiene una lista de "entries" con "creationDate".</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/jrnl.py" line="32" />
      <source>{name} is JSON but not a jrnl export: it has no list of "entries".</source>
      <translation>{name} es JSON, pero no es una exportación de jrnl: no tiene una lista de "entries".</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/plan.py" line="168" />
      <source>{name} is a file; a RedNotebook import takes its data folder (the one holding files like 2024-03.txt).</source>
      <translation>{name} es un archivo; para importar de RedNotebook se usa su carpeta de datos (la que tiene archivos como 2024-03.txt).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/plan.py" line="133" />
      <source>{name} is a folder; {format_names} is one file.</source>
      <translation>{name} es una carpeta; {format_names} es un solo archivo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/plan.py" line="245" />
      <source>{name} is a zip; only a Day One export comes as a zip, so import it as dayone.</source>
      <translation>{name} es un zip; solo las exportaciones de Day One vienen en zip, así que impórtalo como dayone.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/import_mooring.py" line="272" />
      <source>{name} is larger than {gigabytes} GB, more than Mooring imports at once.</source>
      <translation>{name} pesa más de {gigabytes} GB, más de lo que Mooring importa de una vez.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="172" />
      <source>{name} is nested too deeply to be a journal export.</source>
      <translation>{name} tiene demasiados niveles anidados para ser la exportación de un diario.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="219" />
      <source>{name} is nested too deeply to read.</source>
      <translation>{name} tiene demasiados niveles anidados para leerlo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/import_mooring.py" line="219" />
      <source>{name} is not UTF-8 text, so it is not a Mooring export.</source>
      <translation>{name} no es texto UTF-8, así que no es una exportación de Mooring.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="217" />
      <source>{name} is not YAML I can read.</source>
      <translation>{name} no es un YAML que yo pueda leer.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/rednotebook.py" line="112" />
      <source>{name} is not a RedNotebook month: it is not a list of days.</source>
      <translation>{name} no es un mes de RedNotebook: no es una lista de días.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/rednotebook.py" line="118" />
      <source>{name} is not a RedNotebook month: {text!r} is not a day of the month.</source>
      <translation>{name} no es un mes de RedNotebook: {text!r} no es un día del mes.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="62" />
      <source>{name} is not a file I can read.</source>
      <translation>{name} no es un archivo que yo pueda leer.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/plan.py" line="187" />
      <source>{name} is not a journal export I know (jrnl or Day One JSON, a Day One zip, or a Markdown or text file).</source>
      <translation>{name} no es una exportación de diario que yo conozca (JSON de jrnl o de Day One, un zip de Day One, o un archivo Markdown o de texto).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/export_markdown.py" line="196" />
      <source>{name} is not a safe file name.</source>
      <translation>{name} no es un nombre de archivo seguro.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/plan.py" line="179" />
      <location filename="../../app/exchange/importers/reading.py" line="244" />
      <source>{name} is not a zip file I can open.</source>
      <translation>{name} no es un archivo zip que yo pueda abrir.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="129" />
      <source>{name} is not text I can read (it looks like a binary file).</source>
      <translation>{name} no es un texto que yo pueda leer (parece un archivo binario).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="162" />
      <source>{name} is not valid JSON: line {lineno}, column {colno} ({problem}).</source>
      <translation>{name} no es un JSON válido: línea {lineno}, columna {colno} ({problem}).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/rednotebook.py" line="102" />
      <source>{name} is too large to be a RedNotebook month.</source>
      <translation>{name} es demasiado grande para ser un mes de RedNotebook.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="360" />
      <location filename="../../app/exchange/importers/reading.py" line="65" />
      <source>{name} is too large to import ({size}; the most I read is {most}).</source>
      <translation>{name} es demasiado grande para importarlo ({size}; lo máximo que leo es {most}).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="84" />
      <source>{name} is too large to import.</source>
      <translation>{name} es demasiado grande para importarlo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/import_mooring.py" line="198" />
      <source>{name} lists {module_id} twice.</source>
      <translation>{name} incluye {module_id} dos veces.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="187" />
      <source>{name} repeats references (YAML aliases) more than {max_yaml_aliases} times, at line {at}; I don't read such files.</source>
      <translation>{name} repite referencias (alias YAML) más de {max_yaml_aliases} veces, en la línea {at}; no leo archivos así.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="111" />
      <source>{name} starts like {encoding} text but is not (at byte {byte:,}).</source>
      <translation>{name} empieza como texto {encoding}, pero no lo es (en el byte {byte:,}).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="200" />
      <source>{name} uses a YAML tag I don't read{line} (only plain text, numbers, lists and dates are read).</source>
      <translation>{name} usa una etiqueta YAML que no leo{line} (solo se leen texto simple, números, listas y fechas).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/import_mooring.py" line="392" />
      <source>{name} was made by a newer Mooring (format version {version}); update Mooring to import it.</source>
      <translation>{name} se hizo con una versión más nueva de Mooring (versión de formato {version}); actualiza Mooring para importarlo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/reading.py" line="271" />
      <source>{name} would unpack to more than {most} of text; I don't read zips that large.</source>
      <translation>{name} se descomprimiría en más de {most} de texto; no leo zips tan grandes.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/rednotebook.py" line="82" />
      <source>{name}, day {day_number}</source>
      <translation>{name}, día {day_number}</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/dayone.py" line="52" />
      <source>{name}, entry {number:,}</source>
      <translation>{name}, entrada {number:,}</translation>
    </message>
    <message>
      <location filename="../../app/exchange/output.py" line="46" />
      <source>{path} already exists; choose another name or allow replacing it.</source>
      <translation>{path} ya existe; elige otro nombre o permite reemplazarlo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/import_mooring.py" line="279" />
      <source>{path} cannot be read.</source>
      <translation>No se puede leer {path}.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/import_mooring.py" line="174" />
      <location filename="../../app/exchange/import_mooring.py" line="266" />
      <source>{path} could not be read ({strerror}).</source>
      <translation>No se pudo leer {path} ({strerror}).</translation>
    </message>
    <message>
      <location filename="../../app/exchange/import_mooring.py" line="263" />
      <source>{path} does not exist.</source>
      <translation>{path} no existe.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/import_mooring.py" line="269" />
      <source>{path} is a folder; choose the export file.</source>
      <translation>{path} es una carpeta; elige el archivo exportado.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/output.py" line="43" />
      <source>{path} is a folder; give a file name.</source>
      <translation>{path} es una carpeta; escribe un nombre de archivo.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/markdown.py" line="109" />
      <source>{problem} That file is left out.</source>
      <translation>{problem} Ese archivo queda fuera.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/plan.py" line="343" />
      <source>{source_ref} could not be stored: {error} Nothing was imported.</source>
      <translation>No se pudo guardar {source_ref}: {error} No se importó nada.</translation>
    </message>
    <message>
      <location filename="../../app/exchange/importers/plan.py" line="86" />
      <source>{source} does not exist.</source>
      <translation>{source} no existe.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="178" />
      <source>{what} can be at most 100,000 characters long.</source>
      <translation>Este texto puede tener como máximo 100.000 caracteres.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="191" />
      <source>{what} can be at most {limit:,} characters long.</source>
      <translation>Este texto puede tener como máximo {limit:,} caracteres.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/validation.py" line="66" />
      <location filename="../../app/invitations/validation.py" line="80" />
      <location filename="../../app/reflection/validation.py" line="45" />
      <source>{what} can be at most {max_text_chars:,} characters long.</source>
      <translation>Este texto puede tener como máximo {max_text_chars:,} caracteres.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/answers.py" line="124" />
      <location filename="../../app/exercises/answers.py" line="129" />
      <source>{what} holds a character that cannot be saved.</source>
      <translation>Este texto tiene un carácter que no se puede guardar.</translation>
    </message>
    <message>
      <location filename="../../app/exercises/answers.py" line="121" />
      <source>{what} is longer than {limit:,} characters.</source>
      <translation>Este texto tiene más de {limit:,} caracteres.</translation>
    </message>
    <message>
      <location filename="../../app/boundaries/validation.py" line="62" />
      <location filename="../../app/exercises/answers.py" line="118" />
      <location filename="../../app/invitations/validation.py" line="76" />
      <source>{what} must be text.</source>
      <translation>Esto debe ser texto.</translation>
    </message>
    <message>
      <location filename="../../app/sessions/validation.py" line="188" />
      <source>{what} needs a few words.</source>
      <translation>Aquí hacen falta unas palabras.</translation>
    </message>
  </context>
</TS>
