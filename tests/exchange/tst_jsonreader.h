#pragma once

// What the parts of tst_jsonreader share (tst_jsonreader.cpp, tst_jsonreader_values.cpp): the
// test class, and the documents the tests read and the edits that spoil them, defined in
// tst_jsonreader_documents.cpp.

#include "models/domain/portfolio.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

// A change to a valid document, producing a bad one.
using Edit = std::function<QJsonObject(QJsonObject)>;
Q_DECLARE_METATYPE(Edit)

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void seedFilesReadWithoutProblems();
    void reportsAreReadIntoTheirProjectAndTheTop();
    void documentReadsIntoExactlyTheValuesItSpellsOut();
    void nullCountsAsAbsentForOptionalFields();
    void badDocumentIsRefusedNamingPathAndValue_data();
    void badDocumentIsRefusedNamingPathAndValue();
    void everyProblemOfADocumentIsReported();
    void problemsBeyondTheLimitAreCounted();
    void syntaxErrorNamesLineAndColumn_data();
    void syntaxErrorNamesLineAndColumn();
    void documentThatIsNotAnObjectIsRefused();
    void goalsNestedDeeperThanTheLimitAreRefused();
    void goalTreeOfExactlyTheLimitIsReadAndWrittenBack();
    void duplicateKeyIsRefusedWithItsPath_data();
    void duplicateKeyIsRefusedWithItsPath();
    void uuidIsReadOnlyInItsCanonicalForm_data();
    void uuidIsReadOnlyInItsCanonicalForm();
    void uuidIsReadInEitherCase();
    void linkListedTwiceIsRefused_data();
    void linkListedTwiceIsRefused();
    void timestampOutsideYearsOneTo9999IsRefused_data();
    void timestampOutsideYearsOneTo9999IsRefused();
    void timestampsAtTheEdgesOfYearsOneTo9999RoundTrip();
    void textSamspillCannotStoreIsRefused_data();
    void textSamspillCannotStoreIsRefused();
    void tabsAndLineBreaksInTextAreKept();
    void numberThatIsNotJsonIsRefused_data();
    void numberThatIsNotJsonIsRefused();
    void wholeNumberOutsideItsRangeIsRefusedExactly_data();
    void wholeNumberOutsideItsRangeIsRefusedExactly();
    void wholeNumbersAreReadExactlyInAnyJsonForm();
    void dateWithAnythingAroundItIsRefused_data();
    void dateWithAnythingAroundItIsRefused();
    void nameOfOnlyInvisibleCharactersIsRefused_data();
    void nameOfOnlyInvisibleCharactersIsRefused();
    void versionTwoReadsPlanDatesOfEveryPrecision_data();
    void versionTwoReadsPlanDatesOfEveryPrecision();
    void versionOneReadsDaysAsBeforeAndRefusesOtherPrecisions();
    void planDateThatIsNoCodeIsRefused_data();
    void planDateThatIsNoCodeIsRefused();
    void messagesShowTheFilesTextEscaped_data();
    void messagesShowTheFilesTextEscaped();
    void deepNestingIsRefusedBeforeItIsBuilt();
    void readingFromADeviceInSmallPiecesReadsTheSame();
    void anUnreadableDeviceIsAnInputError();
};

namespace JsonReaderTest {

// The UUID the documents write as @n, and its text.
QUuid uuidOf(int n);
QString uuidText(int n);

// A small, valid document with two projects that reaches every kind of entity.
QByteArray validDocument();
// What validDocument() means, spelt out value by value.
Domain::Portfolio validPortfolio();
QJsonObject validObject();

// Edits of a document by exchange path, e.g. "projects[0].measures[1].title": the value there
// set or removed, or two edits one after the other.
Edit set(const QString &path, const QJsonValue &value);
Edit remove(const QString &path);
Edit both(Edit first, Edit second);

QByteArray bytesOf(const QJsonObject &document);

// A valid archived report as the exchange format writes it inside a project.
QJsonObject validReport();
// Gives the first project one report, valid but for field.
Edit withReport(const QString &field, const QJsonValue &value);

QByteArray readFile(const QString &path);

// "line L, column C" of a byte offset of document, as the reader counts them (columns count
// characters, not UTF-8 bytes).
QString positionOf(const QByteArray &document, qsizetype offset);

// The bytes of validObject() edited, with the value at path written as raw JSON text (which
// QJsonDocument could not write: bad numbers, escapes, broken UTF-8). offset, if given,
// receives where raw starts.
QByteArray withRaw(const QString &path, const QByteArray &raw, qsizetype *offset = nullptr);

// A line of a message may hold no character that could steer a terminal.
bool hasNoControlCharacters(const QString &message);

// Reads document; the refusal's message, or "accepted" when it was read.
QString refusalOf(const QByteArray &document);

} // namespace JsonReaderTest
