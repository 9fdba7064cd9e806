<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App::ArchiveCommand</name>
    <message>
        <source>The archive holds no report of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds no report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1, issued %2, to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 may be given only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite database file (default: %1), or a PostgreSQL database: postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the window and messages (default: nb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 goes before the command %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %1 needs the argument %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samspill [--database FILE|URL] [--lang nb|en] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write, whole or not at all; standard output when it is missing or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project to export, by UUID, name or short name; repeat it for more; all projects when it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exchange file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--output FILE] [--project ID]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write projects in the exchange format (JSON) to FILE, or to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read projects from an exchange file; all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a database&apos;s schema and integrity without changing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, Samspill opens its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samspill [--database FILE|URL] [--lang nb|en] [COMMAND]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samspill COMMAND --help shows the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without the built-in demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--empty]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new database, with the built-in demo project unless --empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the file even when it holds what looks like a national identity number; the fields are named in a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project, by UUID, name or short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write, whole or not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a picture (png, svg) or pages (pdf); by default the file&apos;s suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day shown (a day, or the first day of a month, quarter, half-year or year); by default a month before the first date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day shown; by default a month after the last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale of the time axis (default: quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit a PDF to one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %1 needs the option %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1: use png, svg or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown zoom %1: use week, month, quarter or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline cannot end (%1) before it begins (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--accept-personal-data] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project ID --output FILE [--format png|svg|pdf] [--from DATE] [--to DATE] [--zoom week|month|quarter|year] [--one-page]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw a project&apos;s timeline as a picture (PNG, SVG) or as pages (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one project, by UUID, name or short name, in full; the whole portfolio when it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as it stood at the end of this earlier day (YYYY-MM-DD), rebuilt from the change history and the status log; today when it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text for people (the default) or json for programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a measure without a status update for N days is stale (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1: use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stale-days needs a number of days from 1 to 3650, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--project ID] [--as-of DATE] [--format text|json] [--stale-days N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show where the projects stand: traffic lights and why, progress, what is late and what is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project to report on, by UUID, name or short name; repeat it for more (a portfolio report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report on every project: a portfolio report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day of the period (a day, or the first day of a month, quarter, half-year or year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day of the period (a day, or the last day of a month, quarter, half-year or year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of file (csv: the measures only); by default the file&apos;s suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the file without keeping it in the report archive (also on a database that can only be read); by default the report is issued and archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the report (default: nb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sections, separated by commas, of: %1; by default all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the report says it was produced (YYYY-MM-DD); by default today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %1 needs either --project or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1: use pdf, odt, html, md or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section %1: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--produced-on needs a date as YYYY-MM-DD, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot end (%1) before it begins (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: the reports of one project, by UUID, name or short name; every report when it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: text for people (the default) or json for programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: the file to write the report to, whole or not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the archived reports, or write one out unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %1 takes list or show, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the UUID of a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project ID|--all --from DATE --to DATE --output FILE [--format pdf|odt|html|md|csv] [--lang nb|en] [--sections LIST] [--produced-on DATE] [--draft]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a status report for a period on a project, or on the portfolio (PDF, ODT, HTML, Markdown, or the measures as CSV), and keep it in the report archive unless it is a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list [--project ID] [--format text|json] | show UUID --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the issued reports kept in the archive, or write one out exactly as it was issued</source>
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
    <message>
        <source>%1 is the database itself or one of its files, so nothing was written to it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Samspill database already; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1, empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created by another program meanwhile, so %2 goes into it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the numbers from the file, or import it anyway with --accept-personal-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: imported as --accept-personal-data asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the timeline of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after today: nothing is known of it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to %1 and kept it in the archive as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the draft report to %1; it is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::Desktop</name>
    <message>
        <source>Upgraded to schema version %1; the database as it was is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was upgraded from schema version %2 to %3, so that this version of Samspill can use it. A copy of it as it was is kept as %4, in case you need to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the timeline to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::ImportJob</name>
    <message>
        <source>Importing %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::Importer</name>
    <message>
        <source>The import was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:
%2</source>
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
        <source>These fields hold what looks like a Norwegian national identity number (fødselsnummer or D-number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspill holds project data, never information about patients.</source>
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
        <source>Samspill needs a display to open its window. The commands export, import, check and status run without one; see samspill --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::ReportFile</name>
    <message>
        <source>The report cannot be kept in the archive: %1 Write it as a draft (--draft) to leave it out of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be kept in the archive: %1</source>
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
    <name>App::Session</name>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running; open another database when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::StartupNotice</name>
    <message>
        <source>Samspill</source>
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
    <name>Domain::PlanDate</name>
    <message>
        <source>%1 is not a date: the year must be from %2 to %3.</source>
        <extracomment>%1 is what the user typed, in quotation marks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2; months go from 1 to 12.</source>
        <extracomment>%1 is what the user typed, in quotation marks; %2 a month number such as 13.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: %2 has no day %3.</source>
        <extracomment>%1 is what the user typed, in quotation marks; %2 a month and year such as &quot;februar 2012&quot;; %3 the day that month does not have, such as 31.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: there is no quarter %2; quarters go from 1 to 4.</source>
        <extracomment>%1 is what the user typed, in quotation marks; %2 a quarter number such as 5.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: there is no half-year %2; a year has the halves 1 and 2.</source>
        <extracomment>%1 is what the user typed, in quotation marks; %2 a half-year number such as 3.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date Samspill understands; write for example %2, %3, %4, %5 or %6.</source>
        <extracomment>%1 is what the user typed, in quotation marks; %2 to %6 are the same date written as a day, a month, a quarter, a half-year and a year, in the words of the UI language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <extracomment>A month of a year, &quot;september 2012&quot;: %1 is the month&apos;s name as QLocale gives it for the UI language, %2 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter of a year as plans say it, &quot;3. kvartal 2012&quot;: %1 is the quarter (1-4), %2 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spring %1</source>
        <extracomment>The first half of a year (January-June) as plans say it, &quot;våren 2012&quot;: %1 is the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autumn %1</source>
        <extracomment>The second half of a year (July-December) as plans say it, &quot;høsten 2012&quot;: %1 is the year.</extracomment>
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
    <message>
        <source>must not hold the character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falls in the year %1 in UTC, outside the years 1 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of: nb, en</source>
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
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the end of the document, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes that are not UTF-8: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name in quotes, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is given twice in the same object (the second time at line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after the field name, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the JSON is nested deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON value (text must be in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends inside a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control character %1 must be written as an escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash must be followed by one of &quot; \ / b f n r t u, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already listed at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls outside the years 1 to 9999 in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beyond the numbers Samspill can store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not base64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::BudgetTableModel</name>
    <message>
        <source>Sum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of all years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts − budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::Editor</name>
    <message>
        <source>%1 was not possible: %2</source>
        <extracomment>%1 says what could not be done (&quot;Undo: Change status of “Hospitering”&quot;), %2 why.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>An undo step: %1 the field (&quot;status&quot;), %2 the entity&apos;s name in quotes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status update for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::EntityFields</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
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
        <source>Goals</source>
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
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management anchoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchored on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A member known by role alone: %1 the role, %2 the organisation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A budget line in a sentence: %1 its item, %2 its year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A name quoted in a sentence, in the quotation marks of the language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <extracomment>The kinds of entity are the objects of undo texts (&quot;Delete %1 %2&quot;): in Norwegian in the definite form, &quot;tiltaket&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget line</source>
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
    <name>Models::IndicatorTableModel</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::KnowledgeSourceTableModel</name>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1 in the browser (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
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
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the measure &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kr</source>
        <extracomment>An amount of money; %1 is the number of kroner with two decimals.</extracomment>
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
    <message>
        <source>Status log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status updates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision needed</source>
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
    <name>Models::MilestoneTableModel</name>
    <message>
        <source>the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::OrganisationFiguresModel</name>
    <message>
        <source>Click to see these measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::OrganisationTableModel</name>
    <message>
        <source>not taking part</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>In this project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::OverviewListModel</name>
    <message>
        <source>%1
– %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
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
    <name>Models::PortfolioTableModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this database only since %1: shown as first recorded, with its status log up to the day shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
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
    <name>Models::RiskTableModel</name>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <comment>short for likelihood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>short for impact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L×I</source>
        <comment>short for the score, likelihood times impact</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::StatusLogModel</name>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::StatusText</name>
    <message>
        <source>as of %1, looking back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in this database only since %1: shown as first recorded, with its status log up to the day shown</source>
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
        <source>%n red</source>
        <translation>
            <numerusform>%n red</numerusform>
            <numerusform>%n red</numerusform>
        </translation>
    </message>
    <message>
        <source>progress %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n amber</source>
        <translation>
            <numerusform>%n amber</numerusform>
            <numerusform>%n amber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>last update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic light: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No status update for %n day(s): %1</source>
        <translation>
            <numerusform>No status update for %n day: %1</numerusform>
            <numerusform>No status update for %n days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Milestones: %1 in the next %2 days, %3 in the next %4 days, %5 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n measure(s): %3</source>
        <translation>
            <numerusform>%1, %2, %n measure: %3</numerusform>
            <numerusform>%1, %2, %n measures: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: responsible for %2, takes part in %3, %4 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress over time, from the status log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (likelihood %3 × impact %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview::Explanation</name>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue: the planned end (%1) has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still planned, but its planned start (%1) has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind schedule: %1 % done where %2 % was expected by now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity is overdue: &quot;%1&quot; (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no measures to rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>none of its %n measure(s) can be rated yet</source>
        <translation>
            <numerusform>none of its %n measure can be rated yet</numerusform>
            <numerusform>none of its %n measures can be rated yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rated measure(s) red (a third or more)</source>
        <translation>
            <numerusform>%1 of %n rated measure red (a third or more)</numerusform>
            <numerusform>%1 of %n rated measures red (a third or more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) overdue</source>
        <translation>
            <numerusform>%n measure overdue</numerusform>
            <numerusform>%n measures overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) postponed</source>
        <translation>
            <numerusform>%n measure postponed</numerusform>
            <numerusform>%n measures postponed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) not started after the planned start</source>
        <translation>
            <numerusform>%n measure not started after the planned start</numerusform>
            <numerusform>%n measures not started after the planned start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) behind schedule</source>
        <translation>
            <numerusform>%n measure behind schedule</numerusform>
            <numerusform>%n measures behind schedule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) with an overdue activity</source>
        <translation>
            <numerusform>%n measure with an overdue activity</numerusform>
            <numerusform>%n measures with an overdue activity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n rated measure(s) on track or completed</source>
        <translation>
            <numerusform>all %n rated measure on track or completed</numerusform>
            <numerusform>all %n rated measures on track or completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) not rated</source>
        <translation>
            <numerusform>%n measure not rated</numerusform>
            <numerusform>%n measures not rated</numerusform>
        </translation>
    </message>
    <message>
        <source>the project is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s planned end (%1) has passed, and it is not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is still planned after its start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) needed</source>
        <translation>
            <numerusform>%n decision needed</numerusform>
            <numerusform>%n decisions needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s)</source>
        <translation>
            <numerusform>%n deviation</numerusform>
            <numerusform>%n deviations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) overdue</source>
        <translation>
            <numerusform>%n milestone overdue</numerusform>
            <numerusform>%n milestones overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>the project&apos;s period is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the project&apos;s start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while the project runs (%1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the project&apos;s end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress assessed and no dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview::Source</name>
    <message>
        <source>The project %1 is not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report::ChangeText</name>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management anchoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchored on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a removed measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report::Generator</name>
    <message>
        <source>Portfolio: status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing open is dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why each project has its light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report needs the first and the last day of its period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot end (%1) before it begins (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio status report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report::Pages</name>
    <message>
        <source>The page is too small to print the report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report::ProjectSection</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
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
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall light: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status updates in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures: none serves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why measures are red or amber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded in the period: no status updates and no changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deviations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones in the next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestone is due in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue milestones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 highest of %2 risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible for what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisations take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and accounts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget less accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget lines are recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline of %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status report %1: %2</source>
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
    <message>
        <source>No change set was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row was not stored.</source>
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
        <source>%1 is not a PostgreSQL address of the form postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address gives the parameter %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address gives %1 as the value of %2, which Samspill cannot pass on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspill does not support the database address parameter(s) %1; it supports %2. Nothing was opened.</source>
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
    <message>
        <source>Cannot read %1: you have no permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened for reading only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup, %1 (taken %2): close every Samspill that has the database open, then copy the backup over %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged, so Samspill will not write to it: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another program that is setting up %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of it beside it. Restore it from your own backup, or copy what can still be read into a new file with the sqlite3 program: sqlite3 %1 .dump | sqlite3 %2; then run samspill check on the new file and use it if no problems are found.</source>
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
    <message>
        <source>%1; until it is gone nobody else can write to the database (remove it when no program has the database open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::DatabaseFiles</name>
    <message>
        <source>%1 belongs to the user %2 and cannot be written by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may read it but not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder %1 is read-only to you, and SQLite keeps its journal there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still open elsewhere, so it was not given its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created by another program meanwhile; nothing was put in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::EntityRemover</name>
    <message>
        <source>Another program changed what hangs on it meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
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
        <source>the project itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is still used in %1; take it out there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been put back already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project it was part of has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal it was a sub-goal of has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal it belonged to has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure it belonged to has been deleted.</source>
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
    <message>
        <source>measure: %1 is not a measure of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a status update did (its measure, new status and progress) cannot be changed afterwards; record a new status update instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::HistoryConversion</name>
    <message>
        <source>The change history names an unknown kind of entity, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::HistoryEvents</name>
    <message>
        <source>The change history holds an event this version of Samspill cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::ListPositions</name>
    <message>
        <source>It has been deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent: %1 is not a goal of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent: goals nest at most %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent: a goal cannot be moved under itself or one of its sub-goals</source>
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
        <source>The upgrade to schema version %1 failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade from schema version %2 to %3, which cannot be done: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 from schema version %2 to %3; a copy of it as it was is kept as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy taken before the upgrade is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::ProjectAsOf</name>
    <message>
        <source>The change history does not match what is stored: change set %1 updates %2 %3, which is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 did not exist on %2.</source>
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
    <message>
        <source>The disk is full, so the database could not be written; nothing was changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something with the same UUID is already stored, perhaps by someone else just now; nothing was changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program&apos;s change got in the way; nothing was changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::SqlEditRepository</name>
    <message>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not put back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not withdrawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no place in a list to move it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newProgress: a project&apos;s progress is rolled up from its measures; give the progress of a measure instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its status or progress has been changed since the status update was recorded; nothing was changed.</source>
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
        <source>The measure %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::SqlPortfolioRepository</name>
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
    <message>
        <source>the project %1 (%2) is already in this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::SqlProjectRepository</name>
    <message>
        <source>The project %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::SqlReportArchive</name>
    <message>
        <source>The archived report %1 has a format this version does not know: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived report %1 is damaged: its bytes are no longer those that were issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report %1 is already in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report %1 in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::Transaction</name>
    <message>
        <source>Waiting for another program that is writing to %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been busy with another program&apos;s work for %2 minutes; nothing was changed. Try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>The database holds the date %1 (for %2), which this version of Samspill cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline::AxisTicks</name>
    <message>
        <source>Q%1</source>
        <extracomment>A quarter on the timeline&apos;s axis, under its year: %1 is 1-4.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1</source>
        <extracomment>A week on the timeline&apos;s axis: %1 is its ISO week number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline::ChartBuilder</name>
    <message>
        <source>Serving no goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responsible organisation given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline::ChartExport</name>
    <message>
        <source>The timeline cannot end (%1) before it begins (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture would be %1 × %2 pixels, too large to write; choose a shorter stretch of time or a coarser zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline::ChartPages</name>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline::ChartPainter</name>
    <message>
        <source>Project milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned period, darker as far as it has come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outline: traffic light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faded edge: a date known only to the month, quarter, half-year or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone (filled when done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the project period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <extracomment>The legend of the red vertical line: the day the chart shows the project on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated measures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated milestones (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline::ChartSheet</name>
    <message>
        <source>measures by goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures by responsible organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <extracomment>Under the project&apos;s name on a printed timeline: %1 is the project&apos;s period, %2 how the measures are grouped, %3 the day the timeline shows the project on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures by goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures by responsible organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this project has a date yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::AsOfBanner</name>
    <message>
        <source>Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking back: the projects as they stood at the end of %1, rebuilt from the change history and the status log. Nothing can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::AsOfBar</name>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the projects as they stood at the end of an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the projects as they are now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::BudgetLineForm</name>
    <message>
        <source>New budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget (kr):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts (kr):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Own contribution (kr):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. salaries, travel, courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not an amount in kroner (e.g. 12 500,50)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::BudgetSourcesView</name>
    <message>
        <source>Budget and accounts per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget lines yet: Ctrl+N in this list adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge sources (shared by every project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty: Ctrl+N in this list adds a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source to see its link; Ctrl+Return opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source has no web link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1 (Ctrl+Return opens it in the browser)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look at both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the %2 %3 at %4, while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the %2 %3 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit was not saved. Its fields are below, so that nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the %2 %3 at %4, while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the %2 %3 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been overwritten. Keep your version, take the stored one, or look at both first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::EditingActions</name>
    <message>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>&amp;History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status update for the &amp;project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New measure...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit measure...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;status update...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;main goal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;sub-goal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit goal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indent (make a sub-goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the measure %1. Undo (Ctrl+Z) brings it back with its activities and status updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New main goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the goal is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the goal %1 with its sub-goals. Undo (Ctrl+Z) brings it back, with the measures&apos; links to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pro&amp;ject...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its goals, measures, participants and status log? Undo (Ctrl+Z) brings all of it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is sorted by a column: click its header until the arrow is gone to see the project&apos;s order, in which measures are moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::EntityForm</name>
    <message>
        <source>kroner, e.g. 12 500 or 12 500,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem of a form&apos;s field: %1 the field&apos;s label, %2 what is wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds what looks like a national identity number. Information about patients does not belong in Samspill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty when not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::FileActions</name>
    <message>
        <source>&amp;Export the project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the project shown to an exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;portfolio...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every project of the database to an exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another Samspill database (an SQLite file) in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norsk bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspill exchange files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspill databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other database opened lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspill will speak English from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspill will speak Norwegian Bokmål from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repor&amp;t...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;archive...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status report for a period: preview, print, save as a draft or issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports issued, exactly as they were issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to %1 and kept it in the report archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the draft report to %1; it is not in the report archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::FollowUpView</name>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestones yet: Ctrl+N in this list adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks recorded yet: Ctrl+N in this list adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status log, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet: Ctrl+Shift+U writes a status update for the project, Ctrl+U one for the chosen measure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::IndicatorForm</name>
    <message>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %, number of users, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::KnowledgeSourceForm</name>
    <message>
        <source>New knowledge source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit knowledge source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publisher&apos;s number, e.g. IS-1670</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web address, e.g. https://www.helsedirektoratet.no/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a web address (http:// or https://), so it is kept as text and does not open in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::LineChart</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ListEditingActions</name>
    <message>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participating organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New participating organisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit participating organisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete participating organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members of the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New member...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit member...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New organisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit organisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New indicator...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit indicator...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;lestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New milestone...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit milestone...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New risk...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit risk...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New budget line...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit budget line...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New knowledge source...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit knowledge source...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete knowledge source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the link in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
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
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read projects from an exchange file into this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspill exchange files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information about patients and service users, such as names, health details or national identity numbers, does not belong in Samspill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ortfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects in one table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project chosen in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget and sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::MeasureEditor</name>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day it was anchored, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lanned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management a&amp;nchoring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge sources:</source>
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
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchored on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchored on: give the day, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1, due: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management anchoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan lies outside the project&apos;s period (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds what looks like a national identity number. Information about patients does not belong in Samspill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act&amp;ivities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations and goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::MeasureFilterBar</name>
    <message>
        <source>Show measures this organisation is responsible for or takes part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show measures at this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show measures that serve this goal or one of its sub-goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ove&amp;rdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No up&amp;date for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only measures past their planned end and not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open measures without a status update for this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All goals</source>
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
    <message>
        <source>Show all measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing: %1 (%n measure(s))</source>
        <translation>
            <numerusform>Showing: %1 (%n measure)</numerusform>
            <numerusform>Showing: %1 (%n measures)</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::MemberForm</name>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be left empty: a role and an organisation are enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. user representative, project manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::MilestoneForm</name>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the milestone is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date lies outside the project&apos;s period (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::OrganisationForm</name>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::OverviewView</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a measure may go without a status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without a status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures by traffic light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals: progress and traffic light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress over time, from the status log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status log records no progress up to this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions needed and deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a number to see the measures it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measures without a status update for %n day(s)</source>
        <translation>
            <numerusform>Measures without a status update for %n day</numerusform>
            <numerusform>Measures without a status update for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures with a decision needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures with a deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures serving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Progress %1 · %n measure(s) counted</source>
        <translation>
            <numerusform>Progress %1 · %n measure counted</numerusform>
            <numerusform>Progress %1 · %n measures counted</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No status update for %n day(s): %1</source>
        <translation>
            <numerusform>No status update for %n day: %1</numerusform>
            <numerusform>No status update for %n days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n measure(s)</source>
        <translation>
            <numerusform>%1: %n measure</numerusform>
            <numerusform>%1: %n measures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
%n measure(s)</source>
        <translation>
            <numerusform>%1
%2
%n measure</numerusform>
            <numerusform>%1
%2
%n measures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the next %2 days · %3 in the next %4 days · %5 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ParticipantForm</name>
    <message>
        <source>New participating organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participating organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role in the project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose an organisation)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>No organisation takes part yet: Ctrl+N in this list adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody sits in the project&apos;s groups yet: Ctrl+N in this list adds a member, by name or by role and organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations (shared by every project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation is registered: Ctrl+N in this list adds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::PersonalData</name>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds what looks like a Norwegian national identity number (fødselsnummer or D-number).
Samspill holds project data, never information about patients. Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::PlanDateEdit</name>
    <message>
        <source>e.g. 15.09.2012, september 2012, autumn 2012, 2012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dated. A day, month, quarter, half-year or year can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::PortfolioView</name>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects by traffic light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a light to see only its projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter projects by name or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n project(s)</source>
        <translation>
            <numerusform>%1: %n project</numerusform>
            <numerusform>%1: %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s)</source>
        <translation>
            <numerusform>%1 of %n project</numerusform>
            <numerusform>%1 of %n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::ProjectEditor</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown in the project list, e.g. Psykisk helse NT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day, e.g. 01.12.2009</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day, e.g. 31.12.2013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the day, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge sources:</source>
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
    <message>
        <source>No project matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, short name or region; Enter opens the first project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show projects with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
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
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by creating a project, or import the projects of an exchange file. The demo project of a new database shows what Samspill holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of the chosen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators for this goal: Ctrl+N in this list adds one (baseline, target, current value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ReportArchiveDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every report issued is kept here exactly as it was issued; it can be opened and copied, never changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Portfolio (%n project(s))</source>
        <translation>
            <numerusform>Portfolio (%n project)</numerusform>
            <numerusform>Portfolio (%n projects)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report has been issued yet. Issue one from File &gt; Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a folder for the report in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ReportDialog</name>
    <message>
        <source>Summary figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each organisation is responsible for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget against accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hosen projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;draft...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file without keeping it in the report archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file and keep exactly what it says in the report archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The p&amp;roject shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections (the title block is always there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODT (LibreOffice, Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one file for a web browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (the measures, for a spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norsk bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file holds the measures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the projects to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Making the report: %1 of %n project(s)...</source>
        <translation>
            <numerusform>Making the report: %1 of %n project...</numerusform>
            <numerusform>Making the report: %1 of %n projects...</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was stopped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ReportPeriod</name>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::RiskForm</name>
    <message>
        <source>New risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Likelihood (1-5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact (1-5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what may happen, and what it would do to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role or a group, e.g. the steering committee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::StatusUpdateDialog</name>
    <message>
        <source>&amp;Deviation from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cision needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name or role, e.g. prosjektleder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened since the last update?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New s&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed measure has 100 % progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds what looks like a national identity number. Information about patients does not belong in Samspill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is after today: a status update tells what has happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::TimelineCanvas</name>
    <message>
        <source>Nothing in this project has a date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic light: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::TimelineView</name>
    <message>
        <source>Group the measures by the goals they serve or by the organisations responsible for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By responsible organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures and milestones without any date: give them one in the measure&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show days and weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the project&apos;s whole period in the width of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as a PNG or SVG picture or as PDF pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the timeline, with the labels repeated on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print and export to PDF on one page instead of several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undated (%n)</source>
        <translation>
            <numerusform>Undated (%n)</numerusform>
            <numerusform>Undated (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
