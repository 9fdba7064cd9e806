#include "tests/models/seededworkspace.h"

#include "models/exchange/jsonreader.h"

#include <QCoreApplication>

namespace TestSupport {

QByteArray FollowUpProject::json()
{
    return QByteArray(R"json({
    "format": "samspill-exchange",
    "formatVersion": 2,
    "organisations": [
        {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0201", "name": "Følgekommunen", "kind": "municipality"}
    ],
    "projects": [{
        "uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0001",
        "name": "Oppfølgingsprosjekt",
        "start": "2011-01-01",
        "end": "2013-12-31",
        "status": "in_progress",
        "participants": [
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0301", "organisation": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0201", "role": "owner"}
        ],
        "goals": [
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0101", "text": "Bedre overganger",
             "indicators": [
                {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0111", "name": "Andel med plan", "unit": "%",
                 "baseline": 10, "target": 80, "current": 35, "measuredOn": "2012-05"},
                {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0112", "name": "Ventetid", "unit": "dager",
                 "baseline": 30}
             ]}
        ],
        "measures": [
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0401", "title": "Kurs", "level": "system", "status": "in_progress",
             "plannedStart": "2011-06", "plannedEnd": "2012-Q2", "progress": 40,
             "goals": ["7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0101"]}
        ],
        "milestones": [
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0501", "title": "Oppstart", "date": "2011-03-01", "done": true},
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0502", "title": "Kurs holdt", "date": "2012-Q1",
             "measure": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0401"},
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0503", "title": "Sluttrapport"}
        ],
        "statusUpdates": [
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0601", "recordedAt": "2012-02-01T10:00:00Z",
             "author": "Prosjektleder", "text": "Kurset er utsatt en måned.",
             "measure": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0401", "deviation": true},
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0602", "recordedAt": "2012-04-15T10:00:00Z",
             "author": "Prosjektleder", "text": "Styringsgruppa må velge neste kommune.",
             "decisionNeeded": true}
        ],
        "risks": [
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0701", "description": "Nøkkelpersoner slutter",
             "likelihood": 4, "impact": 4, "mitigation": "Dele på oppgavene", "owner": "Styringsgruppa"},
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0702", "description": "Lite tid i kommunene",
             "likelihood": 2, "impact": 3}
        ],
        "budgetLines": [
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0801", "year": 2012, "label": "Lønn",
             "budgetOre": 12000000, "accountsOre": 13000050, "ownContributionOre": 0},
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0802", "year": 2011, "label": "Lønn",
             "budgetOre": 10000000, "accountsOre": 9000000, "ownContributionOre": 1000000},
            {"uuid": "7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0803", "year": 2012, "label": "Reise",
             "budgetOre": 500000, "accountsOre": 0, "ownContributionOre": 0}
        ]
    }]
})json");
}

QByteArray DatedProject::json()
{
    return QByteArray(R"json({
    "format": "samspill-exchange",
    "formatVersion": 1,
    "organisations": [
        {"uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0201", "name": "Testkommunen", "kind": "municipality"},
        {"uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0202", "name": "Testsykehuset", "kind": "hospital_trust"}
    ],
    "projects": [{
        "uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0001",
        "name": "Datert testprosjekt",
        "start": "2011-01-01",
        "end": "2013-12-31",
        "status": "in_progress",
        "participants": [
            {"uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0301", "organisation": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0201", "role": "owner"}
        ],
        "goals": [
            {"uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0101", "text": "Hovedmål A",
             "subGoals": [{"uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0102", "text": "Delmål"}]},
            {"uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0103", "text": "Hovedmål B"}
        ],
        "measures": [
            {"uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0401", "title": "Alfa", "level": "system", "status": "in_progress",
             "plannedStart": "2011-01-01", "plannedEnd": "2011-12-31", "progress": 50,
             "goals": ["5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0102"],
             "responsibleOrganisations": ["5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0201"]},
            {"uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0402", "title": "Beta", "level": "system", "status": "planned",
             "goals": ["5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0101", "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0102"]},
            {"uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0403", "title": "Gamma", "level": "system", "status": "completed",
             "theme": "Brukermedvirkning",
             "plannedStart": "2011-03-01", "plannedEnd": "2011-06-30", "progress": 100,
             "goals": ["5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0103"],
             "responsibleOrganisations": ["5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0202"]},
            {"uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0404", "title": "Delta", "level": "system", "status": "cancelled",
             "plannedEnd": "2011-05-01", "goals": ["5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0101"]},
            {"uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0405", "title": "Epsilon", "level": "system", "status": "planned",
             "plannedStart": "2012-01-01", "plannedEnd": "2013-06-30"}
        ]
    }]
})json");
}

SeededWorkspace::SeededWorkspace()
{
    auto opened = App::Workspace::open(m_scratch.settings());
    if (!opened) {
        m_error = opened.error().message;
        return;
    }
    m_workspace = std::move(opened).value();
    if (!m_workspace->wasSeeded())
        m_error = QStringLiteral("the new database was not seeded");
}

Models::ProjectData::Repositories SeededWorkspace::repositories()
{
    if (!m_workspace)
        return {}; // the test fails on isValid() before anything is read
    return {&m_workspace->portfolio(), &m_workspace->organisations(),
            &m_workspace->knowledgeSources(), &m_workspace->projects(), &m_workspace->history()};
}

Domain::ProjectId SeededWorkspace::projectId(const QUuid &uuid)
{
    if (!m_workspace)
        return {};
    auto project = m_workspace->projects().projectByUuid(uuid);
    return project ? project->id : Domain::ProjectId{};
}

QString SeededWorkspace::importJson(const QByteArray &json)
{
    if (!m_workspace)
        return m_error;
    auto portfolio = Exchange::JsonReader::read(json);
    if (!portfolio)
        return portfolio.error().message;
    auto imported = m_workspace->portfolio().importPortfolio(portfolio.value());
    return imported ? QString() : imported.error().message;
}

ScopedLanguage::ScopedLanguage(const QString &code)
    : m_previousLocale(QLocale())
{
    const QLocale locale = code == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    QLocale::setDefault(locale);
    m_loaded = m_translator.load(QStringLiteral(":/i18n/samspill_%1.qm").arg(code)) &&
               QCoreApplication::installTranslator(&m_translator);
}

ScopedLanguage::~ScopedLanguage()
{
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(m_previousLocale);
}

} // namespace TestSupport
