#pragma once

#include <QChartView>

class QBarSet;
class QCategoryAxis;
class QValueAxis;

namespace lango::ui {

// A bar chart of money per hour or per day, in whole KES: M-Pesa and
// voucher sales stacked in one bar.
class RevenueChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueChart)

public:
    RevenueChart(const QString &title, const QString &axisTitle, QWidget *parent = nullptr);

    // One bar per category; values in cents. Only every `labelEvery`-th
    // category is written under the axis, so narrow bars stay readable,
    // counted from the last one when `fromEnd` (today is always labelled).
    void setBars(const QStringList &categories, const QList<qint64> &cents, int labelEvery = 1, bool fromEnd = false)
    {
        setBars(categories, cents, {}, labelEvery, fromEnd);
    }
    // The same with voucher sales stacked on M-Pesa (empty = none).
    void setBars(const QStringList &categories, const QList<qint64> &mpesaCents, const QList<qint64> &voucherCents,
                 int labelEvery = 1, bool fromEnd = false);
    // Each bar's total in KES (M-Pesa + vouchers), and the voucher part alone.
    QList<qreal> values() const;
    QList<qreal> voucherValues() const;

private:
    static void fill(QBarSet *set, const QList<qreal> &values);

    QBarSet *m_set = nullptr;
    QBarSet *m_vouchers = nullptr;
    QCategoryAxis *m_categories = nullptr;
    QStringList m_labels;
    QValueAxis *m_values = nullptr;
};

} // namespace lango::ui
