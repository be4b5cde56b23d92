#include "ui/mpesasection.h"

#include "app/desk/localservices.h"
#include "app/core/mpesasettings.h"
#include "app/desk/mpesasetup.h"
#include "ui/desk.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lango::ui {

namespace {

QHash<QString, QString> typedSecrets(QLineEdit *key, QLineEdit *secret, QLineEdit *passkey)
{
    const QStringList &keys = app::MpesaSettings::secretKeys();
    return {{keys.at(0), key->text()}, {keys.at(1), secret->text()}, {keys.at(2), passkey->text()}};
}

} // namespace

MpesaSection::MpesaSection(Desk &desk, QWidget *parent)
    : QGroupBox(tr("M-Pesa (Daraja)"), parent)
    , m_desk(desk)
{
    m_environment = new QComboBox(this);
    m_environment->addItem(tr("Sandbox (testing with Safaricom)"), QStringLiteral("sandbox"));
    m_environment->addItem(tr("Production (real money)"), QStringLiteral("production"));
    m_environment->addItem(tr("Custom (an emulator)"), QStringLiteral("custom"));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setPlaceholderText(tr("only for Custom, e.g. http://127.0.0.1:8080"));
    m_shortcode = new QLineEdit(this);
    m_shortcode->setPlaceholderText(tr("paybill number, or the till's store number"));
    m_type = new QComboBox(this);
    m_type->addItem(tr("Paybill"), QStringLiteral("paybill"));
    m_type->addItem(tr("Till (buy goods)"), QStringLiteral("till"));
    m_till = new QLineEdit(this);
    m_till->setPlaceholderText(tr("only for a till"));
    m_key = new QLineEdit(this);
    m_secret = new QLineEdit(this);
    m_passkey = new QLineEdit(this);
    for (QLineEdit *edit : {m_key, m_secret, m_passkey})
        edit->setEchoMode(QLineEdit::Password);
    m_save = new QPushButton(tr("&Save M-Pesa settings"), this);
    m_test = new QPushButton(tr("&Test the keys"), this);
    m_test->setToolTip(tr("Ask Safaricom for a token with these settings; nobody is charged."));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("API &address:"), m_baseUrl);
    form->addRow(tr("S&hortcode:"), m_shortcode);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("Ti&ll number:"), m_till);
    form->addRow(tr("Consumer &key:"), m_key);
    form->addRow(tr("Consumer s&ecret:"), m_secret);
    form->addRow(tr("Pass&key:"), m_passkey);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    form->addRow(buttons);
    form->addRow(m_status);

    connect(m_environment, &QComboBox::currentIndexChanged, this, &MpesaSection::updateFields);
    connect(m_environment, &QComboBox::activated, this, [this] { m_edited = true; });
    connect(m_type, &QComboBox::activated, this, [this] { m_edited = true; });
    connect(m_type, &QComboBox::currentIndexChanged, this, &MpesaSection::updateFields);
    connect(m_save, &QPushButton::clicked, this, &MpesaSection::save);
    connect(m_test, &QPushButton::clicked, this, &MpesaSection::test);
    updateFields();
    // Another desk (or the demo) writes the office's settings: follow it
    // until this desk starts editing.
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if ((table == QLatin1String("office_settings") || table == QLatin1String("*")) && !m_edited)
            load();
    });
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    load();
}

QString MpesaSection::statusText() const
{
    return m_status->text();
}

void MpesaSection::updateFields()
{
    m_baseUrl->setEnabled(m_environment->currentData().toString() == QLatin1String("custom"));
    m_till->setEnabled(m_type->currentData().toString() == QLatin1String("till"));
}

void MpesaSection::setBusy(bool busy, const QString &text)
{
    m_save->setEnabled(!busy);
    m_test->setEnabled(!busy);
    m_status->setText(text);
}

void MpesaSection::load()
{
    app::Office &office = m_desk.office;
    m_desk.run(this, [&office] { return app::MpesaSetup::load(office); }, [this](app::Result<app::MpesaSetup::Form> form) {
        if (!form) {
            m_status->setText(tr("Could not read the M-Pesa settings: %1").arg(form.error().message));
            return;
        }
        m_environment->setCurrentIndex(std::max(0, m_environment->findData(form->environment)));
        m_baseUrl->setText(form->baseUrl);
        m_shortcode->setText(form->shortcode);
        m_type->setCurrentIndex(std::max(0, m_type->findData(form->type)));
        m_till->setText(form->tillNumber);
        // Stored keys are never shown: only whether one is there.
        const QStringList &keys = app::MpesaSettings::secretKeys();
        QLineEdit *edits[] = {m_key, m_secret, m_passkey};
        for (int i = 0; i < 3; ++i) {
            edits[i]->clear();
            edits[i]->setPlaceholderText(form->storedSecrets.contains(keys.at(i)) ? tr("stored; type a new one to replace it")
                                                                                  : tr("not set"));
        }
        updateFields();
        m_edited = false;
    });
}

void MpesaSection::save()
{
    app::MpesaSetup::Form form;
    form.environment = m_environment->currentData().toString();
    form.baseUrl = m_baseUrl->text().trimmed();
    form.shortcode = m_shortcode->text().trimmed();
    form.type = m_type->currentData().toString();
    form.tillNumber = m_till->text().trimmed();
    const auto secrets = typedSecrets(m_key, m_secret, m_passkey);
    app::Office &office = m_desk.office;
    const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
    setBusy(true, tr("Saving…"));
    m_desk.run(this, [&office, form, secrets, who] { return app::MpesaSetup::save(office, form, secrets, who); },
               [this](app::Result<void> saved) {
                   setBusy(false, saved ? tr("Saved. The billing services use the new settings when they start again (restart "
                                             "Lango here, and the office server if there is one).")
                                        : tr("Not saved: %1").arg(saved.error().message));
                   if (saved) {
                       Q_EMIT statusMessage(tr("M-Pesa settings saved."));
                       load();
                   }
               });
}

void MpesaSection::test()
{
    if (!m_desk.services) {
        m_status->setText(tr("The services are still starting; try again in a moment."));
        return;
    }
    app::MpesaSetup::Form form;
    form.environment = m_environment->currentData().toString();
    form.baseUrl = m_baseUrl->text().trimmed();
    form.shortcode = m_shortcode->text().trimmed();
    form.type = m_type->currentData().toString();
    form.tillNumber = m_till->text().trimmed();
    const auto secrets = typedSecrets(m_key, m_secret, m_passkey);
    app::Office &office = m_desk.office;
    setBusy(true, tr("Asking M-Pesa for a token…"));
    QPointer<MpesaSection> self(this);
    m_desk.run(this, [&office, form, secrets] { return app::MpesaSetup::configFor(office, form, secrets); },
               [self](app::Result<app::mpesa::DarajaConfig> config) {
                   if (!config) {
                       self->setBusy(false, tr("Cannot test yet: %1").arg(config.error().message));
                       return;
                   }
                   const app::mpesa::DarajaConfig target = *config;
                   self->m_desk.services->run<app::Result<QString>>([target](app::RouterDirectory &, app::BillingService *) {
                       return app::MpesaSetup::testToken(target);
                   }).then(self.data(), [self](app::Result<QString> answer) {
                       self->setBusy(false, answer ? *answer
                                                   : tr("M-Pesa refused: %1 Check the keys and the environment (sandbox keys "
                                                        "do not work in production).").arg(answer.error().message));
                   });
               });
}

} // namespace lango::ui
