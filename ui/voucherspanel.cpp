#include "ui/voucherspanel.h"

#include "app/core/paths.h"
#include "app/staff/permissions.h"
#include "app/vouchers/voucherprinting.h"
#include "models/units.h"
#include "models/vouchercsv.h"
#include "ui/desk.h"
#include "ui/searchabletable.h"
#include "ui/voucherbatchjobs.h"
#include "ui/vouchergeneratedialog.h"
#include "ui/voucherprintdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lango::ui {

namespace {

struct Loaded
{
    models::Result<QList<models::VoucherBatch>> batches;
    models::Result<QList<models::StaffMember>> staff;
};

struct GenerateChoices
{
    models::Result<QList<models::Package>> packages;
    models::Result<QList<models::Router>> routers;
    models::Result<QList<models::StaffMember>> staff;
};

QAction *makeAction(QWidget *owner, const QString &icon, const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, owner);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setStatusTip(tip);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}

// Fits the columns to the first rows shown, unless the desk keeps a layout
// the person chose (SearchableTable restores it under the same key).
void fitColumnsOnce(QTableView *view, const QString &settingsKey, bool *done)
{
    if (*done || view->model()->rowCount() == 0)
        return;
    *done = true;
    const QSettings settings(app::Paths::desktopSettingsFile(), QSettings::IniFormat);
    if (!settings.contains(QStringLiteral("ui/%1/header").arg(settingsKey)))
        view->resizeColumnsToContents();
}

} // namespace

VouchersPanel::VouchersPanel(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_jobs = new VoucherBatchJobs(desk, this);
    m_batchTable = new SearchableTable(QStringLiteral("voucher-batches"), &m_batches, models::VoucherBatchTableModel::SortRole, this);
    m_batchTable->setPlaceholderText(tr("Search batches by package, router, seller"));
    m_batchTable->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_batchTable->view()->setObjectName(QStringLiteral("voucherBatches"));
    m_batchTable->view()->sortByColumn(models::VoucherBatchTableModel::Id, Qt::DescendingOrder);

    m_stateFilter.setSourceModel(&m_vouchers);
    m_stateFilter.setFilterRole(models::VoucherTableModel::StateRole);
    m_stateFilter.setFilterKeyColumn(0);
    m_voucherTable = new SearchableTable(QStringLiteral("vouchers"), &m_stateFilter, models::VoucherTableModel::SortRole, this);
    m_voucherTable->setPlaceholderText(tr("Search codes, devices"));
    m_voucherTable->view()->setObjectName(QStringLiteral("vouchers"));
    m_state = new QComboBox(this);
    m_state->addItem(tr("All states"), QString());
    for (const models::VoucherState s : {models::VoucherState::Unused, models::VoucherState::InUse, models::VoucherState::Expired,
                                         models::VoucherState::Retired})
        m_state->addItem(models::Voucher::stateLabel(s), models::Voucher::stateKey(s));
    auto *stateLabel = new QLabel(tr("S&how:"), this);
    stateLabel->setBuddy(m_state);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_state->currentData().toString();
        m_stateFilter.setFilterRegularExpression(key.isEmpty() ? QRegularExpression()
                                                               : QRegularExpression(QLatin1Char('^') + key + QLatin1Char('$')));
    });

    sizeVoucherColumns();
    createActions();
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_generate, m_push, m_print, m_reprint, m_export});
    toolbar->addSeparator();
    toolbar->addActions({m_sell, m_retire, m_sync});

    m_sales = new QLabel(this);
    m_sales->setTextFormat(Qt::RichText);
    m_batchTitle = new QLabel(tr("Choose a batch above to see its vouchers."), this);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_batchTitle, 1);
    filterRow->addWidget(stateLabel);
    filterRow->addWidget(m_state);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(filterRow);
    lowerLayout->addWidget(m_voucherTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_batchTable);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *title = new QLabel(tr("<h2>Vouchers</h2>Printed codes for customers without M-Pesa: make them, put them on the "
                                "router, print, sell."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_sales);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_batchTable, &SearchableTable::selectionChanged, this, &VouchersPanel::batchSelected);
    connect(m_voucherTable, &SearchableTable::selectionChanged, this, &VouchersPanel::updateActions);
    m_batchTable->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_batchTable->view()->addActions({m_print, m_push, m_export, m_retire});
    m_voucherTable->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_voucherTable->view()->addActions({m_reprint, m_sell});
    connect(m_jobs, &VoucherBatchJobs::statusMessage, this, &VouchersPanel::statusMessage);
    connect(m_jobs, &VoucherBatchJobs::changed, this, [this](qint64 batchId) {
        if (batchId && !m_batchId)
            m_batchId = batchId;
        refresh();
    });
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("vouchers") || table == QLatin1String("voucher_batches")
            || table == QLatin1String("voucher_pushes") || table == QLatin1String("*"))
            refresh();
    });
    updateActions();
    refresh();
}

