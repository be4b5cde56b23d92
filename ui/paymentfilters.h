#pragma once

#include "models/c2bpaymentstore.h"
#include "models/purchasestore.h"
#include "models/router.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace lango::ui {

// The Payments panel's filters: a date range, a state, a phone number and
// a router. Emits changed() when any of them is edited.
class PaymentFilters final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentFilters)

public:
    explicit PaymentFilters(QWidget *parent = nullptr);

    void setRouters(const QList<models::Router> &routers);
    // Empty when the filters are usable; else a sentence saying what to fix.
    QString problem() const;
    models::PurchaseFilter purchaseFilter() const;
    models::C2bFilter c2bFilter() const;
    void showProblem(const QString &text);
    // Only the dates apply (voucher sales): state, phone and router are greyed out.
    void setDatesOnly(bool datesOnly);

Q_SIGNALS:
    void changed();

private:
    qint64 fromTime() const;
    qint64 toTime() const;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_router = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace lango::ui
