#include "ui/paymentspanel.h"

#include "models/csvtable.h"
#include "ui/desk.h"
#include "ui/panelaction.h"
#include "ui/paymentfilters.h"
#include "ui/problemsview.h"
#include "ui/searchabletable.h"
#include "ui/stkpushdialog.h"

#include <QDate>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lango::ui {

namespace {

struct Loaded
{
    models::Result<QList<models::Purchase>> purchases;
    models::Result<QList<models::C2bPaymentRow>> paybill;
    models::Result<QList<models::Package>> packages;
    models::Result<QList<models::Router>> routers;
};

enum Tab { PurchasesTab, PaybillTab, ProblemsTab };

} // namespace

PaymentsPanel::PaymentsPanel(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_filters = new PaymentFilters(this);
    m_purchaseTable = new SearchableTable(QStringLiteral("purchases"), &m_purchases, models::PurchaseTableModel::SortRole, this);
    m_purchaseTable->setPlaceholderText(tr("Search purchases by phone, receipt, package"));
    m_purchaseTable->view()->sortByColumn(models::PurchaseTableModel::Started, Qt::DescendingOrder);
    m_paybillTable = new SearchableTable(QStringLiteral("paybill"), &m_paybill, models::C2bTableModel::SortRole, this);
    m_paybillTable->setPlaceholderText(tr("Search paybill payments by receipt, name, account"));
    m_paybillTable->view()->sortByColumn(models::C2bTableModel::Received, Qt::DescendingOrder);
    m_problems = new ProblemsView(m_desk, this);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_purchaseTable, tr("M-Pesa &purchases"));
    m_tabs->addTab(m_paybillTable, tr("Pay&bill payments"));
    m_tabs->addTab(m_problems, tr("Pro&blems"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) { m_filters->setEnabled(tab != ProblemsTab); });

    m_sell = panelAction(this, QStringLiteral("call-start"), tr("&Sell by M-Pesa…"), QKeySequence(Qt::CTRL | Qt::Key_N),
                         tr("Send an M-Pesa prompt to a customer's phone for a package"));
    m_export = panelAction(this, QStringLiteral("document-save-as"), tr("&Export CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                           tr("Save the table shown, as filtered and sorted, as a CSV file"));
    m_refresh = panelAction(this, QStringLiteral("view-refresh"), tr("Re&fresh"), QKeySequence::Refresh, tr("Load payments again"));
    connect(m_sell, &QAction::triggered, this, &PaymentsPanel::sell);
    connect(m_export, &QAction::triggered, this, &PaymentsPanel::exportCsv);
    connect(m_refresh, &QAction::triggered, this, &PaymentsPanel::refresh);
    connect(m_refresh, &QAction::triggered, m_problems, &ProblemsView::refresh);
    for (SearchableTable *table : {m_purchaseTable, m_paybillTable}) {
        table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
        table->view()->addActions({m_sell, m_export});
    }
    connect(m_problems, &ProblemsView::statusMessage, this, &PaymentsPanel::statusMessage);
    connect(m_problems, &ProblemsView::openCountChanged, this, &PaymentsPanel::updateTabTitles);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_sell, m_export, m_refresh});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Payments</h2>M-Pesa purchases, paybill payments and problems to act on."), this));
    layout->addWidget(toolbar);
    layout->addWidget(m_filters);
    layout->addWidget(m_tabs, 1);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(500);
    connect(&m_coalesce, &QTimer::timeout, this, &PaymentsPanel::refresh);
    connect(m_filters, &PaymentFilters::changed, &m_coalesce, qOverload<>(&QTimer::start));
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        static const QStringList watched{QStringLiteral("purchases"), QStringLiteral("c2b_payments"), QStringLiteral("packages"),
                                         QStringLiteral("routers"), QStringLiteral("*")};
        if (watched.contains(table))
            m_coalesce.start();
    });
    refresh();
}

QList<QAction *> PaymentsPanel::panelActions() const
{
    return QList<QAction *>{m_sell, m_export, m_refresh} + m_problems->actions();
}

void PaymentsPanel::setMayManage(bool may)
{
    m_problems->setMayManage(may);
    m_export->setVisible(may);
}

