#include "ui/paymentspanel.h"

#include "app/sms/smssender.h"

#include "models/csvtable.h"
#include "models/units.h"
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
#include <QDateTime>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <limits>

namespace lango::ui {

namespace {

struct Loaded
{
    models::Result<QList<models::Purchase>> purchases;
    models::Result<QList<models::C2bPaymentRow>> paybill;
    models::Result<QList<models::SellerSales>> voucherSales;
    models::Result<QList<models::Package>> packages;
    models::Result<QList<models::Router>> routers;
    models::Result<QList<models::SmsMessage>> texts;
};

enum Tab { PurchasesTab, PaybillTab, VoucherSalesTab, ProblemsTab, TextsTab };

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
    m_voucherSalesTable = new SearchableTable(QStringLiteral("voucher-sales"), &m_voucherSales,
                                              models::VoucherSalesTableModel::SortRole, this);
    m_voucherSalesTable->setPlaceholderText(tr("Search voucher sales by seller"));
    m_voucherSalesTable->view()->setObjectName(QStringLiteral("voucherSales"));
    m_voucherSalesTable->view()->sortByColumn(models::VoucherSalesTableModel::Amount, Qt::DescendingOrder);
    m_voucherTotal = new QLabel(this);
    m_voucherTotal->setTextFormat(Qt::RichText);
    auto *voucherSales = new QWidget(this);
    auto *voucherLayout = new QVBoxLayout(voucherSales);
    voucherLayout->setContentsMargins(0, 0, 0, 0);
    voucherLayout->addWidget(m_voucherSalesTable, 1);
    voucherLayout->addWidget(m_voucherTotal);
    m_problems = new ProblemsView(m_desk, this);
    m_textTable = new SearchableTable(QStringLiteral("texts"), &m_texts, models::SmsTableModel::SortRole, this);
    m_textTable->setPlaceholderText(tr("Search texts by phone, state, words"));
    m_textTable->view()->setObjectName(QStringLiteral("texts"));
    m_textTable->view()->sortByColumn(models::SmsTableModel::Created, Qt::DescendingOrder);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_purchaseTable, tr("M-Pesa &purchases"));
    m_tabs->addTab(m_paybillTable, tr("Pay&bill payments"));
    m_tabs->addTab(voucherSales, tr("&Voucher sales"));
    m_tabs->addTab(m_problems, tr("Pro&blems"));
    m_tabs->addTab(m_textTable, tr("Te&xts"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        m_filters->setEnabled(tab != ProblemsTab && tab != TextsTab);
        m_resend->setEnabled(tab == TextsTab);
        m_filters->setDatesOnly(tab == VoucherSalesTab);   // sales by seller: the dates apply, not state, phone, router
    });

    m_sell = panelAction(this, QStringLiteral("call-start"), tr("&Sell by M-Pesa…"), QKeySequence(Qt::CTRL | Qt::Key_N),
                         tr("Send an M-Pesa prompt to a customer's phone for a package"));
    m_export = panelAction(this, QStringLiteral("document-save-as"), tr("&Export CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                           tr("Save the table shown, as filtered and sorted, as a CSV file"));
    m_refresh = panelAction(this, QStringLiteral("view-refresh"), tr("Re&fresh"), QKeySequence::Refresh, tr("Load payments again"));
    m_resend = panelAction(this, QStringLiteral("mail-send"), tr("Send text &again"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                           tr("Send the selected text to its phone once more (after a failed delivery)"));
    m_resend->setEnabled(false);
    connect(m_resend, &QAction::triggered, this, &PaymentsPanel::resendText);
    m_textTable->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_textTable->view()->addActions({m_resend, m_export});
    connect(m_sell, &QAction::triggered, this, &PaymentsPanel::sell);
    connect(m_export, &QAction::triggered, this, &PaymentsPanel::exportCsv);
    connect(m_refresh, &QAction::triggered, this, &PaymentsPanel::refresh);
    connect(m_refresh, &QAction::triggered, m_problems, &ProblemsView::refresh);
    for (SearchableTable *table : {m_purchaseTable, m_paybillTable, m_voucherSalesTable}) {
        table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
        table->view()->addActions({m_sell, m_export});
    }
    connect(m_problems, &ProblemsView::statusMessage, this, &PaymentsPanel::statusMessage);
    connect(m_problems, &ProblemsView::openCountChanged, this, &PaymentsPanel::updateTabTitles);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_sell, m_export, m_refresh, m_resend});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Payments</h2>M-Pesa purchases, paybill payments, voucher sales and problems to act on."), this));
    layout->addWidget(toolbar);
    layout->addWidget(m_filters);
    layout->addWidget(m_tabs, 1);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(500);
    connect(&m_coalesce, &QTimer::timeout, this, &PaymentsPanel::refresh);
    connect(m_filters, &PaymentFilters::changed, &m_coalesce, qOverload<>(&QTimer::start));
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        static const QStringList watched{QStringLiteral("purchases"), QStringLiteral("c2b_payments"), QStringLiteral("packages"),
                                         QStringLiteral("sms_messages"),
                                         QStringLiteral("routers"), QStringLiteral("vouchers"), QStringLiteral("*")};
        if (watched.contains(table))
            m_coalesce.start();
    });
    refresh();
}

