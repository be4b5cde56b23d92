#pragma once

#include <QHash>
#include <QTimer>
#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;

namespace lango::ui {

struct Desk;
class RevenueChart;

// The office at a glance: today's money (M-Pesa and voucher sales), who is
// online, purchases by state, problems waiting, routers up or down, and
// revenue by hour (today) and by day (30 days), vouchers stacked on M-Pesa.
// Refreshes when anyone writes a purchase, voucher, grant or problem, and
// each minute (the hour and day roll over).
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    explicit DashboardPanel(Desk &desk, QWidget *parent = nullptr);

    void refresh();
    QList<QAction *> panelActions() const { return {m_refresh}; }
    // Live router health, from the services.
    void setRouterHealth(const QString &name, bool up);
    // Forgets routers that are gone (the routers table changed).
    void setRouterNames(const QStringList &names);

    RevenueChart *hourChart() const { return m_byHour; }
    RevenueChart *dayChart() const { return m_byDay; }
    QString revenueText() const;
    QString voucherSalesText() const;
    QString textsTodayText() const;
    int shownProblems() const { return m_shownProblems; }

Q_SIGNALS:
    void problemsLinkActivated();
    void voucherSalesLinkActivated();
    void textsLinkActivated();

private:
    QLabel *addCard(QGridLayout *grid, int row, int column, const QString &title);
    void showRouters();

    Desk &m_desk;
    QTimer m_coalesce;   // bursts of writes become one refresh
    QTimer m_minute;
    QLabel *m_revenue = nullptr;
    QLabel *m_payments = nullptr;
    QLabel *m_voucherSales = nullptr;
    QLabel *m_online = nullptr;
    QLabel *m_purchases = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_routers = nullptr;
    QLabel *m_texts = nullptr;
    QLabel *m_error = nullptr;
    RevenueChart *m_byHour = nullptr;
    RevenueChart *m_byDay = nullptr;
    QAction *m_refresh = nullptr;
    QHash<QString, bool> m_routerUp;
    bool m_loading = false;
    int m_shownProblems = -1;
};

} // namespace lango::ui
