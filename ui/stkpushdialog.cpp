#include "ui/stkpushdialog.h"

#include "app/billing/billingservice.h"
#include "app/desk/localservices.h"
#include "app/mpesa/phonenumber.h"
#include "app/core/paths.h"
#include "models/timetext.h"
#include "models/units.h"
#include "ui/desk.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lango::ui {

namespace {
constexpr int kPollMs = 2000;
constexpr qint64 kGiveUpMs = 3 * 60 * 1000;   // M-Pesa prompts time out after about a minute
}

StkPushDialog::StkPushDialog(Desk &desk, const QList<models::Package> &packages, const QList<models::Router> &routers,
                             QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setWindowTitle(tr("Sell by M-Pesa"));
    auto *form = new QWidget(this);
    m_phone = new QLineEdit(form);
    m_phone->setPlaceholderText(tr("the customer's M-Pesa number, e.g. 0712 345 678"));
    m_package = new QComboBox(form);
    for (const models::Package &package : packages) {
        if (!package.retired)
            m_package->addItem(QStringLiteral("%1 — %2").arg(package.name, models::Units::formatMoney(package.priceCents)), package.id);
    }
    m_router = new QComboBox(form);
    for (const models::Router &router : routers) {
        if (router.enabled)
            m_router->addItem(router.name, router.name);
    }
    m_error = new QLabel(form);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *fields = new QFormLayout(form);
    fields->addRow(new QLabel(tr("The customer gets a prompt on their phone and pays with their M-Pesa PIN. Once paid, "
                                 "Lango shows the username and password to give them."), form));
    fields->addRow(tr("&Phone:"), m_phone);
    fields->addRow(tr("P&ackage:"), m_package);
    fields->addRow(tr("&Router:"), m_router);
    fields->addRow(m_error);

    auto *waiting = new QWidget(this);
    m_waiting = new QLabel(waiting);
    m_waiting->setWordWrap(true);
    m_busy = new QProgressBar(waiting);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Waiting for the payment"));
    auto *waitingLayout = new QVBoxLayout(waiting);
    waitingLayout->addWidget(m_waiting);
    waitingLayout->addWidget(m_busy);
    waitingLayout->addStretch(1);

    auto *result = new QWidget(this);
    m_result = new QLabel(result);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->addWidget(m_result);
    resultLayout->addStretch(1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(form);
    m_pages->addWidget(waiting);
    m_pages->addWidget(result);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Send prompt"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StkPushDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StkPushDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    resize(460, 260);

    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &StkPushDialog::poll);
    if (m_package->count() == 0 || m_router->count() == 0)
        showError(tr("There is no package on sale or no enabled router yet. Add them first."));
}

void StkPushDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void StkPushDialog::accept()
{
    if (m_pages->currentIndex() != 0) {
        QDialog::accept();   // "Close" on the result page
        return;
    }
    send();
}

