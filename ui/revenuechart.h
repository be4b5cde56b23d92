#pragma once

#include <QChartView>

class QBarSet;
class QCategoryAxis;
class QValueAxis;

namespace lango::ui {

// A bar chart of money per hour or per day, in whole KES.
class RevenueChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueChart)

public:
    RevenueChart(const QString &title, const QString &axisTitle, QWidget *parent = nullptr);

    // One bar per category; values in cents. Only every `labelEvery`-th
    // category is written under the axis, so narrow bars stay readable,
    // counted from the last one when `fromEnd` (today is always labelled).
    void setBars(const QStringList &categories, const QList<qint64> &cents, int labelEvery = 1, bool fromEnd = false);
    QList<qreal> values() const;

private:
    QBarSet *m_set = nullptr;
    QCategoryAxis *m_categories = nullptr;
    QStringList m_labels;
    QValueAxis *m_values = nullptr;
};

} // namespace lango::ui
