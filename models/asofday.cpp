#include "models/asofday.h"

namespace Models {

AsOfDay::AsOfDay(QObject *parent)
    : QObject(parent)
{}

bool AsOfDay::setDate(QDate day)
{
    if (day.isValid() && day > today())
        return false;
    const QDate date = day == today() ? QDate() : day;
    if (date != m_date) {
        m_date = date;
        emit changed(m_date);
    }
    return true;
}

} // namespace Models
