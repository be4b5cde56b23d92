#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace lango::ui {

struct Desk;

// This desk's settings (language, which database) and the office's shared
// ones. Sections for M-Pesa and the office's details are added by their
// features through addSection().
class SettingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPanel)

public:
    explicit SettingsPanel(Desk &desk, QWidget *parent = nullptr);
    void addSection(QWidget *section);
    // Only those who manage the office may reveal its key.
    void setMayShowOfficeKey(bool may);

Q_SIGNALS:
    void changeDatabaseRequested();
    void statusMessage(const QString &message);

private:
    void showOfficeKey();
    void revealOfficeKey();

    Desk &m_desk;
    QComboBox *m_language = nullptr;
    QVBoxLayout *m_sections = nullptr;
    QWidget *m_officeBox = nullptr;
};

} // namespace lango::ui
