<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>App::ArchiveCommand</name>
    <message>
        <source>The archive holds no report of this project.</source>
        <translation>Arkivet har ingen rapport for dette prosjektet.</translation>
    </message>
    <message>
        <source>The archive holds no report.</source>
        <translation>Arkivet har ingen rapporter.</translation>
    </message>
    <message>
        <source>Wrote %1, issued %2, to %3.</source>
        <translation>Skrev %1, utstedt %2, til %3.</translation>
    </message>
</context>
<context>
    <name>App::CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Valget %1 trenger en verdi.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use nb or en.</source>
        <translation>Ukjent språk «%1»: bruk nb eller en.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Ukjent valg: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Ukjent kommando: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>vis denne hjelpen</translation>
    </message>
    <message>
        <source>The option %1 may be given only once.</source>
        <translation>Valget %1 kan bare gis én gang.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>the SQLite database file (default: %1), or a PostgreSQL database: postgresql://user@host:port/database</source>
        <translation>SQLite-databasefilen (standard: %1), eller en PostgreSQL-database: postgresql://bruker@vert:port/database</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FIL|URL</translation>
    </message>
    <message>
        <source>the language of the window and messages (default: nb)</source>
        <translation>språket i vinduet og meldingene (standard: nb)</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>vis versjonen</translation>
    </message>
    <message>
        <source>The option %1 goes before the command %2.</source>
        <translation>Valget %1 skal stå foran kommandoen %2.</translation>
    </message>
    <message>
        <source>The command %1 needs the argument %2.</source>
        <translation>Kommandoen %1 trenger argumentet %2.</translation>
    </message>
    <message>
        <source>samspill [--database FILE|URL] [--lang nb|en] %1</source>
        <translation>samspill [--database FIL|URL] [--lang nb|en] %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>the file to write, whole or not at all; standard output when it is missing or -</source>
        <translation>filen som skal skrives, hel eller ikke i det hele tatt; standard ut når den mangler eller er -</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>a project to export, by UUID, name or short name; repeat it for more; all projects when it is missing</source>
        <translation>et prosjekt som skal eksporteres, med UUID, navn eller kortnavn; gjenta valget for flere; alle prosjekter når det mangler</translation>
    </message>
    <message>
        <source>the exchange file to read</source>
        <translation>utvekslingsfilen som skal leses</translation>
    </message>
    <message>
        <source>[--output FILE] [--project ID]...</source>
        <translation>[--output FIL] [--project ID]...</translation>
    </message>
    <message>
        <source>write projects in the exchange format (JSON) to FILE, or to standard output</source>
        <translation>skriv prosjekter i utvekslingsformatet (JSON) til FIL, eller til standard ut</translation>
    </message>
    <message>
        <source>read projects from an exchange file; all or nothing</source>
        <translation>les prosjekter fra en utvekslingsfil; alt eller ingenting</translation>
    </message>
    <message>
        <source>check a database's schema and integrity without changing it</source>
        <translation>kontroller en databases skjema og integritet uten å endre den</translation>
    </message>
    <message>
        <source>Without a command, Samspill opens its window.</source>
        <translation>Uten en kommando åpner Samspill vinduet sitt.</translation>
    </message>
    <message>
        <source>samspill [--database FILE|URL] [--lang nb|en] [COMMAND]</source>
        <translation>samspill [--database FIL|URL] [--lang nb|en] [KOMMANDO]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>samspill COMMAND --help shows the options of a command.</source>
        <translation>samspill KOMMANDO --help viser valgene til en kommando.</translation>
    </message>
    <message>
        <source>without the built-in demo project</source>
        <translation>uten det innebygde demoprosjektet</translation>
    </message>
    <message>
        <source>[--empty]</source>
        <translation>[--empty]</translation>
    </message>
    <message>
        <source>create a new database, with the built-in demo project unless --empty</source>
        <translation>opprett en ny database, med det innebygde demoprosjektet om ikke --empty er gitt</translation>
    </message>
    <message>
        <source>import the file even when it holds what looks like a national identity number; the fields are named in a warning</source>
        <translation>importer fila også når den inneholder noe som ser ut som et fødselsnummer; feltene nevnes i en advarsel</translation>
    </message>
    <message>
        <source>The option %1: %2</source>
        <translation>Valget %1: %2</translation>
    </message>
    <message>
        <source>the project, by UUID, name or short name</source>
        <translation>prosjektet, med UUID, navn eller kortnavn</translation>
    </message>
    <message>
        <source>the file to write, whole or not at all</source>
        <translation>filen som skal skrives, hel eller ikke i det hele tatt</translation>
    </message>
    <message>
        <source>a picture (png, svg) or pages (pdf); by default the file's suffix</source>
        <translation>et bilde (png, svg) eller sider (pdf); som standard filens endelse</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>the first day shown (a day, or the first day of a month, quarter, half-year or year); by default a month before the first date</source>
        <translation>første dag som vises (en dag, eller første dag i en måned, et kvartal, et halvår eller et år); som standard en måned før første dato</translation>
    </message>
    <message>
        <source>the last day shown; by default a month after the last date</source>
        <translation>siste dag som vises; som standard en måned etter siste dato</translation>
    </message>
    <message>
        <source>the scale of the time axis (default: quarter)</source>
        <translation>målestokken på tidsaksen (standard: quarter)</translation>
    </message>
    <message>
        <source>fit a PDF to one page</source>
        <translation>tilpass en PDF til én side</translation>
    </message>
    <message>
        <source>The command %1 needs the option %2.</source>
        <translation>Kommandoen %1 trenger valget %2.</translation>
    </message>
    <message>
        <source>Unknown format %1: use png, svg or pdf.</source>
        <translation>Ukjent format %1: bruk png, svg eller pdf.</translation>
    </message>
    <message>
        <source>Unknown zoom %1: use week, month, quarter or year.</source>
        <translation>Ukjent zoom %1: bruk week, month, quarter eller year.</translation>
    </message>
    <message>
        <source>The timeline cannot end (%1) before it begins (%2).</source>
        <translation>Tidslinjen kan ikke slutte (%1) før den begynner (%2).</translation>
    </message>
    <message>
        <source>[--accept-personal-data] FILE</source>
        <translation>[--accept-personal-data] FIL</translation>
    </message>
    <message>
        <source>--project ID --output FILE [--format png|svg|pdf] [--from DATE] [--to DATE] [--zoom week|month|quarter|year] [--one-page]</source>
        <translation>--project ID --output FIL [--format png|svg|pdf] [--from DATO] [--to DATO] [--zoom week|month|quarter|year] [--one-page]</translation>
    </message>
    <message>
        <source>draw a project's timeline as a picture (PNG, SVG) or as pages (PDF)</source>
        <translation>tegn tidslinjen til et prosjekt som bilde (PNG, SVG) eller som sider (PDF)</translation>
    </message>
    <message>
        <source>one project, by UUID, name or short name, in full; the whole portfolio when it is missing</source>
        <translation>ett prosjekt, ved UUID, navn eller kortnavn, i sin helhet; hele porteføljen når det mangler</translation>
    </message>
    <message>
        <source>as it stood at the end of this earlier day (YYYY-MM-DD), rebuilt from the change history and the status log; today when it is missing</source>
        <translation>slik det sto ved slutten av denne tidligere dagen (ÅÅÅÅ-MM-DD), gjenskapt fra endringshistorikken og statusloggen; i dag når den mangler</translation>
    </message>
    <message>
        <source>text for people (the default) or json for programs</source>
        <translation>text for mennesker (standard) eller json for programmer</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>a measure without a status update for N days is stale (default: %1)</source>
        <translation>et tiltak uten statusoppdatering på N dager regnes som uten oppfølging (standard: %1)</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not %1.</source>
        <translation>--as-of trenger en dato som ÅÅÅÅ-MM-DD, ikke %1.</translation>
    </message>
    <message>
        <source>Unknown format %1: use text or json.</source>
        <translation>Ukjent format %1: bruk text eller json.</translation>
    </message>
    <message>
        <source>--stale-days needs a number of days from 1 to 3650, not %1.</source>
        <translation>--stale-days trenger et antall dager fra 1 til 3650, ikke %1.</translation>
    </message>
    <message>
        <source>[--project ID] [--as-of DATE] [--format text|json] [--stale-days N]</source>
        <translation>[--project ID] [--as-of DATO] [--format text|json] [--stale-days N]</translation>
    </message>
    <message>
        <source>show where the projects stand: traffic lights and why, progress, what is late and what is coming</source>
        <translation>vis hvor prosjektene står: trafikklys og hvorfor, framdrift, hva som er forsinket og hva som kommer</translation>
    </message>
    <message>
        <source>a project to report on, by UUID, name or short name; repeat it for more (a portfolio report)</source>
        <translation>et prosjekt å rapportere om, med UUID, navn eller kortnavn; gjenta for flere (en porteføljerapport)</translation>
    </message>
    <message>
        <source>report on every project: a portfolio report</source>
        <translation>rapporter om alle prosjektene: en porteføljerapport</translation>
    </message>
    <message>
        <source>the first day of the period (a day, or the first day of a month, quarter, half-year or year)</source>
        <translation>periodens første dag (en dag, eller første dag i en måned, et kvartal, et halvår eller et år)</translation>
    </message>
    <message>
        <source>the last day of the period (a day, or the last day of a month, quarter, half-year or year)</source>
        <translation>periodens siste dag (en dag, eller siste dag i en måned, et kvartal, et halvår eller et år)</translation>
    </message>
    <message>
        <source>the kind of file (csv: the measures only); by default the file's suffix</source>
        <translation>filtypen (csv: bare tiltakene); som standard filens endelse</translation>
    </message>
    <message>
        <source>write the file without keeping it in the report archive (also on a database that can only be read); by default the report is issued and archived</source>
        <translation>skriv filen uten å ta den vare i rapportarkivet (også i en database som bare kan leses); som standard utstedes og arkiveres rapporten</translation>
    </message>
    <message>
        <source>the language of the report (default: nb)</source>
        <translation>rapportens språk (standard: nb)</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>the sections, separated by commas, of: %1; by default all</source>
        <translation>delene, skilt med komma, blant: %1; som standard alle</translation>
    </message>
    <message>
        <source>the day the report says it was produced (YYYY-MM-DD); by default today</source>
        <translation>dagen rapporten sier at den ble laget (ÅÅÅÅ-MM-DD); som standard i dag</translation>
    </message>
    <message>
        <source>The command %1 needs either --project or --all.</source>
        <translation>Kommandoen %1 trenger enten --project eller --all.</translation>
    </message>
    <message>
        <source>Unknown format %1: use pdf, odt, html, md or csv.</source>
        <translation>Ukjent format %1: bruk pdf, odt, html, md eller csv.</translation>
    </message>
    <message>
        <source>Unknown section %1: use %2.</source>
        <translation>Ukjent del %1: bruk %2.</translation>
    </message>
    <message>
        <source>--produced-on needs a date as YYYY-MM-DD, not %1.</source>
        <translation>--produced-on trenger en dato som ÅÅÅÅ-MM-DD, ikke %1.</translation>
    </message>
    <message>
        <source>The period cannot end (%1) before it begins (%2).</source>
        <translation>Perioden kan ikke slutte (%1) før den begynner (%2).</translation>
    </message>
    <message>
        <source>list: the reports of one project, by UUID, name or short name; every report when it is missing</source>
        <translation>list: rapportene til ett prosjekt, etter UUID, navn eller kortnavn; alle rapporter når det mangler</translation>
    </message>
    <message>
        <source>list: text for people (the default) or json for programs</source>
        <translation>list: tekst for mennesker (standard) eller json for programmer</translation>
    </message>
    <message>
        <source>show: the file to write the report to, whole or not at all</source>
        <translation>show: filen rapporten skrives til, hel eller ikke i det hele tatt</translation>
    </message>
    <message>
        <source>list the archived reports, or write one out unchanged</source>
        <translation>vis de arkiverte rapportene, eller skriv ut én uendret</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>the report to write</source>
        <translation>rapporten som skal skrives</translation>
    </message>
    <message>
        <source>The command %1 takes list or show, not %2.</source>
        <translation>Kommandoen %1 tar list eller show, ikke %2.</translation>
    </message>
    <message>
        <source>%1 is not the UUID of a report.</source>
        <translation>%1 er ikke UUID-en til en rapport.</translation>
    </message>
    <message>
        <source>--project ID|--all --from DATE --to DATE --output FILE [--format pdf|odt|html|md|csv] [--lang nb|en] [--sections LIST] [--produced-on DATE] [--draft]</source>
        <translation>--project ID|--all --from DATO --to DATO --output FIL [--format pdf|odt|html|md|csv] [--lang nb|en] [--sections LISTE] [--produced-on DATO] [--draft]</translation>
    </message>
    <message>
        <source>write a status report for a period on a project, or on the portfolio (PDF, ODT, HTML, Markdown, or the measures as CSV), and keep it in the report archive unless it is a draft</source>
        <translation>skriv en statusrapport for en periode for et prosjekt eller for porteføljen (PDF, ODT, HTML, Markdown, eller tiltakene som CSV), og ta den vare i rapportarkivet med mindre den er et utkast</translation>
    </message>
    <message>
        <source>list [--project ID] [--format text|json] | show UUID --output FILE</source>
        <translation>list [--project ID] [--format text|json] | show UUID --output FIL</translation>
    </message>
    <message>
        <source>list the issued reports kept in the archive, or write one out exactly as it was issued</source>
        <translation>vis de utstedte rapportene i arkivet, eller skriv ut én nøyaktig slik den ble utstedt</translation>
    </message>