void StkPushDialog::send()
{
    auto phone = app::mpesa::PhoneNumber::parse(m_phone->text());
    if (!phone) {
        showError(phone.error().message);
        m_phone->setFocus();
        return;
    }
    if (m_package->currentIndex() < 0 || m_router->currentIndex() < 0) {
        showError(tr("Choose a package and a router."));
        return;
    }
    if (!m_desk.services) {
        showError(tr("The services are still starting; try again in a moment."));
        return;
    }
    showError({});
    app::PurchaseRequest request;
    request.packageId = QString::number(m_package->currentData().toLongLong());
    request.phone = phone->msisdn();
    request.router = m_router->currentData().toString();
    request.source = QStringLiteral("desk");
    request.who = models::AuditEntry{0, 0, m_desk.staffId, m_desk.actor, {}, {}, 0, {}};
    m_phoneShown = phone->display();
    m_waiting->setText(tr("Sending the prompt to %1…").arg(m_phoneShown));
    m_pages->setCurrentIndex(1);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Stop waiting"));
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->hide();
    }
    const QString warning = phone->networkWarning();
    m_desk.services->run<app::Result<app::PurchaseStarted>>([request](app::RouterDirectory &, app::BillingService *billing) {
        if (!billing)
            return QtFuture::makeReadyFuture(app::Result<app::PurchaseStarted>(app::Error{
                app::ErrorCode::Unavailable,
                tr("M-Pesa is not set up for this desk. An admin fills in Settings, M-Pesa; with a shared database the "
                   "office server must also be running."), {}}));
        return billing->startPurchase(request);
    }).then(this, [this, warning](app::Result<app::PurchaseStarted> started) {
        if (!started) {
            m_pages->setCurrentIndex(0);
            m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
            for (QAbstractButton *button : m_buttons->buttons())
                button->show();
            showError(started.error().message);
            return;
        }
        m_publicId = started->publicId;
        const QString sent = started->checkoutRequestId.isEmpty()
            ? tr("The office server is sending the prompt to %1. Ask the customer to enter their M-Pesa PIN on the phone.")
            : tr("Prompt sent to %1. Ask the customer to enter their M-Pesa PIN on the phone.");
        m_waiting->setText(sent.arg(m_phoneShown) + (warning.isEmpty() ? QString() : QStringLiteral("\n\n") + warning));
        m_waited.start();
        m_poll.start();
        Q_EMIT statusMessage(tr("M-Pesa prompt sent to %1.").arg(m_phoneShown));
    });
}

void StkPushDialog::poll()
{
    if (m_publicId.isEmpty() || !m_desk.services)
        return;
    if (m_waited.elapsed() > kGiveUpMs) {
        m_poll.stop();
        app::PurchaseStatus late;
        late.status = QStringLiteral("late");
        showResult(late);
        return;
    }
    const QString publicId = m_publicId;
    const QString language = QSettings(app::Paths::desktopSettingsFile(), QSettings::IniFormat)
                                 .value(QStringLiteral("language"), QStringLiteral("en")).toString();
    m_desk.services->run<app::Result<app::PurchaseStatus>>([publicId, language](app::RouterDirectory &, app::BillingService *billing) {
        if (!billing)
            return QtFuture::makeReadyFuture(app::Result<app::PurchaseStatus>(app::Error{app::ErrorCode::Unavailable, {}, {}}));
        return QtFuture::makeReadyFuture(billing->status(publicId, language));
    }).then(this, [this](app::Result<app::PurchaseStatus> status) {
        if (!status)
            return;   // asked again at the next tick
        m_lastStatus = status->status;
        if (status->status == QLatin1String("pending") || status->status == QLatin1String("paid")) {
            if (status->status == QLatin1String("paid"))
                m_waiting->setText(tr("Paid. Connecting the customer's account on the router…"));
            return;
        }
        m_poll.stop();
        showResult(*status);
    });
}

void StkPushDialog::showResult(const app::PurchaseStatus &status)
{
    QString text;
    if (status.status == QLatin1String("active")) {
        text = tr("<h3>Paid and ready</h3><p>Give the customer these details for the WiFi login page:</p>"
                  "<p style='font-size:16pt'>Username: <b>%1</b><br>Password: <b>%2</b></p><p>Valid until %3.</p>")
                   .arg(status.username.toHtmlEscaped(), status.password.toHtmlEscaped(),
                        models::TimeText::dateTime(status.expiresAt));
        Q_EMIT statusMessage(tr("Sale to %1 paid and active.").arg(m_phoneShown));
    } else if (status.status == QLatin1String("late")) {
        text = tr("<h3>No answer yet</h3><p>M-Pesa has not confirmed the payment. If the customer paid, it will still arrive: "
                  "watch the purchase in Payments. Lango checks with M-Pesa by itself.</p>");
    } else {
        text = tr("<h3>Not paid</h3><p>%1</p><p>Nothing was charged. You can try again.</p>").arg(status.message.toHtmlEscaped());
    }
    m_result->setText(text);
    m_pages->setCurrentIndex(2);
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close);   // reject role: closes the dialog
}

} // namespace lango::ui
