#include "views/portfolioview.h"

#include "models/labels.h"
#include "models/portfoliodata.h"
#include "models/portfoliotablemodel.h"
#include "models/sortfiltermodel.h"
#include "models/statustext.h"
#include "views/barchart.h"
#include "views/lightdelegate.h"

#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Views {
namespace {

constexpr Domain::Rag lights[] = {Domain::Rag::Red, Domain::Rag::Amber, Domain::Rag::Green,
                                  Domain::Rag::None};

// Begins the view's state, before the header's own: which columns the user sized (their widths
// are kept; the others are fitted anew).
constexpr quint32 stateMarker = 0x53504331; // "SPC1"

} // namespace

PortfolioView::PortfolioView(const Models::PortfolioData *portfolio,
                             Models::PortfolioTableModel *table, QWidget *parent)
    : QWidget(parent)
    , m_data(portfolio)
    , m_summary(new QLabel(this))
    , m_lights(new BarChart(this))
    , m_filterEdit(new QLineEdit(this))
    , m_shown(new QLabel(this))
    , m_lightFilter(new QSortFilterProxyModel(this))
    , m_sorted(new Models::SortFilterModel(this))
    , m_table(new QTableView(this))
{
    auto *heading = new QLabel(tr("Portfolio"), this);
    heading->setObjectName(QStringLiteral("portfolioHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_summary->setTextFormat(Qt::PlainText);

    m_lights->setObjectName(QStringLiteral("portfolioLightsChart"));
    m_lights->setAccessibleName(tr("Projects by traffic light"));
    m_lights->setEmptyText(tr("No projects"));
    m_lights->setToolTip(tr("Click a light to see only its projects"));

    m_filterEdit->setObjectName(QStringLiteral("portfolioFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter projects by name or region"));
    m_filterEdit->setClearButtonEnabled(true);
    auto *allLights = new QToolButton(this);
    allLights->setObjectName(QStringLiteral("portfolioAllLightsButton"));
    allLights->setText(tr("All lights"));
    m_shown->setObjectName(QStringLiteral("portfolioShown"));

    // The light filter first, then the text filter and the sorting on raw values.
    m_lightFilter->setSourceModel(table);
    m_lightFilter->setFilterRole(Models::PortfolioTableModel::RagRole);
    m_sorted->setSourceModel(m_lightFilter);
    m_sorted->setSortRole(Models::PortfolioTableModel::SortRole);
    m_sorted->setFilterKeyColumn(-1);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("portfolioTable"));
    // Tab leaves the table for the next field (the arrows move within it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_sorted);
    m_table->setItemDelegate(new LightDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // stored order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // The names, periods and reasons wrap, so that the reason stays in sight at 1280 pixels; a
    // row is at most three lines tall, a longer reason cut with "…" (its cell's tooltip holds
    // it whole), so that a screen shows many projects rather than a few tall rows.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMaximumSectionSize(3 * m_table->fontMetrics().lineSpacing() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true); // the order is the user's, and remembered
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // A column narrower than its header shows the header's beginning (the style clips rather
    // than elides), and its tooltip the whole.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (m_fitting)
            return;
        m_userSized.insert(column);
        fitColumns();
    });
    m_table->viewport()->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(allLights);
    bar->addWidget(m_shown);
    auto *top = new QHBoxLayout;
    auto *texts = new QVBoxLayout;
    texts->addWidget(heading);
    texts->addWidget(m_summary);
    texts->addStretch(1);
    top->addLayout(texts, 1);
    top->addWidget(m_lights, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_sorted,
            &Models::SortFilterModel::setFilterFixedString);
    connect(m_lights, &BarChart::barActivated, this,
            [this](int index) { showLight(int(lights[index])); });
    connect(allLights, &QToolButton::clicked, this, [this] { showLight(-1); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit projectActivated(index.data(Models::PortfolioTableModel::UuidRole).toUuid());
    });
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &PortfolioView::fitColumns);
    connect(m_sorted, &QAbstractItemModel::layoutChanged, this, &PortfolioView::fitColumns);
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, &PortfolioView::fitColumns);
    connect(m_sorted, &QAbstractItemModel::rowsRemoved, this, &PortfolioView::fitColumns);
    connect(m_sorted, &QAbstractItemModel::dataChanged, this, &PortfolioView::fitColumns);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &PortfolioView::updateShown);
    connect(m_sorted, &QAbstractItemModel::layoutChanged, this, &PortfolioView::updateShown);
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, &PortfolioView::updateShown);
    connect(m_sorted, &QAbstractItemModel::rowsRemoved, this, &PortfolioView::updateShown);
    connect(portfolio, &Models::PortfolioData::reset, this, &PortfolioView::refresh);
    refresh();
}