</context>
<context>
    <name>App::Commands</name>
    <message>
        <source>There is no project "%1" in this database.</source>
        <translation>Det finnes ikke noe prosjekt «%1» i denne databasen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n project(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %n prosjekt til %1.</numerusform>
            <numerusform>Eksporterte %n prosjekter til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:</source>
        <translation>%1 ble ikke importert; ingenting ble endret:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n project(s) from %1.</source>
        <translation>
            <numerusform>Importerte %n prosjekt fra %1.</numerusform>
            <numerusform>Importerte %n prosjekter fra %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New organisations: %1. New knowledge sources: %2.</source>
        <translation>Nye organisasjoner: %1. Nye kunnskapskilder: %2.</translation>
    </message>
    <message>
        <source>%1: Samspill database, schema version %2 (this Samspill: %3)</source>
        <translation>%1: Samspill-database, skjemaversjon %2 (denne Samspill: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n prosjekt</numerusform>
            <numerusform>%n prosjekter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Fant ingen problemer.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>Fant %n problem:</numerusform>
            <numerusform>Fant %n problemer:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 projects are called "%2"; name one by its UUID: %3</source>
        <translation>%1 prosjekter heter «%2»; angi ett av dem med UUID: %3</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standard ut</translation>
    </message>
    <message>
        <source>%1 is the database itself or one of its files, so nothing was written to it. Choose another file.</source>
        <translation>%1 er selve databasen eller en av filene dens, så ingenting ble skrevet til den. Velg en annen fil.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importerer %1</translation>
    </message>
    <message>
        <source>%1 is a Samspill database already; nothing was changed.</source>
        <translation>%1 er allerede en Samspill-database; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Created %1 with the demo project.</source>
        <translation>Opprettet %1 med demoprosjektet.</translation>
    </message>
    <message>
        <source>Created %1, empty.</source>
        <translation>Opprettet %1, tom.</translation>
    </message>
    <message>
        <source>%1 was created by another program meanwhile, so %2 goes into it instead.</source>
        <translation>%1 ble opprettet av et annet program i mellomtiden, så %2 legges inn i den i stedet.</translation>
    </message>
    <message>
        <source>Remove the numbers from the file, or import it anyway with --accept-personal-data.</source>
        <translation>Fjern numrene fra fila, eller importer den likevel med --accept-personal-data.</translation>
    </message>
    <message>
        <source>Warning: imported as --accept-personal-data asked.</source>
        <translation>Advarsel: importert fordi --accept-personal-data ble gitt.</translation>
    </message>
    <message>
        <source>Wrote the timeline of %1 to %2.</source>
        <translation>Skrev tidslinjen for %1 til %2.</translation>
    </message>
    <message>
        <source>%1 is after today: nothing is known of it yet.</source>
        <translation>%1 er etter i dag: ingenting er kjent om den ennå.</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Skriver rapporten</translation>
    </message>
    <message>
        <source>Wrote the report to %1 and kept it in the archive as %2.</source>
        <translation>Skrev rapporten til %1 og tok den vare i arkivet som %2.</translation>
    </message>
    <message>
        <source>Wrote the draft report to %1; it is not in the archive.</source>
        <translation>Skrev rapportutkastet til %1; det er ikke i arkivet.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
</context>
<context>
    <name>App::Desktop</name>
    <message>
        <source>Upgraded to schema version %1; the database as it was is kept as %2.</source>
        <translation>Oppgradert til skjemaversjon %1; databasen slik den var, tas vare på som %2.</translation>
    </message>
    <message>
        <source>%1 was upgraded from schema version %2 to %3, so that this version of Samspill can use it. A copy of it as it was is kept as %4, in case you need to go back.</source>
        <translation>%1 ble oppgradert fra skjemaversjon %2 til %3, slik at denne versjonen av Samspill kan bruke den. En kopi av den slik den var, tas vare på som %4, i tilfelle du må gå tilbake.</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Databasen er oppgradert</translation>
    </message>
    <message>
        <source>Exported the timeline to %1.</source>
        <translation>Eksporterte tidslinjen til %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
</context>
<context>
    <name>App::ImportJob</name>
    <message>
        <source>Importing %1 ...</source>
        <translation>Importerer %1 …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import anyway?</source>
        <translation>Importere likevel?</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.</source>
        <translation>%1 ble ikke importert; ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>App::Importer</name>
    <message>
        <source>The import was stopped.</source>
        <translation>Importen ble stoppet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:
%2</source>
        <translation>%1 ble ikke importert; ingenting ble endret:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n project(s) from %1.</source>
        <translation>
            <numerusform>Importerte %n prosjekt fra %1.</numerusform>
            <numerusform>Importerte %n prosjekter fra %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New organisations: %1. New knowledge sources: %2.</source>
        <translation>Nye organisasjoner: %1. Nye kunnskapskilder: %2.</translation>
    </message>
    <message>
        <source>These fields hold what looks like a Norwegian national identity number (fødselsnummer or D-number):</source>
        <translation>Disse feltene inneholder noe som ser ut som et norsk fødselsnummer eller D-nummer:</translation>
    </message>
    <message>
        <source>%1 in the project %2</source>
        <translation>%1 i prosjektet %2</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... og %1 til</translation>
    </message>
    <message>
        <source>Samspill holds project data, never information about patients.</source>
        <translation>Samspill er for prosjektdata, aldri for opplysninger om pasienter.</translation>
    </message>
</context>
<context>
    <name>App::Main</name>
    <message>
        <source>Samspill</source>
        <translation>Samspill</translation>
    </message>
    <message>
        <source>Samspill needs a display to open its window. The commands export, import, check and status run without one; see samspill --help.</source>
        <translation>Samspill trenger en skjerm for å åpne vinduet. Kommandoene export, import, check og status kjører uten; se samspill --help.</translation>
    </message>
</context>
<context>
    <name>App::ReportFile</name>
    <message>
        <source>The report cannot be kept in the archive: %1 Write it as a draft (--draft) to leave it out of the archive.</source>
        <translation>Rapporten kan ikke tas vare på i arkivet: %1 Skriv den som utkast (--draft) for å holde den utenfor arkivet.</translation>
    </message>
    <message>
        <source>The report cannot be kept in the archive: %1</source>
        <translation>Rapporten kan ikke tas vare på i arkivet: %1</translation>
    </message>
</context>
<context>
    <name>App::Seed</name>
    <message>
        <source>The built-in seed data %1 is missing.</source>
        <translation>De innebygde startdataene %1 mangler.</translation>
    </message>
</context>
<context>
    <name>App::Session</name>
    <message>
        <source>Open database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <source>An import is running; open another database when it is done.</source>
        <translation>En import pågår; åpne en annen database når den er ferdig.</translation>
    </message>
</context>
<context>
    <name>App::StartupNotice</name>
    <message>
        <source>Samspill</source>
        <translation>Samspill</translation>
    </message>
</context>
<context>
    <name>App::Workspace</name>
    <message>
        <source>The new database could not be filled with the built-in data: %1</source>
        <translation>Den nye databasen kunne ikke fylles med de innebygde dataene: %1</translation>
    </message>
</context>
<context>
    <name>Domain::PlanDate</name>
    <message>
        <source>%1 is not a date: the year must be from %2 to %3.</source>
        <extracomment>%1 is what the user typed, in quotation marks.</extracomment>
        <translation>%1 er ikke en dato: året må være fra %2 til %3.</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2; months go from 1 to 12.</source>
        <extracomment>%1 is what the user typed, in quotation marks; %2 a month number such as 13.</extracomment>
        <translation>%1 er ikke en dato: det finnes ingen måned %2; månedene går fra 1 til 12.</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 has no day %3.</source>
        <extracomment>%1 is what the user typed, in quotation marks; %2 a month and year such as "februar 2012"; %3 the day that month does not have, such as 31.</extracomment>
        <translation>%1 er ikke en dato: %2 har ingen dag %3.</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no quarter %2; quarters go from 1 to 4.</source>
        <extracomment>%1 is what the user typed, in quotation marks; %2 a quarter number such as 5.</extracomment>
        <translation>%1 er ikke en dato: det finnes ikke noe kvartal %2; kvartalene går fra 1 til 4.</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no half-year %2; a year has the halves 1 and 2.</source>
        <extracomment>%1 is what the user typed, in quotation marks; %2 a half-year number such as 3.</extracomment>
        <translation>%1 er ikke en dato: det finnes ikke noe halvår %2; et år har halvårene 1 og 2.</translation>
    </message>
    <message>
        <source>%1 is not a date Samspill understands; write for example %2, %3, %4, %5 or %6.</source>
        <extracomment>%1 is what the user typed, in quotation marks; %2 to %6 are the same date written as a day, a month, a quarter, a half-year and a year, in the words of the UI language.</extracomment>
        <translation>%1 er ikke en dato Samspill forstår; skriv for eksempel %2, %3, %4, %5 eller %6.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <extracomment>A month of a year, "september 2012": %1 is the month's name as QLocale gives it for the UI language, %2 the year.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter of a year as plans say it, "3. kvartal 2012": %1 is the quarter (1-4), %2 the year.</extracomment>
        <translation>%1. kvartal %2</translation>
    </message>
    <message>
        <source>spring %1</source>
        <extracomment>The first half of a year (January-June) as plans say it, "våren 2012": %1 is the year.</extracomment>
        <translation>våren %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <extracomment>The second half of a year (July-December) as plans say it, "høsten 2012": %1 is the year.</extracomment>
        <translation>høsten %1</translation>
    </message>
</context>
<context>
    <name>Domain::Validation</name>
    <message>
        <source>must not be empty</source>
        <translation>kan ikke være tom</translation>
    </message>
    <message>
        <source>%1 is before the start date %2</source>
        <translation>%1 er før startdatoen %2</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 er ikke mellom %2 og %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>a member needs a name or a role</source>
        <translation>et medlem trenger navn eller rolle</translation>
    </message>
    <message>
        <source>a goal cannot be its own parent</source>
        <translation>et mål kan ikke være sitt eget overordnede mål</translation>
    </message>
    <message>
        <source>a completed measure has 100 % progress</source>
        <translation>et fullført tiltak har 100 % framdrift</translation>
    </message>
    <message>
        <source>a date is only given when the measure is anchored</source>
        <translation>dato oppgis bare når tiltaket er ledelsesforankret</translation>
    </message>
    <message>
        <source>%1 øre is beyond what Samspill can keep exact</source>
        <translation>%1 øre er mer enn Samspill kan holde nøyaktig</translation>
    </message>
    <message>
        <source>must not hold the character %1</source>
        <translation>kan ikke inneholde tegnet %1</translation>
    </message>
    <message>
        <source>falls in the year %1 in UTC, outside the years 1 to 9999</source>
        <translation>faller i år %1 i UTC, utenfor årene 1 til 9999</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>er ikke et tall</translation>
    </message>
    <message>
        <source>%1 is not one of: nb, en</source>
        <translation>%1 er ikke en av: nb, en</translation>
    </message>
</context>
<context>
    <name>Exchange::JsonReader</name>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... og %n problem til</numerusform>
            <numerusform>... og %n problemer til</numerusform>
        </translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 er ikke tekst</translation>
    </message>
    <message>
        <source>%1 is not a UUID</source>
        <translation>%1 er ikke en UUID</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 er ikke en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not a time with time zone (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation>%1 er ikke et tidspunkt med tidssone (ÅÅÅÅ-MM-DDTtt:mm:ssZ)</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 er ikke et heltall fra %2 til %3</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 er ikke et tall</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 er ikke true eller false</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 er ikke en av: %2</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 er ikke en liste</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 er ikke et objekt</translation>
    </message>
    <message>
        <source>is not a field of this format</source>
        <translation>er ikke et felt i dette formatet</translation>
    </message>
    <message>
        <source>%1 is already used at %2</source>
        <translation>%1 er allerede brukt i %2</translation>
    </message>
    <message>
        <source>goals are nested deeper than %1 levels</source>
        <translation>målene er nestet dypere enn %1 nivåer</translation>
    </message>
    <message>
        <source>%1 is not a goal of this project</source>
        <translation>%1 er ikke et mål i dette prosjektet</translation>
    </message>
    <message>
        <source>%1 is not a measure of this project</source>
        <translation>%1 er ikke et tiltak i dette prosjektet</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>linje %1, kolonne %2</translation>
    </message>
    <message>
        <source>%1: the JSON is not well-formed: %2</source>
        <translation>%1: JSON-teksten er ikke velformet: %2</translation>
    </message>
    <message>
        <source>The document is not a JSON object, so not a Samspill exchange file.</source>
        <translation>Dokumentet er ikke et JSON-objekt, og dermed ikke en utvekslingsfil fra Samspill.</translation>
    </message>
    <message>
        <source>format: this is not a Samspill exchange file (expected "%1")</source>
        <translation>format: dette er ikke en utvekslingsfil fra Samspill (forventet «%1»)</translation>
    </message>
    <message>
        <source>formatVersion: %1 was written by a newer Samspill; this version reads format version %2</source>
        <translation>formatVersion: %1 er skrevet av en nyere Samspill; denne versjonen leser formatversjon %2</translation>
    </message>
    <message>
        <source>expected "," or "}", found %1</source>
        <translation>ventet «,» eller «}», fant %1</translation>
    </message>
    <message>
        <source>expected "," or "]", found %1</source>
        <translation>ventet «,» eller «]», fant %1</translation>
    </message>
    <message>
        <source>expected the end of the document, found %1</source>
        <translation>ventet slutten av dokumentet, fant %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>ventet en verdi, fant %1</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8: %1</source>
        <translation>byte som ikke er UTF-8: %1</translation>
    </message>
    <message>
        <source>expected a field name in quotes, found %1</source>
        <translation>ventet et feltnavn i anførselstegn, fant %1</translation>
    </message>
    <message>
        <source>%1: is given twice in the same object (the second time at line %2, column %3)</source>
        <translation>%1: er gitt to ganger i samme objekt (andre gang på linje %2, kolonne %3)</translation>
    </message>
    <message>
        <source>expected ":" after the field name, found %1</source>
        <translation>ventet «:» etter feltnavnet, fant %1</translation>
    </message>
    <message>
        <source>%1: the JSON is nested deeper than %2 levels</source>
        <translation>%1: JSON-en er nøstet dypere enn %2 nivåer</translation>
    </message>
    <message>
        <source>%1 is not a number in JSON</source>
        <translation>%1 er ikke et tall i JSON</translation>
    </message>
    <message>
        <source>%1 is not a JSON value (text must be in quotes)</source>
        <translation>%1 er ikke en JSON-verdi (tekst må stå i anførselstegn)</translation>
    </message>
    <message>
        <source>the document ends inside a text</source>
        <translation>dokumentet slutter inne i en tekst</translation>
    </message>
    <message>
        <source>the control character %1 must be written as an escape</source>
        <translation>kontrolltegnet %1 må skrives som en escape-sekvens</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u må følges av fire heksadesimale sifre</translation>
    </message>
    <message>
        <source>a backslash must be followed by one of " \ / b f n r t u, not %1</source>
        <translation>en omvendt skråstrek må følges av en av " \ / b f n r t u, ikke %1</translation>
    </message>
    <message>
        <source>the end of the document</source>
        <translation>slutten av dokumentet</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (i %2)</translation>
    </message>
    <message>
        <source>%1 is already used in %2</source>
        <translation>%1 er allerede brukt i %2</translation>
    </message>
    <message>
        <source>%1 is already listed at %2</source>
        <translation>%1 står allerede oppført ved %2</translation>
    </message>
    <message>
        <source>%1 falls outside the years 1 to 9999 in UTC</source>
        <translation>%1 faller utenfor årene 1 til 9999 i UTC</translation>
    </message>
    <message>
        <source>%1 is beyond the numbers Samspill can store</source>
        <translation>%1 er utenfor tallene Samspill kan lagre</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY)</source>
        <translation>%1 er ikke en dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Qn, ÅÅÅÅ-Hn eller ÅÅÅÅ)</translation>
    </message>
    <message>
        <source>%1 is not base64</source>
        <translation>%1 er ikke base64</translation>
    </message>
</context>
<context>
    <name>Models::BudgetTableModel</name>
    <message>
        <source>Sum %1</source>
        <translation>Sum %1</translation>
    </message>
    <message>
        <source>Sum of all years</source>
        <translation>Sum for alle år</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Regnskap</translation>
    </message>
    <message>
        <source>Accounts − budget</source>
        <translation>Regnskap − budsjett</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Egenandel</translation>
    </message>
