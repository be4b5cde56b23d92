#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lango::ui {

struct Desk;

// Settings, SMS: texts to customers through Africa's Talking (receipts,
// reminders, paybill voucher codes). The API key is sealed in the office
// database and never shown back. "Send a test text" and "Balance" ask the
// provider on the services thread; the server uses these settings when its
// configuration file has no [sms].
class SmsSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmsSection)

public:
    explicit SmsSection(Desk &desk, QWidget *parent = nullptr);

    void load();
    void save();
    void sendTest();
    void askBalance();
    QString statusText() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    struct Typed;
    Typed typed() const;
    void updateFields();
    void setBusy(bool busy, const QString &text);
    // Runs `ask` with the provider the form describes, on the services thread.
    void askProvider(const QString &busyText, bool test);

    Desk &m_desk;
    bool m_edited = false;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_senderId = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_receipts = nullptr;
    QSpinBox *m_reminder = nullptr;
    QLineEdit *m_testPhone = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_balance = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace lango::ui
