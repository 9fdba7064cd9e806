#include "models/knowledgesourcetablemodel.h"

#include "models/domain/text.h"
#include "models/labels.h"
#include "models/projectdata.h"

#include <QFont>
#include <QLocale>
#include <QUrl>

namespace Models {

KnowledgeSourceTableModel::KnowledgeSourceTableModel(const ProjectData *data, QObject *parent)
    : ProjectTableModel(data, parent)
{
    KnowledgeSourceTableModel::arrange();
}

void KnowledgeSourceTableModel::arrange()
{
    m_sources.clear();
    for (const Domain::KnowledgeSource *source : projectData().knowledgeSourceList())
        m_sources.append(source->uuid);
}

QStringList KnowledgeSourceTableModel::usedBy(const QUuid &source) const
{
    QStringList users;
    if (projectData().project().knowledgeSourceUuids.contains(source))
        users.append(tr("the project"));
    for (const Domain::Measure &measure : projectData().measures()) {
        if (measure.knowledgeSourceUuids.contains(source))
            users.append(measure.title);
    }
    return users;
}

int KnowledgeSourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int KnowledgeSourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KnowledgeSourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::KnowledgeSource *source =
        projectData().knowledgeSource(m_sources.at(index.row()));
    if (!source)
        return {};
    const bool web = Domain::isWebAddress(source->link);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return source->title;
        case PublisherColumn:
            return source->authors.isEmpty() ? source->publisher
                   : source->publisher.isEmpty()
                       ? source->authors
                       : tr("%1 (%2)").arg(source->publisher, source->authors);
        case YearColumn:
            return source->year ? QString::number(*source->year) : QString();
        case ReferenceColumn:
            return source->reference;
        case LinkColumn:
            return source->link;
        case UsedByColumn:
            return QLocale().createSeparatedList(usedBy(source->uuid));
        default:
            return {};
        }
    case SortRole:
        if (index.column() == YearColumn)
            return source->year ? QVariant(*source->year) : QVariant();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == LinkColumn && web)
            return Labels::toolTip(
                tr("Opens %1 in the browser (Enter or double-click)").arg(source->link));
        if (index.column() == TitleColumn && !source->summary.isEmpty())
            return Labels::toolTip(source->summary);
        return Labels::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::FontRole:
        if (index.column() == LinkColumn && web) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return {};
    case UuidRole:
        return source->uuid;
    case LinkRole:
        return web ? QVariant(QUrl(source->link.trimmed())) : QVariant();
    case UsedRole:
        return !usedBy(source->uuid).isEmpty();
    default:
        return {};
    }
}

QVariant KnowledgeSourceTableModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case PublisherColumn:
        return tr("Publisher");
    case YearColumn:
        return tr("Year");
    case ReferenceColumn:
        return tr("Reference");
    case LinkColumn:
        return tr("Link");
    case UsedByColumn:
        return tr("Used by");
    default:
        return {};
    }
}

} // namespace Models
