#include "models/sortfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTest>

using Models::SortFilterModel;

class TestSortFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void textSortsInTheOrderOfTheUserLanguage();
    void missingValuesSortLastInEitherDirection();
};

namespace {

QStringList column(const QAbstractItemModel &model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data().toString());
    return values;
}

void fill(QStandardItemModel &source, const QList<QVariant> &sortValues)
{
    for (const QVariant &value : sortValues) {
        auto *item =
            new QStandardItem(value.isNull() ? QStringLiteral("(none)") : value.toString());
        item->setData(value, Qt::UserRole);
        source.appendRow(item);
    }
}

} // namespace

void TestSortFilterModel::textSortsInTheOrderOfTheUserLanguage()
{
    // GIVEN names with Norwegian letters, mixed case and numbers
    QStandardItemModel source;
    SortFilterModel sorted;
    QAbstractItemModelTester tester(&sorted,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    sorted.setSourceModel(&source);
    sorted.setSortRole(Qt::UserRole);
    fill(source, {QStringLiteral("Åsen"), QStringLiteral("ørland"), QStringLiteral("Ærlig"),
                  QStringLiteral("bydel 10"), QStringLiteral("Bydel 9"), QStringLiteral("Aukra")});

    // WHEN sorted
    sorted.sort(0, Qt::AscendingOrder);

    // THEN Æ, Ø and Å come last, in that order, case is ignored and numbers count as numbers
    QCOMPARE(column(sorted), (QStringList{QStringLiteral("Aukra"), QStringLiteral("Bydel 9"),
                                          QStringLiteral("bydel 10"), QStringLiteral("Ærlig"),
                                          QStringLiteral("ørland"), QStringLiteral("Åsen")}));
}

void TestSortFilterModel::missingValuesSortLastInEitherDirection()
{
    QStandardItemModel source;
    SortFilterModel sorted;
    QAbstractItemModelTester tester(&sorted,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    sorted.setSourceModel(&source);
    sorted.setSortRole(Qt::UserRole);
    fill(source, {QVariant(3), QVariant(), QVariant(1), QVariant(2)});

    sorted.sort(0, Qt::AscendingOrder);
    QCOMPARE(column(sorted), (QStringList{QStringLiteral("1"), QStringLiteral("2"),
                                          QStringLiteral("3"), QStringLiteral("(none)")}));
    sorted.sort(0, Qt::DescendingOrder);
    QCOMPARE(column(sorted), (QStringList{QStringLiteral("3"), QStringLiteral("2"),
                                          QStringLiteral("1"), QStringLiteral("(none)")}));
}

QTEST_GUILESS_MAIN(TestSortFilterModel)
#include "tst_sortfiltermodel.moc"
