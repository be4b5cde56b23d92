#pragma once

#include "models/voucherbatchtablemodel.h"
#include "models/vouchertablemodel.h"

#include <QSortFilterProxyModel>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace lango::ui {

struct Desk;
class SearchableTable;
class VoucherBatchJobs;

// Vouchers: the batches, the selected batch's codes (searchable, sortable,
// filtered by state), and the commands around them: generate and put on the
// router, print or reprint cards, export CSV, mark sold, retire, read the
// routers back. A seller sees only their own batches and makes batches
// for themselves only.
class VouchersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VouchersPanel)

public:
    explicit VouchersPanel(Desk &desk, QWidget *parent = nullptr);

    QList<QAction *> panelActions() const;
    void refresh();
    // For tests and the dashboard: the batch shown below the batch list.
    qint64 currentBatchId() const { return m_batchId; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void createActions();
    void sizeVoucherColumns();
    void loadVouchers();
    void loadSales();
    void updateActions();
    void batchSelected();
    void generate();
    void print(bool selectedOnly);
    void exportCsv();
    void markSold();
    void retire();
    QStringList selectedCodes() const;
    int voucherRow(int filteredRow) const;
    bool isSeller() const;

    Desk &m_desk;
    models::VoucherBatchTableModel m_batches;
    models::VoucherTableModel m_vouchers;
    QSortFilterProxyModel m_stateFilter;
    SearchableTable *m_batchTable = nullptr;
    SearchableTable *m_voucherTable = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_sales = nullptr;
    QLabel *m_batchTitle = nullptr;
    VoucherBatchJobs *m_jobs = nullptr;
    qint64 m_batchId = 0;
    bool m_batchColumnsFitted = false;
    QAction *m_generate = nullptr;
    QAction *m_push = nullptr;
    QAction *m_print = nullptr;
    QAction *m_reprint = nullptr;
    QAction *m_export = nullptr;
    QAction *m_sell = nullptr;
    QAction *m_retire = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace lango::ui
