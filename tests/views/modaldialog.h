#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

namespace TestSupport {

// Does open, which shows a modal dialog of type D and waits for it to close (a triggered action,
// a key that triggers one), and meanwhile lets act work in the dialog as a user would; whatever
// act leaves open is rejected, so that a test fails on what it checked rather than hanging.
// Whether a D was shown.
template <typename D>
bool inModalDialog(QObject *context, const std::function<void()> &open,
                   const std::function<void(D &)> &act)
{
    bool seen = false;
    QTimer::singleShot(0, context, [&seen, &act] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        act(*dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    return seen;
}

} // namespace TestSupport
