#include "ui/dashboardpanel.h"

#include "common/kenyatime.h"
#include "models/purchasetablemodel.h"
#include "models/reportstore.h"
#include "models/units.h"
#include "ui/desk.h"
#include "ui/panelaction.h"
#include "ui/revenuechart.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lango::ui {

namespace {

struct Report
{
    models::Result<models::OfficeFigures> figures;
    models::Result<QList<models::RevenueBucket>> byHour;
    models::Result<QList<models::RevenueBucket>> byDay;
};

QString cardValue(const QString &value, const QString &note = {})
{
    return QStringLiteral("<span style='font-size:20pt; font-weight:600'>%1</span>%2")
        .arg(value.toHtmlEscaped(), note.isEmpty() ? QString() : QStringLiteral("<br><span style='color:#555'>%1</span>").arg(note));
}

} // namespace

DashboardPanel::DashboardPanel(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    m_revenue = addCard(grid, 0, 0, tr("Revenue today"));
    m_payments = addCard(grid, 0, 1, tr("Payments today"));
    m_voucherSales = addCard(grid, 0, 2, tr("Voucher sales today"));
    m_online = addCard(grid, 0, 3, tr("Customers online"));
    m_purchases = addCard(grid, 1, 0, tr("Purchases today"));
    m_problems = addCard(grid, 1, 1, tr("Problems waiting"));
    m_routers = addCard(grid, 1, 2, tr("Routers"));
    m_texts = addCard(grid, 1, 3, tr("Texts today"));
    m_texts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_texts, &QLabel::linkActivated, this, &DashboardPanel::textsLinkActivated);
    m_problems->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_problems, &QLabel::linkActivated, this, &DashboardPanel::problemsLinkActivated);
    m_voucherSales->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_voucherSales, &QLabel::linkActivated, this, &DashboardPanel::voucherSalesLinkActivated);

    m_byHour = new RevenueChart(tr("Revenue by hour, today"), tr("Hour (Kenyan time)"), this);
    m_byDay = new RevenueChart(tr("Revenue by day, last 30 days"), tr("Day"), this);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_byHour, 1);
    charts->addWidget(m_byDay, 1);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Dashboard</h2>"), this));
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addLayout(charts, 1);

    m_refresh = panelAction(this, QStringLiteral("view-refresh"), tr("Re&fresh"), QKeySequence::Refresh, tr("Read the figures again"));
    connect(m_refresh, &QAction::triggered, this, &DashboardPanel::refresh);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(400);
    connect(&m_coalesce, &QTimer::timeout, this, &DashboardPanel::refresh);
    m_minute.setInterval(60000);
    connect(&m_minute, &QTimer::timeout, this, &DashboardPanel::refresh);
    m_minute.start();
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        static const QStringList watched{QStringLiteral("purchases"), QStringLiteral("grants"), QStringLiteral("problems"),
                                         QStringLiteral("vouchers"), QStringLiteral("*")};
        if (watched.contains(table))
            m_coalesce.start();
    });
    showRouters();
    refresh();
}

QLabel *DashboardPanel::addCard(QGridLayout *grid, int row, int column, const QString &title)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *heading = new QLabel(title, frame);
    heading->setStyleSheet(QStringLiteral("color: #444;"));
    auto *value = new QLabel(QStringLiteral("…"), frame);
    value->setTextFormat(Qt::RichText);
    value->setAccessibleName(title);
    heading->setBuddy(value);
    auto *box = new QVBoxLayout(frame);
    box->addWidget(heading);
    box->addWidget(value);
    grid->addWidget(frame, row, column);
    return value;
}

