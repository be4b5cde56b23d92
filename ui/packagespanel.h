#pragma once

#include "models/packagetablemodel.h"
#include "models/router.h"

#include <QWidget>

class QAction;

namespace lango::ui {

struct Desk;
class SearchableTable;

// Packages: list, search, add, edit, remove (retire when sold before),
// retire or put back on sale, and sync the routers' profiles.
class PackagesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackagesPanel)

public:
    explicit PackagesPanel(Desk &desk, QWidget *parent = nullptr);

    QList<QAction *> panelActions() const;
    void refresh();
    // Sellers and cashiers see packages; only admins change them.
    void setMayManage(bool may);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void addPackage();
    void editPackage();
    void removePackage();
    void toggleRetired();
    void syncToRouters();
    void openDialog(const models::Package &package);
    void updateActions();

    Desk &m_desk;
    models::PackageTableModel m_model;
    QList<models::Router> m_routers;
    SearchableTable *m_table = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_retire = nullptr;
    QAction *m_sync = nullptr;
    bool m_mayManage = true;
};

} // namespace lango::ui
