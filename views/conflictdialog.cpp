#include "views/conflictdialog.h"

#include "models/domain/text.h"
#include "models/editor.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace Views {
namespace {

const QSize fullSize(720, 420);

} // namespace

// Said once, in the dialog's own words, from what the conflict holds: which record, who and
// when (as far as the history knows), and what the choice is. The storage's own message is
// for the command line and says to reload, which the buttons here make needless.
QString ConflictDialog::explanation(const Models::Conflict &conflict)
{
    const QString who =
        conflict.changedBy.isEmpty() ? tr("Someone else") : Domain::printable(conflict.changedBy);
    const QString kind = Models::EntityFields::kindName(conflict.kind);
    const QString name = Models::EntityFields::quoted(conflict.name);
    const bool known = conflict.changedAt.isValid();
    const QString when =
        known ? QLocale().toString(conflict.changedAt.toLocalTime(), QLocale::ShortFormat)
              : QString();
    if (!conflict.keepMine) {
        const QString removed =
            known ? tr("%1 removed the %2 %3 at %4, while you were editing it.")
                        .arg(who, kind, name, when)
                  : tr("%1 removed the %2 %3 while you were editing it.").arg(who, kind, name);
        return removed + QLatin1Char('\n') +
               tr("Your edit was not saved. Its fields are below, so that nothing you typed is "
                  "lost.");
    }
    const QString changed =
        known ? tr("%1 changed the %2 %3 at %4, while you were editing it.")
                    .arg(who, kind, name, when)
              : tr("%1 changed the %2 %3 while you were editing it.").arg(who, kind, name);
    return changed + QLatin1Char('\n') +
           tr("Nothing has been overwritten. Keep your version, take the stored one, or look at "
              "both first.");
}

ConflictDialog::ConflictDialog(const Models::Conflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_fields(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));

    const bool gone = !conflict.keepMine;
    auto *message = new QLabel(this);
    message->setObjectName(QStringLiteral("conflictMessage"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setText(explanation(conflict));

    // Both versions field by field; the fields that differ first and in bold.
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Stored now")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(true);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    const auto differs = [&conflict](int i) {
        return i >= conflict.theirs.size() ||
               conflict.mine.at(i).value != conflict.theirs.at(i).value;
    };
    QVector<int> order(conflict.mine.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_partition(order.begin(), order.end(), differs);
    for (int i : order) {
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        const Models::FieldText &mine = conflict.mine.at(i);
        const QString theirs =
            i < conflict.theirs.size() ? conflict.theirs.at(i).value : tr("(removed)");
        QTableWidgetItem *items[] = {new QTableWidgetItem(mine.label),
                                     new QTableWidgetItem(mine.value),
                                     new QTableWidgetItem(theirs)};
        for (int column = 0; column < 3; ++column) {
            QFont font = items[column]->font();
            font.setBold(differs(i));
            items[column]->setFont(font);
            m_fields->setItem(row, column, items[column]);
        }
    }
    m_fields->resizeRowsToContents();
    m_fields->setVisible(gone);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("conflictButtons"));
    if (!gone) {
        QPushButton *keep = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
        keep->setObjectName(QStringLiteral("keepMineButton"));
        connect(keep, &QPushButton::clicked, this, [this] { done(KeepMine); });
        QPushButton *take =
            buttons->addButton(tr("&Take the stored one"), QDialogButtonBox::RejectRole);
        take->setObjectName(QStringLiteral("takeStoredButton"));
        connect(take, &QPushButton::clicked, this, [this] { done(TakeStored); });
        QPushButton *both = buttons->addButton(tr("&Look at both"), QDialogButtonBox::HelpRole);
        both->setObjectName(QStringLiteral("lookAtBothButton"));
        connect(both, &QPushButton::clicked, this, [this, both] {
            m_fields->setVisible(true);
            both->setEnabled(false);
            resize(std::max(width(), fullSize.width()), std::max(height(), fullSize.height()));
        });
        keep->setDefault(false);
        take->setDefault(false);
    } else {
        QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
        connect(close, &QPushButton::clicked, this, [this] { done(TakeStored); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(m_fields, 1);
    layout->addWidget(buttons);
    // The question alone is short; both versions side by side need the room.
    resize(gone ? fullSize : QSize(fullSize.width(), sizeHint().height()));
}

} // namespace Views
