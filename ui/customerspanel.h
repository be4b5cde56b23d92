#pragma once

#include "models/granttablemodel.h"
#include "models/purchasetablemodel.h"
#include "models/sessiontablemodel.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;

namespace lango::ui {

struct Desk;
class SearchableTable;

// Customers: look a phone number or a device's MAC up and see its
// purchases, its grants (access) and its sessions online now.
class CustomersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPanel)

public:
    explicit CustomersPanel(Desk &desk, QWidget *parent = nullptr);
    ~CustomersPanel() override;

    QList<QAction *> panelActions() const { return {m_find}; }
    void lookUp(const QString &phoneOrMac);
    QLineEdit *queryField() const { return m_query; }
    models::PurchaseTableModel &purchases() { return m_purchases; }
    models::GrantTableModel &grants() { return m_grants; }
    models::SessionTableModel &sessions() { return m_sessions; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void find();
    void loadSessions(const QString &mac, const QStringList &usernames);

    Desk &m_desk;
    models::PurchaseTableModel m_purchases;
    models::GrantTableModel m_grants;
    models::SessionTableModel m_sessions;
    QLineEdit *m_query = nullptr;
    QLabel *m_summary = nullptr;
    QSplitter *m_split = nullptr;
    QAction *m_find = nullptr;
    quint64 m_lookup = 0;   // answers to an older look-up are dropped
};

} // namespace lango::ui
