<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare annotators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in fo&amp;lder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next open correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous open correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat last &amp;label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;speaker of the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set c&amp;ue of the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all &amp;occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;mention of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge selected entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split mention into a new entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link entity to the names list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entity to the names list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow / shrink the end by a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow / shrink the start by a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;suggestions one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the whole &amp;entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all suggestions in this &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest when an article &amp;opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve merge &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections as &amp;tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About editor-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Adjudication</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each annotator&apos;s folder holding the articles of {folder} (their sidecars compare this article only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each annotator&apos;s sidecar of this article, or their folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators&apos; sidecars and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;sidecars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators&apos; sidecars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecars (*.annotations.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotator&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjudicate disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A take the chosen version · Left/Right choose · R drop every version · Space skip · Backspace back · Enter edit · Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first annotator&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second annotator&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the article the annotators annotated first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken up again: {names}, {left} of {total} disagreement(s) undecided; Ctrl+Shift+K again compares the annotators afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two annotators&apos; sidecars or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the {count} annotation(s) of {name} with the annotators&apos; comparison?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names}: {confirmed} annotation(s) alike, {count} disagreement(s) to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {count} span(s) that no longer match were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disagreements to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} of {total} disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} disagreement(s) left undecided; Backspace goes back; Enter saves the gold and goes on to the next article with disagreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every disagreement is decided. Enter saves the gold and goes on to the next article with disagreements (Alt+Right: the next article).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} disagreement(s) left undecided; Backspace goes back, Ctrl+S saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {number} of {total} disagreements ({left} undecided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} quote, speaker {speaker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” → “{replacement}” ({category})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two annotators&apos; folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has not been compared yet: choose the annotators&apos; folders (Ctrl+Shift+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing from {folders}: not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more articles with disagreements after this one in {folder}: {done}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: article {number} of {total} · {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles, lowest agreement first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: missing from {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} (reference) and {b}: {count} article(s) compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa on token labels: {kappa} over {count} token(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>Cannot {edit}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label is bound to {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label used yet: press 1-9 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a name first, then press its label key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some words first, then choose the entity they mention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a name first, then mark all its occurrences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the name an entity first (1-9), then mark all its occurrences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every occurrence of “{text}” is already a mention of {entity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked {count} more occurrences of “{text}” as {entity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more entities in the Entities panel to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mention (in the text or the Entities panel) to split off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some words first, then press Q to make them a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a quote first (click it or pick it in the Quotes panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some words first, then press U to make them the cue of the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute quote to {entity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute quote to a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some words first, then press C to correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to delete here: click an annotation or pick one in a panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation needs at least one word.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyPreview</name>
    <message>
        <source>{category} · {status} · line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{old}” becomes “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside a direct quote: this changes what someone said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply corrections to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the corrections to write into {name}. Accepted ones are checked; open ones and those inside direct quotes are not. A backup is kept, and Undo takes the apply back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply {count} correction(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Applying</name>
    <message>
        <source>Apply {count} correction(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied {count} correction(s) to {name} (backup kept); {orphaned} annotation(s) lay in removed text and are orphaned. Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied {count} correction(s) to {name} (backup kept). Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skipped} correction(s) not applied: they overlap another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo the apply: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back {name} as it was before the corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open or accepted corrections to apply (make one with C, accept with A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing applied: the corrections changed while the preview was open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections not applied: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s text. Select words, then press a key to annotate them; F1 lists the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction ({category}, {status}): {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue of a quote ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote ({status})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorBanner</name>
    <message>
        <source>What is your name? It is written as &apos;by&apos; on everything you annotate, so the desk knows who did what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, written as &apos;by&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your annotations will say they are by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source> Your changes are still here and in the recovery file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. {reason} The previous sidecar is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations changed differently on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;both mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merge conflicts in these annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unresolved conflict(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} merge conflict(s) in these annotations: Tools &gt; Resolve merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with {count} unresolved merge conflict(s): `editor-app check` will report them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusPanel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show articles with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter articles by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off word snapping for one selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter to confirm, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement for “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend of the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate news articles: entities and their mentions, quotes with speakers, copy-desk corrections; saved as YAML beside each article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: Apache-2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled data: place names from {geonames} (CC BY 4.0). Libraries: Qt for Python / PySide6 (LGPL-3.0), PyYAML (MIT), RapidFuzz (MIT), pyspellchecker (MIT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentBar</name>
    <message>
        <source>Document status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this article, kept in its sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entities} entities ({mentions} mentions) · {quotes} quotes · {corrections} corrections ({open} open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindInFolder</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find in every article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder first (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {count} hits; add words to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hit(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindInText</name>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Open a folder first (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}/{total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder&apos;s index was unusable ({reason}); it is being built again from the files. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics count what is saved; save to include your latest changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the first article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles (.txt, .md) in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>E&amp;ntities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label {n} (unbound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (your copy of the sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, written as &apos;by&apos; on what you annotate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About editor-app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Label as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesLinks</name>
    <message>
        <source>Choose an entity in the Entities panel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article first: its folder holds the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link “{name}” to the names list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already as the names list has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link entity to the names list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names list holds people, organisations and places, not {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is in the names list ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the annotations of {name}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Orphans</name>
    <message>
        <source>mention of {entity} ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cue of a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction to “{replacement}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”: {what}, was at {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place orphaned span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations that need re-anchoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place at selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the right words in the article, then press this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the chosen annotation that needs re-anchoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-anchoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words this annotation belongs on, then press Place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Change {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote by {speaker} ({kind}, {status}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote, no speaker yet ({kind}, {status}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction ({category}, {status}): “{text}” to “{replacement}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction ({category}, {status}): delete “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change entity link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change entity status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {name}, 1 mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {name}, {count} mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention of {name} ({label}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>Type any part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({label}) · {count} mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter takes the highlighted one, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry from this entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name in the list matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is “{text}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” mentions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, written as &apos;by&apos; on what you annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recovery file every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest annotations when an article opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without asking when moving to the next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show labels as text tags (not only as colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show corrections as tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (applies when editor-app restarts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of editor-app, and the keys and colours of the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label keys and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (1-9, 0 for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recent</name>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A accept · R reject · Shift+R reject the whole entity · Enter edit · Space skip · Backspace back · Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions to review (F7 makes some).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} suggestion(s) left undecided; Backspace goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} quote by {speaker}, cue “{cue}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” → “{replacement}” ({category}): {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Could not write the recovery file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery file could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work on {name} was kept from an earlier session: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work from an earlier session was kept for {names}. Open it to restore or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored your unsaved work and merged it with the sidecar saved since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsaved work ({summary}); save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded the recovered work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took back the lock your earlier session left on {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lock could be created beside {name} ({reason}); others opening it will not see that you are editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open read-only: locked by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The lock looks stale (its process is gone or it is old).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {name} is being edited by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the lock held by {who}? Their unsaved work, if any, may conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You now hold the lock on {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed on disk by someone else while you have unsaved changes. Keep mine saves your version over theirs; Take theirs drops your unsaved changes; Merge combines both and shows what conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of {name} changed on disk while you have unsaved annotations. Re-anchor moves them onto the new text (what cannot be placed is listed for you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed on disk and was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the version on disk; your unsaved changes were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with the version on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {added} added, {changed} changed, {removed} removed by theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} changed on both sides; yours were kept, check them: {listing}{more}. Save to write the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to write the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the new text: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-anchored onto the new text: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Mentions per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes per kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations per annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} article(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {count} sidecar(s) could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Suggesting</name>
    <message>
        <source>Suggestions cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop working out suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first, then ask for suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions are already being worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations changed while suggestions were worked out; run them again (F7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions ({summary})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested {summary}. A accepts, R rejects, N goes to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a suggestion first (N goes to the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mention is not a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {kind} is not a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} confirmed quote(s) name {name} as their speaker; rejecting the entity leaves them without one when exported. Reject it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions to accept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all suggested {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted {count} suggested {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions left to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the mention “{text}” of {entity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected the mention “{text}” of {entity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the entity {entity} ({count} mentions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected the entity {entity} ({count} mentions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the {kind} “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected the {kind} “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This correction is already decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entities} entities, {quotes} quotes, {corrections} corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {count} mentions of known entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackedChanges</name>
    <message>
        <source>remove blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove {count} blank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grammar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs-review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still loading the annotations of {name}: editing is possible once they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the annotations of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8: read as Windows-1252 (a guess) and saved back the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reload: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: open an article first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
