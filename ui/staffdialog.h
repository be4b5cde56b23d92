#pragma once

#include "models/staffstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace lango::ui {

// Add or edit a staff account: username, name, role, active, password.
// Checks everything before it closes and says what to fix.
class StaffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffDialog)

public:
    StaffDialog(const models::StaffMember &member, bool firstAccount, QWidget *parent = nullptr);

    models::StaffMember member() const { return m_member; }
    QString password() const;   // empty when editing and not changed
    void showError(const QString &message);
    void accept() override;

private:
    models::StaffMember m_member;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace lango::ui