</context>
<context>
    <name>Models::Editor</name>
    <message>
        <source>%1 was not possible: %2</source>
        <extracomment>%1 says what could not be done ("Undo: Change status of “Hospitering”"), %2 why.</extracomment>
        <translation>%1 var ikke mulig: %2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Angre: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Gjør om: %1</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Legg til %1 %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>An undo step: %1 the field ("status"), %2 the entity's name in quotes.</extracomment>
        <translation>Endre %1 for %2</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation>Endre %1 %2</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>Slett %1 %2</translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation>Flytt %1 %2</translation>
    </message>
    <message>
        <source>New status update for %1</source>
        <translation>Ny statusoppdatering for %1</translation>
    </message>
</context>
<context>
    <name>Models::EntityFields</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Utgiver</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Forfattere</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lenke</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnavn</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Knowledge sources</source>
        <translation>Kunnskapskilder</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangsverdi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Nåverdi</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Deltar</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planlagt start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slutt</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Faktisk start</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Faktisk slutt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Management anchoring</source>
        <translation>Ledelsesforankring</translation>
    </message>
    <message>
        <source>Anchored on</source>
        <translation>Forankret</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Ny status</translation>
    </message>
    <message>
        <source>New progress</source>
        <translation>Ny framdrift</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Decision needed</source>
        <translation>Beslutning trengs</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sannsynlighet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Tiltak mot risikoen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Regnskap</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Egenandel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A member known by role alone: %1 the role, %2 the organisation.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A budget line in a sentence: %1 its item, %2 its year.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A name quoted in a sentence, in the quotation marks of the language.</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>organisation</source>
        <extracomment>The kinds of entity are the objects of undo texts ("Delete %1 %2"): in Norwegian in the definite form, "tiltaket".</extracomment>
        <translation>organisasjonen</translation>
    </message>
    <message>
        <source>knowledge source</source>
        <translation>kunnskapskilden</translation>
    </message>
    <message>
        <source>project</source>
        <translation>prosjektet</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltakeren</translation>
    </message>
    <message>
        <source>member</source>
        <translation>medlemmet</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>målet</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indikatoren</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>tiltaket</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktiviteten</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>milepælen</translation>
    </message>
    <message>
        <source>status update</source>
        <translation>statusoppdateringen</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risikoen</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>budsjettlinjen</translation>
    </message>
</context>
<context>
    <name>Models::GoalTreeModel</name>
    <message>
        <source>Main goal: %1</source>
        <translation>Hovedmål: %1</translation>
    </message>
    <message>
        <source>Sub-goal: %1</source>
        <translation>Delmål: %1</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Trafikklys</translation>
    </message>
</context>
<context>
    <name>Models::IndicatorTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangsverdi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Nåverdi</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
</context>
<context>
    <name>Models::KnowledgeSourceTableModel</name>
    <message>
        <source>the project</source>
        <translation>prosjektet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opens %1 in the browser (Enter or double-click)</source>
        <translation>Åpner %1 i nettleseren (Enter eller dobbeltklikk)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Utgiver</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lenke</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Brukes av</translation>
    </message>
</context>
<context>
    <name>Models::Labels</name>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>utsatt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>individual level</source>
        <translation>individnivå</translation>
    </message>
    <message>
        <source>system level</source>
        <translation>systemnivå</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <source>hospital trust</source>
        <translation>helseforetak</translation>
    </message>
    <message>
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <source>user organisation</source>
        <translation>brukerorganisasjon</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>fastlege</translation>
    </message>
    <message>
        <source>education</source>
        <translation>utdanning</translation>
    </message>
    <message>
        <source>next-of-kin organisation</source>
        <translation>pårørendeorganisasjon</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <source>municipal</source>
        <translation>kommunal</translation>
    </message>
    <message>
        <source>specialist health services</source>
        <translation>spesialisthelsetjenesten</translation>
    </message>
    <message>
        <source>state</source>
        <translation>statlig</translation>
    </message>
    <message>
        <source>voluntary and user</source>
        <translation>frivillig og bruker</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eier</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>user representation</source>
        <translation>brukerrepresentasjon</translation>
    </message>
    <message>
        <source>collaborating party</source>
        <translation>samarbeidspart</translation>
    </message>
    <message>
        <source>project team</source>
        <translation>prosjektgruppe</translation>
    </message>
    <message>
        <source>steering committee</source>
        <translation>styringsgruppe</translation>
    </message>
    <message>
        <source>reference group</source>
        <translation>referansegruppe</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ikke kjent</translation>
    </message>
    <message>
        <source>not yet anchored</source>
        <translation>ikke ledelsesforankret ennå</translation>
    </message>
    <message>
        <source>anchored</source>
        <translation>ledelsesforankret</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grønn</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gul</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rød</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>udatert</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>milestone "%1"</source>
        <translation>milepæl «%1»</translation>
    </message>
    <message>
        <source>end of the measure "%1"</source>
        <translation>slutt på tiltaket «%1»</translation>
    </message>
    <message>
        <source>activity "%1"</source>
        <translation>aktivitet «%1»</translation>
    </message>
    <message>
        <source>%1: %2 (by %3)</source>
        <translation>%1: %2 (innen %3)</translation>
    </message>
    <message>
        <source>%1 kr</source>
        <extracomment>An amount of money; %1 is the number of kroner with two decimals.</extracomment>
        <translation>%1 kr</translation>
    </message>
</context>
<context>
    <name>Models::MeasureSummary</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Trafikklys</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Deltar</translation>
    </message>
    <message>
        <source>Management anchoring</source>
        <translation>Ledelsesforankring</translation>
    </message>
    <message>
        <source>Serves the goals</source>
        <translation>Bidrar til målene</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>No activities recorded.</source>
        <translation>Ingen aktiviteter registrert.</translation>
    </message>
    <message>
        <source>Knowledge sources</source>
        <translation>Kunnskapskilder</translation>
    </message>
    <message>
        <source>Status log</source>
        <translation>Statuslogg</translation>
    </message>
    <message>
        <source>No status updates yet.</source>
        <translation>Ingen statusoppdateringer ennå.</translation>
    </message>
    <message>
        <source>deviation</source>
        <translation>avvik</translation>
    </message>
    <message>
        <source>decision needed</source>
        <translation>beslutning trengs</translation>
    </message>
</context>
<context>
    <name>Models::MeasureTableModel</name>
    <message>
        <source>Overdue: the planned end has passed</source>
        <translation>Forsinket: planlagt slutt er passert</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planlagt start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slutt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Trafikklys</translation>
    </message>
</context>
<context>
    <name>Models::MemberTableModel</name>
    <message>
        <source>not named</source>
        <translation>ikke navngitt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
</context>
<context>
    <name>Models::MilestoneTableModel</name>
    <message>
        <source>the whole project</source>
        <translation>hele prosjektet</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>nådd</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Hører til</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
</context>
<context>
    <name>Models::OrganisationFiguresModel</name>
    <message>
        <source>Click to see these measures</source>
        <translation>Klikk for å se disse tiltakene</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Responsible for</source>
        <translation>Ansvarlig for</translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation>Deltar i</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
</context>
<context>
    <name>Models::OrganisationTableModel</name>
    <message>
        <source>not taking part</source>
        <translation>deltar ikke</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Administrative level</source>
        <translation>Forvaltningsnivå</translation>
    </message>
    <message>
        <source>In this project</source>
        <translation>I dette prosjektet</translation>
    </message>
</context>
<context>
    <name>Models::OverviewListModel</name>
    <message>
        <source>%1
– %2</source>
        <translation>%1
– %2</translation>
    </message>
    <message>
        <source>Mitigation: %1</source>
        <translation>Tiltak mot risiko: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Eier: %1</translation>
    </message>
</context>
<context>
    <name>Models::ParticipantTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Administrative level</source>
        <translation>Forvaltningsnivå</translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation>Rolle i prosjektet</translation>
    </message>
</context>
<context>
    <name>Models::PortfolioTableModel</name>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>In this database only since %1: shown as first recorded, with its status log up to the day shown.</source>
        <translation>I denne databasen først fra %1: vist slik det først ble registrert, med statusloggen fram til dagen som vises.</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Trafikklys</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Røde</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gule</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Siste oppdatering</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
</context>
<context>
    <name>Models::ProjectListModel</name>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
</context>
<context>
    <name>Models::RiskTableModel</name>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sannsynlighet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Risikotall</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Tiltak mot risikoen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>L</source>
        <comment>short for likelihood</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>I</source>
        <comment>short for impact</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>L×I</source>
        <comment>short for the score, likelihood times impact</comment>
        <translation>S×K</translation>
    </message>
</context>
<context>
    <name>Models::StatusLogModel</name>
    <message>
        <source>the project</source>
        <translation>prosjektet</translation>
    </message>
    <message>
        <source>deviation</source>
        <translation>avvik</translation>
    </message>
    <message>
        <source>decision needed</source>
        <translation>beslutning trengs</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Ny status</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merknader</translation>
    </message>
</context>
<context>
    <name>Models::StatusText</name>
    <message>
        <source>as of %1, looking back</source>
        <translation>per %1, tilbakeblikk</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>in this database only since %1: shown as first recorded, with its status log up to the day shown</source>
        <translation>i denne databasen først fra %1: vist slik det først ble registrert, med statusloggen fram til dagen som vises</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n prosjekt</numerusform>
            <numerusform>%n prosjekter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n red</source>
        <translation>
            <numerusform>%n rødt</numerusform>
            <numerusform>%n røde</numerusform>
        </translation>
    </message>
    <message>
        <source>progress %1</source>
        <translation>framdrift %1</translation>
    </message>
    <message numerus="yes">
        <source>%n amber</source>
        <translation>
            <numerusform>%n gult</numerusform>
            <numerusform>%n gule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinket</numerusform>
        </translation>
    </message>
    <message>
        <source>last update %1</source>
        <translation>siste oppdatering %1</translation>
    </message>
    <message>
        <source>next deadline %1</source>
        <translation>neste frist %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>hvorfor: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Traffic light: %1</source>
        <translation>Trafikklys: %1</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Trenger oppmerksomhet: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Framdrift: %1</translation>
    </message>
    <message>
        <source>Measures: %1 (%2)</source>
        <translation>Tiltak: %1 (%2)</translation>
    </message>
    <message>
        <source>Lights: %1</source>
        <translation>Lys: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Forsinket: %1</translation>
    </message>
    <message numerus="yes">
        <source>No status update for %n day(s): %1</source>
        <translation>
            <numerusform>Ingen statusoppdatering på %n dag: %1</numerusform>
            <numerusform>Ingen statusoppdatering på %n dager: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Milestones: %1 in the next %2 days, %3 in the next %4 days, %5 overdue</source>
        <translation>Milepæler: %1 de neste %2 dagene, %3 de neste %4 dagene, %5 forsinket</translation>
    </message>
    <message>
        <source>Next deadline: %1</source>
        <translation>Neste frist: %1</translation>
    </message>
    <message>
        <source>Last status update: %1</source>
        <translation>Siste statusoppdatering: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n measure(s): %3</source>
        <translation>
            <numerusform>%1, %2, %n tiltak: %3</numerusform>
            <numerusform>%1, %2, %n tiltak: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, %3 – %4</source>
        <translation>%1 – %2, %3 – %4</translation>
    </message>
    <message>
        <source>%1: responsible for %2, takes part in %3, %4 overdue</source>
        <translation>%1: ansvarlig for %2, deltar i %3, %4 forsinket</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Milestones coming up</source>
        <translation>Kommende milepæler</translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation>Forsinkede milepæler</translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation>Beslutninger som trengs</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Største risikoer</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>Progress over time, from the status log</source>
        <translation>Framdrift over tid, fra statusloggen</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>prosjektet</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2 (likelihood %3 × impact %4)</source>
        <translation>%1 · %2 (sannsynlighet %3 × konsekvens %4)</translation>
    </message>
