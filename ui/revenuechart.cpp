#include "ui/revenuechart.h"

#include <QCategoryAxis>
#include <QLegend>
#include <QStackedBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <cmath>

namespace lango::ui {

RevenueChart::RevenueChart(const QString &title, const QString &axisTitle, QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);   // updates every few seconds: no jumping bars
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_set = new QBarSet(tr("M-Pesa"));
    m_set->setColor(QColor(0x1b, 0x7f, 0x3b));   // M-Pesa green
    m_vouchers = new QBarSet(tr("Vouchers"));
    m_vouchers->setColor(QColor(0xe0, 0x8a, 0x1e));   // printed-card amber
    auto *series = new QStackedBarSeries;
    series->append(m_set);
    series->append(m_vouchers);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    // Labels on a value axis at chosen bars: a category axis would squeeze
    // a label under each of 30 narrow bars and cut them all to "...".
    m_categories = new QCategoryAxis;
    m_categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_categories->setGridLineVisible(false);
    // Up to 30 bars side by side: small labels, so each one fits its bar.
    QFont small = m_categories->labelsFont();
    small.setPointSizeF(std::max<qreal>(6.5, small.pointSizeF() * 0.8));
    m_categories->setLabelsFont(small);
    m_categories->setTitleText(axisTitle);
    m_categories->setTitleFont(small);
    m_values = new QValueAxis;
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setTitleText(tr("KES"));
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    series->attachAxis(m_categories);
    series->attachAxis(m_values);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setAccessibleName(title);
}

void RevenueChart::setBars(const QStringList &categories, const QList<qint64> &mpesaCents, const QList<qint64> &voucherCents,
                           int labelEvery, bool fromEnd)
{
    if (m_labels != categories) {
        m_labels = categories;
        for (const QString &label : m_categories->categoriesLabels())
            m_categories->remove(label);
        m_categories->setStartValue(-0.5);
        const int step = std::max(1, labelEvery);
        for (int i = fromEnd ? int((categories.size() - 1) % step) : 0; i < categories.size(); i += step)
            m_categories->append(categories.at(i), i);   // under bar i
        m_categories->setRange(-0.5, categories.size() - 0.5);
    }
    qreal top = 0;
    QList<qreal> mpesa;
    QList<qreal> vouchers;
    mpesa.reserve(mpesaCents.size());
    vouchers.reserve(mpesaCents.size());
    for (int i = 0; i < mpesaCents.size(); ++i) {
        mpesa << qreal(mpesaCents.at(i)) / 100.0;
        vouchers << (i < voucherCents.size() ? qreal(voucherCents.at(i)) / 100.0 : 0.0);
        top = std::max(top, mpesa.last() + vouchers.last());
    }
    fill(m_set, mpesa);
    fill(m_vouchers, vouchers);
    // A round top so the axis reads well: 100, 200, 500, 1000...
    const qreal magnitude = top > 0 ? std::pow(10.0, std::floor(std::log10(top))) : 10.0;
    qreal nice = magnitude;
    for (const qreal step : {1.0, 2.0, 5.0, 10.0}) {
        nice = step * magnitude;
        if (nice >= top)
            break;
    }
    m_values->setRange(0, std::max<qreal>(nice, 10.0));
    m_values->setTickCount(6);
}

void RevenueChart::fill(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() != values.size()) {
        set->remove(0, set->count());
        set->append(values);
        return;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (set->at(i) != values.at(i))
            set->replace(i, values.at(i));
    }
}

QList<qreal> RevenueChart::values() const
{
    QList<qreal> out;
    for (int i = 0; i < m_set->count(); ++i)
        out << m_set->at(i) + (i < m_vouchers->count() ? m_vouchers->at(i) : 0.0);
    return out;
}

QList<qreal> RevenueChart::voucherValues() const
{
    QList<qreal> out;
    for (int i = 0; i < m_vouchers->count(); ++i)
        out << m_vouchers->at(i);
    return out;
}

} // namespace lango::ui