void PaymentsPanel::showProblems()
{
    m_tabs->setCurrentIndex(ProblemsTab);
}

void PaymentsPanel::updateTabTitles(int openProblems)
{
    m_tabs->setTabText(ProblemsTab, openProblems ? tr("Pro&blems (%1)").arg(openProblems) : tr("Pro&blems"));
}

void PaymentsPanel::refresh()
{
    const QString problem = m_filters->problem();
    m_filters->showProblem(problem);
    if (!problem.isEmpty())
        return;
    if (m_loading) {
        m_coalesce.start();
        return;
    }
    m_loading = true;
    app::Office &office = m_desk.office;
    const models::PurchaseFilter purchaseFilter = m_filters->purchaseFilter();
    const models::C2bFilter paybillFilter = m_filters->c2bFilter();
    m_desk.run(this,
               [&office, purchaseFilter, paybillFilter] {
                   const models::C2bPaymentStore paybill(office.db(), office.clock());
                   return Loaded{office.purchases.list(purchaseFilter), paybill.list(paybillFilter), office.packages.list(true),
                                 office.routers.list()};
               },
               [this](Loaded loaded) {
                   m_loading = false;
                   if (!loaded.purchases || !loaded.paybill || !loaded.packages || !loaded.routers) {
                       const auto &error = !loaded.purchases ? loaded.purchases.error()
                                           : !loaded.paybill ? loaded.paybill.error()
                                           : !loaded.packages ? loaded.packages.error() : loaded.routers.error();
                       Q_EMIT statusMessage(tr("Could not load payments: %1").arg(error.message));
                       return;
                   }
                   m_packageList = *loaded.packages;
                   m_routerList = *loaded.routers;
                   QHash<qint64, QString> packageNames;
                   for (const models::Package &package : m_packageList)
                       packageNames.insert(package.id, package.name);
                   QHash<qint64, QString> routerNames;
                   for (const models::Router &router : m_routerList)
                       routerNames.insert(router.id, router.name);
                   m_filters->setRouters(m_routerList);
                   m_purchases.setNames(packageNames, routerNames);
                   m_purchases.setRows(*loaded.purchases);
                   m_paybill.setRows(*loaded.paybill);
                   m_problems->setRouterNames(routerNames);
               });
}

void PaymentsPanel::sell()
{
    auto *dialog = new StkPushDialog(m_desk, m_packageList, m_routerList, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StkPushDialog::statusMessage, this, &PaymentsPanel::statusMessage);
    connect(dialog, &QDialog::finished, this, &PaymentsPanel::refresh);
    dialog->open();
}

void PaymentsPanel::exportCsv()
{
    SearchableTable *table = m_tabs->currentIndex() == PaybillTab    ? m_paybillTable
                             : m_tabs->currentIndex() == ProblemsTab ? m_problems->table()
                                                                     : m_purchaseTable;
    const QString csv = models::CsvTable::fromModel(*table->proxy());
    const int rows = table->proxy()->rowCount();
    const QString name = QStringLiteral("lango-%1-%2.csv")
                             .arg(m_tabs->currentIndex() == PaybillTab ? QStringLiteral("paybill")
                                  : m_tabs->currentIndex() == ProblemsTab ? QStringLiteral("problems")
                                                                          : QStringLiteral("purchases"),
                                  QDate::currentDate().toString(Qt::ISODate));
    auto *dialog = new QFileDialog(this, tr("Export CSV"), name, tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, csv, rows](const QString &path) {
        // Written off the GUI thread: a network drive may be slow.
        m_desk.run(this,
                   [path, csv]() -> QString {
                       QSaveFile file(path);
                       if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit())
                           return file.errorString();
                       return {};
                   },
                   [this, path, rows](const QString &error) {
                       if (!error.isEmpty()) {
                           QMessageBox::warning(this, tr("Not exported"),
                                                tr("%1 could not be written: %2\nChoose another folder.").arg(path, error));
                           return;
                       }
                       Q_EMIT statusMessage(tr("%1 rows exported to %2.").arg(rows).arg(path));
                   });
    });
    dialog->open();
}

} // namespace lango::ui
