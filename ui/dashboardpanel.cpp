#include "ui/dashboardpanel.h"

#include "ui/desk.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lango::ui {

namespace {
struct Summary
{
    int packagesOnSale = -1;
    int routersEnabled = -1;
    int routersTotal = -1;
    QString error;
};
} // namespace

DashboardPanel::DashboardPanel(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_packages = new QLabel(this);
    m_routers = new QLabel(this);
    m_database = new QLabel(m_desk.office.db().url().toString(), this);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Packages on sale:"), m_packages);
    form->addRow(tr("Routers:"), m_routers);
    form->addRow(tr("Database:"), m_database);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Dashboard</h2>"), this));
    layout->addLayout(form);
    layout->addStretch(1);
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("packages") || table == QLatin1String("routers") || table == QLatin1String("*"))
            refresh();
    });
    refresh();
}

void DashboardPanel::refresh()
{
    app::Office &office = m_desk.office;
    m_desk.run(this,
               [&office] {
                   Summary summary;
                   auto packages = office.packages.list();
                   auto routers = office.routers.list();
                   if (!packages || !routers) {
                       summary.error = !packages ? packages.error().message : routers.error().message;
                       return summary;
                   }
                   summary.packagesOnSale = int(packages->size());
                   summary.routersTotal = int(routers->size());
                   summary.routersEnabled = int(std::count_if(routers->begin(), routers->end(), [](const auto &r) { return r.enabled; }));
                   return summary;
               },
               [this](Summary summary) {
                   if (!summary.error.isEmpty()) {
                       m_packages->setText(summary.error);
                       return;
                   }
                   m_packages->setText(QString::number(summary.packagesOnSale));
                   m_routers->setText(tr("%1 enabled of %2").arg(summary.routersEnabled).arg(summary.routersTotal));
               });
}

} // namespace lango::ui
