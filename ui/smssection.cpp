#include "ui/smssection.h"

#include "app/desk/localservices.h"
#include "app/sms/smssetup.h"
#include "ui/desk.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

namespace lango::ui {

struct SmsSection::Typed
{
    app::sms::SmsSetup::Form form;
    QString apiKey;
};

SmsSection::SmsSection(Desk &desk, QWidget *parent)
    : QGroupBox(tr("Texts to customers (SMS)"), parent)
    , m_desk(desk)
{
    m_enabled = new QCheckBox(tr("Send &texts: receipts, reminders and paybill voucher codes"), this);
    m_environment = new QComboBox(this);
    m_environment->addItem(tr("Sandbox (testing with Africa's Talking)"), QStringLiteral("sandbox"));
    m_environment->addItem(tr("Production (real texts, paid)"), QStringLiteral("production"));
    m_environment->addItem(tr("Custom (an emulator)"), QStringLiteral("custom"));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setPlaceholderText(tr("only for Custom, e.g. http://127.0.0.1:8095"));
    m_username = new QLineEdit(this);
    m_username->setPlaceholderText(tr("the Africa's Talking app, e.g. sandbox"));
    m_apiKey = new QLineEdit(this);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_senderId = new QLineEdit(this);
    m_senderId->setMaxLength(11);
    m_senderId->setPlaceholderText(tr("optional: an approved sender ID"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Swahili"), QStringLiteral("sw"));
    m_language->setToolTip(tr("For customers whose language the portal did not learn (paybill, desk sales)."));
    m_receipts = new QCheckBox(tr("Text a &receipt after each payment"), this);
    m_reminder = new QSpinBox(this);
    m_reminder->setRange(0, 1440);
    m_reminder->setSuffix(tr(" minutes before the end"));
    m_reminder->setSpecialValueText(tr("no reminders"));
    m_testPhone = new QLineEdit(this);
    m_testPhone->setPlaceholderText(tr("e.g. 0712 345 678"));
    m_save = new QPushButton(tr("Save S&MS settings"), this);
    m_test = new QPushButton(tr("Send a test te&xt"), this);
    m_balance = new QPushButton(tr("Ba&lance"), this);
    m_balance->setToolTip(tr("Ask Africa's Talking how much credit is left."));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Texts:"), m_enabled);
    form->addRow(tr("En&vironment:"), m_environment);
    form->addRow(tr("API a&ddress:"), m_baseUrl);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(tr("Sender &ID:"), m_senderId);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("Receipts:"), m_receipts);
    form->addRow(tr("Re&minder:"), m_reminder);
    form->addRow(tr("Test &phone:"), m_testPhone);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addWidget(m_balance);
    buttons->addStretch(1);
    form->addRow(buttons);
    form->addRow(m_status);

    connect(m_enabled, &QCheckBox::toggled, this, &SmsSection::updateFields);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &SmsSection::updateFields);
    for (QComboBox *combo : {m_environment, m_language})
        connect(combo, &QComboBox::activated, this, [this] { m_edited = true; });
    for (QCheckBox *box : {m_enabled, m_receipts})
        connect(box, &QCheckBox::clicked, this, [this] { m_edited = true; });
    connect(m_reminder, &QSpinBox::valueChanged, this, [this] { m_edited = true; });
    for (QLineEdit *edit : {m_baseUrl, m_username, m_apiKey, m_senderId})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(m_save, &QPushButton::clicked, this, &SmsSection::save);
    connect(m_test, &QPushButton::clicked, this, &SmsSection::sendTest);
    connect(m_balance, &QPushButton::clicked, this, &SmsSection::askBalance);
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if ((table == QLatin1String("office_settings") || table == QLatin1String("*")) && !m_edited)
            load();
    });
    updateFields();
    load();
}

QString SmsSection::statusText() const
{
    return m_status->text();
}

void SmsSection::updateFields()
{
    const bool on = m_enabled->isChecked();
    for (QWidget *field : std::initializer_list<QWidget *>{m_environment, m_username, m_apiKey, m_senderId, m_language, m_receipts,
                                                           m_reminder, m_testPhone})
        field->setEnabled(on);
    m_baseUrl->setEnabled(on && m_environment->currentData().toString() == QLatin1String("custom"));
}

