#include "ui/paymentfilters.h"

#include "app/mpesa/phonenumber.h"
#include "models/purchasetablemodel.h"
#include "models/router.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace lango::ui {

namespace {
QLabel *labelFor(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

PaymentFilters::PaymentFilters(QWidget *parent)
    : QWidget(parent)
{
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-6), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &PaymentFilters::changed);
    }
    m_state = new QComboBox(this);
    m_state->addItem(tr("Any"), QString());
    for (const auto state : {models::PurchaseState::Pending, models::PurchaseState::Paid, models::PurchaseState::Active,
                             models::PurchaseState::Failed, models::PurchaseState::Expired})
        m_state->addItem(models::PurchaseTableModel::stateText(state), models::Purchase::stateKey(state));
    connect(m_state, &QComboBox::currentIndexChanged, this, &PaymentFilters::changed);
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("e.g. 0712 345 678"));
    m_phone->setClearButtonEnabled(true);
    connect(m_phone, &QLineEdit::editingFinished, this, &PaymentFilters::changed);
    connect(m_phone, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            Q_EMIT changed();
    });
    m_router = new QComboBox(this);
    m_router->addItem(tr("All routers"), qint64(0));
    connect(m_router, &QComboBox::currentIndexChanged, this, &PaymentFilters::changed);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(labelFor(tr("F&rom:"), m_from, this), 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(labelFor(tr("&To:"), m_to, this), 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(labelFor(tr("S&tate:"), m_state, this), 0, 4);
    grid->addWidget(m_state, 0, 5);
    grid->addWidget(labelFor(tr("&Phone:"), m_phone, this), 0, 6);
    grid->addWidget(m_phone, 0, 7);
    grid->addWidget(labelFor(tr("Ro&uter:"), m_router, this), 0, 8);
    grid->addWidget(m_router, 0, 9);
    grid->setColumnStretch(7, 1);
    grid->addWidget(m_problem, 1, 0, 1, 10);
}

void PaymentFilters::setRouters(const QList<models::Router> &routers)
{
    const qint64 chosen = m_router->currentData().toLongLong();
    QSignalBlocker blocker(m_router);
    m_router->clear();
    m_router->addItem(tr("All routers"), qint64(0));
    for (const models::Router &router : routers)
        m_router->addItem(router.name, router.id);
    m_router->setCurrentIndex(std::max(0, m_router->findData(chosen)));
}

QString PaymentFilters::problem() const
{
    if (m_from->date() > m_to->date())
        return tr("The \"From\" date is after the \"To\" date.");
    const QString phone = m_phone->text().trimmed();
    if (!phone.isEmpty() && !app::mpesa::PhoneNumber::parse(phone))
        return tr("Write the phone number as 07XX XXX XXX, 01XX XXX XXX or 2547XXXXXXXX.");
    return {};
}

void PaymentFilters::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void PaymentFilters::setDatesOnly(bool datesOnly)
{
    for (QWidget *field : {static_cast<QWidget *>(m_state), static_cast<QWidget *>(m_phone), static_cast<QWidget *>(m_router)})
        field->setEnabled(!datesOnly);
}

qint64 PaymentFilters::fromTime() const
{
    return m_from->date().startOfDay().toSecsSinceEpoch();
}

qint64 PaymentFilters::toTime() const
{
    return m_to->date().addDays(1).startOfDay().toSecsSinceEpoch();
}

models::PurchaseFilter PaymentFilters::purchaseFilter() const
{
    models::PurchaseFilter filter;
    filter.from = fromTime();
    filter.to = toTime();
    filter.state = models::Purchase::stateFromKey(m_state->currentData().toString());
    filter.routerId = m_router->currentData().toLongLong();
    if (auto phone = app::mpesa::PhoneNumber::parse(m_phone->text().trimmed()))
        filter.phone = phone->msisdn();
    filter.limit = 5000;
    return filter;
}

models::C2bFilter PaymentFilters::c2bFilter() const
{
    models::C2bFilter filter;
    filter.from = fromTime();
    filter.to = toTime();
    // Safaricom masks the middle of C2B numbers: match on the last digits.
    if (auto phone = app::mpesa::PhoneNumber::parse(m_phone->text().trimmed()))
        filter.phone = phone->msisdn().right(3);
    filter.limit = 5000;
    return filter;
}

} // namespace lango::ui