void DashboardPanel::refresh()
{
    if (m_loading) {
        m_coalesce.start();
        return;
    }
    m_loading = true;
    app::Office &office = m_desk.office;
    m_desk.run(this,
               [&office] {
                   const models::ReportStore reports(office.db(), office.clock());
                   return Report{reports.figures(), reports.revenueByHour(), reports.revenueByDay(30)};
               },
               [this](Report report) {
                   m_loading = false;
                   if (!report.figures || !report.byHour || !report.byDay) {
                       const auto &error = !report.figures ? report.figures.error()
                                           : !report.byHour ? report.byHour.error() : report.byDay.error();
                       m_error->setText(tr("The figures could not be read: %1 They refresh by themselves when the database "
                                           "answers again.").arg(error.message));
                       m_error->show();
                       return;
                   }
                   m_error->hide();
                   const models::OfficeFigures &f = *report.figures;
                   m_revenue->setText(cardValue(models::Units::formatMoney(f.totalTodayCents()),
                                                tr("M-Pesa %1 · vouchers %2, since midnight")
                                                    .arg(models::Units::formatMoney(f.revenueTodayCents),
                                                         models::Units::formatMoney(f.voucherSalesTodayCents))));
                   m_payments->setText(cardValue(QString::number(f.paymentsToday)));
                   m_voucherSales->setText(cardValue(models::Units::formatMoney(f.voucherSalesTodayCents),
                                                     tr("%n voucher(s) sold", nullptr, f.voucherSalesToday))
                                           + QStringLiteral("<br><a href='voucher-sales'>%1</a>").arg(tr("By seller in Payments")));
                   m_online->setText(cardValue(QString::number(f.activeCustomers), tr("with live access")));
                   QStringList states;
                   const models::PurchaseState order[] = {models::PurchaseState::Active, models::PurchaseState::Paid,
                                                          models::PurchaseState::Pending, models::PurchaseState::Failed,
                                                          models::PurchaseState::Expired};
                   int total = 0;
                   for (const auto state : order) {
                       const int count = f.purchasesToday.value(models::Purchase::stateKey(state));
                       total += count;
                       if (count)
                           states << QStringLiteral("%1 %2").arg(count).arg(models::PurchaseTableModel::stateText(state));
                   }
                   m_purchases->setText(cardValue(QString::number(total), states.join(QStringLiteral(" · "))));
                   m_texts->setText(cardValue(QString::number(f.textsToday),
                                              f.textsFailedToday ? tr("%n not delivered", nullptr, f.textsFailedToday) : tr("receipts and reminders"))
                                    + QStringLiteral("<br><a href='texts'>%1</a>").arg(tr("See them in Payments")));
                   m_shownProblems = f.openProblems;
                   m_problems->setText(f.openProblems ? cardValue(QString::number(f.openProblems))
                                                            + QStringLiteral("<br><a href='payments'>%1</a>").arg(tr("Open in Payments"))
                                                      : cardValue(QStringLiteral("0"), tr("nothing to do")));
                   const QTimeZone kenya = kenyaTimeZone();
                   QStringList hours;
                   QList<qint64> hourCents;
                   QList<qint64> hourVouchers;
                   for (const auto &bucket : *report.byHour) {
                       hours << QDateTime::fromSecsSinceEpoch(bucket.start, kenya)
                                    .toString(QStringLiteral("HH"));
                       hourCents << bucket.cents;
                       hourVouchers << bucket.voucherCents;
                   }
                   m_byHour->setBars(hours, hourCents, hourVouchers, 3);
                   QStringList days;
                   QList<qint64> dayCents;
                   QList<qint64> dayVouchers;
                   for (const auto &bucket : *report.byDay) {
                       days << QDateTime::fromSecsSinceEpoch(bucket.start, kenya)
                                   .toString(QStringLiteral("d/M"));
                       dayCents << bucket.cents;
                       dayVouchers << bucket.voucherCents;
                   }
                   m_byDay->setBars(days, dayCents, dayVouchers, 5, true);
               });
}

QString DashboardPanel::revenueText() const
{
    return m_revenue->text();
}

QString DashboardPanel::textsTodayText() const
{
    return m_texts->text();
}

QString DashboardPanel::voucherSalesText() const
{
    return m_voucherSales->text();
}

void DashboardPanel::setRouterHealth(const QString &name, bool up)
{
    m_routerUp.insert(name, up);
    showRouters();
}

void DashboardPanel::setRouterNames(const QStringList &names)
{
    for (auto it = m_routerUp.begin(); it != m_routerUp.end();) {
        if (names.contains(it.key()))
            ++it;
        else
            it = m_routerUp.erase(it);
    }
    for (const QString &name : names) {
        if (!m_routerUp.contains(name))
            m_routerUp.insert(name, false);
    }
    showRouters();
}

void DashboardPanel::showRouters()
{
    int up = 0;
    QStringList down;
    for (auto it = m_routerUp.constBegin(); it != m_routerUp.constEnd(); ++it) {
        if (it.value())
            ++up;
        else
            down << it.key();
    }
    if (m_routerUp.isEmpty()) {
        m_routers->setText(cardValue(QStringLiteral("0"), tr("add one in Routers")));
        return;
    }
    down.sort();
    m_routers->setText(cardValue(tr("%1 up").arg(up), down.isEmpty() ? tr("none down") : tr("down: %1").arg(down.join(QStringLiteral(", ")))));
}

} // namespace lango::ui
