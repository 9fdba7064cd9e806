<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App::CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use nb or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --output belongs to the export command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --project belongs to the export command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import command takes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::Commands</name>
    <message>
        <source>There is no project &quot;%1&quot; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n project(s) to %1.</source>
        <translation>
            <numerusform>Exported %n project to %1.</numerusform>
            <numerusform>Exported %n projects to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n project(s) from %1.</source>
        <translation>
            <numerusform>Imported %n project from %1.</numerusform>
            <numerusform>Imported %n projects from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New organisations: %1. New knowledge sources: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Samspill database, schema version %2 (this Samspill: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 projects are called &quot;%2&quot;; name one by its UUID: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::Main</name>
    <message>
        <source>Samspill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspill needs a display to open its window. The commands export, import and check run without one; see samspill --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::Seed</name>
    <message>
        <source>The built-in seed data %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::Workspace</name>
    <message>
        <source>The new database could not be filled with the built-in data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain::Validation</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the start date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member needs a name or a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a completed measure has 100 % progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date is only given when the measure is anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 øre is beyond what Samspill can keep exact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange::JsonReader</name>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... and %n more problem</numerusform>
            <numerusform>... and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time with time zone (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals are nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a goal of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a measure of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the JSON is not well-formed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not a JSON object, so not a Samspill exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: this is not a Samspill exchange file (expected &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatVersion: %1 was written by a newer Samspill; this version reads format version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::GoalTreeModel</name>
    <message>
        <source>Main goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::Labels</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hospital trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next-of-kin organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specialist health services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voluntary and user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user representation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collaborating party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steering committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::MeasureSummary</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management anchoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::MeasureTableModel</name>
    <message>
        <source>Overdue: the planned end has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::MemberTableModel</name>
    <message>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::ParticipantTableModel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::ProjectListModel</name>
    <message>
        <source>%1
%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::ChangeWriter</name>
    <message>
        <source>It has been deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed it at %2, after it was read here. Nothing was overwritten; reload to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed it after it was read here. Nothing was overwritten; reload to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::ConnectionSettings</name>
    <message>
        <source>No database was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address of the form postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Samspill database: it is not an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Samspill database: it holds tables of another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::DatabaseCheck</name>
    <message>
        <source>%1 is not a Samspill database: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Samspill reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::EntityWriter</name>
    <message>
        <source>refers to %1 %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals: %1 is not a goal of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the knowledge source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::Migrations</name>
    <message>
        <source>No backup could be taken before the upgrade, so the database was left as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no readable schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Samspill (schema version %2; this version reads up to %3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade but was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade to schema version %1 failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::Readers</name>
    <message>
        <source>The project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds the value &quot;%1&quot; (for %2), which this version of Samspill does not know; expected one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::Sql</name>
    <message>
        <source>The database refused a request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::SqlMeasureRepository</name>
    <message>
        <source>The measure no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::SqlPortfolioRepository</name>
    <message>
        <source>the project &quot;%1&quot; (%2) is already in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1 %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the knowledge source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::SqlProjectRepository</name>
    <message>
        <source>The project &quot;%1&quot; was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::MainWindow</name>
    <message>
        <source>Samspill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Samspill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the projects again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Samspill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Samspill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Samspill %1&lt;/h3&gt;&lt;p&gt;Follow-up of collaboration projects in mental health and substance-use services across municipalities, hospital trusts, NAV and user organisations.&lt;/p&gt;&lt;p&gt;Samspill holds project data only, never information about patients.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::MeasuresView</name>
    <message>
        <source>Filter measures (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show measures with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a measure to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 measure(s)</source>
        <translation>
            <numerusform>%n of %1 measure</numerusform>
            <numerusform>%n of %1 measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::ParticipantsView</name>
    <message>
        <source>Participating organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ProjectNavigator</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ProjectView</name>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message>
        <source>progress %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue: the planned end has passed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
