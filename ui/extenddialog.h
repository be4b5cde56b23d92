#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace lango::ui {

// How much time to add to a customer's access: a number and a unit.
class ExtendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtendDialog)

public:
    ExtendDialog(const QString &user, const QString &package, QWidget *parent = nullptr);

    qint64 seconds() const;
    void accept() override;

private:
    QSpinBox *m_amount = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace lango::ui
