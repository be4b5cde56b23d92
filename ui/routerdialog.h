#pragma once

#include "models/router.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lango::ui {

// Add or edit a router. The password is asked for on add, and on edit only
// when it changes; it is never shown back.
class RouterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouterDialog)

public:
    RouterDialog(const models::Router &router, QWidget *parent = nullptr);

    models::Router router() const { return m_router; }
    QString newPassword() const { return m_newPassword; }   // empty = keep the stored one
    void showError(const QString &message);
    void accept() override;

private:
    models::Router m_router;
    QString m_newPassword;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_tls = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_location = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace lango::ui
