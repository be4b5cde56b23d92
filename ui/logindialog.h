#pragma once

#include "app/core/error.h"
#include "models/staffstore.h"

#include <QDialog>
#include <QFuture>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lango::ui {

// Who is at the desk. What checks the password is the caller's: Lango's own
// accounts (one computer), or the database itself when each person signs in
// to it as themselves (a shared office). Either way it runs off the GUI
// thread and the dialog waits for its answer.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    using Checker = std::function<QFuture<app::Result<models::StaffMember>>(const QString &username, const QString &password)>;

    // `offerRemember`: a checkbox to keep the password in this computer's keychain.
    LoginDialog(Checker checker, const QString &lastUser, const QString &intro, bool offerRemember, QWidget *parent = nullptr);

    models::StaffMember member() const { return m_member; }
    QString password() const;
    bool remember() const;
    void accept() override;

private:
    Checker m_checker;
    models::StaffMember m_member;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_checking = false;
};

} // namespace lango::ui
