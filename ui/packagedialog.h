#pragma once

#include "models/package.h"
#include "models/router.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QCheckBox;

namespace lango::ui {

// Add or edit a package. Checks every field before it closes, and says in
// words what is wrong and how to write it.
class PackageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageDialog)

public:
    PackageDialog(const models::Package &package, const QList<models::Router> &routers, QWidget *parent = nullptr);

    models::Package package() const { return m_package; }
    void showError(const QString &message);

    void accept() override;

private:
    std::optional<QString> collect();   // fills m_package; returns the problem if any

    models::Package m_package;
    QList<models::Router> m_routers;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_price = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_durationUnit = nullptr;
    QLineEdit *m_down = nullptr;
    QLineEdit *m_up = nullptr;
    QSpinBox *m_devices = nullptr;
    QLineEdit *m_data = nullptr;
    QLineEdit *m_uptime = nullptr;
    QCheckBox *m_allRouters = nullptr;
    QListWidget *m_routerList = nullptr;
    QCheckBox *m_paybill = nullptr;
    QCheckBox *m_reminder = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace lango::ui
