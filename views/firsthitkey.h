#pragma once

#include <QEvent>
#include <QKeyEvent>

namespace Views {

// What a key pressed in a filter field asks of the list it filters: Down moves to the first
// entry shown, Enter (or Return) opens it; any other key is the field's own.
enum class FirstHit { None, MoveTo, Open };

inline FirstHit firstHitKey(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return FirstHit::None;
    switch (static_cast<const QKeyEvent *>(event)->key()) {
    case Qt::Key_Down:
        return FirstHit::MoveTo;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return FirstHit::Open;
    default:
        return FirstHit::None;
    }
}

} // namespace Views
