#include "ui/staffdialog.h"

#include "models/stafftablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lango::ui {

StaffDialog::StaffDialog(const models::StaffMember &member, bool firstAccount, QWidget *parent)
    : QDialog(parent)
    , m_member(member)
{
    const bool adding = member.id == 0;
    setWindowTitle(adding ? tr("Add staff member") : tr("Edit %1").arg(member.username));
    m_username = new QLineEdit(member.username, this);
    m_username->setPlaceholderText(tr("e.g. amina (lower case)"));
    m_username->setReadOnly(!adding);
    m_name = new QLineEdit(member.displayName, this);
    m_name->setPlaceholderText(tr("e.g. Amina Otieno"));
    m_role = new QComboBox(this);
    for (const auto role : {models::Role::Admin, models::Role::Cashier, models::Role::Seller})
        m_role->addItem(models::StaffTableModel::roleText(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(member.role)));
    m_role->setEnabled(!firstAccount);
    m_active = new QCheckBox(tr("May sign in"), this);
    m_active->setChecked(member.active);
    m_active->setEnabled(!firstAccount);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(adding ? tr("at least 8 characters") : tr("leave empty to keep the password"));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);

    auto *roles = new QLabel(tr("Admins do everything. Cashiers sell, take payments and look after customers. Sellers sell "
                                "vouchers and look customers up."), this);
    roles->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), roles);
    form->addRow(tr("&Status:"), m_active);
    form->addRow(adding ? tr("&Password:") : tr("New &password:"), m_password);
    form->addRow(tr("Re&peat password:"), m_repeat);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StaffDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (firstAccount) {
        auto *first = new QLabel(tr("This is the office's first account: an admin. From the next start every desk asks who "
                                    "is signing in."), this);
        first->setWordWrap(true);
        layout->addWidget(first);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString StaffDialog::password() const
{
    return m_password->text();
}

void StaffDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void StaffDialog::accept()
{
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9._-]{1,40}$"));
    const QString username = m_username->text().trimmed().toLower();
    if (!namePattern.match(username).hasMatch()) {
        showError(tr("A username is 1 to 40 lower-case letters, digits, dots, dashes or underscores."));
        m_username->setFocus();
        return;
    }
    const bool adding = m_member.id == 0;
    const QString password = m_password->text();
    if ((adding || !password.isEmpty()) && password.size() < 8) {
        showError(tr("A staff password needs at least 8 characters."));
        m_password->setFocus();
        return;
    }
    if (password != m_repeat->text()) {
        showError(tr("The two passwords differ. Type the same password twice."));
        m_repeat->setFocus();
        return;
    }
    m_member.username = username;
    m_member.displayName = m_name->text().trimmed();
    m_member.role = static_cast<models::Role>(m_role->currentData().toInt());
    m_member.active = m_active->isChecked();
    QDialog::accept();
}

} // namespace lango::ui
