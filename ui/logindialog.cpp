#include "ui/logindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace lango::ui {

LoginDialog::LoginDialog(Checker checker, const QString &lastUser, const QString &intro, bool offerRemember, QWidget *parent)
    : QDialog(parent)
    , m_checker(std::move(checker))
{
    setWindowTitle(tr("Sign in to Lango"));
    m_username = new QLineEdit(lastUser, this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    if (offerRemember) {
        m_remember = new QCheckBox(tr("&Remember my password on this computer (in its keychain)"), this);
        form->addRow(QString(), m_remember);
    }
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (lastUser.isEmpty() ? m_username : m_password)->setFocus();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

bool LoginDialog::remember() const
{
    return m_remember && m_remember->isChecked();
}

void LoginDialog::accept()
{
    if (m_checking)
        return;
    const QString username = m_username->text().trimmed();
    const QString password = m_password->text();
    if (username.isEmpty() || password.isEmpty()) {
        m_error->setText(tr("Type your username and password."));
        m_error->show();
        return;
    }
    m_checking = true;
    m_signIn->setEnabled(false);
    m_error->setText(tr("Checking…"));
    m_error->show();
    QPointer<LoginDialog> self(this);
    m_checker(username, password).then(this, [self](app::Result<models::StaffMember> member) {
        if (!self)
            return;
        self->m_checking = false;
        self->m_signIn->setEnabled(true);
        if (!member) {
            self->m_error->setText(member.error().message);
            self->m_password->selectAll();
            self->m_password->setFocus();
            return;
        }
        self->m_member = *member;
        self->QDialog::accept();
    });
}

} // namespace lango::ui
