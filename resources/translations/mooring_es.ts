<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>Autosave</name>
    <message>
      <location filename="../../ui/common/autosave.py" line="58" />
      <location filename="../../ui/common/autosave.py" line="63" />
      <source>Not saved yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/autosave.py" line="206" />
      <source>Save status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/autosave.py" line="62" />
      <source>Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/autosave.py" line="60" />
      <location filename="../../ui/common/autosave.py" line="61" />
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Boundaries</name>
    <message numerus="yes">
      <location filename="../../ui/boundaries/page.py" line="459" />
      <source>%Ln archived boundaries</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="459" />
      <source>1 archived boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="46" />
      <source>Bent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="45" />
      <source>Held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="121" />
      <source>Held {held} of {total} times in the last month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="47" />
      <source>Not held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="114" />
      <source>Not tested in the last month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="133" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="120" />
      <source>Tested once in the last month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="119" />
      <source>Tested once in the last month, and it bent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="117" />
      <source>Tested once in the last month, and it held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="103" />
      <source>ddd d MMM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="103" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/words.py" line="105" />
      <source>{day}, {time}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BoundariesPage</name>
    <message>
      <location filename="../../ui/boundaries/page.py" line="543" />
      <source>&amp;Archive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="539" />
      <source>&amp;Back in use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="331" />
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="334" />
      <source>&amp;Log a moment…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="190" />
      <source>&amp;New boundary…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="197" />
      <source>&amp;Where my care goes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="227" />
      <source>A boundary is something you decide to do to look after yourself, like “If there’s drink in the house, I will spend the evening at my sister’s.” It is about your own actions, not about changing your partner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="200" />
      <source>A reflection on where looking after your partner costs your own recovery. It opens on the Exercises page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="544" />
      <source>Archive this boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="457" />
      <source>Archived ({n})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="277" />
      <source>Archived boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="161" />
      <location filename="../../ui/boundaries/page.py" line="186" />
      <source>Boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="265" />
      <source>Boundaries in use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="346" />
      <source>Bring this boundary to therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="345" />
      <source>Bring to thera&amp;py</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="382" />
      <source>Change the chosen moment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="297" />
      <source>Choose a boundary on the left to see it here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="383" />
      <source>Delete the chosen moment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="384" />
      <source>Delete the chosen moment (you can undo it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="124" />
      <source>Delete this moment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="332" />
      <source>Edit this boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="131" />
      <source>Felt {n} of 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="100" />
      <source>For therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="367" />
      <source>How often it held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="263" />
      <source>In use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="347" />
      <source>Include it in what you take to your next session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="343" />
      <source>Kept in the trash for 30 days, with its moments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="335" />
      <source>Log a moment this boundary was tested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="374" />
      <source>Moments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="124" />
      <source>Moments this boundary was tested, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="541" />
      <source>Move it back to the boundaries in use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="342" />
      <source>Move this boundary to the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="341" />
      <source>Move to &amp;trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="191" />
      <location filename="../../ui/boundaries/page.py" line="413" />
      <source>New boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="137" />
      <source>Next time: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="224" />
      <source>No boundaries yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="378" />
      <source>No moments yet. When this boundary is tested, note how it went: held, bent or not held, each one is worth noticing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="268" />
      <source>None in use just now. Archived ones can be brought back below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="336" />
      <source>Note a time this boundary was tested, however it went</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="236" />
      <source>Once you have one, you can note each time it is tested and see how it holds over the weeks. There is no score to keep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="540" />
      <source>Put this boundary back in use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="546" />
      <source>Set it aside: it keeps its moments and can come back any time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="385" />
      <source>Show older moments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="806" />
      <source>That didn't work: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="690" />
      <source>The boundary is archived. It keeps its moments.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="688" />
      <source>The boundary is back in use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="723" />
      <source>The boundary is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="709" />
      <source>The boundary is in the trash, with its moments.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="797" />
      <source>The moment is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="783" />
      <source>The moment was deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="320" />
      <source>The need behind it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="566" />
      <source>This chart couldn't be drawn just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="711" />
      <location filename="../../ui/boundaries/page.py" line="785" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="325" />
      <source>What I could say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="188" />
      <source>What you will do to look after yourself, and how it goes when it's tested.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="198" />
      <source>Where my care goes: a reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="192" />
      <source>Write a new boundary ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="242" />
      <source>Write your first boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="241" />
      <source>Write your first boundary…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="439" />
      <source>Your boundaries couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/page.py" line="528" />
      <source>{area}, archived</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BoundaryBuilder</name>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="169" />
      <source>&amp;Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="171" />
      <source>&amp;Boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="185" />
      <source>&amp;Rehearse it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="97" />
      <source>A boundary is about what you will do to look after yourself, not about what your partner must do. Take your time; you can change it later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="148" />
      <source>A few words to practise, said the way you would on a calm day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="105" />
      <source>Area of life</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="112" />
      <source>Choose an area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="163" />
      <source>Close without saving these changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="161" />
      <source>Close without saving: what you typed here is let go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="89" />
      <source>Edit boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="138" />
      <source>Gentle checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="129" />
      <source>If …, I will …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="67" />
      <source>Met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="89" />
      <source>New boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="67" />
      <source>Not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="160" />
      <source>Save boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="141" />
      <source>Suggestions only: your boundary saves whatever they say.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="170" />
      <source>The &amp;need behind it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="119" />
      <source>The need behind it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="120" />
      <source>What do you need? For example: evenings where staying sober doesn't take all my strength.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="147" />
      <source>What you could say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="133" />
      <source>Write what you will do: "If …, I will …". For example: "If there is drink in the house, I will spend the evening at my sister's."</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/builder.py" line="128" />
      <source>Your boundary</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BoundaryChart</name>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="78" />
      <source>&amp;Weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="65" />
      <source>How often it held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="67" />
      <source>How often it held, in words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="66" />
      <source>How often this boundary held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="79" />
      <source>M&amp;onths</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="54" />
      <source>No moments logged in these 12 months yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="52" />
      <source>No moments logged in these 12 weeks yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="79" />
      <source>Show the last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/held_chart.py" line="78" />
      <source>Show the last 12 weeks</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BoundaryMoment</name>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="107" />
      <source>&amp;Bent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="134" />
      <source>&amp;Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="106" />
      <source>&amp;Held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="108" />
      <source>&amp;Not held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="135" />
      <source>&amp;What happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="99" />
      <source>A few words are enough.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="71" />
      <source>Change this moment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="129" />
      <source>Close without saving: what you typed here is let go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="92" />
      <source>Day it happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="81" />
      <source>Every moment counts, whichever way it went: noticing is how a boundary gets easier to keep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="137" />
      <source>How I felt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="136" />
      <source>How it went</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="71" />
      <source>Log a moment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="138" />
      <source>Ne&amp;xt time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="123" />
      <source>Optional. One small thing is plenty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="129" />
      <source>Save moment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="93" />
      <source>Time it happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="122" />
      <source>What I will try next time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/boundaries/moment_dialog.py" line="99" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BringUp</name>
    <message>
      <location filename="../../ui/common/bring_up.py" line="85" />
      <source>A few words are enough; the list needs at least one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="68" />
      <source>Add to my list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="133" />
      <source>Added to your list for next time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="46" />
      <source>Bring up next time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="58" />
      <source>In a few words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="129" />
      <source>That couldn't be added just now. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="48" />
      <source>This goes on your list for your next session, so it doesn't slip away. You can tick it off there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/bring_up.py" line="57" />
      <source>What you want to bring up</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BusyBar</name>
    <message>
      <location filename="../../ui/common/busy.py" line="17" />
      <source>Working…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <location filename="../../ui/common/chart.py" line="947" />
      <source>Chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="782" />
      <location filename="../../ui/common/chart.py" line="775" />
      <source>MMM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="782" />
      <location filename="../../ui/common/chart.py" line="775" />
      <source>MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="414" />
      <location filename="../../ui/common/chart.py" line="644" />
      <source>Nothing recorded yet in this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="388" />
      <source>averages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="271" />
      <source>d MMM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="271" />
      <source>d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="441" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="350" />
      <source>recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="351" />
      <source>{count} of {total} days recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="460" />
      <source>{day}: {values}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="286" />
      <source>{first} – {last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="284" />
      <source>{first}–{last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="382" />
      <source>{name} over {period}, as {averages}: lowest {low} ({low_days}), highest {high} ({high_days}), latest {latest} ({latest_days}); {recorded}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="333" />
      <source>{name} over {period}: average {average}, lowest {low} on {low_day}, highest {high} on {high_day}; {recorded}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="320" />
      <source>{name} over {period}: nothing recorded yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="458" />
      <source>{name} {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="449" />
      <source>{name} {value} ({low} to {high})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/chart.py" line="402" />
      <source>{start} to {end}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckinForm</name>
    <message>
      <location filename="../../ui/checkins/form.py" line="163" />
      <source> hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="218" />
      <source>&amp;Angry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="210" />
      <source>&amp;Craving or urge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="217" />
      <source>&amp;Hungry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="219" />
      <source>&amp;Lonely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="203" />
      <source>&amp;Mood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="267" />
      <source>&amp;Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="205" />
      <source>&amp;Stress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="220" />
      <source>&amp;Tired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="218" />
      <source>Angry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="225" />
      <source>Being hungry, angry, lonely or tired makes hard moments harder. Mark any that fit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="266" />
      <source>Characters left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="195" />
      <source>Check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="211" />
      <source>Craving or urge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="216" />
      <source>HALT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="247" />
      <source>Hours sl&amp;ept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="240" />
      <source>Hours slept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="203" />
      <source>How is your mood?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="205" />
      <source>How stressed do you feel?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="212" />
      <source>How strong is any craving or urge to use?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="217" />
      <source>Hungry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="219" />
      <source>Lonely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="203" />
      <source>Mood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="259" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="258" />
      <source>One line about today (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="244" />
      <source>Optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="261" />
      <source>Optional, one line, up to {count} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="242" />
      <source>Optional. Leave at “not recorded” to skip.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="205" />
      <source>Stress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="220" />
      <source>Tired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="295" />
      <source>high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="293" />
      <source>low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="162" />
      <source>not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="402" />
      <source>{count} characters left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="303" />
      <source>{name} value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/form.py" line="288" />
      <source>{question} 0 is low, 10 is high.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckinPage</name>
    <message>
      <location filename="../../ui/checkins/page.py" line="204" />
      <source>&amp;Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="163" />
      <source>A minute for yourself. There are no right answers: noticing how you are is the point.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="172" />
      <source>Add something about this day to your list for your next session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="170" />
      <source>Bring this up at my next session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="169" />
      <source>Bring up next time…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="228" />
      <source>Changes save by themselves; {key} saves at once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="130" />
      <location filename="../../ui/checkins/page.py" line="161" />
      <source>Check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="194" />
      <source>Choose another day to see or change its check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="193" />
      <source>Day of this check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="202" />
      <source>Go to today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="326" />
      <source>How are you doing today?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="331" />
      <source>How were you doing on {day}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="328" />
      <source>How were you doing yesterday?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="198" />
      <location filename="../../ui/checkins/page.py" line="199" />
      <source>Next day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="147" />
      <source>No check-in for this day yet. It saves as you go.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="184" />
      <location filename="../../ui/checkins/page.py" line="185" />
      <source>Previous day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="269" />
      <source>Save check-in now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="81" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="201" />
      <source>T&amp;oday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="369" />
      <source>This day's check-in couldn't be loaded: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="419" />
      <source>Your check-in couldn't be saved yet: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="463" />
      <source>Your trends couldn't be loaded: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="189" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/page.py" line="71" />
      <source>dddd d MMMM yyyy</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckinTrends</name>
    <message>
      <location filename="../../ui/checkins/trends.py" line="170" />
      <source>Check-in trends chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="75" />
      <source>Craving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="97" />
      <source>Each point is a week’s average; the light shading behind it runs from that week’s lowest day to its highest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="183" />
      <source>HALT and sleep in words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="127" />
      <source>HALT over {period}: none marked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="123" />
      <source>HALT over {period}: {counts}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="73" />
      <source>Mood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="77" />
      <source>No check-ins yet in this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="160" />
      <location filename="../../ui/checkins/trends.py" line="161" />
      <source>Show the last {days} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="133" />
      <source>Sleep: {hours} hours on average, 1 night recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="135" />
      <source>Sleep: {hours} hours on average, {n} nights recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="74" />
      <source>Stress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="178" />
      <source>Trends in words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="147" />
      <location filename="../../ui/checkins/trends.py" line="148" />
      <source>Your trends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="113" />
      <source>angry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="112" />
      <source>hungry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="111" />
      <source>lonely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="64" />
      <source>the last {days} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="110" />
      <source>tired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="96" />
      <source>weekly averages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="157" />
      <source>{days} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="118" />
      <source>{word} on 1 day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/trends.py" line="118" />
      <source>{word} on {n} days</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CredentialsDialogs</name>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="200" />
      <source>&amp;Change passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="286" />
      <source>&amp;Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="361" />
      <source>&amp;Make a new code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="194" />
      <source>&amp;New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="196" />
      <source>&amp;Type it again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="350" />
      <source>A new code takes the place of the one you have now, so your old code will stop working. Your journal and your passphrase stay just as they are.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="193" />
      <source>C&amp;urrent passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="204" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="205" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="275" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="170" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="171" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="201" />
      <source>Change passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="173" />
      <source>Change your passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="267" />
      <source>Changing your passphrase… this takes a moment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="437" />
      <source>Cl&amp;ose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="287" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="438" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="184" />
      <source>Confirm new passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="182" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="356" />
      <source>Current passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="290" />
      <source>Done. Your passphrase is changed: use the new one the next time you unlock Mooring.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="426" />
      <source>If Mooring locks before you tick the box, the code is wiped from the screen. That's all right: you can make another one here at any time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="362" />
      <source>Make a new code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="348" />
      <source>Make a new recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="399" />
      <source>Making your new code… this takes a moment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="183" />
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="329" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="330" />
      <source>New recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="482" />
      <source>Please keep the code first, then tick “I have stored it somewhere safe”. Your old code no longer works.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="248" />
      <source>Please type your current passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="396" />
      <source>Please type your passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="187" />
      <location filename="../../ui/shell/credentials_dialogs.py" line="188" />
      <source>Show what I type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="263" />
      <source>That is the passphrase you have now. Please choose a different one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="58" />
      <source>That isn't your current passphrase, so nothing was changed. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="257" />
      <source>The two new passphrases are different. Please type the second one again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="359" />
      <source>Your &amp;passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="175" />
      <source>Your journal stays just as it is; only the passphrase that opens it changes. Your recovery code keeps working.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="417" />
      <source>Your new recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/credentials_dialogs.py" line="419" />
      <source>Your old code no longer works. This one is shown only this once: keep it somewhere safe and private, away from this computer.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DataExport</name>
    <message>
      <location filename="../../ui/data/export_section.py" line="195" />
      <source>&amp;Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="178" />
      <source>&amp;One file (JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="180" />
      <source>A folder of &amp;Markdown files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="270" />
      <source>Choose a new or empty folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="197" />
      <source>Export: choose where to save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="285" />
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="264" />
      <source>JSON files (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="117" />
      <source>Mooring couldn't write there. Nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="262" />
      <source>Save everything as one file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="171" />
      <source>Save everything in your journal outside Mooring. One file can be read back by Mooring's import, or by any program that reads JSON; a folder of Markdown files is for reading.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="361" />
      <source>Saved everything as Markdown files in the folder {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="359" />
      <source>Saved everything in the file {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="209" />
      <source>Sto&amp;p</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="211" />
      <source>Stop the export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="113" />
      <source>Stopped. Nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="379" />
      <source>Stopping…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="146" />
      <source>Take everything with you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="119" />
      <source>That didn't work, and nothing was saved. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/export_section.py" line="187" />
      <source>The copy will not be encrypted: anyone who can open it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DataImport</name>
    <message>
      <location filename="../../ui/data/import_section.py" line="208" />
      <source>&amp;Import</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_section.py" line="319" />
      <source>&amp;Import %Ln entries</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_section.py" line="317" />
      <source>&amp;Import %Ln items</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="319" />
      <source>&amp;Import 1 entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="317" />
      <source>&amp;Import 1 item</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_section.py" line="422" />
      <source>Added %Ln entries; they are in your journal.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_section.py" line="413" />
      <source>Added %Ln items; each is in its place in Mooring.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="422" />
      <source>Added 1 entry; it is in your journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="413" />
      <source>Added 1 item; it is in its place in Mooring.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="361" />
      <source>Adding…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="80" />
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="187" />
      <source>Bring in entries from jrnl, Day One, RedNotebook, or a folder of Markdown or text files, or everything from a Mooring export. You see what will be added before anything is changed, and entries already in your journal are not added twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="324" />
      <source>C&amp;lose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="209" />
      <location filename="../../ui/data/import_section.py" line="322" />
      <source>Cance&amp;l</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="194" />
      <source>Choose a &amp;file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="196" />
      <source>Choose a fol&amp;der…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="262" />
      <source>Choose the file to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="269" />
      <source>Choose the folder to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="160" />
      <source>Import from another journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="79" />
      <source>Journal exports (*.json *.zip *.md *.markdown *.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="112" />
      <source>Mooring couldn't read that. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="431" />
      <source>Nothing was added: those entries are already in your journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="280" />
      <source>Reading {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="220" />
      <source>S&amp;top</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="463" />
      <source>Stopped. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="107" />
      <source>Stopped. Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="466" />
      <source>Stopping…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="114" />
      <source>That didn't work, and nothing was changed. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="328" />
      <source>There is nothing in it that Mooring can add.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="326" />
      <source>There is nothing new to add: it is all in your journal already.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="207" />
      <source>What will be imported</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/data/import_section.py" line="140" />
      <source>…and %Ln more notes.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/data/import_section.py" line="140" />
      <source>…and 1 more note.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DataPage</name>
    <message>
      <location filename="../../ui/data/page.py" line="98" />
      <source>&amp;Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="97" />
      <source>&amp;Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="279" />
      <source>&amp;Restore this backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="300" />
      <source>&amp;Stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="274" />
      <source>Back up &amp;now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="469" />
      <source>Backed up. The newest backup is at the top.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="461" />
      <source>Backing up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="244" />
      <location filename="../../ui/data/page.py" line="254" />
      <source>Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="526" />
      <source>Checking the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="509" />
      <source>Choose the folder of the copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="474" />
      <source>Choose where to save the copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="255" />
      <source>Made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="247" />
      <source>Mooring makes a backup a few seconds after you unlock, once a day, and keeps the last few. Each one is encrypted like your journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="271" />
      <source>No backups yet. The first is made soon after you unlock, or choose Back up now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="123" />
      <source>Not known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="282" />
      <source>Restore from a cop&amp;y…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="87" />
      <source>Restore your journal?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="546" />
      <source>Restoring your journal…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="276" />
      <source>Save an encrypted &amp;copy to…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="490" />
      <source>Saved an encrypted copy in the folder {folder}. It opens with your passphrase; keep the whole folder together.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="485" />
      <source>Saving a copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="255" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="137" />
      <source>Stopped. Nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="439" />
      <source>Stopping…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="148" />
      <source>That didn't work, and nothing was changed. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="141" />
      <source>This copy is of a different journal, so Mooring won't put it in place of this one. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="255" />
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="173" />
      <location filename="../../ui/data/page.py" line="198" />
      <source>Your data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="200" />
      <source>Your journal stays on this computer. Here you can keep copies of it safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="557" />
      <source>Your journal was restored from {what}. Your journal as it was is kept as a backup. Unlock to carry on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="88" />
      <source>Your journal will be put back as it was in {what}. Your journal as it is now is kept as a backup first, so you can come back to it.

Mooring locks while it restores; then unlock as usual.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="503" />
      <source>the backup made {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="512" />
      <source>the copy in the folder {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="109" />
      <source>{day}, {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="127" />
      <source>{number} (newer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/page.py" line="125" />
      <source>{number} (this version)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DayAndTime</name>
    <message>
      <location filename="../../ui/common/day_time.py" line="49" />
      <source>A&amp;t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/day_time.py" line="50" />
      <source>Note the time too</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/day_time.py" line="43" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EntryEditor</name>
    <message numerus="yes">
      <location filename="../../ui/journal/editor.py" line="644" />
      <source>%Ln words</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="296" />
      <source>&amp;Tags:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="238" />
      <source>&amp;Written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="642" />
      <source>1 word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="562" />
      <source>A tag can be at most {n} characters long; “{tag}…” was left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="197" />
      <source>About the filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="276" />
      <location filename="../../ui/journal/editor.py" line="278" />
      <source>Bring to therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="201" />
      <source>Clear the filters, so the list shows every entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="245" />
      <source>Entry text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="215" />
      <source>Entry title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="279" />
      <source>Mark this entry to talk about in your next session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="171" />
      <source>Not saved yet: start writing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="659" />
      <source>Only text can be pasted into an entry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="655" />
      <source>Pictures can't go into an entry (it holds text only). Describe it in words instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="247" />
      <source>Plain text; Markdown formatting is shown in Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="262" />
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="256" />
      <source>Preview of the entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="283" />
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="283" />
      <source>Redo (Ctrl+Shift+Z)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="198" />
      <location filename="../../ui/journal/editor.py" line="200" />
      <source>Show all entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="269" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="270" />
      <source>Tags help you find entries later, e.g. “sleep, cravings”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="226" />
      <source>The date and time of this entry. Change it, and the entry moves to its place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="191" />
      <source>The prompt you are writing from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="196" />
      <source>This entry doesn't match the filters the list is showing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="214" />
      <source>Title (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="282" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="282" />
      <source>Undo (Ctrl+Z)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="224" />
      <source>When this entry was written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="290" />
      <source>Word count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="261" />
      <source>Write</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="263" />
      <source>Write or preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="249" />
      <source>Write whatever is on your mind. It saves as you type.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="617" />
      <source>Your latest words couldn't be saved yet: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/editor.py" line="268" />
      <source>e.g. sleep, work</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExerciseSteps</name>
    <message>
      <location filename="../../ui/exercises/steps.py" line="180" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/steps.py" line="111" />
      <source>One a line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/steps.py" line="112" />
      <source>One item a line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/steps.py" line="179" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/steps.py" line="252" />
      <source>{value} out of {maximum}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExerciseTrash</name>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="93" />
      <source>Delete &amp;forever…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="68" />
      <source>Delete forever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="62" />
      <source>Delete forever?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="94" />
      <source>Delete the chosen exercise forever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="87" />
      <source>Exercises in the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="88" />
      <source>Exercises you move to the trash stay here for 30 days, then they are deleted for good.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="69" />
      <source>Keep it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="92" />
      <source>Restore the chosen exercise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/trash_dialog.py" line="63" />
      <source>This exercise and your answers will be gone for good. This can't be undone.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExerciseWords</name>
    <message>
      <location filename="../../ui/exercises/words.py" line="26" />
      <source>Finished {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/words.py" line="28" />
      <source>Started {day} · {answered} of {steps} answered</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExercisesPage</name>
    <message>
      <location filename="../../ui/exercises/page.py" line="222" />
      <source>&amp;Bring to therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="236" />
      <location filename="../../ui/exercises/page.py" line="438" />
      <source>&amp;Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="233" />
      <source>&amp;For session:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="239" />
      <source>&amp;Move to trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="438" />
      <source>&amp;Open again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="211" />
      <source>&amp;Trash…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="590" />
      <source>A session not listed here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="664" />
      <source>Add this boundary to your answer: {boundary}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="224" />
      <source>Bring this to therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="195" />
      <source>Carry on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="264" />
      <source>Each one takes a few minutes and keeps your place, so you can stop and come back. What you write stays here, encrypted. None of this replaces your therapist; you can bring any of it to a session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="157" />
      <location filename="../../ui/exercises/page.py" line="182" />
      <source>Exercises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="196" />
      <source>Exercises in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="213" />
      <source>Exercises in the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="198" />
      <source>Exercises you can start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="199" />
      <source>Finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="200" />
      <source>Finished exercises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="229" />
      <source>Link this exercise to a session, to bring it up there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="440" />
      <source>Mark this exercise as done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="241" />
      <source>Move this exercise to the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="526" />
      <source>Moved to the trash. It stays there for 30 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="567" />
      <location filename="../../ui/exercises/page.py" line="586" />
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="167" />
      <source>Nothing written yet. It saves as you go.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="442" />
      <source>Open this exercise again to change it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="260" />
      <source>Pick an exercise on the left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="214" />
      <source>Restore an exercise you moved to the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="228" />
      <source>Session this exercise is for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="184" />
      <source>Short guided practice for boundaries and hard conversations. Do them alone, at your pace; they keep your place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="339" />
      <source>Some exercises couldn't be read: {problems}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="197" />
      <source>Start an exercise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="494" />
      <location filename="../../ui/exercises/page.py" line="510" />
      <source>That couldn't be changed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="608" />
      <source>That couldn't be linked: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="532" />
      <source>That couldn't be moved to the trash: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="403" />
      <location filename="../../ui/exercises/page.py" line="782" />
      <source>That exercise couldn't be opened: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="390" />
      <source>That exercise couldn't be started: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="467" />
      <source>Your answers couldn't be saved yet: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="651" />
      <source>Your boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="656" />
      <source>Your boundaries. Choose one to add it to your answer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="321" />
      <source>Your exercises couldn't be loaded: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="559" />
      <source>Your sessions couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="352" />
      <source>about {n} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="363" />
      <source>for therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/page.py" line="150" />
      <source>something went wrong on this computer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FeelingField</name>
    <message>
      <location filename="../../ui/common/feeling_field.py" line="30" />
      <source>&amp;Say how I felt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/feeling_field.py" line="48" />
      <source>0 very low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/feeling_field.py" line="50" />
      <source>10 very good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/feeling_field.py" line="37" />
      <source>How I felt, 0 (very low) to 10 (very good)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/feeling_field.py" line="31" />
      <source>Say how I felt, from 0 to 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/feeling_field.py" line="42" />
      <location filename="../../ui/common/feeling_field.py" line="82" />
      <source>{n} / 10</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="70" />
      <location filename="../../ui/shell/help_dialog.py" line="83" />
      <source>Australia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="66" />
      <location filename="../../ui/shell/help_dialog.py" line="82" />
      <source>Canada</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="336" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="160" />
      <source>Everything is saved as you go and stays encrypted on this computer. Nothing is sent anywhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="133" />
      <source>Exercises are short guided practice for saying hard things calmly; they keep your place if you stop halfway. Boundaries keeps the limits you set for yourself and how they held.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="108" />
      <source>For people anywhere</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="110" />
      <source>For people in {region}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="385" />
      <source>Get help now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="328" />
      <location filename="../../ui/shell/help_dialog.py" line="385" />
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="388" />
      <source>How it works</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="301" />
      <location filename="../../ui/shell/help_dialog.py" line="388" />
      <source>How to use Mooring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="290" />
      <source>If none of these is right for where you are, the directory lists lines in many countries, and your therapist or doctor can give you the numbers for where you live.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="168" />
      <source>If you forget your passphrase, your recovery code opens your journal again: choose “Use recovery code instead” when it is locked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="235" />
      <source>If you or someone else is in danger, call your local emergency number now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="142" />
      <source>Inviting my partner helps you plan a calm, low-pressure ask, note how it went, and look after yourself whatever the answer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="69" />
      <location filename="../../ui/shell/help_dialog.py" line="81" />
      <source>Ireland</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="125" />
      <source>Journal is for writing, as much or as little as you like. Check-ins take a minute: how you feel, how you slept, and a note if you want.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="311" />
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="164" />
      <source>Lock with {lock} when you step away; {hide} locks and hides the window at once. It also locks itself after a while without use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="71" />
      <location filename="../../ui/shell/help_dialog.py" line="84" />
      <source>New Zealand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="138" />
      <source>Questionnaires has the PHQ-9 and GAD-7, two short, widely used questionnaires about low mood and worry, with results to share with your clinician.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="146" />
      <source>Reflection is for thinking through why your partner might be saying no, what it does to you, and what you want, at your own pace.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="150" />
      <source>Safety is a short, private check on how safe your relationship feels, with people to call and ways to plan. Nothing is kept unless you choose to save it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="129" />
      <source>Sessions keeps your appointments, the homework they give you, and things to bring up next time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="258" />
      <source>Show help lines for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="256" />
      <source>Show lines &amp;for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="85" />
      <source>Somewhere else</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="80" />
      <source>The United Kingdom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="79" />
      <source>The United States</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="172" />
      <source>The help lines are at the top of this window. {key} opens it from anywhere, even while locked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="280" />
      <source>The list of support lines couldn't be shown. Your local emergency number, a doctor or your therapist can point you to help nearby.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="154" />
      <source>Timeline shows everything in one list, newest first. For my therapist makes notes from the days you choose, to print or save; you see all of it first and can leave anything out. Your data keeps backups you can restore, and can save an encrypted copy to another drive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="124" />
      <source>Today shows your day at a glance: a check-in, your next session and a question.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="244" />
      <source>You don't have to get through a hard moment alone. These lines are free and answered by people who want to help:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="67" />
      <location filename="../../ui/shell/help_dialog.py" line="68" />
      <source>the United Kingdom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/help_dialog.py" line="65" />
      <source>the United States</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InvitationAttempt</name>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="157" />
      <source>&amp;Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="158" />
      <source>&amp;How</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="106" />
      <source>&amp;Maybe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="107" />
      <source>&amp;Not now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="165" />
      <source>&amp;Plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="160" />
      <source>&amp;Reason they gave</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="105" />
      <source>&amp;Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="147" />
      <source>A plan in the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="69" />
      <source>Change this attempt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="152" />
      <source>Close without saving: what you typed here is let go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="88" />
      <source>Day you asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="163" />
      <source>How I felt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="96" />
      <source>How you asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="108" />
      <source>N&amp;o</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="142" />
      <source>No plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="120" />
      <source>No reason given, or not a no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="69" />
      <source>Note an attempt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="137" />
      <source>Optional. Something for yourself counts too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="125" />
      <source>Optional. Their words, as you remember them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="152" />
      <source>Save &amp;attempt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="141" />
      <source>The plan this attempt belongs to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="119" />
      <source>The reason they gave</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="129" />
      <source>Then there is no need to wait before talking about it again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="127" />
      <source>They &amp;brought it up themselves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="128" />
      <source>They brought it up themselves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="89" />
      <source>Time you asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="109" />
      <source>We didn't &amp;get to it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="164" />
      <source>What I do ne&amp;xt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="136" />
      <source>What I do next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="159" />
      <source>What they answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="161" />
      <source>What they sa&amp;id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="125" />
      <source>What they said</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/attempt_dialog.py" line="77" />
      <source>Whatever they said, asking kindly took courage. Their answer is theirs to give; this note is for you.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InvitationChart</name>
    <message>
      <location filename="../../ui/invitations/chart.py" line="68" />
      <source>How they answered over the last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="69" />
      <source>How they answered, in words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="67" />
      <source>How they answered, month by month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="34" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="58" />
      <source>No attempts noted in these 12 months yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="33" />
      <source>Not now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="35" />
      <source>We didn't get to it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/chart.py" line="32" />
      <source>Yes or maybe</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InvitationPlan</name>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="266" />
      <source>&amp;Offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="102" />
      <source>1. Is now a good time?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="208" />
      <source>2. What might be behind a no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="248" />
      <source>3. The ask</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="294" />
      <source>4. Ask, and note how it went</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="316" />
      <source>5. Either way</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="113" />
      <source>A calm time: {answer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="72" />
      <source>A name for this plan (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="387" />
      <source>An offer no longer in the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="140" />
      <source>Angry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="108" />
      <source>Calm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="260" />
      <source>Choose something to offer (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="277" />
      <source>For example: I'd like to share something, if now is okay…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="139" />
      <source>Hungry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="145" />
      <source>I am {feeling}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="324" />
      <source>In your own words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="67" />
      <source>Invitation plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="156" />
      <source>It feels &amp;unsafe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="141" />
      <source>Lonely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="179" />
      <source>Looking after yourself first may help: a meal, a rest, a call to someone who supports you. The plan will keep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="173" />
      <source>Maybe not today. An invitation made on a calmer day is easier to hear, and waiting is not giving up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="237" />
      <source>My thoughts on what might help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="73" />
      <source>Name of this plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="125" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="110" />
      <source>Not calm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="109" />
      <source>Not sure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="303" />
      <source>Note an attempt with this plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="302" />
      <source>Note an attempt…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="238" />
      <source>Optional. What you think might be behind it, and what might help.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="211" />
      <source>People say no to therapy for many reasons. Tick any that might fit, as possibilities only: only your partner knows their reasons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="251" />
      <source>Something small and specific is easier to say yes to. The checks under your draft are adapted from CRAFT, an approach for families of people in recovery; they are suggestions, and nothing is sent anywhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="259" />
      <source>Something small to offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="157" />
      <source>The relationship feels unsafe: show safety help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="329" />
      <source>This planner is a place to think things through. It does not replace a therapist, and it cannot promise any answer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="185" />
      <source>This sounds like a reasonable moment, if you feel ready.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="142" />
      <source>Tired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="126" />
      <source>We argued lately: no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="124" />
      <source>We argued lately: yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="273" />
      <source>What I might sa&amp;y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="275" />
      <source>What I might say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="324" />
      <source>What I will keep doing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="224" />
      <source>What might ease it:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="319" />
      <source>Whatever the answer, your recovery goes on. Some things you might keep doing:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="297" />
      <source>When you have asked, or tried to, note what happened. Every answer is worth noting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="123" />
      <source>Yes, we argued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/plan_editor.py" line="197" />
      <source>Your safety comes first, before any plan. Press F1, or use “Get help now”, for people you can talk to right away.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Invitations</name>
    <message>
      <location filename="../../ui/invitations/words.py" line="58" />
      <source>Another way</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="57" />
      <source>By call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="56" />
      <source>By message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="55" />
      <source>In person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="96" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="46" />
      <source>They said maybe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="48" />
      <source>They said no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="47" />
      <source>They said not now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="45" />
      <source>They said yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="49" />
      <source>We didn't get to it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="81" />
      <source>ddd d MMM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="81" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/words.py" line="83" />
      <source>{day}, {time}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InvitationsPage</name>
    <message>
      <location filename="../../ui/invitations/page.py" line="456" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="426" />
      <source>&amp;Change…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="429" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="263" />
      <source>&amp;New plan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="449" />
      <source>A pause between asks gives you both room. After a maybe, not now or no, the page suggests waiting this long, unless they bring it up themselves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="414" />
      <source>Attempts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="117" />
      <source>Attempts, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="446" />
      <source>Before asking again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="427" />
      <source>Change the chosen attempt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="457" />
      <source>Days to wait before asking again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="430" />
      <source>Delete the chosen attempt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="431" />
      <source>Delete the chosen attempt (you can undo it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="117" />
      <source>Delete this attempt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="127" />
      <source>Felt {n} of 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="669" />
      <source>Go on anyway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="285" />
      <source>Hi&amp;story</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="409" />
      <source>How they answered, month by month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="169" />
      <source>Invitation plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="330" />
      <source>Inviting a partner to therapy can take more than one try, and their answer is theirs to give. A plan walks you through five small steps, adapted from common advice for families in recovery. It does not replace your therapist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="224" />
      <location filename="../../ui/invitations/page.py" line="257" />
      <source>Inviting my partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="664" />
      <source>It has been a short while since you last asked. Waiting until {until} may make it easier for you both, but it is your choice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="315" />
      <source>Kept in the trash for 30 days; its attempts stay in the history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="312" />
      <source>Move plan to &amp;trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="313" />
      <source>Move the chosen plan to the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="264" />
      <location filename="../../ui/invitations/page.py" line="295" />
      <source>New invitation plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="137" />
      <source>Next: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="419" />
      <source>No attempts noted yet. When you ask, or try to, you can note how it went here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="307" />
      <source>No plans yet. A plan helps you choose a good moment, think about what might be behind a no, and find gentle words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="187" />
      <source>Not asked yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="725" />
      <source>Not saved yet: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="272" />
      <source>Note an &amp;attempt…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="273" />
      <source>Note an attempt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="284" />
      <source>P&amp;lan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="259" />
      <source>Plan an invitation to therapy without pressure, note how it went, and look after yourself either way.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="95" />
      <source>Plan from {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="283" />
      <source>Plan or history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="326" />
      <source>Plan, ask, note how it went, look after yourself</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="132" />
      <source>Reason: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="433" />
      <source>Show &amp;more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="434" />
      <source>Show older attempts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="266" />
      <source>Start a new plan ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="337" />
      <source>Start a plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="336" />
      <source>Start a plan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="855" />
      <source>That didn't work: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="840" />
      <source>The attempt is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="826" />
      <source>The attempt was deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="754" />
      <source>The plan is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="740" />
      <source>The plan is in the trash. Its attempts stay in your history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="130" />
      <source>They brought it up themselves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="606" />
      <source>This chart couldn't be drawn just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="742" />
      <location filename="../../ui/invitations/page.py" line="828" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="458" />
      <source>Wait this many days before asking aga&amp;in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="103" />
      <source>You last asked on {last}. Giving it until {until} ({left}) can help the next ask feel less like pressure. You can still go ahead whenever it feels right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="507" />
      <source>Your plans couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/page.py" line="183" />
      <source>last on {day}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Journal</name>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="603" />
      <location filename="../../ui/journal/entry_list.py" line="709" />
      <source>Actions for this entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="711" />
      <source>Bring to therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="455" />
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="718" />
      <source>Move to trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="710" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/formatting.py" line="76" />
      <source>Untitled entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="154" />
      <source>Your entries couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="126" />
      <source>tags: {tags}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/entry_list.py" line="128" />
      <source>to bring to therapy</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalFilters</name>
    <message>
      <location filename="../../ui/journal/filters.py" line="57" />
      <location filename="../../ui/journal/filters.py" line="187" />
      <location filename="../../ui/journal/filters.py" line="236" />
      <source>All tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="85" />
      <source>Calendar: days with entries are marked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="79" />
      <source>Clear the tag, date and therapy filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="86" />
      <source>Days in bold have entries. Click a day to see them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="71" />
      <source>First day to show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="60" />
      <source>For therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="67" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="72" />
      <source>Last day to show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="76" />
      <source>Show all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="78" />
      <source>Show all entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="51" />
      <source>Show entries with this tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="69" />
      <source>Show only entries between two dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="63" />
      <source>Show only entries marked “Bring to therapy”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="62" />
      <source>Show only entries to bring to therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="52" />
      <source>Show only entries with this tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="70" />
      <source>Show only entries written between these two dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/filters.py" line="73" />
      <source>to</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message numerus="yes">
      <location filename="../../ui/journal/page.py" line="742" />
      <source>%Ln entries</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/journal/page.py" line="738" />
      <source>%Ln entries match</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="742" />
      <source>1 entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="738" />
      <source>1 entry matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="117" />
      <source>A question for today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="364" />
      <source>Add this entry (or the words you selected) to your list for your next session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="362" />
      <source>Bring this up at my next session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="360" />
      <source>Bring up next time…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="136" />
      <source>Choose another prompt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="463" />
      <source>Clear the search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="93" />
      <source>Delete forever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="90" />
      <source>Delete forever?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="91" />
      <source>Delete this entry forever?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="298" />
      <source>Entries you deleted in the last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="258" />
      <source>Entries, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="237" />
      <source>Filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="597" />
      <source>Filters cleared, so your new entry shows in the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="458" />
      <source>Go to the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="274" />
      <source>How many entries are shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="92" />
      <source>It can't be brought back afterwards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="192" />
      <location filename="../../ui/journal/page.py" line="370" />
      <source>Journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="94" />
      <source>Keep it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="135" />
      <source>More prompts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="352" />
      <source>Move this entry to the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="354" />
      <source>Move this entry to the trash ({key} in the list). You can restore it for 30 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="350" />
      <location filename="../../ui/journal/page.py" line="445" />
      <source>Move to trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="912" />
      <source>Moved to the trash. You can restore it for 30 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="336" />
      <location filename="../../ui/journal/page.py" line="338" />
      <location filename="../../ui/journal/page.py" line="437" />
      <source>New entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="131" />
      <source>New entry ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="752" />
      <source>No entries match these filters. “Show all” brings every entry back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="756" />
      <source>Nothing here yet. When you write your first entry, it will wait for you here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="171" />
      <source>Nothing written yet, and that's fine. This is your own space: no one else reads it, and there is no right way to use it. A few lines about today are a good start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="347" />
      <source>Pick a question to write about ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="179" />
      <source>Pick an entry on the left to read it again, or start a new one. Everything you write is saved as you go.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="125" />
      <source>Prompt of the day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="442" />
      <source>Save now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="441" />
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="229" />
      <source>Search as you type ({key}). Esc clears the search.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="226" />
      <location filename="../../ui/journal/page.py" line="227" />
      <source>Search your journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="241" />
      <source>Show or hide filters and calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="242" />
      <source>Show or hide the filters and the calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="297" />
      <source>Show the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="83" />
      <source>Something went wrong on our side.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="128" />
      <location filename="../../ui/journal/page.py" line="130" />
      <source>Start a new entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="340" />
      <source>Start a new entry ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="994" />
      <source>That didn't work: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="632" />
      <source>That entry couldn't be opened: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="925" />
      <source>The entry is back in your journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="938" />
      <source>The entry was deleted for good.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="517" />
      <source>The writing prompts couldn't be loaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="295" />
      <source>Tr&amp;ash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="914" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="132" />
      <source>Write about this</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="134" />
      <source>Write about today's question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="345" />
      <location filename="../../ui/journal/page.py" line="439" />
      <source>Write from a prompt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="138" />
      <source>Write from a prompt ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="343" />
      <source>Write from a prompt…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/page.py" line="106" />
      <source>Your journal</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalSearch</name>
    <message numerus="yes">
      <location filename="../../ui/journal/search.py" line="482" />
      <source>%Ln entries match</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="480" />
      <source>1 entry matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="432" />
      <source>About the search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="436" />
      <source>Best match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="437" />
      <source>Newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="478" />
      <source>Nothing found for that. Try another word, or fewer words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="444" />
      <source>S&amp;ort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="364" />
      <source>Search isn't available just now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="408" />
      <source>Search results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="439" />
      <source>Show the best matches first, or the newest entries first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/search.py" line="438" />
      <source>Sort the results</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalTrash</name>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="64" />
      <source>&amp;Back to the journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="72" />
      <source>&amp;Delete forever…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="67" />
      <source>&amp;Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="65" />
      <source>Back to the journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="74" />
      <source>Delete the selected entry forever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="43" />
      <source>Deleted entries stay here for 30 days, then they are removed for good.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="47" />
      <source>Entries in the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="70" />
      <source>Put the selected entry back in the journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="75" />
      <source>Remove the selected entry for good. This can't be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="69" />
      <source>Restore the selected entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="57" />
      <source>The trash is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="56" />
      <source>The trash is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_view.py" line="40" />
      <source>Trash</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalTrashPreview</name>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="48" />
      <source>Put this entry back in the journal, where you can edit it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="45" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="47" />
      <source>Restore this entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="67" />
      <source>The entry in the trash (read only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="93" />
      <source>This entry is back in your journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="87" />
      <source>This entry is in the trash. It will be deleted for good on {day}. Restore it to read it in your journal and edit it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="55" />
      <source>Title of the entry in the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="63" />
      <source>When it was written, and its tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/trash_preview.py" line="96" />
      <source>Written {when}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/shell/main_window.py" line="209" />
      <source>&amp;Get help now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="201" />
      <source>&amp;Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="199" />
      <source>&amp;Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="203" />
      <source>Lock and &amp;hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="182" />
      <source>Main</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="54" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="357" />
      <source>To restore, lock Mooring ({keys}) and choose Restore newest backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/main_window.py" line="58" />
      <source>Welcome. Your journal is ready, and everything you write is saved as you go. A good first step is today's check-in below, or a few lines in Journal. Help is always one key away: {key}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Measures</name>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="69" />
      <source>&amp;Back, finish later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="253" />
      <source>&amp;Edit answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="214" />
      <source>&amp;I'm safe right now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="257" />
      <source>Back to &amp;overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="258" />
      <source>Back to the overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="70" />
      <source>Back to the overview; your answers are kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="53" />
      <source>Bands: {list}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="202" />
      <location filename="../../ui/measures/panels.py" line="202" />
      <source>Before your score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="157" />
      <source>Crisis lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="254" />
      <source>Edit the answers of this questionnaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="221" />
      <source>Every crisis and support line, and the emergency number (F1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="145" />
      <source>For people anywhere</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="148" />
      <source>For people in {place}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="215" />
      <source>I'm safe right now: show my score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="132" />
      <source>If you are in danger right now, call your local emergency number (911 in the United States). Please tell your clinician about this answer, too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="128" />
      <source>If you might act on them, or you don't feel safe right now, please reach out now. These lines are free and someone will listen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="45" />
      <source>In these answers you noted thoughts of being better off dead or of hurting yourself. If they are with you now, please reach out (more lines under “Get help now”, F1):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="81" />
      <source>Latest: {score} of {top} ({band}) on {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="87" />
      <source>Lowest {low}, highest {high}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="218" />
      <source>More &amp;ways to get help…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="219" />
      <source>More ways to get help (F1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="43" />
      <source>No scores yet. Your scores will show here over time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="60" />
      <source>No {name} scores yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="65" />
      <source>One {name} score, on {day}: {score} of {top} ({band}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="42" />
      <source>Questionnaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="175" />
      <source>Scores over time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="64" />
      <source>See your &amp;result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="65" />
      <source>See your result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="66" />
      <source>Shows once every question has an answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/words.py" line="65" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/words.py" line="63" />
      <source>The questionnaire texts couldn't be read. Reinstalling Mooring may help.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="255" />
      <source>The score is worked out again from your new answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="123" />
      <source>You said that, over these two weeks, you've had thoughts that you would be better off dead or of hurting yourself. Thank you for answering honestly. Thoughts like these can feel very heavy, and you don't have to carry them alone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="242" />
      <source>Your result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="177" />
      <source>Your scores over time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="182" />
      <source>Your scores over time, in words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="299" />
      <source>Your {name} on {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/words.py" line="38" />
      <source>ddd d MMM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/words.py" line="38" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="110" />
      <source>not scored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="100" />
      <source>question {n} of {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="305" />
      <source>{band} ({low} to {high})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="50" />
      <source>{low} to {high} {band}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="39" />
      <source>{name} score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/words.py" line="51" />
      <source>{n} of {total} answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/score_chart.py" line="75" />
      <source>{n} {name} scores from {first} to {last}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/panels.py" line="303" />
      <source>{score} of {top}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/words.py" line="45" />
      <source>{score} of {top}, {band}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/questionnaire.py" line="152" />
      <source>{title}, {day}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeasuresPage</name>
    <message>
      <location filename="../../ui/measures/page.py" line="306" />
      <source>&amp;Carry on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="156" />
      <source>&amp;Discard it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="308" />
      <source>Carry on the {name} you started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="157" />
      <source>Discard the unfinished questionnaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="196" />
      <location filename="../../ui/measures/page.py" line="199" />
      <source>Every result, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="173" />
      <source>Latest result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="192" />
      <source>Over time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="80" />
      <location filename="../../ui/measures/page.py" line="101" />
      <source>Questionnaires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="238" />
      <source>Show the {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="311" />
      <source>Take the {name} &amp;now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="312" />
      <source>Take the {name} now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="520" />
      <source>That didn't work: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="502" />
      <source>The list of lines couldn't be read. In the United States, call or text 988; elsewhere, call your local emergency number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="476" />
      <source>The unfinished questionnaire was discarded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="103" />
      <source>Two short, widely used questionnaires: the PHQ-9 about low mood and the GAD-7 about anxiety. They are screenings, not a diagnosis, and they don't replace your clinician.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="478" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="301" />
      <source>You started one on {day} and can carry on where you left off ({n}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="284" />
      <source>Your questionnaires couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="321" />
      <source>item 9 above zero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/page.py" line="335" />
      <source>{day}: {score}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MessageField</name>
    <message>
      <location filename="../../ui/exercises/message_field.py" line="94" />
      <source>As you write, gentle suggestions show here. Nothing is sent anywhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/message_field.py" line="105" />
      <source>Maybe: {suggestion}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/message_field.py" line="115" />
      <source>Nothing here that tends to start a fight.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/message_field.py" line="41" />
      <source>Suggestions for this message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/message_field.py" line="112" />
      <source>done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/message_field.py" line="112" />
      <source>not yet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <location filename="../../ui/boundaries/__init__.py" line="34" />
      <source>Boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/checkins/__init__.py" line="33" />
      <source>Check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exercises/__init__.py" line="33" />
      <source>Exercises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/__init__.py" line="37" />
      <source>For my therapist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/invitations/__init__.py" line="34" />
      <source>Inviting my partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/__init__.py" line="33" />
      <source>Journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/measures/__init__.py" line="35" />
      <source>Questionnaires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/__init__.py" line="35" />
      <source>Reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/__init__.py" line="36" />
      <source>Safety</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/__init__.py" line="42" />
      <source>Sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/__init__.py" line="55" />
      <source>Timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/__init__.py" line="35" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/data/__init__.py" line="39" />
      <source>Your data</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PacketLayout</name>
    <message>
      <location filename="../../ui/exchange/layout.py" line="631" />
      <source>Left out</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PacketPrinting</name>
    <message>
      <location filename="../../ui/exchange/printing.py" line="125" />
      <source>A new page could not be started; try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/printing.py" line="118" />
      <source>The pages could not be started; check the printer and try again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PacketWizard</name>
    <message numerus="yes">
      <location filename="../../ui/exchange/preview_step.py" line="324" />
      <source>%Ln parts left out</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/exchange/preview_step.py" line="326" />
      <source>%Ln passages blacked out</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/exchange/preview_step.py" line="322" />
      <source>%Ln sections left out</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="209" />
      <source>&amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="76" />
      <source>&amp;Back to the preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="79" />
      <source>&amp;Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="189" />
      <source>&amp;Choose other days or sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="122" />
      <location filename="../../ui/exchange/preview_step.py" line="441" />
      <source>&amp;Leave out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="134" />
      <source>&amp;Look it over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="101" />
      <source>&amp;Markdown text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="213" />
      <source>&amp;Next: save or print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="143" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="140" />
      <source>&amp;Save…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="140" />
      <source>&amp;Stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="137" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="174" />
      <source>(this step)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="324" />
      <source>1 part left out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="326" />
      <source>1 passage blacked out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="322" />
      <source>1 section left out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="129" />
      <source>1. What to include</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="129" />
      <source>2. Look it over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="129" />
      <source>3. Save or print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="91" />
      <source>A &amp;PDF file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="96" />
      <source>A &amp;web page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="211" />
      <source>Back to choosing the days and sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="77" />
      <source>Back to the preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="92" />
      <source>Best for reading and printing; it looks the same everywhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="128" />
      <source>Blac&amp;k out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="256" />
      <location filename="../../ui/exchange/preview_step.py" line="418" />
      <source>Black out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="130" />
      <source>Black out the selected words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="132" />
      <source>Black out the selected words: they will not be in the file ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="441" />
      <source>Br&amp;ing back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="460" />
      <source>Bring back the section {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="456" />
      <source>Bring back this &amp;section</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="443" />
      <source>Bring back what the cursor is in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="81" />
      <source>Cancel making the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="306" />
      <source>Cancelled; no file was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="130" />
      <source>Choose a printer and print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="190" />
      <source>Choose other days or sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="141" />
      <source>Choose where to save the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="73" />
      <source>Days I c&amp;hoose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="318" />
      <source>Everything shown will be included.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="84" />
      <source>First day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="102" />
      <location filename="../../ui/exchange/page.py" line="118" />
      <source>For my therapist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="86" />
      <source>Fro&amp;m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="360" />
      <source>Gather again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="136" />
      <source>Gather the notes and look them over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="147" />
      <source>Gathering your notes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="48" />
      <source>How to bring it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="124" />
      <source>Include: {section}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="85" />
      <source>Last day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="448" />
      <source>Leave it out of the file, or bring it back ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="255" />
      <location filename="../../ui/exchange/preview_step.py" line="403" />
      <source>Leave out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="411" />
      <source>Leave out a section</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="462" />
      <source>Leave out the section {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="125" />
      <location filename="../../ui/exchange/preview_step.py" line="456" />
      <source>Leave out this &amp;section</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="445" />
      <source>Leave out what the cursor is in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="86" />
      <source>Making the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="103" />
      <source>Markdown files (*.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="215" />
      <source>Next: save or print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="120" />
      <source>Notes to bring to a session: you choose what goes in, see all of it, and nothing leaves this computer until you save or print it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="107" />
      <source>Nothing is saved on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="137" />
      <source>Nothing is saved yet: you see it all first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="187" />
      <source>Nothing to bring from these days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="271" />
      <source>Nothing was written, checked in or noted from {period} in what you ticked. You could choose more weeks, or tick more things to include.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="97" />
      <source>One file that opens in any web browser, charts included.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="93" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="102" />
      <source>Plain text with simple marks, for a notes app or an email.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="129" />
      <source>Pr&amp;int…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="70" />
      <source>Print the notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="161" />
      <source>Put the cursor in anything you'd rather keep to yourself and press {leave} to leave it out, or select words and press {black} to black them out. Blacked-out words are taken out of the file, not hidden under a box.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="258" />
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="145" />
      <source>Redo it ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="63" />
      <source>Save the notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="293" />
      <source>Saved as {name} in {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="205" />
      <source>See the &amp;pages…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="207" />
      <source>See the pages exactly as they will come out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="106" />
      <source>Send straight to a p&amp;rinter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="345" />
      <source>Sent to the printer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="80" />
      <source>Since my last &amp;session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="82" />
      <source>Since my last &amp;session (none noted yet, so the last two weeks)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="83" />
      <source>Since my last &amp;session ({day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="358" />
      <source>Something changed since these notes were gathered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="74" />
      <source>Something went wrong on the way; nothing was written. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="141" />
      <source>Stop gathering the notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="88" />
      <source>T&amp;o</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/output_step.py" line="133" />
      <source>The file will not be encrypted: anyone who can open it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="72" />
      <source>The last &amp;four weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="71" />
      <source>The last &amp;two weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="498" />
      <location filename="../../ui/exchange/preview_step.py" line="499" />
      <source>The pages as they will come out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="72" />
      <source>There wasn't enough memory to make it; try fewer weeks or sections.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="238" />
      <location filename="../../ui/exchange/choose_step.py" line="251" />
      <source>Tick at least one thing to include.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="257" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="140" />
      <source>Undo the last choice ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="98" />
      <source>Web pages (*.html)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="106" />
      <source>What to include</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="66" />
      <source>Which weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="109" />
      <source>You will see everything before anything is saved, and you can leave out any part or black out words there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="175" />
      <source>Your notes as they will come out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="230" />
      <source>Your notes couldn't be gathered: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/page.py" line="248" />
      <source>Your notes for {period}, with the choices you made in the preview.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="43" />
      <source>d MMMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/choose_step.py" line="172" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="48" />
      <source>dddd d MMMM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/preview_step.py" line="327" />
      <source>{parts}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/exchange/words.py" line="61" />
      <source>{start} to {end}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PageNotice</name>
    <message>
      <location filename="../../ui/common/notice.py" line="38" />
      <source>Dismiss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/notice.py" line="39" />
      <source>Dismiss this message</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PromptDialog</name>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="66" />
      <source>About this theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="90" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="45" />
      <source>Pick a question to start from. There are no right answers; write as much or as little as you like.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="70" />
      <source>Prompts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="87" />
      <source>Start writing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="88" />
      <source>Start writing from this prompt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="54" />
      <source>Themes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/journal/prompt_dialog.py" line="38" />
      <location filename="../../ui/journal/prompt_dialog.py" line="39" />
      <source>Write from a prompt</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordLists</name>
    <message>
      <location filename="../../ui/common/record_lists.py" line="168" />
      <source>&amp;Change…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/record_lists.py" line="171" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/record_lists.py" line="175" />
      <source>Show &amp;more</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecoveryCodePanel</name>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="97" />
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="100" />
      <source>&amp;Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="103" />
      <source>&amp;Save to file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="188" />
      <source>Copied. Paste it somewhere private now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="98" />
      <source>Copy recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="136" />
      <source>I &amp;have stored it somewhere safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="137" />
      <source>I have stored it somewhere safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="212" />
      <source>Mooring couldn't save the file there. Please choose another place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="44" />
      <source>Mooring recovery code

{code}

If you forget your passphrase, choose “Use recovery code instead” on the lock screen and type this code. Anyone who has this code can open your journal: keep it somewhere only you can reach.
</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="114" />
      <source>Other programs can read what you copy: paste it somewhere private right away.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="101" />
      <location filename="../../ui/shell/recovery_code_panel.py" line="196" />
      <source>Print recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="88" />
      <source>Recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="39" />
      <source>Save recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="104" />
      <source>Save recovery code to a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="217" />
      <source>Saved. Keep that file somewhere only you can reach.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="202" />
      <source>Sent to the printer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="39" />
      <source>Text files (*.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="125" />
      <source>The file is not locked: save it on a USB stick or somewhere only you can reach, not a shared or synced folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="121" />
      <source>The printer may keep a copy; keep the paper somewhere private.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/recovery_code_panel.py" line="205" />
      <source>mooring-recovery-code.txt</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Reflection</name>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="66" />
      <source>&amp;Compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="62" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="58" />
      <source>&amp;New reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="38" />
      <source>A little</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="51" />
      <source>A new reflection. It saves as you go.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="143" />
      <source>A note about this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="36" />
      <source>A note, if you like</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="107" />
      <source>A personal reflection, not a clinical measure: how things feel between you this month, from 0 to 10, where higher is better. One check-in a month; choosing a month that already has one opens it, and your changes replace its answers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="63" />
      <source>Add values and the future to my next session's topics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="171" />
      <source>All questions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="53" />
      <source>Changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="51" />
      <source>Changed: higher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="52" />
      <source>Changed: lower</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="91" />
      <source>D&amp;ate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="89" />
      <source>Date of this reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="63" />
      <source>Delete the chosen reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="64" />
      <source>Delete the chosen reflection (you can undo it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="83" />
      <source>Each point is one month’s check-in; higher is better.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="63" />
      <source>Earlier reflection to compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="225" />
      <source>Every answer is the same in these two.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="147" />
      <source>Feeling safe matters most</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="137" />
      <source>Here two of your reflections sit side by side, with what changed marked on each line, so you can see how things shift over the months. Start with one today; in a few weeks, another will show here beside it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="173" />
      <source>How much I lean towards: {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="115" />
      <source>How much each weighs on you just now, from 0 (not at all) to 10 (a great deal).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="97" />
      <source>How much you lean towards each, today. Leanings change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="65" />
      <source>Later reflection to compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="178" />
      <source>Leaning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="122" />
      <source>M&amp;onth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="116" />
      <location filename="../../ui/reflection/words.py" line="71" />
      <source>MMMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="118" />
      <source>Month of this check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="183" />
      <source>Monthly check-ins chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="188" />
      <source>Monthly check-ins in words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="56" />
      <source>My reflections, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="49" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="101" />
      <source>No check-in for this month yet. Move any slider to begin; it saves as you go.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="315" />
      <source>No check-ins yet. Once you have one, your answers show here month by month, one line per question, with the same in words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="50" />
      <source>No longer answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="81" />
      <source>No monthly check-ins yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="68" />
      <source>No reflections yet. This is where you think through why your partner might be saying no, and what it does to you. Answer as much or as little as you like on the right: it saves by itself, dated today. Each one is kept, so over the months you can see how things shift.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="98" />
      <source>Not answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="37" />
      <source>Not at all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="35" />
      <source>Not chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="65" />
      <source>Not sure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="66" />
      <source>Not sure: {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="54" />
      <source>Note changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/fields.py" line="134" />
      <location filename="../../ui/reflection/fields.py" line="180" />
      <source>Note: {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="48" />
      <source>Nothing written yet. Start anywhere, with a few words; it saves as you go.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="157" />
      <source>Open the safety support page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="92" />
      <source>Options I am weighing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="167" />
      <source>Over time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="177" />
      <source>Possibility or impact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="170" />
      <source>Question shown in the chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="40" />
      <source>Quite a lot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="156" />
      <source>See &amp;safety support</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="175" />
      <source>Show &amp;question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="87" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="39" />
      <source>Somewhat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="86" />
      <source>Start a new &amp;reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="87" />
      <location filename="../../ui/reflection/reasons_tab.py" line="59" />
      <source>Start a new reflection for today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/words.py" line="41" />
      <source>Strongly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="61" />
      <source>Talk this through with my t&amp;herapist…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="286" />
      <source>The reflection was deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="293" />
      <source>The safety page isn't available just now. “Get help now” (F1) is always one step away, with people you can call.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="103" />
      <source>These are possibilities, not a verdict on your partner: nobody can know another person's reasons for sure. How much does each seem to fit, from 0 (not at all) to 10 (very much)? “Not sure” is a fine answer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="99" />
      <source>Two reflections side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="288" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="156" />
      <source>Values and the future: what I'm weighing about our relationship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="76" />
      <source>What I &amp;value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="78" />
      <source>What I can &amp;live with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="78" />
      <source>What I can live with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="79" />
      <source>What I cannot l&amp;ive with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="79" />
      <source>What I cannot live with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="77" />
      <source>What I ne&amp;ed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="77" />
      <source>What I need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="76" />
      <source>What I value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="180" />
      <source>What changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="188" />
      <location filename="../../ui/reflection/reasons_tab.py" line="112" />
      <source>What it does to me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="54" />
      <source>What matters to you, what you need, and the options you are weighing about your relationship. A place to think, not a decision and not advice: there are no right answers, and you can change any of this at any time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="100" />
      <source>Why might they be saying no?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="187" />
      <source>Why they might be saying no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="145" />
      <source>You have one reflection so far. Write another in a few weeks, or whenever things feel different, and the two will show here side by side, with what changed marked on each line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="149" />
      <source>You said you don't feel very safe. If you'd like, there is a page with calm, practical support, and people you can talk to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="274" />
      <source>Your check-in couldn't be saved yet: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="258" />
      <source>Your reflection couldn't be saved yet: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/values_tab.py" line="141" />
      <source>Your values page couldn't be saved yet: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/reasons_tab.py" line="88" />
      <location filename="../../ui/reflection/words.py" line="67" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/checkin_tab.py" line="82" />
      <source>monthly answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="48" />
      <location filename="../../ui/reflection/fields.py" line="92" />
      <source>not sure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="68" />
      <source>wi&amp;th</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="52" />
      <source>{n} of 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/compare_tab.py" line="220" />
      <source>{n} of {total} answers differ between these two.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReflectionPage</name>
    <message>
      <location filename="../../ui/reflection/page.py" line="89" />
      <source>&amp;Monthly check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="86" />
      <source>&amp;Why no, and what it does to me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="63" />
      <location filename="../../ui/reflection/page.py" line="71" />
      <source>Reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="81" />
      <source>Reflection sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="87" />
      <source>Side &amp;by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="73" />
      <source>Space to think about your relationship and your recovery. This is for you: not advice, not a judgement on your partner, and no stand-in for your therapist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="180" />
      <source>That didn't work: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="88" />
      <source>Values and the &amp;future</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reflection/page.py" line="116" />
      <source>Your reflections couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SafetyPage</name>
    <message>
      <location filename="../../ui/safety/page.py" line="316" />
      <source>&amp;Back to the questions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="246" />
      <source>&amp;Finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="298" />
      <source>&amp;Remove for good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="218" />
      <source>A few questions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="178" />
      <source>A short, private check on how safe you feel with your partner, and where to turn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="261" />
      <source>Adapted from the short relationship-safety questions many clinics ask (such as HARK), in our own words. It is not a test and gives no score, and it doesn't replace a therapist or an advocate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="350" />
      <source>Answer any of the questions first, or open the safety panel at the top.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="317" />
      <source>Back to the questions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="250" />
      <source>C&amp;lear answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="290" />
      <source>Checks you saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="294" />
      <source>Checks you saved, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="251" />
      <source>Clear the answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="140" />
      <source>Do&amp;n't save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="141" />
      <source>Don't save these answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="247" />
      <source>Finish the check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="274" />
      <source>If anything changes, the safety panel is one click away at the top of this page, and F1 shows help lines from any screen, even when Mooring is locked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="507" />
      <source>It couldn't be removed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="129" />
      <source>Keep these answers?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="90" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="92" />
      <source>No: {question}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="292" />
      <source>None saved. Saving is always up to you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="394" />
      <source>Nothing was saved. Your answers are gone from this screen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="299" />
      <source>Remove the chosen saved check for good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="495" />
      <source>Remove this check?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="496" />
      <source>Remove this saved check for good? It can't be brought back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="514" />
      <source>Removed for good.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="138" />
      <source>Sa&amp;ve these answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="161" />
      <location filename="../../ui/safety/page.py" line="176" />
      <source>Safety</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="139" />
      <source>Save these answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="376" />
      <source>Saved in your encrypted journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="180" />
      <source>Show the safety &amp;panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="181" />
      <source>Show the safety panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="74" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="271" />
      <source>Thank you for taking a moment with this</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="381" />
      <source>The answers couldn't be saved: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="236" />
      <source>The questions couldn't be shown just now. The safety panel below still has people to call.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="221" />
      <source>These questions are about whether you feel safe with your partner. Answer only what you want to; nothing is kept unless you choose to save it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="89" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="91" />
      <source>Yes: {question}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="132" />
      <source>Your answers are only on this screen for now. Save them to keep a dated record in your encrypted journal, or don't, and nothing is kept. If someone might look through Mooring, not saving is fine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="436" />
      <source>Your saved checks couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="469" />
      <source>no to all {n} answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/page.py" line="471" />
      <source>yes to {yes} of {n} answered</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SafetyPanel</name>
    <message>
      <location filename="../../ui/safety/panel.py" line="143" />
      <source>An advocate on one of the lines above can help you make a plan that fits your situation, including how to stay as safe as possible if you stay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="63" />
      <source>Feeling afraid, hurt, watched or pressured by a partner is serious, and it is not your fault. You don't have to work out what to do alone. The people on these lines listen, help you think it through and respect your choices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="33" />
      <source>If someone else can use this computer or your phone, they may be able to see what you look at or search for, even after you close it. When you can, use a device they can't get to, like a trusted friend's phone or a library computer, to call or look for help. {hide} locks Mooring and hides it at once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="58" />
      <source>If you are in danger right now, call your local emergency number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="176" />
      <source>Lines for {place}. You can change where you live in Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="166" />
      <location filename="../../ui/safety/panel.py" line="174" />
      <source>People who can help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="95" />
      <source>Planning safely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="47" />
      <source>Safety panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="81" />
      <source>The list of help lines couldn't be shown. Your local emergency number, a doctor or your therapist can point you to help nearby.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="101" />
      <source>This device may not be private</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="109" />
      <source>This panel doesn't replace a therapist, a doctor or a trained advocate; it is a place to start. The planning ideas are our own words, in the spirit of the safety planning advocates do with people every day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="168" />
      <source>You chose “somewhere else” in Settings, so here is a directory of help lines in many countries.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/panel.py" line="55" />
      <source>Your safety comes first</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SavingDialog</name>
    <message>
      <location filename="../../ui/common/saving_dialog.py" line="110" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/saving_dialog.py" line="106" />
      <source>Save (Ctrl+Return)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/saving_dialog.py" line="66" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionChoices</name>
    <message>
      <location filename="../../ui/sessions/choices.py" line="27" />
      <source>How it happens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/choices.py" line="19" />
      <source>Kind of session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/choices.py" line="37" />
      <source>Provider or group</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionEditor</name>
    <message>
      <location filename="../../ui/sessions/editor.py" line="531" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/editor.py" line="167" />
      <source>%Ln homework items</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/editor.py" line="1268" />
      <source>%Ln planned sessions were taken off your list.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="547" />
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="562" />
      <source>&amp;How</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="561" />
      <source>&amp;Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="548" />
      <source>&amp;Length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="647" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="579" />
      <source>&amp;Takeaways</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="167" />
      <source>1 homework item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="1268" />
      <source>1 planned session was taken off your list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="559" />
      <source>A name, or choose from the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="138" />
      <source>A repeating session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="503" />
      <source>About this session's schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="281" />
      <location filename="../../ui/sessions/editor.py" line="400" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="282" />
      <location filename="../../ui/sessions/editor.py" line="401" />
      <source>Add homework</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="567" />
      <source>Add, change or remove the people and groups you choose from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="142" />
      <location filename="../../ui/sessions/editor.py" line="284" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="289" />
      <source>Change the chosen homework</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="288" />
      <source>Change…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="651" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="483" />
      <location filename="../../ui/sessions/editor.py" line="653" />
      <source>Close ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="482" />
      <location filename="../../ui/sessions/editor.py" line="652" />
      <location filename="../../ui/sessions/editor.py" line="733" />
      <source>Close the session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="525" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="155" />
      <source>Don't save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="271" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="217" />
      <source>End the schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="505" />
      <source>End this repeating schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="210" />
      <source>End this repeating schedule after {day}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="209" />
      <source>End this schedule?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="504" />
      <source>End this schedule…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="534" />
      <source>End time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="591" />
      <source>Feeling be&amp;fore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="272" />
      <source>Give it a due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="253" />
      <location filename="../../ui/sessions/editor.py" line="254" />
      <source>Homework</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="278" />
      <source>Homework due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="258" />
      <source>Homework from this session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="269" />
      <source>Homework text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="583" />
      <source>How I felt after, 0 to 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="582" />
      <source>How I felt before, 0 to 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="188" />
      <source>It has no homework.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="189" />
      <source>It stays in the trash for 30 days (Trash… on the Sessions page).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="170" />
      <source>Its {items} go with it ({open} not done yet).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="175" />
      <source>Its {items} go with it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="156" />
      <source>Keep editing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="200" />
      <location filename="../../ui/sessions/editor.py" line="218" />
      <source>Keep it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="532" />
      <source>Length in minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="186" />
      <source>Linked journal entries stay in your journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="608" />
      <source>M&amp;y partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="565" />
      <source>Manage your providers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="564" />
      <source>Manage…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="656" />
      <source>Move this session to the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="197" />
      <source>Move this session to the trash?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="199" />
      <source>Move to the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="196" />
      <source>Move to the trash?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="655" />
      <source>Move to trash…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="594" />
      <source>My partner and this session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="781" />
      <source>New session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="330" />
      <source>No homework from this session. Add some if you were given any.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="599" />
      <source>No reason noted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="722" />
      <source>Not noted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="788" />
      <location filename="../../ui/sessions/editor.py" line="976" />
      <location filename="../../ui/sessions/editor.py" line="1177" />
      <source>Not saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="328" />
      <source>Once the session is saved, you can add homework here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="140" />
      <source>Only this one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="800" />
      <source>Opening…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="535" />
      <source>Or set when it ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="493" />
      <source>Other sessions at this time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="212" />
      <source>Planned sessions after that day are taken off your list. Any you've written something in are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="573" />
      <source>Pro&amp;vider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="560" />
      <source>Provider or group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="606" />
      <source>Reas&amp;on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="291" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="292" />
      <source>Remove the chosen homework</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="233" />
      <source>Repeats every {days} at {time}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="154" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="649" />
      <source>Save ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="391" />
      <source>Save change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="392" />
      <source>Save the change to this homework</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="648" />
      <location filename="../../ui/sessions/editor.py" line="728" />
      <source>Save the session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="153" />
      <source>Save your changes to this session?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="1162" />
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="440" />
      <source>Session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="660" />
      <source>Session status</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/editor.py" line="178" />
      <source>So do %Ln topics you ticked off there.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="178" />
      <source>So does 1 topic you ticked off there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="268" />
      <source>Something to try before next time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="563" />
      <source>St&amp;atus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="527" />
      <source>Start time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="553" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="285" />
      <source>Stop changing this homework</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="576" />
      <source>Takeaways</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="598" />
      <source>The reason they gave</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="1264" />
      <source>The schedule ends after {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="607" />
      <source>Their &amp;words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="604" />
      <source>Their reason, in their words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="141" />
      <source>This and all following</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="883" />
      <source>This one has its own changes, so schedule changes leave it as it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="1087" />
      <source>This overlaps with {sessions}. That's fine, just so you know.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="839" />
      <source>This session couldn't be opened: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="139" />
      <source>This session repeats. Change only this one, or this one and all that follow?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="624" />
      <location filename="../../ui/sessions/editor.py" line="625" />
      <source>To bring up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="152" />
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="237" />
      <source>Until {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="577" />
      <source>What I want to &amp;bring up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="575" />
      <source>What I want to bring up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="605" />
      <source>What they said, if you'd like to note it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="586" />
      <source>aft&amp;er</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="538" />
      <source>at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="275" />
      <location filename="../../ui/sessions/editor.py" line="522" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="347" />
      <source>due {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="542" />
      <source>ends at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="1083" />
      <source>{kind} at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="820" />
      <source>{kind}{dot}{day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/editor.py" line="231" />
      <source>{some} and {last}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionEntries</name>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="50" />
      <source>Double-click an entry to open it in your journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="43" />
      <location filename="../../ui/sessions/entry_links.py" line="44" />
      <source>Journal entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="49" />
      <source>Journal entries linked to this session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="55" />
      <source>Link a journal entry to this session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="54" />
      <source>Link an entry…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="93" />
      <source>No journal entries linked yet. Link any you wrote about this session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="90" />
      <source>Once the session is saved, you can link journal entries here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="57" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="58" />
      <source>Open the chosen entry in your journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="62" />
      <source>The entry stays in your journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="60" />
      <source>Unlink</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_links.py" line="61" />
      <source>Unlink the chosen entry</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionEntryPicker</name>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="91" />
      <source>About the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="106" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="76" />
      <source>Choose an entry that belongs with this session. Your newest entries are listed first; search to find older ones.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="191" />
      <source>Every entry here is linked already. Search to find another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="94" />
      <source>Journal entries to choose from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="102" />
      <source>Link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="66" />
      <location filename="../../ui/sessions/entry_picker.py" line="67" />
      <source>Link a journal entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="104" />
      <source>Link the chosen entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="167" />
      <source>No entries match that. Try another word.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="85" />
      <location filename="../../ui/sessions/entry_picker.py" line="86" />
      <source>Search your journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="146" />
      <source>Your journal couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="155" />
      <source>Your journal has no entries yet. Entries you write show here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/entry_picker.py" line="182" />
      <source>{entry} (linked already)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionExport</name>
    <message>
      <location filename="../../ui/sessions/export.py" line="27" />
      <source>Add to another calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="56" />
      <source>Calendar files (*.ics)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="29" />
      <source>Calendar programs don't encrypt what they keep, and many copy it to your other devices or an online account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="45" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="44" />
      <source>Choose where to save…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="35" />
      <source>Only the times of your planned sessions go into the file, each called “Appointment”. No notes, homework, providers or anything about your partner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="56" />
      <source>Save calendar file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/export.py" line="40" />
      <location filename="../../ui/sessions/export.py" line="41" />
      <source>Use the kind of session as the title</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionHours</name>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="145" />
      <source> hours</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/hours_panel.py" line="102" />
      <source>%Ln sessions attended in a row.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/hours_panel.py" line="100" />
      <source>%Ln weeks in a row at your target.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="98" />
      <source>1 week at your target.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="59" />
      <source>Hours attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="165" />
      <source>Hours attended each week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="120" />
      <source>In these {weeks} weeks: {counts}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="150" />
      <source>My weekly &amp;target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="63" />
      <source>My weekly target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="147" />
      <source>My weekly target in hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="74" />
      <source>No hours attended in these weeks yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="146" />
      <source>No target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="134" />
      <location filename="../../ui/sessions/hours_panel.py" line="135" />
      <source>Program hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="171" />
      <source>Program hours in words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="91" />
      <source>This week so far: {done} hours attended.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="86" />
      <source>This week so far: {done} of your {target} hours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="95" />
      <source>You can set a weekly target if it helps you keep track. It's your own number.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/hours_panel.py" line="107" />
      <source>Your longest run: %Ln sessions in a row.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="148" />
      <source>Your own number of hours a week. Leave it at none if you like.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="200" />
      <source>the last {weeks} weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="114" />
      <source>{n} attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="118" />
      <source>{n} cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/hours_panel.py" line="116" />
      <source>{n} missed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionMonth</name>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="60" />
      <source>Add a session on the chosen day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="59" />
      <source>Add a session on this day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="45" />
      <source>Month calendar; days in bold have sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="70" />
      <source>Sessions on the chosen day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="58" />
      <source>The chosen day</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/month_view.py" line="112" />
      <source>{day}: %Ln sessions</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="112" />
      <source>{day}: 1 session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/month_view.py" line="120" />
      <source>{day}: nothing planned.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionPartner</name>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="139" />
      <source>Invitations in words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="124" />
      <location filename="../../ui/sessions/partner_panel.py" line="125" />
      <source>Inviting my partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="62" />
      <source>No invitations noted yet. If you invite your partner to a session, you can note their answer on it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="89" />
      <source>Reasons they gave:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="141" />
      <source>Sessions your partner was invited to, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="131" />
      <source>Whether and how your partner joins in is up to them. This is a record for you.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/partner_panel.py" line="100" />
      <source>You noted asking them %Ln times outside a session, on the Inviting my partner page.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="100" />
      <source>You noted asking them once outside a session, on the Inviting my partner page.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/partner_panel.py" line="69" />
      <source>You've invited your partner to %Ln sessions.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="69" />
      <source>You've invited your partner to 1 session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="77" />
      <source>{answer}: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="111" />
      <source>{day}{dot}Asked outside a session: {answer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="163" />
      <source>{day}{dot}{kind}: {answer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/partner_panel.py" line="84" />
      <source>{reason}: {n}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionProviders</name>
    <message numerus="yes">
      <location filename="../../ui/sessions/providers_dialog.py" line="75" />
      <source>%Ln sessions keep the name.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="267" />
      <source>&amp;Add provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="127" />
      <source>&amp;New provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="130" />
      <source>&amp;Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="271" />
      <source>&amp;Save changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="75" />
      <source>1 session keeps the name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="145" />
      <source>A person's name, or the group's</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="153" />
      <source>A phone number, where to go, anything to remember</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="128" />
      <source>Add a new provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="268" />
      <source>Add this provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="176" />
      <source>Close providers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="270" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="66" />
      <source>Keep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="160" />
      <source>Na&amp;me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="266" />
      <source>New provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="123" />
      <source>No providers yet. Add the first one on the right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="162" />
      <source>No&amp;tes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="152" />
      <source>Notes about this provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="144" />
      <source>Provider's name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="148" />
      <source>Provider's role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="94" />
      <location filename="../../ui/sessions/providers_dialog.py" line="95" />
      <source>Providers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="161" />
      <source>R&amp;ole</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="65" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="131" />
      <source>Remove the chosen provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="60" />
      <source>Remove this provider?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="61" />
      <source>Remove {name} from your providers?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="272" />
      <source>Save the changes to this provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="63" />
      <source>Sessions with them keep the name as text, so nothing you wrote is lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="107" />
      <source>The people and groups you see: a therapist, a counsellor, your IOP group. Choose them in a session instead of typing the name each time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="149" />
      <source>Therapist, counsellor, group… (if you like)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="334" />
      <source>Your changes are saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="118" />
      <source>Your providers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="214" />
      <source>Your providers couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="332" />
      <source>{name} is in your providers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/providers_dialog.py" line="73" />
      <source>{name} is no longer in your providers.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionRepeat</name>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="112" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="152" />
      <source>&amp;First day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="150" />
      <source>&amp;How</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="149" />
      <source>&amp;Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="148" />
      <source>&amp;Length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="151" />
      <source>&amp;Provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="147" />
      <source>&amp;Starts at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="121" />
      <source>A name, or choose from the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="162" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="130" />
      <source>Ends on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="146" />
      <source>Every</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="129" />
      <source>First day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="84" />
      <source>For sessions on the same days every week. They're planned a few months ahead, and you can still change or cancel any one of them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="138" />
      <source>Last day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="113" />
      <source>Length in minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="157" />
      <location filename="../../ui/sessions/schedule_dialog.py" line="159" />
      <source>Plan these sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="122" />
      <source>Provider or group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="74" />
      <location filename="../../ui/sessions/schedule_dialog.py" line="75" />
      <source>Repeating sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="107" />
      <source>Start time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="131" />
      <source>The schedule has a last day</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/sessions/schedule_dialog.py" line="217" />
      <source>Your repeating schedule is set. %Ln sessions are planned so far.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="217" />
      <source>Your repeating schedule is set. 1 session is planned so far.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/schedule_dialog.py" line="125" />
      <location filename="../../ui/sessions/schedule_dialog.py" line="134" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionTopics</name>
    <message>
      <location filename="../../ui/sessions/topics.py" line="50" />
      <source>About topics to bring up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="59" />
      <source>Add it to the list ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="57" />
      <source>Add this topic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="56" />
      <source>Add topic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="54" />
      <source>New topic to bring up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="105" />
      <source>Nothing waiting. Add something you'd like to talk about next time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="53" />
      <source>Something to bring up next time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="101" />
      <source>Tick one off once you've brought it up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/topics.py" line="43" />
      <source>Topics to bring up</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionTrash</name>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="79" />
      <source>Deleted sessions stay here for 30 days, with their homework, and then are removed for good.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="84" />
      <source>Remove for &amp;good…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="56" />
      <source>Remove for good?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="85" />
      <source>Remove the chosen session for good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="83" />
      <source>Restore the chosen session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="78" />
      <source>Sessions in the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/trash_dialog.py" line="57" />
      <source>This session and its homework will be gone for good. This can't be undone.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionUpcoming</name>
    <message numerus="yes">
      <location filename="../../ui/sessions/upcoming_view.py" line="241" />
      <source>%Ln more are waiting; you'll find them under Past.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="241" />
      <source>1 more is waiting; you'll find it under Past.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="77" />
      <location filename="../../ui/sessions/upcoming_view.py" line="78" />
      <source>Add a session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="41" />
      <source>Attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="192" />
      <source>Bring up next time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="43" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="134" />
      <source>Coming up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="76" />
      <source>Getting started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="95" />
      <source>How did these go?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="41" />
      <source>I attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="42" />
      <source>I missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="43" />
      <source>It was cancelled:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="42" />
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="104" />
      <location filename="../../ui/sessions/upcoming_view.py" line="105" />
      <location filename="../../ui/sessions/upcoming_view.py" line="184" />
      <source>Next session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="171" />
      <source>No sessions here yet. Add your next appointment, or set up a repeating schedule if your program meets on the same days each week.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="204" />
      <source>Nothing else planned after that yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="188" />
      <source>Nothing planned right now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="114" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="115" />
      <source>Open the next session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="139" />
      <source>Planned sessions, soonest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="96" />
      <source>Sessions that are over, waiting for a word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="80" />
      <location filename="../../ui/sessions/upcoming_view.py" line="81" />
      <source>Set up a repeating schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="109" />
      <source>The next session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="117" />
      <location filename="../../ui/sessions/upcoming_view.py" line="194" />
      <source>To bring up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="186" />
      <source>To bring up there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="190" />
      <source>Topics you add here wait for your next session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/upcoming_view.py" line="206" />
      <source>When you know your next session, add it with New session.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Sessions</name>
    <message>
      <location filename="../../ui/sessions/words.py" line="89" />
      <source>Attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="91" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="82" />
      <source>In person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="90" />
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/session_list.py" line="67" />
      <source>Partner: {answer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="81" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="88" />
      <source>Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/session_list.py" line="69" />
      <source>Repeats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="178" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="122" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="124" />
      <source>Tomorrow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="80" />
      <source>Video</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="126" />
      <source>Yesterday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/session_list.py" line="91" />
      <source>Your sessions couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="128" />
      <source>ddd d MMM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="128" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="133" />
      <source>dddd d MMMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="122" />
      <source>today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="124" />
      <source>tomorrow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="126" />
      <source>yesterday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/words.py" line="153" />
      <source>{day}, {times}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionsPage</name>
    <message>
      <location filename="../../ui/sessions/page.py" line="234" />
      <source>&amp;Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="175" />
      <source>&amp;New session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="233" />
      <source>&amp;Past</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="179" />
      <source>&amp;Repeat…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="232" />
      <source>&amp;Upcoming</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="177" />
      <source>Add a session ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="193" />
      <source>Add to &amp;calendar…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="89" />
      <source>All kinds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="94" />
      <source>Any status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="191" />
      <source>Deleted sessions, kept for 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="176" />
      <location filename="../../ui/sessions/page.py" line="343" />
      <source>New session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="444" />
      <source>No past sessions match these choices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="99" />
      <source>Partner: any</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="270" />
      <source>Past sessions, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="183" />
      <source>Prov&amp;iders…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="197" />
      <location filename="../../ui/sessions/page.py" line="198" />
      <source>Remind me before sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="194" />
      <source>Save planned sessions as a calendar file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="195" />
      <source>Save your planned sessions as a calendar (.ics) file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="726" />
      <source>Saved 1 planned session to the calendar file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="724" />
      <source>Saved {n} planned sessions to the calendar file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="146" />
      <location filename="../../ui/sessions/page.py" line="173" />
      <source>Sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="190" />
      <source>Sessions in the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="181" />
      <source>Sessions on the same days every week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="446" />
      <source>Sessions you've been to will show here, newest first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="180" />
      <source>Set up repeating sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="234" />
      <source>Show a month calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="233" />
      <source>Show past sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="98" />
      <source>Show past sessions by your partner's answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="88" />
      <source>Show past sessions of this kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="93" />
      <source>Show past sessions with this status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="232" />
      <source>Show upcoming sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="628" />
      <source>That didn't work: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="733" />
      <source>The calendar file wasn't saved: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="705" />
      <source>The journal can't be opened from here just now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="186" />
      <source>The people and groups you see, to choose from in a session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="583" />
      <source>The session is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="572" />
      <source>The session is in the trash.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="189" />
      <source>Trash…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="574" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="200" />
      <source>While Mooring is open, a short reminder shows {minutes} minutes before a planned session. It never says what the session is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="476" />
      <source>Your hours couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="184" />
      <source>Your providers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/sessions/page.py" line="422" />
      <source>Your sessions couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="102" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="200" />
      <source>&amp;Colours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="110" />
      <source>&amp;Discreet mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="123" />
      <source>&amp;Lock after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="115" />
      <source>&amp;Remember on this device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="218" />
      <source>&amp;Where you live</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="141" />
      <source>Anyone who can use this computer account could then open your journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="178" />
      <location filename="../../ui/shell/settings_dialog.py" line="180" />
      <source>Appearance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="284" />
      <source>Based on this computer (somewhere else)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="285" />
      <source>Based on this computer ({place})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="166" />
      <source>Both ask for your current passphrase. If you ever forget the passphrase, the recovery code is your way back in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="149" />
      <source>Change &amp;passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="150" />
      <source>Change passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="242" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="61" />
      <source>Dark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="111" />
      <source>Discreet mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="350" />
      <source>Done. Mooring will open on this computer without asking.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="59" />
      <location filename="../../ui/shell/settings_dialog.py" line="189" />
      <source>Follow system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="205" />
      <source>Help lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="62" />
      <source>High contrast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="201" />
      <source>Lan&amp;guage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="188" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="60" />
      <source>Light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="104" />
      <source>Lock after this many minutes without activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="152" />
      <source>Make a &amp;new recovery code…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="153" />
      <source>Make a new recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="125" />
      <source>Mooring locks itself when you haven't used it for this long.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="275" />
      <source>Mooring will use this language the next time it opens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="148" />
      <source>Passphrase and recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="96" />
      <source>Privacy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="116" />
      <source>Remember on this device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="91" />
      <location filename="../../ui/shell/settings_dialog.py" line="92" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="231" />
      <source>Shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="130" />
      <source>Shows the plain name “Notes” and a plain icon at once, and keeps the “Get help now” button off the lock screen (F1 still opens it). Some task bars show the new name after the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="207" />
      <source>Where you live, for the help lines shown first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="319" />
      <source>Your last new recovery code was wiped before you ticked “I have stored it somewhere safe”. To be sure you have a code that works, please make a new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/settings_dialog.py" line="221" />
      <source>“Get help now” and the Safety page show this place’s lines first, then a directory of lines in many countries. Only the choice is stored, never anything you wrote.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SetupScreen</name>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="103" />
      <source>&amp;Create my journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="231" />
      <source>&amp;Finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="100" />
      <source>&amp;Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="224" />
      <source>&amp;Remember on this device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="100" />
      <source>&amp;Type it again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="227" />
      <source>Anyone who can use this computer account could then open your journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="185" />
      <source>Co&amp;ntinue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="93" />
      <source>Confirm passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="186" />
      <source>Continue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="104" />
      <source>Create my journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="140" />
      <source>Creating your journal… this takes a moment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="232" />
      <source>Finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="169" />
      <source>If you ever forget your passphrase, this code is the only way back into your journal. It is shown only this once. Keep it somewhere safe and private, away from this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="217" />
      <source>Mooring can remember your key on this computer, so it opens without your passphrase. Most people leave this off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="93" />
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="215" />
      <source>One last choice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="225" />
      <source>Remember on this device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="65" />
      <source>Set up Mooring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="133" />
      <source>The two passphrases are different. Please type the second one again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="83" />
      <source>This is a private place for your thoughts and your recovery work. Everything stays on this computer, locked with a passphrase only you know.

Choose a passphrase: a few unrelated words are easy to remember and hard to guess. Please pick one nobody else at home would think of.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="81" />
      <source>Welcome to Mooring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="263" />
      <source>You can try again later in Settings. Choose Finish to go on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/setup_screen.py" line="167" />
      <source>Your recovery code</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="85" />
      <source>Get help now (works while locked, too)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="94" />
      <source>Go to a section by its place in the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="84" />
      <source>Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="83" />
      <source>Lock and hide at once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="97" />
      <source>Move between the sections list and the page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="87" />
      <source>New journal entry (on Sessions or Boundaries: a new one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="86" />
      <source>Save and quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="90" />
      <source>Save now (everything also saves as you go)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="89" />
      <source>Search your journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="91" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/shortcuts.py" line="88" />
      <source>Write from a prompt</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StrengthHint</name>
    <message>
      <location filename="../../ui/common/strength.py" line="70" />
      <source>A few unrelated words you can remember work well.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="27" />
      <source>Fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="28" />
      <source>Good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="25" />
      <source>Not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="43" />
      <source>Passphrase strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="95" />
      <location filename="../../ui/common/strength.py" line="96" />
      <source>Show what I type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="29" />
      <source>Strong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/strength.py" line="26" />
      <source>Weak</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message numerus="yes">
      <location filename="../../ui/timeline/words.py" line="249" />
      <location filename="../../ui/timeline/words.py" line="255" />
      <source>%Ln answers</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/timeline/words.py" line="172" />
      <source>%Ln minutes</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="73" />
      <source>&amp;From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="62" />
      <source>&amp;Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="249" />
      <location filename="../../ui/timeline/words.py" line="255" />
      <source>1 answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="172" />
      <source>1 minute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="214" />
      <source>A boundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="260" />
      <source>A questionnaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="186" />
      <source>An exercise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="78" />
      <source>Boundary moment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="60" />
      <source>Boundary moments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="74" />
      <location filename="../../ui/timeline/words.py" line="155" />
      <source>Check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="56" />
      <source>Check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="83" />
      <source>Clear the kind, the days and the mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="59" />
      <source>Everything</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/page.py" line="76" />
      <source>Everything you have noted, newest first. Press Enter on one to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="77" />
      <source>Exercise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="59" />
      <source>Exercises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="188" />
      <source>Finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="76" />
      <source>First day to show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="181" />
      <source>Homework</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="58" />
      <location filename="../../ui/timeline/words.py" line="76" />
      <source>Homework done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="254" />
      <source>How things are between us in {month}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="227" />
      <source>I asked about therapy together</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="210" />
      <location filename="../../ui/timeline/words.py" line="239" />
      <source>I felt {n} of 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="79" />
      <source>Invitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="61" />
      <source>Invitations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="55" />
      <source>Journal entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="69" />
      <source>Journal entries, exercises and boundaries marked “Bring to therapy”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="73" />
      <source>Journal entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="57" />
      <source>Kind of thing to show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="77" />
      <source>Last day to show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="114" />
      <source>MMMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="151" />
      <source>Mood {mood}, stress {stress}, craving {craving}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="196" />
      <source>Not finished yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/page.py" line="177" />
      <source>Nothing here matches what you chose.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/page.py" line="180" />
      <source>Nothing here yet. Journal entries, check-ins, sessions and the rest show up here as you add them, newest first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="65" />
      <source>Only what I marked to &amp;bring to therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="176" />
      <source>Partner: {answer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/rows.py" line="385" />
      <source>Press Enter to open the chosen item where it lives.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="82" />
      <source>Questionnaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="64" />
      <source>Questionnaires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="80" />
      <source>Reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="62" />
      <source>Reflections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="81" />
      <source>Relationship check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="63" />
      <source>Relationship check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="83" />
      <source>Safety check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="286" />
      <location filename="../../ui/timeline/words.py" line="281" />
      <source>Safety check saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="65" />
      <source>Safety checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="75" />
      <source>Session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="57" />
      <source>Sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="80" />
      <source>Show &amp;everything</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/page.py" line="90" />
      <source>Show everything</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="82" />
      <location filename="../../ui/timeline/page.py" line="92" />
      <source>Show everything again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="75" />
      <source>Show only the days between two dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="67" />
      <source>Show only what I marked to bring to therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="85" />
      <source>Something noted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/page.py" line="203" />
      <source>That part of Mooring isn't available just now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/page.py" line="65" />
      <location filename="../../ui/timeline/page.py" line="74" />
      <source>Timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/rows.py" line="384" />
      <source>Timeline, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="95" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="99" />
      <source>Tomorrow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="142" />
      <source>Untitled entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="248" />
      <source>Why they might be saying no, and what it does to me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="97" />
      <source>Yesterday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="346" />
      <source>Your timeline couldn't be read just now. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="342" />
      <source>Your timeline couldn't be read just now: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="124" />
      <source>d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="100" />
      <source>ddd d MMM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="100" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="283" />
      <source>no to all {n} answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/filters.py" line="78" />
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="322" />
      <source>to bring to therapy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="285" />
      <source>yes to {yes} of {n} answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="192" />
      <source>{answered} of {steps} steps, not finished yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="229" />
      <source>{answer} (they brought it up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="275" />
      <location filename="../../ui/timeline/words.py" line="270" />
      <source>{name}: {score}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/timeline/words.py" line="274" />
      <source>{score} of {top}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../ui/today/page.py" line="384" />
      <source>A minute to notice how you are. There are no wrong answers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="286" />
      <source>A question for today</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/today/page.py" line="472" />
      <source>And %Ln more.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="472" />
      <source>And 1 more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="380" />
      <source>Change it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="381" />
      <source>Change today's check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="222" />
      <location filename="../../ui/today/page.py" line="386" />
      <location filename="../../ui/today/page.py" line="387" />
      <source>Check in now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="376" />
      <source>Done for today. Mood {mood}, stress {stress}, craving {craving} (out of 10).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="469" />
      <source>Done today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="496" />
      <source>Due today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="498" />
      <source>From your session on {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="390" />
      <location filename="../../ui/today/page.py" line="391" />
      <source>Go to check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="421" />
      <location filename="../../ui/today/page.py" line="422" />
      <source>Go to sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="88" />
      <source>Good afternoon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="90" />
      <source>Good evening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="86" />
      <source>Good morning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="437" />
      <source>Happening now, until {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="91" />
      <source>Hello</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="248" />
      <source>Homework</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="230" />
      <source>Next session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="415" />
      <source>No sessions planned. Add one, or set up a repeating schedule.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="478" />
      <source>Nothing due today. When a session gives you something to try, it will show up here to tick off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="237" />
      <location filename="../../ui/today/page.py" line="411" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="412" />
      <source>Open your next session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="417" />
      <location filename="../../ui/today/page.py" line="418" />
      <source>Plan a session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="288" />
      <source>Prompt of the day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="256" />
      <source>See all homework</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="259" />
      <source>See all your homework on the sessions page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="273" />
      <source>See your list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="276" />
      <source>See your list of things to bring up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="101" />
      <source>Something went wrong on our side. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="558" />
      <source>That couldn't be saved: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="186" />
      <source>This is your private space. Nothing here leaves this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="270" />
      <source>To bring up next time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="131" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="439" />
      <source>Today at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="220" />
      <source>Today's check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="392" />
      <source>Today's check-in couldn't be loaded just now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="606" />
      <source>Today's question couldn't be loaded just now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="441" />
      <source>Tomorrow at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="494" />
      <source>Was due {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="410" />
      <source>With {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="290" />
      <source>Write about this</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="293" />
      <source>Write about today's question in your journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="459" />
      <source>Your homework couldn't be loaded just now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="589" />
      <source>Your list of things to bring up couldn't be loaded just now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="420" />
      <source>Your next session couldn't be loaded just now.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/today/page.py" line="583" />
      <source>and %Ln more</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="583" />
      <source>and 1 more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="433" />
      <source>by phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="432" />
      <source>by video</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="71" />
      <source>ddd d MMM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="71" />
      <source>ddd d MMM yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="434" />
      <source>in person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="443" />
      <source>{day} at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/today/page.py" line="444" />
      <source>{when}, {how}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../ui/common/trash_dialog.py" line="110" />
      <source>&amp;Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/trash_dialog.py" line="191" />
      <source>That didn't work just now. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/common/trash_dialog.py" line="106" />
      <source>The trash is empty.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnlockScreen</name>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="173" />
      <source>&amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="166" />
      <source>&amp;New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="108" />
      <source>&amp;Restore newest backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="169" />
      <source>&amp;Set passphrase and open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="89" />
      <source>&amp;Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="174" />
      <source>Back to passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="166" />
      <source>Con&amp;firm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="158" />
      <source>Confirm new passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="56" />
      <location filename="../../ui/shell/unlock_screen.py" line="209" />
      <source>Locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="295" />
      <source>Mooring found damage in your journal. Type your passphrase, then choose Restore newest backup; the damaged file is kept aside, not deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="100" />
      <source>Mooring keeps backups of your journal. Restoring puts the newest good backup in place. The damaged file is first copied aside, so nothing is deleted. Changes made after that backup may be missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="158" />
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="353" />
      <source>No usable backup was found, so nothing was changed. Your files are still in the data folder; please don't delete them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="279" />
      <source>Opening…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="86" />
      <location filename="../../ui/shell/unlock_screen.py" line="87" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="287" />
      <source>Please type your passphrase this time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="308" />
      <source>Please type your passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="368" />
      <source>Please type your recovery code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="165" />
      <source>Recovery &amp;code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="153" />
      <source>Recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="98" />
      <source>Restore from a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="109" />
      <source>Restore newest backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="340" />
      <source>Restoring…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="170" />
      <source>Set passphrase and open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="262" />
      <source>Still opening. The first time after an update, a large journal can take a minute or two to get ready.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="378" />
      <source>The two passphrases are different. Please type them again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="144" />
      <source>Type the recovery code you saved when you set up Mooring, then choose a new passphrase. Your journal stays exactly as it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="335" />
      <source>Type your passphrase first, then choose Restore.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="210" />
      <source>Type your passphrase to continue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="213" />
      <source>Type your passphrase to open your journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="90" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="117" />
      <source>Use recovery code &amp;instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="119" />
      <source>Use recovery code instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="142" />
      <source>Use your recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="212" />
      <source>Welcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="212" />
      <source>Welcome back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="341" />
      <source>Your journal was restored from the newest backup. The damaged file was set aside, not deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/unlock_screen.py" line="385" />
      <source>Your new passphrase is set. Your recovery code still works too.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VaultMessages</name>
    <message>
      <location filename="../../ui/shell/messages.py" line="41" />
      <source>Mooring couldn't open your journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/messages.py" line="47" />
      <source>Something went wrong on our side, and nothing was changed. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/messages.py" line="22" />
      <source>That passphrase didn't open your journal. Check that Caps Lock is off and try again; nothing has been changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/messages.py" line="27" />
      <source>That recovery code didn't work. Please check each group of letters and numbers and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/messages.py" line="32" />
      <source>Your journal file looks damaged or was changed outside Mooring. Nothing has been deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/messages.py" line="37" />
      <source>Your journal is open in another Mooring window. Please use that one.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <location filename="../../ui/shell/workspace.py" line="124" />
      <source>Go to section {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/workspace.py" line="127" />
      <source>Move between the sections and the page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/workspace.py" line="62" />
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/shell/workspace.py" line="227" />
      <source>This part of Mooring couldn't start. Everything else still works.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