</context>
<context>
    <name>Overview::Explanation</name>
    <message>
        <source>completed</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>overdue: the planned end (%1) has passed</source>
        <translation>forsinket: planlagt slutt (%1) er passert</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>utsatt</translation>
    </message>
    <message>
        <source>still planned, but its planned start (%1) has passed</source>
        <translation>fortsatt planlagt, men planlagt start (%1) er passert</translation>
    </message>
    <message>
        <source>behind schedule: %1 % done where %2 % was expected by now</source>
        <translation>bak skjema: %1 % gjort der %2 % var ventet nå</translation>
    </message>
    <message>
        <source>an activity is overdue: "%1" (due %2)</source>
        <translation>en aktivitet er forsinket: «%1» (frist %2)</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>i rute</translation>
    </message>
    <message>
        <source>no measures to rate</source>
        <translation>ingen tiltak å vurdere</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n measure(s) can be rated yet</source>
        <translation>
            <numerusform>tiltaket kan ikke vurderes ennå</numerusform>
            <numerusform>ingen av de %n tiltakene kan vurderes ennå</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rated measure(s) red (a third or more)</source>
        <translation>
            <numerusform>%1 av %n vurdert tiltak rødt (en tredjedel eller mer)</numerusform>
            <numerusform>%1 av %n vurderte tiltak røde (en tredjedel eller mer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) overdue</source>
        <translation>
            <numerusform>%n tiltak forsinket</numerusform>
            <numerusform>%n tiltak forsinket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) postponed</source>
        <translation>
            <numerusform>%n tiltak utsatt</numerusform>
            <numerusform>%n tiltak utsatt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) not started after the planned start</source>
        <translation>
            <numerusform>%n tiltak ikke startet etter planlagt start</numerusform>
            <numerusform>%n tiltak ikke startet etter planlagt start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) behind schedule</source>
        <translation>
            <numerusform>%n tiltak bak skjema</numerusform>
            <numerusform>%n tiltak bak skjema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) with an overdue activity</source>
        <translation>
            <numerusform>%n tiltak med en forsinket aktivitet</numerusform>
            <numerusform>%n tiltak med en forsinket aktivitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n rated measure(s) on track or completed</source>
        <translation>
            <numerusform>det %n vurderte tiltaket er i rute eller fullført</numerusform>
            <numerusform>alle %n vurderte tiltak er i rute eller fullført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) not rated</source>
        <translation>
            <numerusform>%n tiltak ikke vurdert</numerusform>
            <numerusform>%n tiltak ikke vurdert</numerusform>
        </translation>
    </message>
    <message>
        <source>the project is completed</source>
        <translation>prosjektet er fullført</translation>
    </message>
    <message>
        <source>the project's planned end (%1) has passed, and it is not completed</source>
        <translation>prosjektets planlagte slutt (%1) er passert, og det er ikke fullført</translation>
    </message>
    <message>
        <source>the project is postponed</source>
        <translation>prosjektet er utsatt</translation>
    </message>
    <message>
        <source>the project is still planned after its start (%1)</source>
        <translation>prosjektet er fortsatt planlagt etter sin start (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) needed</source>
        <translation>
            <numerusform>%n beslutning trengs</numerusform>
            <numerusform>%n beslutninger trengs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s)</source>
        <translation>
            <numerusform>%n avvik</numerusform>
            <numerusform>%n avvik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) overdue</source>
        <translation>
            <numerusform>%n milepæl forsinket</numerusform>
            <numerusform>%n milepæler forsinket</numerusform>
        </translation>
    </message>
    <message>
        <source>the project's period is not known</source>
        <translation>prosjektets periode er ikke kjent</translation>
    </message>
    <message>
        <source>before the project's start (%1)</source>
        <translation>før prosjektets start (%1)</translation>
    </message>
    <message>
        <source>while the project runs (%1 – %2)</source>
        <translation>mens prosjektet pågår (%1 – %2)</translation>
    </message>
    <message>
        <source>after the project's end (%1)</source>
        <translation>etter prosjektets slutt (%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>no progress assessed and no dates</source>
        <translation>ingen framdrift vurdert og ingen datoer</translation>
    </message>
    <message>
        <source>the project is cancelled</source>
        <translation>prosjektet er avbrutt</translation>
    </message>
</context>
<context>
    <name>Overview::Source</name>
    <message>
        <source>The project %1 is not in this database.</source>
        <translation>Prosjektet %1 finnes ikke i denne databasen.</translation>
    </message>
</context>
<context>
    <name>Report::ChangeText</name>
    <message>
        <source>the project</source>
        <translation>prosjektet</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>en deltaker</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>et medlem</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>et mål</translation>
    </message>
    <message>
        <source>an indicator</source>
        <translation>en indikator</translation>
    </message>
    <message>
        <source>the measure</source>
        <translation>tiltaket</translation>
    </message>
    <message>
        <source>an activity</source>
        <translation>en aktivitet</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>en milepæl</translation>
    </message>
    <message>
        <source>a risk</source>
        <translation>en risiko</translation>
    </message>
    <message>
        <source>a budget line</source>
        <translation>en budsjettlinje</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tittel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivå</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ansvarlig</translation>
    </message>
    <message>
        <source>taking part</source>
        <translation>deltar</translation>
    </message>
    <message>
        <source>knowledge sources</source>
        <translation>kunnskapskilder</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>planlagt start</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>planlagt slutt</translation>
    </message>
    <message>
        <source>actual start</source>
        <translation>faktisk start</translation>
    </message>
    <message>
        <source>actual end</source>
        <translation>faktisk slutt</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>framdrift</translation>
    </message>
    <message>
        <source>management anchoring</source>
        <translation>ledelsesforankring</translation>
    </message>
    <message>
        <source>anchored on</source>
        <translation>forankret</translation>
    </message>
    <message>
        <source>due</source>
        <translation>frist</translation>
    </message>
    <message>
        <source>done</source>
        <translation>utført</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>slutt</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budsjett</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>regnskap</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>sannsynlighet</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>konsekvens</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>new text</source>
        <translation>ny tekst</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 lagt til</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 fjernet</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 endret: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a removed measure</source>
        <translation>et fjernet tiltak</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>Report::Generator</name>
    <message>
        <source>Portfolio: status report</source>
        <translation>Portefølje: statusrapport</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Produced: %1</source>
        <translation>Laget: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Trafikklys</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Røde</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gule</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Siste statusoppdatering</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>nothing open is dated</source>
        <translation>ingenting åpent er datert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why each project has its light</source>
        <translation>Hvorfor hvert prosjekt har sitt trafikklys</translation>
    </message>
    <message>
        <source>A report needs the first and the last day of its period.</source>
        <translation>En rapport trenger første og siste dag i perioden sin.</translation>
    </message>
    <message>
        <source>The period cannot end (%1) before it begins (%2).</source>
        <translation>Perioden kan ikke slutte (%1) før den begynner (%2).</translation>
    </message>
    <message>
        <source>There is no project %1 in this database.</source>
        <translation>Det finnes ikke noe prosjekt %1 i denne databasen.</translation>
    </message>
    <message>
        <source>There is no project to report on.</source>
        <translation>Det er ikke noe prosjekt å rapportere om.</translation>
    </message>
    <message>
        <source>Portfolio status report %1</source>
        <translation>Statusrapport for porteføljen %1</translation>
    </message>
    <message>
        <source>The report was stopped.</source>
        <translation>Rapporten ble stoppet.</translation>
    </message>
</context>
<context>
    <name>Report::Pages</name>
    <message>
        <source>The page is too small to print the report on.</source>
        <translation>Siden er for liten til å skrive ut rapporten på.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Rapporten kunne ikke skrives ut.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF-en kunne ikke lages.</translation>
    </message>
    <message>
        <source>The report was stopped.</source>
        <translation>Rapporten ble stoppet.</translation>
    </message>
</context>
<context>
    <name>Report::ProjectSection</name>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Trafikklys</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Produced: %1</source>
        <translation>Laget: %1</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Tall: %1</translation>
    </message>
    <message>
        <source>Overall light: %1</source>
        <translation>Samlet trafikklys: %1</translation>
    </message>
    <message>
        <source>Project period: %1</source>
        <translation>Prosjektperiode: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Merk: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>– %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Completed in the period</source>
        <translation>Fullført i perioden</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Status updates in the period</source>
        <translation>Statusoppdateringer i perioden</translation>
    </message>
    <message>
        <source>Goals and indicators</source>
        <translation>Mål og indikatorer</translation>
    </message>
    <message>
        <source>No goals are recorded.</source>
        <translation>Ingen mål er registrert.</translation>
    </message>
    <message>
        <source>Sub-goal: %1</source>
        <translation>Delmål: %1</translation>
    </message>
    <message>
        <source>Light: %1</source>
        <translation>Trafikklys: %1</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Framdrift: %1</translation>
    </message>
    <message>
        <source>Measures: none serves it</source>
        <translation>Tiltak: ingen tjener det</translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation>Tiltak: %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangsverdi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nå</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
    <message>
        <source>No measures are recorded.</source>
        <translation>Ingen tiltak er registrert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why measures are red or amber:</source>
        <translation>Hvorfor tiltak er røde eller gule:</translation>
    </message>
    <message>
        <source>What happened in the period</source>
        <translation>Hva som skjedde i perioden</translation>
    </message>
    <message>
        <source>Nothing was recorded in the period: no status updates and no changes.</source>
        <translation>Ingenting ble registrert i perioden: ingen statusoppdateringer og ingen endringer.</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <source>progress: %1</source>
        <translation>framdrift: %1</translation>
    </message>
    <message>
        <source>deviation</source>
        <translation>avvik</translation>
    </message>
    <message>
        <source>decision needed</source>
        <translation>beslutning trengs</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>usignert</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The project as a whole</source>
        <translation>Prosjektet som helhet</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (fjernet)</translation>
    </message>
    <message>
        <source>Open deviations</source>
        <translation>Åpne avvik</translation>
    </message>
    <message>
        <source>No open deviations.</source>
        <translation>Ingen åpne avvik.</translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation>Beslutninger som trengs</translation>
    </message>
    <message>
        <source>No decisions are needed.</source>
        <translation>Ingen beslutninger trengs.</translation>
    </message>
    <message>
        <source>Milestones in the next %1 days</source>
        <translation>Milepæler de neste %1 dagene</translation>
    </message>
    <message>
        <source>No milestone is due in the next %1 days.</source>
        <translation>Ingen milepæl har frist de neste %1 dagene.</translation>
    </message>
    <message>
        <source>Overdue milestones:</source>
        <translation>Forsinkede milepæler:</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <source>No risks are recorded.</source>
        <translation>Ingen risikoer er registrert.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sannsynlighet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Tiltak mot risikoen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>The %1 highest of %2 risks.</source>
        <translation>De %1 høyeste av %2 risikoer.</translation>
    </message>
    <message>
        <source>Who is responsible for what</source>
        <translation>Hvem som har ansvar for hva</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Responsible for</source>
        <translation>Ansvarlig for</translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation>Deltar i</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>No organisations take part.</source>
        <translation>Ingen organisasjoner deltar.</translation>
    </message>
    <message>
        <source>Budget and accounts %1</source>
        <translation>Budsjett og regnskap %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Regnskap</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Egenandel</translation>
    </message>
    <message>
        <source>Budget less accounts</source>
        <translation>Budsjett minus regnskap</translation>
    </message>
    <message>
        <source>No budget lines are recorded for %1.</source>
        <translation>Ingen budsjettlinjer er registrert for %1.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>The timeline of %1, %2.</source>
        <translation>Tidslinjen for %1, %2.</translation>
    </message>
    <message>
        <source>Status report %1: %2</source>
        <translation>Statusrapport %1: %2</translation>
    </message>
</context>
<context>
    <name>Storage::ChangeWriter</name>
    <message>
        <source>It has been deleted by someone else.</source>
        <translation>Noen andre har slettet den.</translation>
    </message>
    <message>
        <source>%1 changed it at %2, after it was read here. Nothing was overwritten; reload to see the change.</source>
        <translation>%1 endret den %2, etter at den ble lest her. Ingenting ble overskrevet; last inn på nytt for å se endringen.</translation>
    </message>
    <message>
        <source>Someone else changed it after it was read here. Nothing was overwritten; reload to see the change.</source>
        <translation>Noen andre endret den etter at den ble lest her. Ingenting ble overskrevet; last inn på nytt for å se endringen.</translation>
    </message>
    <message>
        <source>No change set was stored.</source>
        <translation>Ingen endringssett ble lagret.</translation>
    </message>
    <message>
        <source>The row was not stored.</source>
        <translation>Raden ble ikke lagret.</translation>
    </message>
</context>
<context>
    <name>Storage::ConnectionSettings</name>
    <message>
        <source>No database was given.</source>
        <translation>Ingen database ble oppgitt.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address of the form postgresql://user@host:port/database.</source>
        <translation>%1 er ikke en PostgreSQL-adresse på formen postgresql://bruker@vert:port/database.</translation>
    </message>
    <message>
        <source>The database address gives the parameter %1 twice.</source>
        <translation>Databaseadressen gir parameteren %1 to ganger.</translation>
    </message>
    <message>
        <source>The database address gives %1 as the value of %2, which Samspill cannot pass on.</source>
        <translation>Databaseadressen gir %1 som verdien av %2, som Samspill ikke kan sende videre.</translation>
    </message>
    <message>
        <source>Samspill does not support the database address parameter(s) %1; it supports %2. Nothing was opened.</source>
        <translation>Samspill støtter ikke databaseadresse-parameteren (parameterne) %1; den støtter %2. Ingenting ble åpnet.</translation>
    </message>
</context>
<context>
    <name>Storage::Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 er ikke en fil.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 is not a Samspill database: it is not an SQLite file.</source>
        <translation>%1 er ikke en Samspill-database: den er ikke en SQLite-fil.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Qt SQL-driveren %1 er ikke installert.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan ikke åpne %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Samspill database: it holds tables of another program.</source>
        <translation>%1 er ikke en Samspill-database: den inneholder tabeller fra et annet program.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 er skadet og kan ikke leses: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: you have no permission to read it.</source>
        <translation>Kan ikke lese %1: du har ikke tillatelse til å lese den.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only to you.</source>
        <translation>Kan ikke opprette %1: mappen %2 er skrivebeskyttet for deg.</translation>
    </message>
    <message>
        <source>%1 was opened for reading only; nothing was changed.</source>
        <translation>%1 ble åpnet bare for lesing; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>Kan ikke skrive til %1: %2.</translation>
    </message>
    <message>
        <source>Restore the newest backup, %1 (taken %2): close every Samspill that has the database open, then copy the backup over %3.</source>
        <translation>Gjenopprett den nyeste sikkerhetskopien, %1 (tatt %2): lukk alle Samspill som har databasen åpen, og kopier så sikkerhetskopien over %3.</translation>
    </message>
    <message>
        <source>%1 is damaged, so Samspill will not write to it: %2. %3</source>
        <translation>%1 er skadet, så Samspill vil ikke skrive til den: %2. %3</translation>
    </message>
    <message>
        <source>Waiting for another program that is setting up %1 ...</source>
        <translation>Venter på et annet program som setter opp %1 …</translation>
    </message>
    <message>
        <source>There is no backup of it beside it. Restore it from your own backup, or copy what can still be read into a new file with the sqlite3 program: sqlite3 %1 .dump | sqlite3 %2; then run samspill check on the new file and use it if no problems are found.</source>
        <translation>Det finnes ingen sikkerhetskopi av den ved siden av den. Gjenopprett den fra din egen sikkerhetskopi, eller kopier det som fortsatt kan leses, til en ny fil med programmet sqlite3: sqlite3 %1 .dump | sqlite3 %2; kjør deretter samspill check på den nye filen, og bruk den hvis ingen problemer blir funnet.</translation>
    </message>
</context>
<context>
    <name>Storage::DatabaseCheck</name>
    <message>
        <source>%1 is not a Samspill database: it is empty.</source>
        <translation>%1 er ikke en Samspill-database: den er tom.</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Samspill reads (%2)</source>
        <translation>skjemaversjon %1 er nyere enn denne Samspill kan lese (%2)</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>rad %1 i %2 viser til en rad i %3 som mangler</translation>
    </message>
    <message>
        <source>%1; until it is gone nobody else can write to the database (remove it when no program has the database open)</source>
        <translation>%1; så lenge den finnes, kan ingen andre skrive til databasen (fjern den når ingen programmer har databasen åpen)</translation>
    </message>
</context>
<context>
    <name>Storage::DatabaseFiles</name>
    <message>
        <source>%1 belongs to the user %2 and cannot be written by you</source>
        <translation>%1 tilhører brukeren %2 og kan ikke skrives av deg</translation>
    </message>
    <message>
        <source>you may read it but not change it</source>
        <translation>du kan lese den, men ikke endre den</translation>
    </message>
    <message>
        <source>its folder %1 is read-only to you, and SQLite keeps its journal there</source>
        <translation>mappen %1 er skrivebeskyttet for deg, og SQLite holder journalen sin der</translation>
    </message>
    <message>
        <source>%1 is still open elsewhere, so it was not given its name.</source>
        <translation>%1 er fortsatt åpen et annet sted, så den fikk ikke navnet sitt.</translation>
    </message>
    <message>
        <source>%1 was created by another program meanwhile; nothing was put in its place.</source>
        <translation>%1 ble opprettet av et annet program i mellomtiden; ingenting ble lagt i stedet for den.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan ikke opprette %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Kan ikke opprette %1.</translation>
    </message>
</context>
<context>
    <name>Storage::EntityRemover</name>
    <message>
        <source>Another program changed what hangs on it meanwhile; nothing was changed.</source>
        <translation>Et annet program endret i mellomtiden noe som hører til; ingenting ble endret.</translation>
    </message>
    <message>
        <source>It has been deleted by someone else.</source>
        <translation>Det er slettet av noen andre.</translation>
    </message>
    <message>
        <source>There is nothing to put back.</source>
        <translation>Det er ingenting å legge tilbake.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltaker</numerusform>
            <numerusform>%n deltakere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n medlem</numerusform>
            <numerusform>%n medlemmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
        </translation>
    </message>
    <message>
        <source>the project itself</source>
        <translation>selve prosjektet</translation>
    </message>
    <message>
        <source>it is still used in %1; take it out there first.</source>
        <translation>den brukes fortsatt i %1; ta den ut der først.</translation>
    </message>
    <message>
        <source>It has been put back already.</source>
        <translation>Det er allerede lagt tilbake.</translation>
    </message>
    <message>
        <source>The project it was part of has been deleted.</source>
        <translation>Prosjektet det hørte til, er slettet.</translation>
    </message>
    <message>
        <source>The goal it was a sub-goal of has been deleted.</source>
        <translation>Målet det var delmål av, er slettet.</translation>
    </message>
    <message>
        <source>The goal it belonged to has been deleted.</source>
        <translation>Målet det hørte til, er slettet.</translation>
    </message>
    <message>
        <source>The measure it belonged to has been deleted.</source>
        <translation>Tiltaket det hørte til, er slettet.</translation>
    </message>
</context>
<context>
    <name>Storage::EntityWriter</name>
    <message>
        <source>refers to %1 %2, which does not exist</source>
        <translation>viser til %1 %2, som ikke finnes</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>organisasjonen</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>målet</translation>
    </message>
    <message>
        <source>the measure</source>
        <translation>tiltaket</translation>
    </message>
    <message>
        <source>goals: %1 is not a goal of this project</source>
        <translation>goals: %1 er ikke et mål i dette prosjektet</translation>
    </message>
    <message>
        <source>the knowledge source</source>
        <translation>kunnskapskilden</translation>
    </message>
    <message>
        <source>measure: %1 is not a measure of this project</source>
        <translation>measure: %1 er ikke et tiltak i dette prosjektet</translation>
    </message>
    <message>
        <source>what a status update did (its measure, new status and progress) cannot be changed afterwards; record a new status update instead</source>
        <translation>det en statusoppdatering gjorde (tiltaket, ny status og framdrift), kan ikke endres i ettertid; registrer en ny statusoppdatering i stedet</translation>
    </message>
</context>
<context>
    <name>Storage::HistoryConversion</name>
    <message>
        <source>The change history names an unknown kind of entity, %1.</source>
        <translation>Endringshistorikken nevner en ukjent slags enhet, %1.</translation>
    </message>
</context>
<context>
    <name>Storage::HistoryEvents</name>
    <message>
        <source>The change history holds an event this version of Samspill cannot read (%1).</source>
        <translation>Endringshistorikken inneholder en hendelse denne versjonen av Samspill ikke kan lese (%1).</translation>
    </message>
</context>
<context>
    <name>Storage::ListPositions</name>
    <message>
        <source>It has been deleted by someone else.</source>
        <translation>Det er slettet av noen andre.</translation>
    </message>
    <message>
        <source>parent: %1 is not a goal of this project</source>
        <translation>parent: %1 er ikke et mål i dette prosjektet</translation>
    </message>
    <message>
        <source>parent: goals nest at most %1 levels deep</source>
        <translation>parent: mål kan ha høyst %1 nivåer</translation>
    </message>
    <message>
        <source>parent: a goal cannot be moved under itself or one of its sub-goals</source>
        <translation>parent: et mål kan ikke flyttes under seg selv eller et av sine delmål</translation>
    </message>
</context>
<context>
    <name>Storage::Migrations</name>
    <message>
        <source>No backup could be taken before the upgrade, so the database was left as it was: %1</source>
        <translation>Det kunne ikke tas sikkerhetskopi før oppgraderingen, så databasen ble latt være som den var: %1</translation>
    </message>
    <message>
        <source>%1 has no readable schema version.</source>
        <translation>%1 har ingen lesbar skjemaversjon.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Samspill (schema version %2; this version reads up to %3). Nothing was changed.</source>
        <translation>%1 er skrevet av en nyere Samspill (skjemaversjon %2; denne versjonen leser til og med %3). Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The upgrade to schema version %1 failed and was undone: %2</source>
        <translation>Oppgraderingen til skjemaversjon %1 mislyktes og ble rullet tilbake: %2</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from schema version %2 to %3, which cannot be done: %4</source>
        <translation>%1 må oppgraderes fra skjemaversjon %2 til %3, og det kan ikke gjøres: %4</translation>
    </message>
    <message>
        <source>Upgrading %1 from schema version %2 to %3; a copy of it as it was is kept as %4.</source>
        <translation>Oppgraderer %1 fra skjemaversjon %2 til %3; en kopi av den slik den var, tas vare på som %4.</translation>
    </message>
    <message>
        <source>The copy taken before the upgrade is kept as %1.</source>
        <translation>Kopien som ble tatt før oppgraderingen, tas vare på som %1.</translation>
    </message>
</context>
<context>
    <name>Storage::ProjectAsOf</name>
    <message>
        <source>The change history does not match what is stored: change set %1 updates %2 %3, which is not there.</source>
        <translation>Endringshistorikken stemmer ikke med det som er lagret: endringssett %1 endrer %2 %3, som ikke finnes.</translation>
    </message>
    <message>
        <source>The project %1 did not exist on %2.</source>
        <translation>Prosjektet %1 fantes ikke %2.</translation>
    </message>
</context>
<context>
    <name>Storage::Readers</name>
    <message>
        <source>The project no longer exists.</source>
        <translation>Prosjektet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>There is no project with the id %1.</source>
        <translation>Det finnes ikke noe prosjekt med id %1.</translation>
    </message>
    <message>
        <source>The measure no longer exists.</source>
        <translation>Tiltaket finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The database holds the value "%1" (for %2), which this version of Samspill does not know; expected one of: %3.</source>
        <translation>Databasen inneholder verdien «%1» (for %2), som denne versjonen av Samspill ikke kjenner; forventet en av: %3.</translation>
    </message>
</context>
<context>
    <name>Storage::Sql</name>
    <message>
        <source>The database refused a request: %1</source>
        <translation>Databasen avviste en forespørsel: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the database could not be written; nothing was changed (%1).</source>
        <translation>Disken er full, så databasen kunne ikke skrives; ingenting ble endret (%1).</translation>
    </message>
    <message>
        <source>Something with the same UUID is already stored, perhaps by someone else just now; nothing was changed (%1).</source>
        <translation>Noe med samme UUID er allerede lagret, kanskje av noen andre akkurat nå; ingenting ble endret (%1).</translation>
    </message>
    <message>
        <source>Another program's change got in the way; nothing was changed (%1).</source>
        <translation>En endring fra et annet program kom i veien; ingenting ble endret (%1).</translation>
    </message>
</context>
<context>
    <name>Storage::SqlEditRepository</name>
    <message>
        <source>The organisation</source>
        <translation>Organisasjonen</translation>
    </message>
    <message>
        <source>The knowledge source</source>
        <translation>Kunnskapskilden</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Prosjektet</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>Deltakeren</translation>
    </message>
    <message>
        <source>The member</source>
        <translation>Medlemmet</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>Målet</translation>
    </message>
    <message>
        <source>The indicator</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>The measure</source>
        <translation>Tiltaket</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>Aktiviteten</translation>
    </message>
    <message>
        <source>The milestone</source>
        <translation>Milepælen</translation>
    </message>
    <message>
        <source>The status update</source>
        <translation>Statusoppdateringen</translation>
    </message>
    <message>
        <source>The risk</source>
        <translation>Risikoen</translation>
    </message>
    <message>
        <source>The budget line</source>
        <translation>Budsjettlinjen</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 finnes ikke lenger.</translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation>%1 ble ikke opprettet: %2</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 ble ikke lagret: %2</translation>
    </message>
    <message>
        <source>%1 was not moved: %2</source>
        <translation>%1 ble ikke flyttet: %2</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 ble ikke slettet: %2</translation>
    </message>
    <message>
        <source>%1 was not put back: %2</source>
        <translation>%1 ble ikke lagt tilbake: %2</translation>
    </message>
    <message>
        <source>%1 was not recorded: %2</source>
        <translation>%1 ble ikke registrert: %2</translation>
    </message>
    <message>
        <source>%1 was not withdrawn: %2</source>
        <translation>%1 ble ikke trukket tilbake: %2</translation>
    </message>
    <message>
        <source>%1 has no place in a list to move it to.</source>
        <translation>%1 har ingen plass i en liste som den kan flyttes i.</translation>
    </message>
    <message>
        <source>newProgress: a project's progress is rolled up from its measures; give the progress of a measure instead</source>
        <translation>newProgress: framdriften til et prosjekt regnes ut fra tiltakene; oppgi framdriften til et tiltak i stedet</translation>
    </message>
    <message>
        <source>its status or progress has been changed since the status update was recorded; nothing was changed.</source>
        <translation>status eller framdrift er endret etter at statusoppdateringen ble registrert; ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>Storage::SqlMeasureRepository</name>
    <message>
        <source>The measure no longer exists.</source>
        <translation>Tiltaket finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The measure %1 was not saved: %2</source>
        <translation>Tiltaket %1 ble ikke lagret: %2</translation>
    </message>
</context>
<context>
    <name>Storage::SqlPortfolioRepository</name>
    <message>
        <source>refers to %1 %2, which does not exist</source>
        <translation>viser til %1 %2, som ikke finnes</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>organisasjonen</translation>
    </message>
    <message>
        <source>the knowledge source</source>
        <translation>kunnskapskilden</translation>
    </message>
    <message>
        <source>the project %1 (%2) is already in this database</source>
        <translation>prosjektet %1 (%2) finnes allerede i denne databasen</translation>
    </message>
</context>
<context>
    <name>Storage::SqlProjectRepository</name>
    <message>
        <source>The project %1 was not saved: %2</source>
        <translation>Prosjektet %1 ble ikke lagret: %2</translation>
    </message>
</context>
<context>
    <name>Storage::SqlReportArchive</name>
    <message>
        <source>The archived report %1 has a format this version does not know: %2</source>
        <translation>Den arkiverte rapporten %1 har et format denne versjonen ikke kjenner: %2</translation>
    </message>
    <message>
        <source>The archived report %1 is damaged: its bytes are no longer those that were issued.</source>
        <translation>Den arkiverte rapporten %1 er skadet: innholdet er ikke lenger det som ble utstedt.</translation>
    </message>
    <message>
        <source>A report %1 is already in the archive.</source>
        <translation>Rapporten %1 finnes allerede i arkivet.</translation>
    </message>
    <message>
        <source>There is no report %1 in the archive.</source>
        <translation>Det finnes ingen rapport %1 i arkivet.</translation>
    </message>
</context>
<context>
    <name>Storage::Transaction</name>
    <message>
        <source>Waiting for another program that is writing to %1 ...</source>
        <translation>Venter på et annet program som skriver til %1 …</translation>
    </message>
    <message>
        <source>%1 has been busy with another program's work for %2 minutes; nothing was changed. Try again when it is done.</source>
        <translation>%1 har vært opptatt med et annet programs arbeid i %2 minutter; ingenting ble endret. Prøv igjen når det er ferdig.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>The database holds the date %1 (for %2), which this version of Samspill cannot read.</source>
        <translation>Databasen inneholder datoen %1 (for %2), som denne versjonen av Samspill ikke kan lese.</translation>
    </message>
</context>
<context>
    <name>Timeline::AxisTicks</name>
    <message>
        <source>Q%1</source>
        <extracomment>A quarter on the timeline's axis, under its year: %1 is 1-4.</extracomment>
        <translation>%1. kv.</translation>
    </message>
    <message>
        <source>week %1</source>
        <extracomment>A week on the timeline's axis: %1 is its ISO week number.</extracomment>
        <translation>uke %1</translation>
    </message>
</context>
<context>
    <name>Timeline::ChartBuilder</name>
    <message>
        <source>Serving no goal</source>
        <translation>Knyttet til ingen mål</translation>
    </message>
    <message>
        <source>No responsible organisation given</source>
        <translation>Ingen ansvarlig organisasjon oppgitt</translation>
    </message>
</context>
<context>
    <name>Timeline::ChartExport</name>
    <message>
        <source>The timeline cannot end (%1) before it begins (%2).</source>
        <translation>Tidslinjen kan ikke slutte (%1) før den begynner (%2).</translation>
    </message>
    <message>
        <source>The picture would be %1 × %2 pixels, too large to write; choose a shorter stretch of time or a coarser zoom.</source>
        <translation>Bildet ville blitt %1 × %2 piksler, for stort til å skrives; velg et kortere tidsrom eller en grovere zoom.</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Tidslinje for %1</translation>
    </message>
</context>
<context>
    <name>Timeline::ChartPages</name>
    <message>
        <source>page %1 of %2</source>
        <translation>side %1 av %2</translation>
    </message>
</context>
<context>
    <name>Timeline::ChartPainter</name>
    <message>
        <source>Project milestones</source>
        <translation>Prosjektets milepæler</translation>
    </message>
    <message>
        <source>planned period, darker as far as it has come</source>
        <translation>planlagt periode, mørkere så langt arbeidet er kommet</translation>
    </message>
    <message>
        <source>actual period</source>
        <translation>faktisk periode</translation>
    </message>
    <message>
        <source>outline: traffic light</source>
        <translation>kant: trafikklys</translation>
    </message>
    <message>
        <source>faded edge: a date known only to the month, quarter, half-year or year</source>
        <translation>uskarp kant: en dato kjent bare til måned, kvartal, halvår eller år</translation>
    </message>
    <message>
        <source>milestone (filled when done)</source>
        <translation>milepæl (fylt når nådd)</translation>
    </message>
    <message>
        <source>outside the project period</source>
        <translation>utenfor prosjektperioden</translation>
    </message>
    <message>
        <source>as of %1</source>
        <extracomment>The legend of the red vertical line: the day the chart shows the project on.</extracomment>
        <translation>per %1</translation>
    </message>
    <message>
        <source>Undated measures (%1)</source>
        <translation>Udaterte tiltak (%1)</translation>
    </message>
    <message>
        <source>Undated milestones (%1)</source>
        <translation>Udaterte milepæler (%1)</translation>
    </message>
</context>
<context>
    <name>Timeline::ChartSheet</name>
    <message>
        <source>measures by goal</source>
        <translation>tiltak etter mål</translation>
    </message>
    <message>
        <source>measures by responsible organisation</source>
        <translation>tiltak etter ansvarlig organisasjon</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <extracomment>Under the project's name on a printed timeline: %1 is the project's period, %2 how the measures are grouped, %3 the day the timeline shows the project on.</extracomment>
        <translation>%1 · %2 · per %3</translation>
    </message>
    <message>
        <source>Measures by goal</source>
        <translation>Tiltak etter mål</translation>
    </message>
    <message>
        <source>Measures by responsible organisation</source>
        <translation>Tiltak etter ansvarlig organisasjon</translation>
    </message>
    <message>
        <source>Nothing in this project has a date yet.</source>
        <translation>Ingenting i dette prosjektet har dato ennå.</translation>
    </message>
</context>
<context>
    <name>Views::AsOfBanner</name>
    <message>
        <source>Back to today</source>
        <translation>Tilbake til i dag</translation>
    </message>
    <message>
        <source>Looking back: the projects as they stood at the end of %1, rebuilt from the change history and the status log. Nothing can be edited.</source>
        <translation>Tilbakeblikk: prosjektene slik de sto ved slutten av %1, gjenskapt fra endringshistorikken og statusloggen. Ingenting kan endres.</translation>
    </message>
</context>
<context>
    <name>Views::AsOfBar</name>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Per dato:</translation>
    </message>
    <message>
        <source>Show the projects as they stood at the end of an earlier day</source>
        <translation>Vis prosjektene slik de sto ved slutten av en tidligere dag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Back to the projects as they are now</source>
        <translation>Tilbake til prosjektene slik de er nå</translation>
    </message>
</context>
<context>
    <name>Views::BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Views::BudgetLineForm</name>
    <message>
        <source>New budget line</source>
        <translation>Ny budsjettpost</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation>Rediger budsjettpost</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <source>&amp;Budget (kr):</source>
        <translation>&amp;Budsjett (kr):</translation>
    </message>
    <message>
        <source>&amp;Accounts (kr):</source>
        <translation>&amp;Regnskap (kr):</translation>
    </message>
    <message>
        <source>&amp;Own contribution (kr):</source>
        <translation>&amp;Egenandel (kr):</translation>
    </message>
    <message>
        <source>e.g. salaries, travel, courses</source>
        <translation>f.eks. lønn, reiser, kurs</translation>
    </message>
    <message>
        <source>%1: %2 is not an amount in kroner (e.g. 12 500,50)</source>
        <translation>%1: %2 er ikke et beløp i kroner (f.eks. 12 500,50)</translation>
    </message>
</context>
<context>
    <name>Views::BudgetSourcesView</name>
    <message>
        <source>Budget and accounts per year</source>
        <translation>Budsjett og regnskap per år</translation>
    </message>
    <message>
        <source>No budget lines yet: Ctrl+N in this list adds one.</source>
        <translation>Ingen budsjettposter ennå: Ctrl+N i denne listen legger til en.</translation>
    </message>
    <message>
        <source>Knowledge sources (shared by every project)</source>
        <translation>Kunnskapskilder (felles for alle prosjekter)</translation>
    </message>
    <message>
        <source>The library is empty: Ctrl+N in this list adds a source.</source>
        <translation>Biblioteket er tomt: Ctrl+N i denne listen legger til en kilde.</translation>
    </message>
    <message>
        <source>Choose a source to see its link; Ctrl+Return opens it.</source>
        <translation>Velg en kilde for å se lenken; Ctrl+Enter åpner den.</translation>
    </message>
    <message>
        <source>This source has no web link.</source>
        <translation>Denne kilden har ingen nettlenke.</translation>
    </message>
    <message>
        <source>Link: %1 (Ctrl+Return opens it in the browser)</source>
        <translation>Lenke: %1 (Ctrl+Enter åpner den i nettleseren)</translation>
    </message>
</context>
<context>
    <name>Views::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Endret av noen andre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Lagret nå</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behold min</translation>
    </message>
    <message>
        <source>&amp;Take the stored one</source>
        <translation>&amp;Ta den lagrede</translation>
    </message>
    <message>
        <source>&amp;Look at both</source>
        <translation>&amp;Se begge</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Noen andre</translation>
    </message>
    <message>
        <source>%1 removed the %2 %3 at %4, while you were editing it.</source>
        <translation>%1 slettet %2 %3 den %4, mens du redigerte.</translation>
    </message>
    <message>
        <source>%1 removed the %2 %3 while you were editing it.</source>
        <translation>%1 slettet %2 %3 mens du redigerte.</translation>
    </message>
    <message>
        <source>Your edit was not saved. Its fields are below, so that nothing you typed is lost.</source>
        <translation>Endringen din ble ikke lagret. Feltene står nedenfor, så ingenting du skrev, går tapt.</translation>
    </message>
    <message>
        <source>%1 changed the %2 %3 at %4, while you were editing it.</source>
        <translation>%1 endret %2 %3 den %4, mens du redigerte.</translation>
    </message>
    <message>
        <source>%1 changed the %2 %3 while you were editing it.</source>
        <translation>%1 endret %2 %3 mens du redigerte.</translation>
    </message>
    <message>
        <source>Nothing has been overwritten. Keep your version, take the stored one, or look at both first.</source>
        <translation>Ingenting er overskrevet. Behold din versjon, ta den lagrede, eller se på begge først.</translation>
    </message>
</context>
<context>
    <name>Views::EditingActions</name>
    <message>
        <source>History of changes</source>
        <translation>Endringshistorikk</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;åpnet&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;History of changes</source>
        <translation>Endrings&amp;historikk</translation>
    </message>
    <message>
        <source>New status update for the &amp;project...</source>
        <translation>Ny statusoppdatering for &amp;prosjektet …</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Tiltak</translation>
    </message>
    <message>
        <source>&amp;New measure...</source>
        <translation>&amp;Nytt tiltak …</translation>
    </message>
    <message>
        <source>&amp;Edit measure...</source>
        <translation>&amp;Rediger tiltak …</translation>
    </message>
    <message>
        <source>&amp;Delete measure</source>
        <translation>&amp;Slett tiltak</translation>
    </message>
    <message>
        <source>New &amp;status update...</source>
        <translation>Ny &amp;statusoppdatering …</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>New &amp;main goal...</source>
        <translation>Nytt &amp;hovedmål …</translation>
    </message>
    <message>
        <source>New &amp;sub-goal...</source>
        <translation>Nytt &amp;delmål …</translation>
    </message>
    <message>
        <source>&amp;Edit goal...</source>
        <translation>&amp;Rediger mål …</translation>
    </message>
    <message>
        <source>&amp;Delete goal</source>
        <translation>&amp;Slett mål</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Indent (make a sub-goal)</source>
        <translation>&amp;Rykk inn (gjør til delmål)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Rykk &amp;ut</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Deleted the measure %1. Undo (Ctrl+Z) brings it back with its activities and status updates.</source>
        <translation>Slettet tiltaket %1. Angre (Ctrl+Z) henter det tilbake med aktiviteter og statusoppdateringer.</translation>
    </message>
    <message>
        <source>New sub-goal</source>
        <translation>Nytt delmål</translation>
    </message>
    <message>
        <source>New main goal</source>
        <translation>Nytt hovedmål</translation>
    </message>
    <message>
        <source>What the goal is:</source>
        <translation>Hva målet er:</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Rediger mål</translation>
    </message>
    <message>
        <source>Deleted the goal %1 with its sub-goals. Undo (Ctrl+Z) brings it back, with the measures' links to it.</source>
        <translation>Slettet målet %1 med delmålene. Angre (Ctrl+Z) henter det tilbake, med tiltakenes koblinger til det.</translation>
    </message>
    <message>
        <source>New pro&amp;ject...</source>
        <translation>Nytt pro&amp;sjekt …</translation>
    </message>
    <message>
        <source>Delete the project</source>
        <translation>Slett prosjektet</translation>
    </message>
    <message>
        <source>Delete %1 with its goals, measures, participants and status log? Undo (Ctrl+Z) brings all of it back.</source>
        <translation>Slette %1 med mål, tiltak, deltakere og statuslogg? Angre (Ctrl+Z) henter alt tilbake.</translation>
    </message>
    <message>
        <source>&amp;Edit the project...</source>
        <translation>R&amp;ediger prosjektet …</translation>
    </message>
    <message>
        <source>The table is sorted by a column: click its header until the arrow is gone to see the project's order, in which measures are moved.</source>
        <translation>Tabellen er sortert etter en kolonne: klikk på overskriften til pilen er borte for å se prosjektets rekkefølge, som tiltak flyttes i.</translation>
    </message>
</context>
<context>
    <name>Views::EntityForm</name>
    <message>
        <source>kroner, e.g. 12 500 or 12 500,50</source>
        <translation>kroner, f.eks. 12 500 eller 12 500,50</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem of a form's field: %1 the field's label, %2 what is wrong.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: holds what looks like a national identity number. Information about patients does not belong in Samspill.</source>
        <translation>%1: inneholder det som ser ut som et fødselsnummer. Opplysninger om pasienter hører ikke hjemme i Samspill.</translation>
    </message>
    <message>
        <source>empty when not known</source>
        <translation>tomt når det ikke er kjent</translation>
    </message>
</context>
<context>
    <name>Views::FileActions</name>
    <message>
        <source>&amp;Export the project...</source>
        <translation>&amp;Eksporter prosjektet …</translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation>Nylig brukte &amp;databaser</translation>
    </message>
    <message>
        <source>Write the project shown to an exchange file</source>
        <translation>Skriv prosjektet som vises til en utvekslingsfil</translation>
    </message>
    <message>
        <source>Export the &amp;portfolio...</source>
        <translation>Eksporter &amp;porteføljen …</translation>
    </message>
    <message>
        <source>Write every project of the database to an exchange file</source>
        <translation>Skriv alle prosjektene i databasen til en utvekslingsfil</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Åpne database …</translation>
    </message>
    <message>
        <source>Show another Samspill database (an SQLite file) in this window</source>
        <translation>Vis en annen Samspill-database (en SQLite-fil) i dette vinduet</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Norsk bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Samspill exchange files (*.json);;All files (*)</source>
        <translation>Samspill-utvekslingsfiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export the project</source>
        <translation>Eksporter prosjektet</translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation>Eksporter porteføljen</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <source>Samspill databases (*.sqlite *.db);;All files (*)</source>
        <translation>Samspill-databaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefølje</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>The file is gone</source>
        <translation>Filen finnes ikke lenger</translation>
    </message>
    <message>
        <source>No other database opened lately</source>
        <translation>Ingen annen database er åpnet nylig</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Samspill will speak English from the next start.</source>
        <translation>Samspill snakker engelsk fra neste start.</translation>
    </message>
    <message>
        <source>Samspill will speak Norwegian Bokmål from the next start.</source>
        <translation>Samspill snakker norsk bokmål fra neste start.</translation>
    </message>
    <message>
        <source>Repor&amp;t...</source>
        <translation>&amp;Rapport …</translation>
    </message>
    <message>
        <source>Report &amp;archive...</source>
        <translation>Rapportar&amp;kiv …</translation>
    </message>
    <message>
        <source>A status report for a period: preview, print, save as a draft or issue</source>
        <translation>En statusrapport for en periode: forhåndsvis, skriv ut, lagre som utkast eller utsted</translation>
    </message>
    <message>
        <source>The reports issued, exactly as they were issued</source>
        <translation>De utstedte rapportene, nøyaktig slik de ble utstedt</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>Skriv rapporten</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-filer (*.%2);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Save a copy of the report</source>
        <translation>Lagre en kopi av rapporten</translation>
    </message>
    <message>
        <source>Wrote the report to %1 and kept it in the report archive.</source>
        <translation>Skrev rapporten til %1 og tok den vare i rapportarkivet.</translation>
    </message>
    <message>
        <source>Wrote the draft report to %1; it is not in the report archive.</source>
        <translation>Skrev rapportutkastet til %1; det er ikke i rapportarkivet.</translation>
    </message>
</context>
<context>
    <name>Views::FollowUpView</name>
    <message>
        <source>Milestones</source>
        <translation>Milepæler</translation>
    </message>
    <message>
        <source>No milestones yet: Ctrl+N in this list adds one.</source>
        <translation>Ingen milepæler ennå: Ctrl+N i denne listen legger til en.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <source>No risks recorded yet: Ctrl+N in this list adds one.</source>
        <translation>Ingen risikoer registrert ennå: Ctrl+N i denne listen legger til en.</translation>
    </message>
    <message>
        <source>Status log, newest first</source>
        <translation>Statuslogg, nyeste først</translation>
    </message>
    <message>
        <source>Nothing logged yet: Ctrl+Shift+U writes a status update for the project, Ctrl+U one for the chosen measure.</source>
        <translation>Ingenting logget ennå: Ctrl+Shift+U skriver en statusoppdatering for prosjektet, Ctrl+U en for det valgte tiltaket.</translation>
    </message>
</context>
<context>
    <name>Views::IndicatorForm</name>
    <message>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Rediger indikator</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Utgangsverdi:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Målverdi:</translation>
    </message>
    <message>
        <source>&amp;Current value:</source>
        <translation>Nå&amp;verdi:</translation>
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation>Må&amp;lt:</translation>
    </message>
    <message>
        <source>e.g. %, number of users, days</source>
        <translation>f.eks. %, antall brukere, dager</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1: %2 er ikke et tall</translation>
    </message>
</context>
<context>
    <name>Views::KnowledgeSourceForm</name>
    <message>
        <source>New knowledge source</source>
        <translation>Ny kunnskapskilde</translation>
    </message>
    <message>
        <source>Edit knowledge source</source>
        <translation>Rediger kunnskapskilde</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Utgiver:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Forfattere:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referanse:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lenke:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Sammendrag:</translation>
    </message>
    <message>
        <source>the publisher's number, e.g. IS-1670</source>
        <translation>utgiverens nummer, f.eks. IS-1670</translation>
    </message>
    <message>
        <source>a web address, e.g. https://www.helsedirektoratet.no/</source>
        <translation>en nettadresse, f.eks. https://www.helsedirektoratet.no/</translation>
    </message>
    <message>
        <source>%1: %2 is not a year</source>
        <translation>%1: %2 er ikke et årstall</translation>
    </message>
    <message>
        <source>%1: not a web address (http:// or https://), so it is kept as text and does not open in the browser.</source>
        <translation>%1: ikke en nettadresse (http:// eller https://), så den lagres som tekst og åpnes ikke i nettleseren.</translation>
    </message>
</context>
<context>
    <name>Views::LineChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Views::ListEditingActions</name>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Lister</translation>
    </message>
    <message>
        <source>&amp;Participating organisations</source>
        <translation>&amp;Deltakende organisasjoner</translation>
    </message>
    <message>
        <source>&amp;New participating organisation...</source>
        <translation>&amp;Ny deltakende organisasjon …</translation>
    </message>
    <message>
        <source>&amp;Edit participating organisation...</source>
        <translation>&amp;Rediger deltakende organisasjon …</translation>
    </message>
    <message>
        <source>&amp;Delete participating organisation</source>
        <translation>&amp;Slett deltakende organisasjon</translation>
    </message>
    <message>
        <source>&amp;Members of the groups</source>
        <translation>&amp;Medlemmer av gruppene</translation>
    </message>
    <message>
        <source>&amp;New member...</source>
        <translation>&amp;Nytt medlem …</translation>
    </message>
    <message>
        <source>&amp;Edit member...</source>
        <translation>&amp;Rediger medlem …</translation>
    </message>
    <message>
        <source>&amp;Delete member</source>
        <translation>&amp;Slett medlem</translation>
    </message>
    <message>
        <source>All &amp;organisations</source>
        <translation>Alle &amp;organisasjoner</translation>
    </message>
    <message>
        <source>&amp;New organisation...</source>
        <translation>&amp;Ny organisasjon …</translation>
    </message>
    <message>
        <source>&amp;Edit organisation...</source>
        <translation>&amp;Rediger organisasjon …</translation>
    </message>
    <message>
        <source>&amp;Delete organisation</source>
        <translation>&amp;Slett organisasjon</translation>
    </message>
    <message>
        <source>&amp;Indicators of the goal</source>
        <translation>&amp;Indikatorer for målet</translation>
    </message>
    <message>
        <source>&amp;New indicator...</source>
        <translation>&amp;Ny indikator …</translation>
    </message>
    <message>
        <source>&amp;Edit indicator...</source>
        <translation>&amp;Rediger indikator …</translation>
    </message>
    <message>
        <source>&amp;Delete indicator</source>
        <translation>&amp;Slett indikator</translation>
    </message>
    <message>
        <source>Mi&amp;lestones</source>
        <translation>Mi&amp;lepæler</translation>
    </message>
    <message>
        <source>&amp;New milestone...</source>
        <translation>&amp;Ny milepæl …</translation>
    </message>
    <message>
        <source>&amp;Edit milestone...</source>
        <translation>&amp;Rediger milepæl …</translation>
    </message>
    <message>
        <source>&amp;Delete milestone</source>
        <translation>&amp;Slett milepæl</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risikoer</translation>
    </message>
    <message>
        <source>&amp;New risk...</source>
        <translation>&amp;Ny risiko …</translation>
    </message>
    <message>
        <source>&amp;Edit risk...</source>
        <translation>&amp;Rediger risiko …</translation>
    </message>
    <message>
        <source>&amp;Delete risk</source>
        <translation>&amp;Slett risiko</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budsjett</translation>
    </message>
    <message>
        <source>&amp;New budget line...</source>
        <translation>&amp;Ny budsjettpost …</translation>
    </message>
    <message>
        <source>&amp;Edit budget line...</source>
        <translation>&amp;Rediger budsjettpost …</translation>
    </message>
    <message>
        <source>&amp;Delete budget line</source>
        <translation>&amp;Slett budsjettpost</translation>
    </message>
    <message>
        <source>&amp;Knowledge sources</source>
        <translation>&amp;Kunnskapskilder</translation>
    </message>
    <message>
        <source>&amp;New knowledge source...</source>
        <translation>&amp;Ny kunnskapskilde …</translation>
    </message>
    <message>
        <source>&amp;Edit knowledge source...</source>
        <translation>&amp;Rediger kunnskapskilde …</translation>
    </message>
    <message>
        <source>&amp;Delete knowledge source</source>
        <translation>&amp;Slett kunnskapskilde</translation>
    </message>
    <message>
        <source>&amp;Open the link in the browser</source>
        <translation>&amp;Åpne lenken i nettleseren</translation>
    </message>
    <message>
        <source>%1. Undo (Ctrl+Z) brings it back.</source>
        <translation>%1. Angre (Ctrl+Z) henter det tilbake.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Flytt &amp;ned</translation>
    </message>
</context>
<context>
    <name>Views::MainWindow</name>
    <message>
        <source>Samspill</source>
        <translation>Samspill</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>%1 – Samspill</source>
        <translation>%1 – Samspill</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <source>Read the projects again from the database</source>
        <translation>Les prosjektene på nytt fra databasen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deltakere</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Tiltak</translation>
    </message>
    <message>
        <source>&amp;Find measure</source>
        <translation>&amp;Finn tiltak</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Samspill</source>
        <translation>&amp;Om Samspill</translation>
    </message>
    <message>
        <source>Reloaded from the database.</source>
        <translation>Lastet inn på nytt fra databasen.</translation>
    </message>
    <message>
        <source>About Samspill</source>
        <translation>Om Samspill</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Samspill %1&lt;/h3&gt;&lt;p&gt;Follow-up of collaboration projects in mental health and substance-use services across municipalities, hospital trusts, NAV and user organisations.&lt;/p&gt;&lt;p&gt;Samspill holds project data only, never information about patients.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Samspill %1&lt;/h3&gt;&lt;p&gt;Oppfølging av samhandlingsprosjekter innen psykisk helse og rus på tvers av kommuner, helseforetak, NAV og brukerorganisasjoner.&lt;/p&gt;&lt;p&gt;Samspill inneholder bare prosjektdata, aldri opplysninger om pasienter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <source>Read projects from an exchange file into this database</source>
        <translation>Les prosjekter fra en utvekslingsfil inn i denne databasen</translation>
    </message>
    <message>
        <source>Import projects</source>
        <translation>Importer prosjekter</translation>
    </message>
    <message>
        <source>Samspill exchange files (*.json);;All files (*)</source>
        <translation>Samspill-utvekslingsfiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Information about patients and service users, such as names, health details or national identity numbers, does not belong in Samspill.</source>
        <translation>Opplysninger om pasienter og brukere, som navn, helseopplysninger eller fødselsnummer, hører ikke hjemme i Samspill.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <source>Portfolio and day</source>
        <translation>Portefølje og dag</translation>
    </message>
    <message>
        <source>P&amp;ortfolio</source>
        <translation>P&amp;ortefølje</translation>
    </message>
    <message>
        <source>All projects in one table</source>
        <translation>Alle prosjekter i én tabell</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;sjekt</translation>
    </message>
    <message>
        <source>The project chosen in the list</source>
        <translation>Prosjektet som er valgt i listen</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(per %1)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Oversikt</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>Opp&amp;følging</translation>
    </message>
    <message>
        <source>&amp;Budget and sources</source>
        <translation>&amp;Budsjett og kilder</translation>
    </message>
</context>
<context>
    <name>Views::MeasureEditor</name>
    <message>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Rediger tiltak</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <source>the day it was anchored, if known</source>
        <translation>dagen det ble forankret, hvis kjent</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Legg til aktivitet</translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation>&amp;Fjern aktivitet</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Framdrift:</translation>
    </message>
    <message>
        <source>P&amp;lanned:</source>
        <translation>P&amp;lanlagt:</translation>
    </message>
    <message>
        <source>A&amp;ctual:</source>
        <translation>Fa&amp;ktisk:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Management a&amp;nchoring:</source>
        <translation>Le&amp;delsesforankring:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ansvarlig:</translation>
    </message>
    <message>
        <source>Taking part:</source>
        <translation>Deltar:</translation>
    </message>
    <message>
        <source>Serves goals:</source>
        <translation>Tjener målene:</translation>
    </message>
    <message>
        <source>Knowledge sources:</source>
        <translation>Kunnskapskilder:</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planlagt start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slutt</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Faktisk start</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Faktisk slutt</translation>
    </message>
    <message>
        <source>Anchored on</source>
        <translation>Forankret</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Anchored on: give the day, or leave it empty</source>
        <translation>Forankret: oppgi dagen, eller la feltet stå tomt</translation>
    </message>
    <message>
        <source>Activity %1, due: %2</source>
        <translation>Aktivitet %1, frist: %2</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Aktivitet %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Management anchoring</source>
        <translation>Ledelsesforankring</translation>
    </message>
    <message>
        <source>The plan lies outside the project's period (%1).</source>
        <translation>Planen ligger utenfor prosjektperioden (%1).</translation>
    </message>
    <message>
        <source>%1: holds what looks like a national identity number. Information about patients does not belong in Samspill.</source>
        <translation>%1: inneholder noe som ser ut som et fødselsnummer. Opplysninger om pasienter hører ikke hjemme i Samspill.</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>T&amp;iltak</translation>
    </message>
    <message>
        <source>Act&amp;ivities</source>
        <translation>&amp;Aktiviteter</translation>
    </message>
    <message>
        <source>&amp;Organisations and goals</source>
        <translation>&amp;Organisasjoner og mål</translation>
    </message>
</context>
<context>
    <name>Views::MeasureFilterBar</name>
    <message>
        <source>Show measures this organisation is responsible for or takes part in</source>
        <translation>Vis tiltak denne organisasjonen er ansvarlig for eller deltar i</translation>
    </message>
    <message>
        <source>Show measures at this level</source>
        <translation>Vis tiltak på dette nivået</translation>
    </message>
    <message>
        <source>Show measures that serve this goal or one of its sub-goals</source>
        <translation>Vis tiltak som tjener dette målet eller et av delmålene</translation>
    </message>
    <message>
        <source>Ove&amp;rdue</source>
        <translation>Fo&amp;rsinket</translation>
    </message>
    <message>
        <source>No up&amp;date for</source>
        <translation>Ingen statusoppdatering &amp;på</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle nivåer</translation>
    </message>
    <message>
        <source>Only measures past their planned end and not completed</source>
        <translation>Bare tiltak som har passert planlagt slutt uten å være fullført</translation>
    </message>
    <message>
        <source>Only open measures without a status update for this many days</source>
        <translation>Bare åpne tiltak uten statusoppdatering på så mange dager</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Vis alle</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Fjern alle filtre</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisasjoner</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle mål</translation>
    </message>
</context>
<context>
    <name>Views::MeasuresView</name>
    <message>
        <source>Filter measures (Ctrl+F)</source>
        <translation>Filtrer tiltak (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show measures with this status</source>
        <translation>Vis tiltak med denne statusen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Select a measure to see it in full.</source>
        <translation>Velg et tiltak for å se det i sin helhet.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 measure(s)</source>
        <translation>
            <numerusform>%n av %1 tiltak</numerusform>
            <numerusform>%n av %1 tiltak</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all measures</source>
        <translation>Vis alle tiltak</translation>
    </message>
    <message numerus="yes">
        <source>Showing: %1 (%n measure(s))</source>
        <translation>
            <numerusform>Viser: %1 (%n tiltak)</numerusform>
            <numerusform>Viser: %1 (%n tiltak)</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure matches these filters.</source>
        <translation>Ingen tiltak passer til disse filtrene.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Fjern filtrene</translation>
    </message>
</context>
<context>
    <name>Views::MemberForm</name>
    <message>
        <source>New member</source>
        <translation>Nytt medlem</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Rediger medlem</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>may be left empty: a role and an organisation are enough</source>
        <translation>kan stå tomt: en rolle og en organisasjon er nok</translation>
    </message>
    <message>
        <source>e.g. user representative, project manager</source>
        <translation>f.eks. brukerrepresentant, prosjektleder</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>Views::MilestoneForm</name>
    <message>
        <source>New milestone</source>
        <translation>Ny milepæl</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Rediger milepæl</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Hører til:</translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation>&amp;Nådd:</translation>
    </message>
    <message>
        <source>the milestone is reached</source>
        <translation>milepælen er nådd</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>hele prosjektet</translation>
    </message>
    <message>
        <source>The date lies outside the project's period (%1).</source>
        <translation>Datoen ligger utenfor prosjektperioden (%1).</translation>
    </message>
</context>
<context>
    <name>Views::OrganisationForm</name>
    <message>
        <source>New organisation</source>
        <translation>Ny organisasjon</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Rediger organisasjon</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
</context>
<context>
    <name>Views::OverviewView</name>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>How long a measure may go without a status update</source>
        <translation>Hvor lenge et tiltak kan gå uten statusoppdatering</translation>
    </message>
    <message>
        <source>Days without a status update</source>
        <translation>Dager uten statusoppdatering</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Trafikklys</translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>Tiltak etter status</translation>
    </message>
    <message>
        <source>Measures by traffic light</source>
        <translation>Tiltak etter trafikklys</translation>
    </message>
    <message>
        <source>Goals: progress and traffic light</source>
        <translation>Mål: framdrift og trafikklys</translation>
    </message>
    <message>
        <source>Progress over time, from the status log</source>
        <translation>Framdrift over tid, fra statusloggen</translation>
    </message>
    <message>
        <source>No measures</source>
        <translation>Ingen tiltak</translation>
    </message>
    <message>
        <source>No goals</source>
        <translation>Ingen mål</translation>
    </message>
    <message>
        <source>The status log records no progress up to this day.</source>
        <translation>Statusloggen viser ingen framdrift fram til denne dagen.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milepæler</translation>
    </message>
    <message>
        <source>Decisions needed and deviations</source>
        <translation>Beslutninger som trengs og avvik</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Største risikoer</translation>
    </message>
    <message>
        <source>Click a number to see the measures it counts</source>
        <translation>Klikk på et tall for å se tiltakene det teller</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Forsinkede tiltak</translation>
    </message>
    <message>
        <source>Measures not rated</source>
        <translation>Tiltak som ikke er vurdert</translation>
    </message>
    <message numerus="yes">
        <source>Measures without a status update for %n day(s)</source>
        <translation>
            <numerusform>Tiltak uten statusoppdatering på %n dag</numerusform>
            <numerusform>Tiltak uten statusoppdatering på %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures with a decision needed</source>
        <translation>Tiltak der en beslutning trengs</translation>
    </message>
    <message>
        <source>Measures with a deviation</source>
        <translation>Tiltak med avvik</translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation>Tiltak: %1</translation>
    </message>
    <message>
        <source>Measures serving: %1</source>
        <translation>Tiltak som tjener: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show these measures</source>
        <translation>Vis disse tiltakene</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Trenger oppmerksomhet: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Progress %1 · %n measure(s) counted</source>
        <translation>
            <numerusform>Framdrift %1 · %n tiltak telt med</numerusform>
            <numerusform>Framdrift %1 · %n tiltak telt med</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Forsinket: %1</translation>
    </message>
    <message>
        <source>Not rated: %1</source>
        <translation>Ikke vurdert: %1</translation>
    </message>
    <message numerus="yes">
        <source>No status update for %n day(s): %1</source>
        <translation>
            <numerusform>Ingen statusoppdatering på %n dag: %1</numerusform>
            <numerusform>Ingen statusoppdatering på %n dager: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions needed: %1</source>
        <translation>Beslutninger trengs: %1</translation>
    </message>
    <message>
        <source>Deviations: %1</source>
        <translation>Avvik: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n measure(s)</source>
        <translation>
            <numerusform>%1: %n tiltak</numerusform>
            <numerusform>%1: %n tiltak</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
%n measure(s)</source>
        <translation>
            <numerusform>%1
%2
%n tiltak</numerusform>
            <numerusform>%1
%2
%n tiltak</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the next %2 days · %3 in the next %4 days · %5 overdue</source>
        <translation>%1 de neste %2 dagene · %3 de neste %4 dagene · %5 forsinket</translation>
    </message>
    <message>
        <source>No risks recorded.</source>
        <translation>Ingen risikoer registrert.</translation>
    </message>
</context>
<context>
    <name>Views::ParticipantForm</name>
    <message>
        <source>New participating organisation</source>
        <translation>Ny deltakende organisasjon</translation>
    </message>
    <message>
        <source>Edit participating organisation</source>
        <translation>Rediger deltakende organisasjon</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>&amp;Role in the project:</source>
        <translation>&amp;Rolle i prosjektet:</translation>
    </message>
    <message>
        <source>(choose an organisation)</source>
        <translation>(velg en organisasjon)</translation>
    </message>
</context>
<context>
    <name>Views::ParticipantsView</name>
    <message>
        <source>Participating organisations</source>
        <translation>Deltakende organisasjoner</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>No organisation takes part yet: Ctrl+N in this list adds one.</source>
        <translation>Ingen organisasjon deltar ennå: Ctrl+N i denne listen legger til en.</translation>
    </message>
    <message>
        <source>Nobody sits in the project's groups yet: Ctrl+N in this list adds a member, by name or by role and organisation.</source>
        <translation>Ingen sitter i prosjektets grupper ennå: Ctrl+N i denne listen legger til et medlem, med navn eller med rolle og organisasjon.</translation>
    </message>
    <message>
        <source>All organisations (shared by every project)</source>
        <translation>Alle organisasjoner (felles for alle prosjekter)</translation>
    </message>
    <message>
        <source>No organisation is registered: Ctrl+N in this list adds one.</source>
        <translation>Ingen organisasjon er registrert: Ctrl+N i denne listen legger til en.</translation>
    </message>
</context>
<context>
    <name>Views::PersonalData</name>
    <message>
        <source>Save anyway?</source>
        <translation>Lagre likevel?</translation>
    </message>
    <message>
        <source>%1 holds what looks like a Norwegian national identity number (fødselsnummer or D-number).
Samspill holds project data, never information about patients. Save it anyway?</source>
        <translation>%1 inneholder noe som ser ut som et norsk fødselsnummer eller D-nummer.
Samspill er for prosjektdata, aldri for opplysninger om pasienter. Vil du lagre likevel?</translation>
    </message>
</context>
<context>
    <name>Views::PlanDateEdit</name>
    <message>
        <source>e.g. 15.09.2012, september 2012, autumn 2012, 2012</source>
        <translation>f.eks. 15.09.2012, september 2012, høsten 2012, 2012</translation>
    </message>
    <message>
        <source>Not dated. A day, month, quarter, half-year or year can be given.</source>
        <translation>Udatert. Du kan oppgi en dag, en måned, et kvartal, et halvår eller et år.</translation>
    </message>
    <message>
        <source>Read as %1 (%2 to %3)</source>
        <translation>Lest som %1 (%2 til %3)</translation>
    </message>
</context>
<context>
    <name>Views::PortfolioView</name>
    <message>
        <source>Portfolio</source>
        <translation>Portefølje</translation>
    </message>
    <message>
        <source>Projects by traffic light</source>
        <translation>Prosjekter etter trafikklys</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>Ingen prosjekter</translation>
    </message>
    <message>
        <source>Click a light to see only its projects</source>
        <translation>Klikk på et lys for å se bare prosjektene med det</translation>
    </message>
    <message>
        <source>Filter projects by name or region</source>
        <translation>Filtrer prosjekter etter navn eller region</translation>
    </message>
    <message>
        <source>All lights</source>
        <translation>Alle lys</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n project(s)</source>
        <translation>
            <numerusform>%1: %n prosjekt</numerusform>
            <numerusform>%1: %n prosjekter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s)</source>
        <translation>
            <numerusform>%1 av %n prosjekt</numerusform>
            <numerusform>%1 av %n prosjekter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::ProjectEditor</name>
    <message>
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Rediger prosjekt</translation>
    </message>
    <message>
        <source>shown in the project list, e.g. Psykisk helse NT</source>
        <translation>vises i prosjektlisten, f.eks. Psykisk helse NT</translation>
    </message>
    <message>
        <source>the first day, e.g. 01.12.2009</source>
        <translation>første dag, f.eks. 01.12.2009</translation>
    </message>
    <message>
        <source>the last day, e.g. 31.12.2013</source>
        <translation>siste dag, f.eks. 31.12.2013</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Kortnavn:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Funding:</source>
        <translation>&amp;Finansiering:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: give the day, or leave it empty</source>
        <translation>%1: oppgi dagen, eller la feltet stå tomt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>&amp;Knowledge sources:</source>
        <translation>K&amp;unnskapskilder:</translation>
    </message>
</context>
<context>
    <name>Views::ProjectNavigator</name>
    <message>
        <source>Projects</source>
        <translation>Prosjekter</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Filtrer prosjekter</translation>
    </message>
    <message>
        <source>No project matches the filter.</source>
        <translation>Ingen prosjekter passer til filteret.</translation>
    </message>
    <message>
        <source>Name, short name or region; Enter opens the first project</source>
        <translation>Navn, kortnavn eller region; Enter åpner det første prosjektet</translation>
    </message>
    <message>
        <source>Show projects with this status</source>
        <translation>Vis prosjekter med denne statusen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
</context>
<context>
    <name>Views::ProjectView</name>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deltakere</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Tiltak</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>Ingen prosjekt valgt</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
        </translation>
    </message>
    <message>
        <source>progress %1</source>
        <translation>framdrift %1</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Oversikt</translation>
    </message>
    <message>
        <source>Start by creating a project, or import the projects of an exchange file. The demo project of a new database shows what Samspill holds.</source>
        <translation>Begynn med å lage et prosjekt, eller importer prosjektene i en utvekslingsfil. Demoprosjektet i en ny database viser hva Samspill inneholder.</translation>
    </message>
    <message>
        <source>New project...</source>
        <translation>Nytt prosjekt …</translation>
    </message>
    <message>
        <source>Import a file...</source>
        <translation>Importer en fil …</translation>
    </message>
    <message>
        <source>Indicators of the chosen goal</source>
        <translation>Indikatorer for det valgte målet</translation>
    </message>
    <message>
        <source>No indicators for this goal: Ctrl+N in this list adds one (baseline, target, current value).</source>
        <translation>Ingen indikatorer for dette målet: Ctrl+N i denne listen legger til en (utgangsverdi, målverdi, nåverdi).</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>Opp&amp;følging</translation>
    </message>
    <message>
        <source>&amp;Budget and sources</source>
        <translation>&amp;Budsjett og kilder</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Vis mindre</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Vis mer</translation>
    </message>
</context>
<context>
    <name>Views::ReportArchiveDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Save a copy...</source>
        <translation>&amp;Lagre en kopi …</translation>
    </message>
    <message>
        <source>Report archive</source>
        <translation>Rapportarkiv</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Every report issued is kept here exactly as it was issued; it can be opened and copied, never changed or deleted.</source>
        <translation>Hver rapport som er utstedt, er tatt vare på her nøyaktig slik den ble utstedt; den kan åpnes og kopieres, aldri endres eller slettes.</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio (%n project(s))</source>
        <translation>
            <numerusform>Portefølje (%n prosjekt)</numerusform>
            <numerusform>Portefølje (%n prosjekter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted project %1</source>
        <translation>Slettet prosjekt %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <source>No report has been issued yet. Issue one from File &gt; Report...</source>
        <translation>Ingen rapport er utstedt ennå. Utsted en fra Fil › Rapport …</translation>
    </message>
    <message>
        <source>Cannot make a folder for the report in %1.</source>
        <translation>Kan ikke lage en mappe for rapporten i %1.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Ingen program på denne maskinen åpner %1.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Lagret en kopi som %1.</translation>
    </message>
</context>
<context>
    <name>Views::ReportDialog</name>
    <message>
        <source>Summary figures</source>
        <translation>Sammendrag i tall</translation>
    </message>
    <message>
        <source>Goals and indicators</source>
        <translation>Mål og indikatorer</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>What happened in the period</source>
        <translation>Hva som skjedde i perioden</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation>Beslutninger som trengs</translation>
    </message>
    <message>
        <source>Milestones ahead</source>
        <translation>Kommende milepæler</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <source>What each organisation is responsible for</source>
        <translation>Hva hver organisasjon har ansvar for</translation>
    </message>
    <message>
        <source>Budget against accounts</source>
        <translation>Budsjett mot regnskap</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>The &amp;whole portfolio</source>
        <translation>&amp;Hele porteføljen</translation>
    </message>
    <message>
        <source>C&amp;hosen projects:</source>
        <translation>&amp;Valgte prosjekter:</translation>
    </message>
    <message>
        <source>&amp;Open when done</source>
        <translation>Åpne &amp;når den er ferdig</translation>
    </message>
    <message>
        <source>&amp;Issue...</source>
        <translation>Utste&amp;d …</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Forhåndsv&amp;isning …</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Save as &amp;draft...</source>
        <translation>&amp;Lagre som utkast …</translation>
    </message>
    <message>
        <source>Write the file without keeping it in the report archive</source>
        <translation>Skriv filen uten å ta den vare i rapportarkivet</translation>
    </message>
    <message>
        <source>Write the file and keep exactly what it says in the report archive</source>
        <translation>Skriv filen og ta vare på nøyaktig det den sier i rapportarkivet</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Rapport om</translation>
    </message>
    <message>
        <source>The project shown</source>
        <translation>Prosjektet som vises</translation>
    </message>
    <message>
        <source>The p&amp;roject shown: %1</source>
        <translation>P&amp;rosjektet som vises: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Sections (the title block is always there)</source>
        <translation>Deler (tittelblokken er alltid med)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>ODT (LibreOffice, Word)</source>
        <translation>ODT (LibreOffice, Word)</translation>
    </message>
    <message>
        <source>HTML (one file for a web browser)</source>
        <translation>HTML (én fil for en nettleser)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV (the measures, for a spreadsheet)</source>
        <translation>CSV (tiltakene, for et regneark)</translation>
    </message>
    <message>
        <source>Norsk bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A CSV file holds the measures only</source>
        <translation>En CSV-fil har bare tiltakene</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefølje</translation>
    </message>
    <message>
        <source>Choose the projects to report on.</source>
        <translation>Velg prosjektene rapporten skal gjelde.</translation>
    </message>
    <message>
        <source>Making the report...</source>
        <translation>Lager rapporten …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message numerus="yes">
        <source>Making the report: %1 of %n project(s)...</source>
        <translation>
            <numerusform>Lager rapporten: %1 av %n prosjekt …</numerusform>
            <numerusform>Lager rapporten: %1 av %n prosjekter …</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>Skriver rapporten …</translation>
    </message>
    <message>
        <source>The report was stopped; nothing was written.</source>
        <translation>Rapporten ble stoppet; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Forhåndsvisning: %1</translation>
    </message>
    <message>
        <source>Laying out the pages...</source>
        <translation>Setter opp sidene …</translation>
    </message>
</context>
<context>
    <name>Views::ReportPeriod</name>
    <message>
        <source>Last month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Forrige kvartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>I fjor</translation>
    </message>
    <message>
        <source>The whole project</source>
        <translation>Hele prosjektet</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Egen periode</translation>
    </message>
</context>
<context>
    <name>Views::RiskForm</name>
    <message>
        <source>New risk</source>
        <translation>Ny risiko</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>Rediger risiko</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>&amp;Likelihood (1-5):</source>
        <translation>&amp;Sannsynlighet (1–5):</translation>
    </message>
    <message>
        <source>&amp;Impact (1-5):</source>
        <translation>&amp;Konsekvens (1–5):</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Tiltak mot risikoen:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eier:</translation>
    </message>
    <message>
        <source>what may happen, and what it would do to the project</source>
        <translation>hva som kan skje, og hva det ville gjøre med prosjektet</translation>
    </message>
    <message>
        <source>a role or a group, e.g. the steering committee</source>
        <translation>en rolle eller en gruppe, f.eks. styringsgruppa</translation>
    </message>
</context>
<context>
    <name>Views::StatusUpdateDialog</name>
    <message>
        <source>&amp;Deviation from the plan</source>
        <translation>&amp;Avvik fra planen</translation>
    </message>
    <message>
        <source>De&amp;cision needed</source>
        <translation>&amp;Beslutning trengs</translation>
    </message>
    <message>
        <source>New status update</source>
        <translation>Ny statusoppdatering</translation>
    </message>
    <message>
        <source>For the project %1</source>
        <translation>For prosjektet %1</translation>
    </message>
    <message>
        <source>For the measure %1</source>
        <translation>For tiltaket %1</translation>
    </message>
    <message>
        <source>your name or role, e.g. prosjektleder</source>
        <translation>navnet eller rollen din, f.eks. prosjektleder</translation>
    </message>
    <message>
        <source>What happened since the last update?</source>
        <translation>Hva har skjedd siden forrige oppdatering?</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>uendret (%1)</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Signed:</source>
        <translation>&amp;Signert:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Hva skjedde:</translation>
    </message>
    <message>
        <source>New s&amp;tatus:</source>
        <translation>Ny s&amp;tatus:</translation>
    </message>
    <message>
        <source>New &amp;progress:</source>
        <translation>Ny &amp;framdrift:</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>Skriv med noen ord hva som har skjedd.</translation>
    </message>
    <message>
        <source>A completed measure has 100 % progress.</source>
        <translation>Et fullført tiltak har 100 % framdrift.</translation>
    </message>
    <message>
        <source>The text holds what looks like a national identity number. Information about patients does not belong in Samspill.</source>
        <translation>Teksten inneholder noe som ser ut som et fødselsnummer. Opplysninger om pasienter hører ikke hjemme i Samspill.</translation>
    </message>
    <message>
        <source>The status update</source>
        <translation>Statusoppdateringen</translation>
    </message>
    <message>
        <source>The day is after today: a status update tells what has happened.</source>
        <translation>Dagen er etter i dag: en statusoppdatering forteller hva som har skjedd.</translation>
    </message>
</context>
<context>
    <name>Views::TimelineCanvas</name>
    <message>
        <source>Nothing in this project has a date yet.</source>
        <translation>Ingenting i dette prosjektet har dato ennå.</translation>
    </message>
    <message>
        <source>Milestone: %1
%2</source>
        <translation>Milepæl: %1
%2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>nådd</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Planlagt: %1</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Faktisk: %1</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Framdrift: %1</translation>
    </message>
    <message>
        <source>Traffic light: %1</source>
        <translation>Trafikklys: %1</translation>
    </message>
</context>
<context>
    <name>Views::TimelineView</name>
    <message>
        <source>Group the measures by the goals they serve or by the organisations responsible for them</source>
        <translation>Grupper tiltakene etter målene de tjener eller etter organisasjonene som har ansvaret</translation>
    </message>
    <message>
        <source>By goal</source>
        <translation>Etter mål</translation>
    </message>
    <message>
        <source>By responsible organisation</source>
        <translation>Etter ansvarlig organisasjon</translation>
    </message>
    <message>
        <source>Measures and milestones without any date: give them one in the measure's details</source>
        <translation>Tiltak og milepæler uten dato: gi dem en i tiltakets detaljer</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rader:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Show days and weeks</source>
        <translation>Vis dager og uker</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Show months</source>
        <translation>Vis måneder</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Show quarters</source>
        <translation>Vis kvartaler</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Show years</source>
        <translation>Vis år</translation>
    </message>
    <message>
        <source>Fit the project</source>
        <translation>Tilpass prosjektet</translation>
    </message>
    <message>
        <source>Show the project's whole period in the width of the view</source>
        <translation>Vis hele prosjektperioden i bredden av visningen</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Eksporter...</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG or SVG picture or as PDF pages</source>
        <translation>Lagre tidslinjen som PNG- eller SVG-bilde eller som PDF-sider</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Skriv ut...</translation>
    </message>
    <message>
        <source>Print the timeline, with the labels repeated on every page</source>
        <translation>Skriv ut tidslinjen, med radnavnene gjentatt på hver side</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Én side</translation>
    </message>
    <message>
        <source>Print and export to PDF on one page instead of several</source>
        <translation>Skriv ut og eksporter til PDF på én side i stedet for flere</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation>Milepæl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undated (%n)</source>
        <translation>
            <numerusform>Udatert (%n)</numerusform>
            <numerusform>Udaterte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-bilder (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Eksporter tidslinjen</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Tidslinje for %1</translation>
    </message>
</context>
</TS>