void SmsSection::setBusy(bool busy, const QString &text)
{
    for (QPushButton *button : {m_save, m_test, m_balance})
        button->setEnabled(!busy);
    m_status->setText(text);
}

SmsSection::Typed SmsSection::typed() const
{
    Typed typed;
    typed.form.enabled = m_enabled->isChecked();
    typed.form.environment = m_environment->currentData().toString();
    typed.form.baseUrl = m_baseUrl->text().trimmed();
    typed.form.username = m_username->text().trimmed();
    typed.form.senderId = m_senderId->text().trimmed();
    typed.form.language = m_language->currentData().toString();
    typed.form.receipts = m_receipts->isChecked();
    typed.form.reminderBeforeSeconds = qint64(m_reminder->value()) * 60;
    typed.apiKey = m_apiKey->text();
    return typed;
}

void SmsSection::load()
{
    app::Office &office = m_desk.office;
    m_desk.run(this, [&office] { return app::sms::SmsSetup::load(office); }, [this](app::Result<app::sms::SmsSetup::Form> form) {
        if (!form) {
            m_status->setText(tr("Could not read the SMS settings: %1").arg(form.error().message));
            return;
        }
        m_enabled->setChecked(form->enabled);
        m_environment->setCurrentIndex(std::max(0, m_environment->findData(form->environment)));
        m_baseUrl->setText(form->baseUrl);
        m_username->setText(form->username);
        m_senderId->setText(form->senderId);
        m_language->setCurrentIndex(std::max(0, m_language->findData(form->language)));
        m_receipts->setChecked(form->receipts);
        m_reminder->setValue(int(form->reminderBeforeSeconds / 60));
        m_apiKey->clear();   // a stored key is never shown: only whether there is one
        m_apiKey->setPlaceholderText(form->keyStored ? tr("stored; type a new one to replace it") : tr("not set"));
        updateFields();
        m_edited = false;
    });
}

void SmsSection::save()
{
    const Typed values = typed();
    app::Office &office = m_desk.office;
    const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
    setBusy(true, tr("Saving…"));
    m_desk.run(this, [&office, values, who] { return app::sms::SmsSetup::save(office, values.form, values.apiKey, who); },
               [this](app::Result<void> saved) {
                   setBusy(false, saved ? tr("Saved. The office server uses the new settings when it starts again, unless its "
                                             "configuration file has an [sms] section (the file wins).")
                                        : tr("Not saved: %1").arg(saved.error().message));
                   if (saved) {
                       Q_EMIT statusMessage(tr("SMS settings saved."));
                       load();
                   }
               });
}

void SmsSection::sendTest()
{
    if (m_testPhone->text().trimmed().isEmpty()) {
        m_status->setText(tr("Type the phone number that should get the test text."));
        m_testPhone->setFocus();
        return;
    }
    askProvider(tr("Sending a test text…"), true);
}

void SmsSection::askBalance()
{
    askProvider(tr("Asking Africa's Talking for the balance…"), false);
}

void SmsSection::askProvider(const QString &busyText, bool test)
{
    if (!m_desk.services) {
        m_status->setText(tr("The services are still starting; try again in a moment."));
        return;
    }
    Typed values = typed();
    values.form.enabled = true;   // a test before switching texts on is fine
    const QString phone = m_testPhone->text().trimmed();
    app::Office &office = m_desk.office;
    setBusy(true, busyText);
    QPointer<SmsSection> self(this);
    m_desk.run(this, [&office, values] { return app::sms::SmsSetup::providerFor(office, values.form, values.apiKey); },
               [self, test, phone](app::Result<app::sms::AfricasTalking::Config> config) {
                   if (!self)
                       return;
                   if (!config) {
                       self->setBusy(false, tr("Cannot ask yet: %1").arg(config.error().message));
                       return;
                   }
                   const app::sms::AfricasTalking::Config target = *config;
                   self->m_desk.services->run<app::Result<QString>>([target, test, phone](app::RouterDirectory &, app::BillingService *) {
                       return test ? app::sms::SmsSetup::sendTest(target, phone) : app::sms::SmsSetup::balance(target);
                   }).then(self.data(), [self](app::Result<QString> answer) {
                       self->setBusy(false, answer ? *answer : tr("Africa's Talking said: %1").arg(answer.error().message));
                   });
               });
}

} // namespace lango::ui
