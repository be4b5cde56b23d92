#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lango::ui {

struct Desk;

// Settings, M-Pesa: where payments go (shortcode, paybill or till) and the
// Daraja keys, sealed in the office database and never shown back. "Test"
// asks Daraja for a token on the services thread.
class MpesaSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MpesaSection)

public:
    explicit MpesaSection(Desk &desk, QWidget *parent = nullptr);

    void load();
    void save();
    void test();
    QString statusText() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updateFields();
    void setBusy(bool busy, const QString &text);

    Desk &m_desk;
    bool m_edited = false;   // typed into since the last load: not overwritten by others' changes
    QComboBox *m_environment = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_shortcode = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_till = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_passkey = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace lango::ui
