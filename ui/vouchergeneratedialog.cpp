#include "ui/vouchergeneratedialog.h"

#include "models/units.h"
#include "models/vouchercodes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace lango::ui {

using models::VoucherCodes;

VoucherGenerateDialog::VoucherGenerateDialog(const QList<models::Package> &packages, const QList<models::Router> &routers,
                                             const QList<models::StaffMember> &staff, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Generate vouchers"));
    for (const models::Package &p : packages) {
        if (!p.retired)
            m_packages << p;
    }
    m_package = new QComboBox(this);
    for (const models::Package &p : std::as_const(m_packages))
        m_package->addItem(tr("%1 (%2)").arg(p.name, models::Units::formatMoney(p.priceCents)), p.id);

    m_router = new QComboBox(this);
    m_router->addItem(tr("Every router selling the package"), qint64(0));
    for (const models::Router &r : routers)
        m_router->addItem(r.enabled ? r.name : tr("%1 (disabled)").arg(r.name), r.id);
    if (routers.size() == 1)
        m_router->setCurrentIndex(1);

    m_count = new QSpinBox(this);
    m_count->setRange(1, 100000);
    m_count->setValue(100);
    m_count->setGroupSeparatorShown(true);

    m_seller = new QComboBox(this);
    m_seller->addItem(tr("No seller (the office sells them)"), qint64(0));
    for (const models::StaffMember &s : staff) {
        if (s.active && s.role == models::Role::Seller)   // admins and cashiers sell as the office
            m_seller->addItem(s.displayName.isEmpty() ? s.username : s.displayName, s.id);
    }

    m_price = new QSpinBox(this);
    m_price->setRange(0, 250000);
    m_price->setPrefix(tr("KES "));

    m_length = new QSpinBox(this);
    m_length->setRange(VoucherCodes::kMinRandom, VoucherCodes::kMaxRandom);
    m_length->setValue(VoucherCodes::kDefaultRandom);
    m_length->setSuffix(tr(" random characters"));
    m_prefix = new QLineEdit(this);
    m_prefix->setMaxLength(VoucherCodes::kMaxPrefix);
    m_prefix->setPlaceholderText(tr("optional, e.g. KB"));
    m_prefix->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[%1%2]*").arg(VoucherCodes::alphabet(), VoucherCodes::alphabet().toLower())), m_prefix));
    m_pin = new QCheckBox(tr("Separate 6-digit &PIN as password"), this);
    m_paybill = new QCheckBox(tr("&Keep for paybill sales (each code is texted to the phone that paid)"), this);
    m_paybill->setToolTip(tr("Only for packages sold by paybill. These codes are not for a seller."));
    connect(m_paybill, &QCheckBox::toggled, m_seller, [this](bool paybill) {
        if (paybill)
            m_seller->setCurrentIndex(0);
        m_seller->setEnabled(!paybill && m_seller->count() > 1);
    });
    m_strength = new QLabel(this);
    m_strength->setWordWrap(true);
    m_strength->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *form = new QFormLayout;
    form->addRow(tr("P&ackage:"), m_package);
    form->addRow(tr("&Router:"), m_router);
    form->addRow(tr("&How many:"), m_count);
    form->addRow(tr("&Seller:"), m_seller);
    form->addRow(tr("Pri&ce each:"), m_price);
    form->addRow(tr("Code &length:"), m_length);
    form->addRow(QString(), m_strength);
    form->addRow(tr("Code p&refix:"), m_prefix);
    form->addRow(tr("Password:"), m_pin);
    form->addRow(tr("Paybill:"), m_paybill);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Generate and put on router"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VoucherGenerateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VoucherGenerateDialog::reject);
    connect(m_package, &QComboBox::currentIndexChanged, this, &VoucherGenerateDialog::packageChosen);
    connect(m_length, &QSpinBox::valueChanged, this, &VoucherGenerateDialog::updateStrength);
    connect(m_count, &QSpinBox::valueChanged, this, &VoucherGenerateDialog::updateStrength);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    packageChosen();
    updateStrength();
}

void VoucherGenerateDialog::fixSeller(qint64 staffId, const QString &name)
{
    const int found = m_seller->findData(staffId);
    const QString shown = found >= 0 ? m_seller->itemText(found) : name;
    m_seller->clear();
    m_seller->addItem(shown, staffId);
    m_seller->setEnabled(false);
    m_seller->setToolTip(tr("A seller makes vouchers for themselves."));
    m_paybill->setChecked(false);
    m_paybill->setEnabled(false);   // paybill codes are texted, never a seller's
    m_price->setEnabled(false);   // at the package's price: the office counts the cash against it
    m_price->setToolTip(tr("A seller's vouchers cost the package's price."));
}

void VoucherGenerateDialog::packageChosen()
{
    const int index = m_package->currentIndex();
    if (index >= 0 && index < m_packages.size())
        m_price->setValue(int(m_packages.at(index).priceCents / 100));
}

void VoucherGenerateDialog::updateStrength()
{
    // Expected time for a guesser at 10 logins/s to hit any of the live codes
    // (README, Vouchers): code space / (live codes x rate).
    const int live = std::max(10000, m_count->value());
    const double space = std::pow(double(VoucherCodes::kAlphabetSize), m_length->value());
    const double days = space / (live * 10.0) / 86400;
    const QString bits = QString::number(VoucherCodes::entropyBits(m_length->value()), 'f', 1);
    m_strength->setText(days >= 365 ? tr("%1 bits: at 10 guesses a second against %L2 live codes, a first hit takes about %3 years.")
                                          .arg(bits).arg(live).arg(QLocale().toString(days / 365.25, 'g', 3))
                                    : tr("%1 bits: at 10 guesses a second against %L2 live codes, a first hit takes about %3 days. "
                                         "Longer codes are safer.").arg(bits).arg(live).arg(QLocale().toString(days, 'f', 0)));
}

std::optional<QString> VoucherGenerateDialog::collect()
{
    if (m_package->currentIndex() < 0)
        return tr("There is no package on sale. Add a package first (Packages).");
    app::GenerateRequest r;
    r.packageId = m_package->currentData().toLongLong();
    r.routerId = m_router->currentData().toLongLong();
    r.count = m_count->value();
    r.sellerId = m_seller->currentData().toLongLong();
    r.priceCents = qint64(m_price->value()) * 100;
    r.randomLength = m_length->value();
    r.prefix = m_prefix->text().trimmed().toUpper();
    r.withPin = m_pin->isChecked();
    r.forPaybill = m_paybill->isChecked();
    if (auto valid = app::VoucherIssuer::validate(r); !valid)
        return valid.error().message;
    m_request = r;
    return std::nullopt;
}

void VoucherGenerateDialog::accept()
{
    if (const auto problem = collect()) {
        m_error->setText(*problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace lango::ui
