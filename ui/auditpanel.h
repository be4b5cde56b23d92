#pragma once

#include "models/audittablemodel.h"

#include <QWidget>

class QAction;

namespace lango::ui {

struct Desk;
class SearchableTable;

// The audit log for admins: who did what, when; newest first, older
// entries a page at a time.
class AuditPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPanel)

public:
    explicit AuditPanel(Desk &desk, QWidget *parent = nullptr);

    QList<QAction *> panelActions() const { return {m_older, m_refresh}; }
    models::AuditTableModel &model() { return m_model; }
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadOlder();

    Desk &m_desk;
    models::AuditTableModel m_model;
    SearchableTable *m_table = nullptr;
    QAction *m_older = nullptr;
    QAction *m_refresh = nullptr;
    bool m_stale = false;   // written to while hidden
};

} // namespace lango::ui
