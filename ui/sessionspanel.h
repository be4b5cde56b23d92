#pragma once

#include "models/sessiontablemodel.h"

#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace lango::ui {

struct Desk;
class SearchableTable;

// Only the sessions of one router, or all (router id 0).
class RouterFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setRouterId(qint64 routerId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_routerId = 0;
};

// Live sessions: every router's customers online now, polled every few
// seconds through the services thread while the panel is shown, joined to
// their grants on the database thread. Kick, extend and disable, each
// confirmed and audited.
class SessionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPanel)

public:
    explicit SessionsPanel(Desk &desk, QWidget *parent = nullptr);

    QList<QAction *> panelActions() const;
    models::SessionTableModel &model() { return m_model; }
    void refresh();
    void setMayManage(bool may);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loadRouters();
    std::optional<models::LiveSession> current() const;
    void kick();
    void extend();
    void disable();
    void updateActions();

    Desk &m_desk;
    models::SessionTableModel m_model;
    RouterFilterProxy m_byRouter;
    SearchableTable *m_table = nullptr;
    QComboBox *m_router = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_poll;
    QElapsedTimer m_pollStarted;
    bool m_polling = false;
    bool m_mayManage = true;
    QAction *m_kick = nullptr;
    QAction *m_extend = nullptr;
    QAction *m_disable = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace lango::ui
