#pragma once

#include "models/routertablemodel.h"

#include <QMessageBox>
#include <QWidget>

class QAction;
class QTimer;
class QToolBar;

namespace lango::ui {

struct Desk;
class SearchableTable;

// Routers: list, add, edit, remove; live health and "Test connection" when
// a router pool is attached.
class RoutersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutersPanel)

public:
    explicit RoutersPanel(Desk &desk, QWidget *parent = nullptr);

    QList<QAction *> panelActions() const;
    models::RouterTableModel &model() { return m_model; }
    QToolBar *toolbar() const { return m_toolbar; }
    // The router selected in the table, if any.
    std::optional<models::Router> currentRouter() const;
    void refresh();
    void setMayManage(bool may);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void routersChanged();
    void portalInstalled(const QString &router, const QString &summary);

private:
    void addRouter();
    void editRouter();
    void removeRouter();
    void installPortal(const QString &apiUrl);
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text);
    void testConnection();
    // Gives the selected router a tunnel to the server and shows the
    // commands to paste into it (`lango router tunnel NAME --print`).
    void makeTunnel();
    void refreshTunnels();
    void openDialog(const models::Router &router);
    void updateActions();

    Desk &m_desk;
    models::RouterTableModel m_model;
    SearchableTable *m_table = nullptr;
    QToolBar *m_toolbar = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_installPortal = nullptr;
    QAction *m_test = nullptr;
    QAction *m_tunnel = nullptr;
    QTimer *m_tunnelRefresh = nullptr;
};

} // namespace lango::ui