QList<QAction *> PaymentsPanel::panelActions() const
{
    return QList<QAction *>{m_sell, m_export, m_refresh, m_resend} + m_problems->actions();
}

void PaymentsPanel::setMayManage(bool may)
{
    m_problems->setMayManage(may);
    m_export->setVisible(may);
}

void PaymentsPanel::showVoucherSales()
{
    m_tabs->setCurrentIndex(VoucherSalesTab);
}

void PaymentsPanel::showTexts()
{
    m_tabs->setCurrentIndex(TextsTab);
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
    // Voucher sales in the same dates, by when they were marked sold.
    const qint64 salesFrom = purchaseFilter.from;
    const qint64 salesTo = purchaseFilter.to > 0 ? purchaseFilter.to : std::numeric_limits<qint64>::max();
    m_desk.run(this,
               [&office, purchaseFilter, paybillFilter, salesFrom, salesTo] {
                   return Loaded{office.purchases.list(purchaseFilter), office.c2bPayments.list(paybillFilter),
                                 office.voucherSales.bySeller(salesFrom, salesTo), office.packages.list(true), office.routers.list(),
                                 office.sms.recent(1000)};
               },
               [this](Loaded loaded) {
                   m_loading = false;
                   if (!loaded.purchases || !loaded.paybill || !loaded.voucherSales || !loaded.packages || !loaded.routers) {
                       const auto &error = !loaded.purchases ? loaded.purchases.error()
                                           : !loaded.paybill ? loaded.paybill.error()
                                           : !loaded.voucherSales ? loaded.voucherSales.error()
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
                   m_voucherSales.setSales(*loaded.voucherSales);
                   m_voucherTotal->setText(tr("In these dates: <b>%n voucher(s) sold, %1</b>", nullptr, m_voucherSales.totalCount())
                                               .arg(models::Units::formatMoney(m_voucherSales.totalCents())));
                   m_problems->setRouterNames(routerNames);
                   if (loaded.texts)
                       m_texts.setRows(*loaded.texts);
               });
}

void PaymentsPanel::resendText()
{
    const QModelIndex current = m_textTable->view()->currentIndex();
    if (!current.isValid())
        return;
    const models::SmsMessage message = m_texts.row(m_textTable->proxy()->mapToSource(current).row());
    if (QMessageBox::question(this, tr("Send text again"),
                              tr("Send this text to %1 once more?\n\n%2").arg(message.phone, message.body),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    app::Office &office = m_desk.office;
    const models::AuditEntry who = m_desk.audit(QStringLiteral("sms.resend"), QStringLiteral("sms"), 0,
                                                tr("text %1 sent again").arg(message.id));
    m_desk.run(this, [&office, message, who]() -> app::Result<qint64> {
        return app::sms::SmsSender::queueFromStaff(office, QStringLiteral("again:%1:%2").arg(message.id).arg(QDateTime::currentMSecsSinceEpoch()),
                                                   message.phone, message.body, who);
    }, [this](app::Result<qint64> id) {
        if (!id) {
            QMessageBox::warning(this, tr("Text not sent again"), id.error().message);
            return;
        }
        Q_EMIT statusMessage(tr("Text queued again as %1; the office server sends it.").arg(*id));
        refresh();
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
    const int tab = m_tabs->currentIndex();
    SearchableTable *table = tab == PaybillTab        ? m_paybillTable
                             : tab == TextsTab        ? m_textTable
                             : tab == VoucherSalesTab ? m_voucherSalesTable
                             : tab == ProblemsTab     ? m_problems->table()
                                                      : m_purchaseTable;
    const QString csv = models::CsvTable::fromModel(*table->proxy());
    const int rows = table->proxy()->rowCount();
    const QString name = QStringLiteral("lango-%1-%2.csv")
                             .arg(tab == PaybillTab        ? QStringLiteral("paybill")
                                  : tab == TextsTab        ? QStringLiteral("texts")
                                  : tab == VoucherSalesTab ? QStringLiteral("voucher-sales")
                                  : tab == ProblemsTab     ? QStringLiteral("problems")
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
