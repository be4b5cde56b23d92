#pragma once

#include "models/staffstore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lango::app {
class Office;
}
namespace lango::models {
class DbExecutor;
}

namespace lango::ui {

// Who is at the desk, asked at start when the office has staff accounts.
// The password is checked on the database thread (Argon2id takes a moment).
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(app::Office &office, models::DbExecutor &executor, const QString &lastUser, QWidget *parent = nullptr);

    models::StaffMember member() const { return m_member; }
    void accept() override;

private:
    app::Office &m_office;
    models::DbExecutor &m_executor;
    models::StaffMember m_member;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_checking = false;
};

} // namespace lango::ui