void PortfolioView::showLight(int light)
{
    m_lightFilter->setFilterRegularExpression(
        light < 0 ? QRegularExpression() : QRegularExpression(QStringLiteral("^%1$").arg(light)));
}

void PortfolioView::refresh()
{
    const Overview::PortfolioFigures &figures = m_data->figures();
    m_summary->setText(Models::StatusText::summary(figures));
    QVector<BarChart::Bar> bars;
    for (Domain::Rag rag : lights) {
        const int count = figures.withRag(rag);
        bars.append({Models::Labels::rag(rag), double(count), QString::number(count),
                     Models::Labels::ragColor(rag),
                     tr("%1: %n project(s)", nullptr, count).arg(Models::Labels::rag(rag))});
    }
    m_lights->setBars(figures.rows.isEmpty() ? QVector<BarChart::Bar>() : bars);
    updateShown();
}

void PortfolioView::updateShown()
{
    m_shown->setText(
        tr("%1 of %n project(s)", nullptr, m_data->figures().projects()).arg(m_sorted->rowCount()));
}

bool PortfolioView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

// Every column the user has not sized: as wide as its contents and header, up to about 18
// characters (a longer name or period wraps, at most three lines a row). The reason, unless the
// user sized it, takes what the others leave, and at least a third of the table: where they
// would leave less, they give up what they want beyond their contents (a header may then be
// cut short, its text whole in its tooltip), never their contents nor six characters. The
// reason is never narrower than about 30 characters (beyond that the table scrolls sideways).
void PortfolioView::fitColumns()
{
    if (m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = m_table->horizontalHeader();
    const int character = m_table->fontMetrics().averageCharWidth();
    const int reason = Models::PortfolioTableModel::ReasonColumn;
    const int width = m_table->viewport()->width();
    const QAbstractItemView *view = m_table; // QTableView hides its sizeHintForColumn
    struct Fit
    {
        int column;
        int least;  // its contents, and six characters of its header
        int wanted; // its contents and its whole header
    };
    QVector<Fit> fits;
    int taken = 0;
    int wanted = 0;
    int spare = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || column == reason)
            continue;
        if (m_userSized.contains(column)) {
            taken += header->sectionSize(column);
            continue;
        }
        const int cap = 18 * character;
        const int contents = std::min(view->sizeHintForColumn(column), cap);
        const int whole = std::min(std::max(contents, header->sectionSizeHint(column)), cap);
        const int least = std::max(contents, std::min(whole, 6 * character));
        fits.append({column, least, whole});
        wanted += whole;
        spare += whole - least;
    }
    const bool fillsReason = !m_userSized.contains(reason) && !header->isSectionHidden(reason);
    const int reasonLeast = fillsReason ? std::max(width / 3, 30 * character) : 0;
    const int over = std::clamp(taken + wanted + reasonLeast - width, 0, spare);
    for (const Fit &fit : std::as_const(fits)) {
        const int given = spare > 0 ? int(qint64(over) * (fit.wanted - fit.least) / spare) : 0;
        header->resizeSection(fit.column, fit.wanted - given);
        taken += fit.wanted - given;
    }
    if (fillsReason)
        header->resizeSection(reason, std::max(width - taken, 30 * character));
    m_fitting = false;
}

QByteArray PortfolioView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << stateMarker << QList<int>(m_userSized.cbegin(), m_userSized.cend())
        << m_table->horizontalHeader()->saveState();
    return state;
}

void PortfolioView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 marker = 0;
    QList<int> userSized;
    QByteArray header;
    in >> marker >> userSized >> header;
    // A state of an earlier version is the header's alone: its order is kept, and its widths,
    // which were fitted rather than chosen, are fitted again.
    const bool ours = marker == stateMarker && in.status() == QDataStream::Ok;
    m_fitting = true;
    const bool restored = m_table->horizontalHeader()->restoreState(ours ? header : state);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_fitting = false;
    m_userSized.clear();
    if (ours && restored)
        m_userSized = QSet<int>(userSized.cbegin(), userSized.cend());
    fitColumns();
}

} // namespace Views
