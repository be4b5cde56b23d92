#pragma once

#include "models/stafftablemodel.h"

#include <QWidget>

class QAction;
class QLabel;

namespace lango::ui {

struct Desk;
class SearchableTable;

// Staff accounts and roles (admins only). With no accounts the office has
// one desk or trusts its desks: every desk runs as admin. The first account
// added is an admin; from then on desks ask who is signing in.
class StaffPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffPanel)

public:
    explicit StaffPanel(Desk &desk, QWidget *parent = nullptr);

    QList<QAction *> panelActions() const { return {m_add, m_edit, m_refresh}; }
    models::StaffTableModel &model() { return m_model; }
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void openDialog(const models::StaffMember &member);
    void updateActions();

    Desk &m_desk;
    models::StaffTableModel m_model;
    SearchableTable *m_table = nullptr;
    QLabel *m_mode = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace lango::ui
