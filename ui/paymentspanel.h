#pragma once

#include "models/c2btablemodel.h"
#include "models/package.h"
#include "models/purchasetablemodel.h"
#include "models/router.h"
#include "models/smstablemodel.h"
#include "models/vouchersalestablemodel.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;

namespace lango::ui {

struct Desk;
class PaymentFilters;
class ProblemsView;
class SearchableTable;

// Payments: M-Pesa purchases and paybill (C2B) payments, filtered by date,
// state, phone and router; voucher sales by seller in the same dates; the
// problems to act on; a sale by M-Pesa from the desk; CSV export of what
// is shown.
class PaymentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentsPanel)

public:
    explicit PaymentsPanel(Desk &desk, QWidget *parent = nullptr);

    QList<QAction *> panelActions() const;
    void refresh();
    void showProblems();
    void setMayManage(bool may);
    models::PurchaseTableModel &purchases() { return m_purchases; }
    models::C2bTableModel &paybill() { return m_paybill; }
    models::VoucherSalesTableModel &voucherSales() { return m_voucherSales; }
    models::SmsTableModel &texts() { return m_texts; }
    void showTexts();
    void showVoucherSales();
    ProblemsView *problems() const { return m_problems; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void sell();
    void exportCsv();
    void updateTabTitles(int openProblems);
    // A failed text again, as a new message from staff (limits apply).
    void resendText();

    Desk &m_desk;
    models::PurchaseTableModel m_purchases;
    models::C2bTableModel m_paybill;
    models::VoucherSalesTableModel m_voucherSales;
    models::SmsTableModel m_texts;
    QList<models::Package> m_packageList;
    QList<models::Router> m_routerList;
    PaymentFilters *m_filters = nullptr;
    QTabWidget *m_tabs = nullptr;
    SearchableTable *m_purchaseTable = nullptr;
    SearchableTable *m_paybillTable = nullptr;
    SearchableTable *m_voucherSalesTable = nullptr;
    SearchableTable *m_textTable = nullptr;
    QLabel *m_voucherTotal = nullptr;
    ProblemsView *m_problems = nullptr;
    QTimer m_coalesce;
    QAction *m_sell = nullptr;
    QAction *m_export = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_resend = nullptr;
    bool m_loading = false;
};

} // namespace lango::ui
