<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>App::CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Valget %1 trenger en verdi.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use nb or en.</source>
        <translation>Ukjent språk «%1»: bruk nb eller en.</translation>
    </message>
    <message>
        <source>The option --output belongs to the export command.</source>
        <translation>Valget --output hører til kommandoen export.</translation>
    </message>
    <message>
        <source>The option --project belongs to the export command.</source>
        <translation>Valget --project hører til kommandoen export.</translation>
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
        <source>The import command takes one file.</source>
        <translation>Kommandoen import tar én fil.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <source>Usage: samspill [--database FILE|URL] [--lang nb|en] [COMMAND]

Without a command, Samspill opens its window.

Commands:
  export [--output FILE] [--project ID]
                   write projects in the exchange format (JSON) to FILE, or to
                   standard output; ID is a project&apos;s UUID or name
  import FILE      read projects from an exchange file; all or nothing
  check            check a database&apos;s schema and integrity without changing it

Options:
  --database FILE  the SQLite database file (default: %1)
  --database URL   a PostgreSQL database: postgresql://user@host:port/database
  --lang nb|en     the language of the window and messages (default: nb)
  -h, --help       show this help
  -v, --version    show the version
</source>
        <translation>Bruk: samspill [--database FIL|URL] [--lang nb|en] [KOMMANDO]

Uten kommando åpner Samspill vinduet sitt.

Kommandoer:
  export [--output FIL] [--project ID]
                   skriv prosjekter i utvekslingsformatet (JSON) til FIL eller til
                   standard ut; ID er et prosjekts UUID eller navn
  import FIL       les prosjekter fra en utvekslingsfil; alt eller ingenting
  check            kontroller en databases skjema og integritet uten å endre den

Valg:
  --database FIL   SQLite-databasefilen (standard: %1)
  --database URL   en PostgreSQL-database: postgresql://bruker@vert:port/database
  --lang nb|en     språket i vinduet og i meldinger (standard: nb)
  -h, --help       vis denne hjelpen
  -v, --version    vis versjonen
</translation>
    </message>
</context>
<context>
    <name>App::Commands</name>
    <message>
        <source>There is no project &quot;%1&quot; in this database.</source>
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
        <source>%1 projects are called &quot;%2&quot;; name one by its UUID: %3</source>
        <translation>%1 prosjekter heter «%2»; angi ett av dem med UUID: %3</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standard ut</translation>
    </message>
</context>
<context>
    <name>App::Main</name>
    <message>
        <source>Samspill</source>
        <translation>Samspill</translation>
    </message>
    <message>
        <source>Samspill needs a display to open its window. The commands export, import and check run without one; see samspill --help.</source>
        <translation>Samspill trenger en skjerm for å åpne vinduet sitt. Kommandoene export, import og check kjører uten; se samspill --help.</translation>
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
    <name>App::Workspace</name>
    <message>
        <source>The new database could not be filled with the built-in data: %1</source>
        <translation>Den nye databasen kunne ikke fylles med de innebygde dataene: %1</translation>
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
        <source>format: this is not a Samspill exchange file (expected &quot;%1&quot;)</source>
        <translation>format: dette er ikke en utvekslingsfil fra Samspill (forventet «%1»)</translation>
    </message>
    <message>
        <source>formatVersion: %1 was written by a newer Samspill; this version reads format version %2</source>
        <translation>formatVersion: %1 er skrevet av en nyere Samspill; denne versjonen leser formatversjon %2</translation>
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
    <name>Models::ProjectListModel</name>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
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
</context>
<context>
    <name>Storage::ConnectionSettings</name>
    <message>
        <source>No database was given.</source>
        <translation>Ingen database ble oppgitt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address of the form postgresql://user@host:port/database.</source>
        <translation>«%1» er ikke en PostgreSQL-adresse på formen postgresql://bruker@vert:port/database.</translation>
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
        <source>%1 needs an upgrade but was opened read-only.</source>
        <translation>%1 må oppgraderes, men ble åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The upgrade to schema version %1 failed and was undone: %2</source>
        <translation>Oppgraderingen til skjemaversjon %1 mislyktes og ble rullet tilbake: %2</translation>
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
        <source>The database holds the value &quot;%1&quot; (for %2), which this version of Samspill does not know; expected one of: %3.</source>
        <translation>Databasen inneholder verdien «%1» (for %2), som denne versjonen av Samspill ikke kjenner; forventet en av: %3.</translation>
    </message>
</context>
<context>
    <name>Storage::Sql</name>
    <message>
        <source>The database refused a request: %1</source>
        <translation>Databasen avviste en forespørsel: %1</translation>
    </message>
</context>
<context>
    <name>Storage::SqlMeasureRepository</name>
    <message>
        <source>The measure no longer exists.</source>
        <translation>Tiltaket finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; was not saved: %2</source>
        <translation>Tiltaket «%1» ble ikke lagret: %2</translation>
    </message>
</context>
<context>
    <name>Storage::SqlPortfolioRepository</name>
    <message>
        <source>the project &quot;%1&quot; (%2) is already in this database</source>
        <translation>prosjektet «%1» (%2) finnes allerede i denne databasen</translation>
    </message>
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
</context>
<context>
    <name>Storage::SqlProjectRepository</name>
    <message>
        <source>The project &quot;%1&quot; was not saved: %2</source>
        <translation>Prosjektet «%1» ble ikke lagret: %2</translation>
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
        <source>(overdue: the planned end has passed)</source>
        <translation>(forsinket: planlagt slutt er passert)</translation>
    </message>
</context>
</TS>
