#pragma once

#include "models/problemtablemodel.h"

#include <QWidget>

class QAction;
class QCheckBox;

namespace lango::ui {

struct Desk;
class SearchableTable;

// Problems staff must act on, with "retry provisioning" (runs the failed
// router job again) and "mark resolved" (with a note); both audited.
class ProblemsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsView)

public:
    explicit ProblemsView(Desk &desk, QWidget *parent = nullptr);

    QList<QAction *> actions() const { return {m_retry, m_resolve}; }
    SearchableTable *table() const { return m_table; }
    models::ProblemTableModel &model() { return m_model; }
    void setRouterNames(const QHash<qint64, QString> &names) { m_model.setRouterNames(names); }
    void setMayManage(bool may);
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void openCountChanged(int open);

private:
    std::optional<models::Problem> current() const;
    void retry();
    void resolve();
    void updateActions();

    Desk &m_desk;
    models::ProblemTableModel m_model;
    SearchableTable *m_table = nullptr;
    QCheckBox *m_showResolved = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_resolve = nullptr;
    bool m_mayManage = true;
};

} // namespace lango::ui
