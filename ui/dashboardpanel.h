#pragma once

#include <QWidget>

class QLabel;

namespace lango::ui {

struct Desk;

// The office at a glance. Grows with the billing services: revenue,
// customers online, problems waiting.
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    explicit DashboardPanel(Desk &desk, QWidget *parent = nullptr);
    void refresh();

private:
    Desk &m_desk;
    QLabel *m_packages = nullptr;
    QLabel *m_routers = nullptr;
    QLabel *m_database = nullptr;
};

} // namespace lango::ui
