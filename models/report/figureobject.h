#pragma once

#include "models/report/figure.h"

#include <QObject>
#include <QTextObjectInterface>
#include <QVector>

#include <memory>

namespace Report {

// Paints the figures of a report inside a QTextDocument as vectors (the PDF, the print
// preview, printing), at the width each is printed. Owned by the document it is registered
// with; holds the figures it paints.
class FigureObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;
    enum Property { FigureIndex = QTextFormat::UserProperty + 1, WidthProperty };

    // Registers a handler with the document and returns the format that places figure there,
    // widthPixels wide (document pixels, 96 per inch).
    static QTextCharFormat place(QTextDocument &document, std::shared_ptr<const Figure> figure,
                                 double widthPixels);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    explicit FigureObject(QObject *parent);

    QVector<std::shared_ptr<const Figure>> m_figures;
};

} // namespace Report
