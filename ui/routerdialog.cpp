#include "ui/routerdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lango::ui {

RouterDialog::RouterDialog(const models::Router &router, QWidget *parent)
    : QDialog(parent)
    , m_router(router)
{
    const bool adding = router.id == 0;
    setWindowTitle(adding ? tr("Add router") : tr("Edit router %1").arg(router.name));

    m_name = new QLineEdit(router.name, this);
    m_name->setPlaceholderText(tr("e.g. ofisi or stage-2"));
    m_host = new QLineEdit(router.host, this);
    m_host->setPlaceholderText(tr("IP address or host name, e.g. 192.168.88.1"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(router.port);
    m_tls = new QCheckBox(tr("Use API-SSL (encrypted, port 8729)"), this);
    m_tls->setChecked(router.useTls);
    m_fingerprint = new QLineEdit(router.tlsFingerprint, this);
    m_fingerprint->setPlaceholderText(tr("optional: certificate SHA-256 to pin"));
    m_insecure = new QCheckBox(tr("Router has no certificate: encrypt without verifying"), this);
    m_insecure->setChecked(router.tlsInsecure);
    m_user = new QLineEdit(router.apiUser, this);
    m_user->setPlaceholderText(tr("RouterOS user with api, read, write"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(adding ? tr("RouterOS password") : tr("leave empty to keep the saved password"));
    m_server = new QLineEdit(router.hotspotServer, this);
    m_location = new QLineEdit(router.location, this);
    m_location->setPlaceholderText(tr("optional, e.g. Kawangware stage"));
    m_enabled = new QCheckBox(tr("Lango may use this router"), this);
    m_enabled->setChecked(router.enabled);

    auto syncTls = [this] {
        const bool tls = m_tls->isChecked();
        m_fingerprint->setEnabled(tls);
        m_insecure->setEnabled(tls);
    };
    connect(m_tls, &QCheckBox::toggled, this, [this, syncTls](bool tls) {
        if (m_port->value() == (tls ? 8728 : 8729))
            m_port->setValue(tls ? 8729 : 8728);
        syncTls();
    });
    syncTls();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Security:"), m_tls);
    form->addRow(tr("&Fingerprint:"), m_fingerprint);
    form->addRow(tr("&Verification:"), m_insecure);
    form->addRow(tr("API &user:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Hotspot server:"), m_server);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Status:"), m_enabled);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RouterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RouterDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void RouterDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RouterDialog::accept()
{
    models::Router r = m_router;
    r.name = m_name->text().trimmed();
    r.host = m_host->text().trimmed();
    r.port = m_port->value();
    r.useTls = m_tls->isChecked();
    r.tlsFingerprint = r.useTls ? m_fingerprint->text().trimmed().remove(QLatin1Char(':')).toLower() : QString();
    r.tlsInsecure = r.useTls && m_insecure->isChecked();
    r.apiUser = m_user->text().trimmed();
    r.hotspotServer = m_server->text().trimmed().isEmpty() ? QStringLiteral("all") : m_server->text().trimmed();
    r.location = m_location->text().trimmed();
    r.enabled = m_enabled->isChecked();
    const QString password = m_password->text();
    if (r.id == 0 && password.isEmpty()) {
        showError(tr("Enter the RouterOS user's password."));
        m_password->setFocus();
        return;
    }
    if (r.apiPasswordSealed.isEmpty())
        r.apiPasswordSealed = QStringLiteral("v1:pending");   // sealed by the panel before saving
    if (auto valid = r.validate(); !valid) {
        showError(valid.error().message);
        return;
    }
    m_router = r;
    m_newPassword = password;
    QDialog::accept();
}

} // namespace lango::ui
