#pragma once

#include "app/routers/routersync.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace lango::ui {

struct Desk;

// "Sync to routers" as staff watch it: plans on the database thread, then
// syncs one router at a time on the services thread, with a cancellable
// progress dialog and one result line per router. Deletes itself when done.
class RouterSyncRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouterSyncRun)

public:
    RouterSyncRun(Desk &desk, QWidget *parent);
    void start();

Q_SIGNALS:
    void finished(bool allOk, const QStringList &lines);

private:
    void next();
    void finish();

    Desk &m_desk;
    QPointer<QWidget> m_parent;
    QPointer<QProgressDialog> m_progress;
    QList<app::RouterSync::Plan> m_plans;
    QStringList m_lines;
    int m_index = 0;
    bool m_allOk = true;
    bool m_cancelled = false;
};

} // namespace lango::ui
