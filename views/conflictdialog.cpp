#include "views/conflictdialog.h"

#include "models/editor.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace Views {

ConflictDialog::ConflictDialog(const Models::Conflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_fields(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    resize(720, 420);

    const bool gone = !conflict.keepMine;
    auto *message = new QLabel(this);
    message->setObjectName(QStringLiteral("conflictMessage"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setText(
        gone ? tr("%1 was removed by someone else while you edited it.\n%2\nYour edit was not "
                  "saved. Its fields are below, so that nothing you typed is lost.")
                   .arg(Models::EntityFields::quoted(conflict.name), conflict.message)
             : tr("%1 was changed by someone else while you edited it.\n%2\nNothing has been "
                  "overwritten. Keep your version, take the stored one, or look at both first.")
                   .arg(Models::EntityFields::quoted(conflict.name), conflict.message));

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
}

} // namespace Views