void VouchersPanel::sizeVoucherColumns()
{
    // Widths for what the columns hold, unless the desk keeps a chosen layout.
    const QSettings settings(app::Paths::desktopSettingsFile(), QSettings::IniFormat);
    if (settings.contains(QStringLiteral("ui/vouchers/header")))
        return;
    QTableView *view = m_voucherTable->view();
    const QFontMetrics metrics(view->font());
    const QList<QPair<int, QString>> samples{
        {models::VoucherTableModel::Code, QStringLiteral("MMMMMMMMMMMMM")},
        {models::VoucherTableModel::State, models::VoucherTableModel::tr("Unused (not on a router yet)")},
        {models::VoucherTableModel::Sold, QStringLiteral("2026-12-31 23:59 by Wanjiku Mwangi")},
        {models::VoucherTableModel::FirstUse, QStringLiteral("2026-12-31 23:59")},
        {models::VoucherTableModel::Mac, QStringLiteral("AA:BB:CC:DD:EE:FF")}};
    for (const auto &[column, sample] : samples)
        view->setColumnWidth(column, metrics.horizontalAdvance(sample) + 24);
}

void VouchersPanel::createActions()
{
    m_generate = makeAction(this, QStringLiteral("list-add"), tr("&Generate…"), QKeySequence::New,
                            tr("Make a batch of vouchers and put them on the router"));
    m_push = makeAction(this, QStringLiteral("go-up"), tr("Put on &router"), QKeySequence(Qt::CTRL | Qt::Key_U),
                        tr("Put the batch's vouchers that are not there yet on the router"));
    m_print = makeAction(this, QStringLiteral("document-print"), tr("&Print…"), QKeySequence::Print,
                         tr("Print the batch's cards (A4 or receipt roll) or save them as PDF"));
    m_reprint = makeAction(this, QStringLiteral("document-print-preview"), tr("Re&print card…"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Print the selected voucher cards again"));
    m_export = makeAction(this, QStringLiteral("document-save-as"), tr("&Export CSV…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          tr("Save the batch's codes as a spreadsheet file"));
    m_sell = makeAction(this, QStringLiteral("emblem-default"), tr("Mark &sold"), QKeySequence(Qt::CTRL | Qt::Key_M),
                        tr("Record that the selected vouchers were sold, by you, now"));
    m_retire = makeAction(this, QStringLiteral("edit-delete"), tr("Re&tire batch…"), QKeySequence::Delete,
                          tr("Stop the batch's unused vouchers and remove them from the router"));
    m_sync = makeAction(this, QStringLiteral("view-refresh"), tr("Refresh from r&outer"), QKeySequence(Qt::CTRL | Qt::Key_R),
                        tr("Read first use, device and expiry of the vouchers back from the routers"));
    m_refresh = makeAction(this, QStringLiteral("view-refresh"), tr("Re&load"), QKeySequence::Refresh, tr("Reload the list"));
    connect(m_generate, &QAction::triggered, this, &VouchersPanel::generate);
    connect(m_push, &QAction::triggered, this, [this] { m_jobs->push(m_batchId); });
    connect(m_print, &QAction::triggered, this, [this] { print(false); });
    connect(m_reprint, &QAction::triggered, this, [this] { print(true); });
    connect(m_export, &QAction::triggered, this, &VouchersPanel::exportCsv);
    connect(m_sell, &QAction::triggered, this, &VouchersPanel::markSold);
    connect(m_retire, &QAction::triggered, this, &VouchersPanel::retire);
    connect(m_sync, &QAction::triggered, m_jobs, &VoucherBatchJobs::syncRouters);
    connect(m_refresh, &QAction::triggered, this, &VouchersPanel::refresh);
    // Sellers make, print and sell batches of their own; retiring is the office's.
    m_generate->setVisible(app::Permissions::allows(m_desk.role, app::Permission::GenerateVouchers));
    m_push->setVisible(app::Permissions::allows(m_desk.role, app::Permission::GenerateVouchers));
    m_retire->setVisible(app::Permissions::allows(m_desk.role, app::Permission::ManageVouchers));
}

QList<QAction *> VouchersPanel::panelActions() const
{
    return {m_generate, m_push, m_print, m_reprint, m_export, m_sell, m_retire, m_sync, m_refresh};
}

bool VouchersPanel::isSeller() const
{
    return m_desk.role == models::Role::Seller;
}

void VouchersPanel::refresh()
{
    app::Office &office = m_desk.office;
    models::VoucherBatchFilter filter;
    if (isSeller())
        filter.sellerId = m_desk.staffId > 0 ? m_desk.staffId : -1;   // a seller never sees others' batches
    m_desk.run(this, [&office, filter] { return Loaded{office.vouchers.batches(filter), office.staff.list()}; },
               [this](Loaded loaded) {
                   if (!loaded.batches || !loaded.staff) {
                       Q_EMIT statusMessage(tr("Could not load vouchers: %1")
                                                .arg((!loaded.batches ? loaded.batches.error() : loaded.staff.error()).message));
                       return;
                   }
                   QHash<qint64, QString> names;
                   for (const models::StaffMember &s : *loaded.staff)
                       names.insert(s.id, s.displayName.isEmpty() ? s.username : s.displayName);
                   m_vouchers.setStaffNames(names);
                   m_batches.setRows(*loaded.batches);
                   fitColumnsOnce(m_batchTable->view(), QStringLiteral("voucher-batches"), &m_batchColumnsFitted);
                   // Keep the batch shown; else show the newest.
                   int wanted = m_batches.indexOfId(m_batchId);
                   if (wanted < 0 && m_batches.rowCount() > 0)
                       wanted = 0;
                   if (wanted >= 0 && m_batchTable->currentSourceRow() != wanted) {
                       const QModelIndex index = m_batchTable->proxy()->mapFromSource(m_batches.index(wanted, 0));
                       m_batchTable->view()->selectionModel()->setCurrentIndex(
                           index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                   }
                   batchSelected();
               });
    loadSales();
}

void VouchersPanel::batchSelected()
{
    const int row = m_batchTable->currentSourceRow();
    m_batchId = row >= 0 ? m_batches.row(row).id : 0;
    if (row >= 0) {
        const models::VoucherBatch &b = m_batches.row(row);
        m_batchTitle->setText(tr("<b>Batch %1</b> · %2 · %3 · %n voucher(s)", nullptr, b.count)
                                  .arg(b.id).arg(b.packageName.toHtmlEscaped(),
                                                 b.routerId ? b.routerName.toHtmlEscaped() : tr("all routers")));
    }
    loadVouchers();
    updateActions();
}

void VouchersPanel::loadVouchers()
{
    if (!m_batchId) {
        m_vouchers.setRows({});
        return;
    }
    app::Office &office = m_desk.office;
    const qint64 batchId = m_batchId;
    m_desk.run(this, [&office, batchId] { return office.vouchers.vouchers(batchId); },
               [this, batchId](models::Result<QList<models::Voucher>> vouchers) {
                   if (batchId != m_batchId)
                       return;   // another batch was chosen meanwhile
                   if (!vouchers) {
                       Q_EMIT statusMessage(tr("Could not load the vouchers: %1").arg(vouchers.error().message));
                       return;
                   }
                   m_vouchers.setRows(*vouchers);
                   updateActions();
               });
}

void VouchersPanel::loadSales()
{
    app::Office &office = m_desk.office;
    const int offset = QDateTime::currentDateTime().offsetFromUtc();
    const qint64 seller = isSeller() ? m_desk.staffId : 0;
    m_desk.run(this, [&office, offset, seller] { return office.voucherSales.today(offset, seller); },
               [this, seller](models::Result<models::DaySales> today) {
                   if (!today)
                       return;
                   const QString who = seller ? tr("You sold today") : tr("Sold today");
                   m_sales->setText(tr("%1: <b>%n voucher(s), %2</b>", nullptr, today->count)
                                        .arg(who, models::Units::formatMoney(today->cents)));
               });
}

void VouchersPanel::updateActions()
{
    const int row = m_batchTable->currentSourceRow();
    const bool batch = row >= 0;
    const bool live = batch && !m_batches.row(row).isRetired();
    const bool codes = !m_voucherTable->selectedSourceRows().isEmpty();
    m_push->setEnabled(live);
    m_print->setEnabled(batch);
    m_export->setEnabled(batch);
    m_retire->setEnabled(live);
    m_reprint->setEnabled(codes);
    m_sell->setEnabled(codes);
}

int VouchersPanel::voucherRow(int filteredRow) const
{
    return m_stateFilter.mapToSource(m_stateFilter.index(filteredRow, 0)).row();
}

QStringList VouchersPanel::selectedCodes() const
{
    QStringList codes;
    const QList<int> rows = m_voucherTable->selectedSourceRows();
    for (const int row : rows) {
        const int source = voucherRow(row);
        if (source >= 0)
            codes << m_vouchers.row(source).code;
    }
    codes.removeDuplicates();
    return codes;
}

void VouchersPanel::generate()
{
    app::Office &office = m_desk.office;
    m_desk.run(this, [&office] { return GenerateChoices{office.packages.list(), office.routers.list(), office.staff.list()}; },
               [this](GenerateChoices choices) {
                   if (!choices.packages || !choices.routers || !choices.staff) {
                       Q_EMIT statusMessage(tr("Could not load packages and routers."));
                       return;
                   }
                   auto *dialog = new VoucherGenerateDialog(*choices.packages, *choices.routers, *choices.staff, this);
                   dialog->setAttribute(Qt::WA_DeleteOnClose);
                   if (isSeller())
                       dialog->fixSeller(m_desk.staffId, tr("You"));
                   connect(dialog, &QDialog::accepted, this, [this, dialog] {
                       m_batchId = 0;
                       m_jobs->generate(dialog->request());
                   });
                   dialog->open();
               });
}

void VouchersPanel::print(bool selectedOnly)
{
    if (!m_batchId)
        return;
    const QStringList codes = selectedOnly ? selectedCodes() : QStringList();
    app::Office &office = m_desk.office;
    const qint64 batchId = m_batchId;
    m_desk.run(this,
               // A batch: its cards still to sell; a reprint: the chosen codes, refused when one cannot work.
               [&office, batchId, codes] { return app::VoucherCards::load(office, batchId, codes); },
               [this, batchId, selectedOnly](app::Result<app::CardSheet> sheet) {
                   if (!sheet) {
                       auto *box = new QMessageBox(QMessageBox::Information, selectedOnly ? tr("Card not printed") : tr("Nothing to print"),
                                                   sheet.error().message, QMessageBox::Ok, this);
                       box->setAttribute(Qt::WA_DeleteOnClose);
                       box->open();
                       return;
                   }
                   auto *dialog = new VoucherPrintDialog(*sheet, this);
                   dialog->setAttribute(Qt::WA_DeleteOnClose);
                   connect(dialog, &VoucherPrintDialog::statusMessage, this, &VouchersPanel::statusMessage);
                   connect(dialog, &VoucherPrintDialog::printed, this, [this, batchId](int cards) { m_jobs->recordPrint(batchId, cards); });
                   dialog->open();
               });
}

void VouchersPanel::exportCsv()
{
    if (!m_batchId)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export vouchers"),
                                                      QDir::homePath() + QStringLiteral("/vouchers-%1.csv").arg(m_batchId),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    app::Office &office = m_desk.office;
    const qint64 batchId = m_batchId;
    m_desk.run(this,
               [&office, batchId, path]() -> models::Result<int> {
                   auto vouchers = office.vouchers.vouchers(batchId);
                   if (!vouchers)
                       return vouchers.error();
                   QHash<qint64, QString> passwords;
                   for (const models::Voucher &v : *vouchers) {
                       if (v.pinSealed.isEmpty())
                           continue;
                       auto pin = office.box().open(v.pinSealed);
                       if (!pin)
                           return pin.error();
                       passwords.insert(v.id, *pin);
                   }
                   QFile file(path);
                   if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(models::VoucherCsv::write(*vouchers, passwords)) < 0)
                       return models::Error{models::ErrorCode::Invalid,
                                            tr("Cannot write %1. Choose a folder you may write to.").arg(path), file.errorString()};
                   return int(vouchers->size());
               },
               [this, path](models::Result<int> written) {
                   if (!written) {
                       QMessageBox::warning(this, tr("Not exported"), written.error().message);
                       return;
                   }
                   Q_EMIT statusMessage(tr("Exported %n voucher(s) to %1.", nullptr, *written).arg(path));
               });
}

void VouchersPanel::markSold()
{
    const QStringList codes = selectedCodes();
    if (!codes.isEmpty())
        m_jobs->sell(codes);
}

void VouchersPanel::retire()
{
    const int row = m_batchTable->currentSourceRow();
    if (row < 0)
        return;
    const models::VoucherBatch batch = m_batches.row(row);
    const auto answer = QMessageBox::question(
        this, tr("Retire batch"),
        tr("Retire batch %1 (%2)?\n\nIts unused vouchers (%n) stop working and are removed from the router. "
           "Vouchers already in use keep running until they expire. This cannot be undone.", nullptr, batch.unused)
            .arg(batch.id).arg(batch.packageName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_jobs->retire(batch.id);
}

} // namespace lango::ui
