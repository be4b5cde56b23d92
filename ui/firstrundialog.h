#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace lango::models {
class DbExecutor;
}

namespace lango::ui {

// The first question a new desk asks: keep data on this computer (SQLite)
// or join the office's shared PostgreSQL. The shared database is tested
// before anything is saved; its password goes to the keychain, not to disk.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    FirstRunDialog(models::DbExecutor &executor, const QString &currentUrl, QWidget *parent = nullptr);

    QString databaseUrl() const { return m_chosenUrl; }
    QString databasePassword() const;
    QString officeKey() const;   // empty: use this computer's, or make one for a new office

    void accept() override;

private:
    void updateMode();
    void testConnection(bool thenAccept);

    models::DbExecutor &m_executor;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_shared = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_officeKey = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    QString m_chosenUrl;
    bool m_testing = false;
};

} // namespace lango::ui
