#pragma once

#include "app/vouchers/voucherissuer.h"
#include "models/package.h"
#include "models/router.h"
#include "models/staffstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lango::ui {

// "Generate vouchers": package, router (or all), count, seller, price, code
// length and prefix, PIN. Checks everything before it closes and says what
// is wrong in words; the code length shows how hard guessing is. The seller
// list holds staff with the Seller role only.
class VoucherGenerateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoucherGenerateDialog)

public:
    VoucherGenerateDialog(const QList<models::Package> &packages, const QList<models::Router> &routers,
                          const QList<models::StaffMember> &staff, QWidget *parent = nullptr);

    // A seller at the desk: the batch is theirs, the choice is fixed.
    void fixSeller(qint64 staffId, const QString &name);
    app::GenerateRequest request() const { return m_request; }
    void accept() override;

private:
    void packageChosen();
    void updateStrength();
    std::optional<QString> collect();

    QList<models::Package> m_packages;
    app::GenerateRequest m_request;
    QComboBox *m_package = nullptr;
    QComboBox *m_router = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_seller = nullptr;
    QSpinBox *m_price = nullptr;
    QSpinBox *m_length = nullptr;
    QLineEdit *m_prefix = nullptr;
    QCheckBox *m_pin = nullptr;
    QCheckBox *m_paybill = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace lango::ui
