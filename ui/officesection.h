#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lango::ui {

struct Desk;

// Settings, office details: the name, support phone, logo and colour that
// customers see on the portal, receipts and voucher cards.
class OfficeSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficeSection)

public:
    explicit OfficeSection(Desk &desk, QWidget *parent = nullptr);

    void load();
    void save();
    QString statusText() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void chooseLogo();
    void chooseColor();
    void showLogo();
    void showColor();

    Desk &m_desk;
    bool m_edited = false;   // typed into since the last load: not overwritten by others' changes
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_color = nullptr;
    QLineEdit *m_loginUrl = nullptr;   // hotspot.login_url
    QLabel *m_swatch = nullptr;
    QLabel *m_logo = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    QString m_logoBase64;
};

} // namespace lango::ui
