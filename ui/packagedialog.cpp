#include "ui/packagedialog.h"

#include "models/units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lango::ui {

using models::Units;

namespace {
constexpr qint64 kUnitSeconds[] = {60, 3600, 86400, 7 * 86400};
}

PackageDialog::PackageDialog(const models::Package &package, const QList<models::Router> &routers, QWidget *parent)
    : QDialog(parent)
    , m_package(package)
    , m_routers(routers)
{
    setWindowTitle(package.id ? tr("Edit package") : tr("New package"));

    m_name = new QLineEdit(package.name, this);
    m_name->setMaxLength(40);
    m_name->setPlaceholderText(tr("e.g. 1 Hour"));

    m_price = new QSpinBox(this);
    m_price->setRange(1, 250000);
    m_price->setPrefix(tr("KES "));
    m_price->setValue(package.priceCents ? int(package.priceCents / 100) : 20);

    m_duration = new QSpinBox(this);
    m_duration->setRange(1, 9999);
    m_durationUnit = new QComboBox(this);
    m_durationUnit->addItems({tr("minutes"), tr("hours"), tr("days"), tr("weeks")});
    m_durationUnit->setAccessibleName(tr("Validity unit"));
    const qint64 seconds = package.durationSeconds ? package.durationSeconds : 3600;
    int unit = 0;
    for (int i = 3; i >= 0; --i) {
        if (seconds % kUnitSeconds[i] == 0) {
            unit = i;
            break;
        }
    }
    m_durationUnit->setCurrentIndex(unit);
    m_duration->setValue(int(std::max<qint64>(1, seconds / kUnitSeconds[unit])));
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration);
    durationRow->addWidget(m_durationUnit);

    m_down = new QLineEdit(package.downKbps ? Units::formatSpeed(package.downKbps) : QStringLiteral("5M"), this);
    m_down->setPlaceholderText(tr("e.g. 5M or 512k"));
    m_up = new QLineEdit(package.upKbps ? Units::formatSpeed(package.upKbps) : QStringLiteral("1M"), this);
    m_up->setPlaceholderText(tr("e.g. 1M or 512k"));

    m_devices = new QSpinBox(this);
    m_devices->setRange(1, 64);
    m_devices->setValue(package.devices);

    m_data = new QLineEdit(package.dataBytes ? Units::formatDataSize(*package.dataBytes) : QString(), this);
    m_data->setPlaceholderText(tr("none, or e.g. 1G"));
    m_uptime = new QLineEdit(package.uptimeSeconds ? Units::formatDuration(*package.uptimeSeconds) : QString(), this);
    m_uptime->setPlaceholderText(tr("none, or e.g. 2h of use"));

    m_allRouters = new QCheckBox(tr("Sold on &every router"), this);
    m_allRouters->setChecked(package.routerIds.isEmpty());
    m_routerList = new QListWidget(this);
    m_routerList->setAccessibleName(tr("Routers that sell this package"));
    m_routerList->setMaximumHeight(110);
    for (const auto &router : routers) {
        auto *item = new QListWidgetItem(router.name, m_routerList);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(package.routerIds.contains(router.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, router.id);
    }
    m_routerList->setEnabled(!m_allRouters->isChecked());
    connect(m_allRouters, &QCheckBox::toggled, m_routerList, [this](bool all) { m_routerList->setEnabled(!all); });

    m_paybill = new QCheckBox(tr("Sold b&y paybill: the amount paid chooses it, the code goes by text"), this);
    m_paybill->setChecked(package.soldByPaybill);
    m_paybill->setToolTip(tr("Customers pay the paybill from any phone with their phone number as the account, and get a "
                             "voucher code by SMS. No two packages sold by paybill may cost the same."));
    m_reminder = new QCheckBox(tr("Te&xt a reminder before the time runs out"), this);
    m_reminder->setChecked(package.smsReminder);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Price:"), m_price);
    form->addRow(tr("&Valid for:"), durationRow);
    qobject_cast<QLabel *>(form->labelForField(durationRow))->setBuddy(m_duration);
    form->addRow(tr("&Download speed:"), m_down);
    form->addRow(tr("&Upload speed:"), m_up);
    form->addRow(tr("De&vices at once:"), m_devices);
    form->addRow(tr("Data &cap:"), m_data);
    form->addRow(tr("Usage &time cap:"), m_uptime);
    form->addRow(tr("Sold on:"), m_allRouters);
    form->addRow(tr("&Routers:"), m_routerList);
    form->addRow(tr("Paybill:"), m_paybill);
    form->addRow(tr("Texts:"), m_reminder);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PackageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PackageDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void PackageDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

std::optional<QString> PackageDialog::collect()
{
    models::Package p = m_package;
    p.name = m_name->text().trimmed();
    p.priceCents = qint64(m_price->value()) * 100;
    p.durationSeconds = qint64(m_duration->value()) * kUnitSeconds[m_durationUnit->currentIndex()];
    auto down = Units::parseSpeed(m_down->text());
    if (!down) {
        m_down->setFocus();
        return tr("Download speed: %1").arg(down.error().message);
    }
    auto up = Units::parseSpeed(m_up->text());
    if (!up) {
        m_up->setFocus();
        return tr("Upload speed: %1").arg(up.error().message);
    }
    p.downKbps = *down;
    p.upKbps = *up;
    p.devices = m_devices->value();
    p.dataBytes.reset();
    if (!m_data->text().trimmed().isEmpty() && m_data->text().trimmed() != tr("none")) {
        auto bytes = Units::parseDataSize(m_data->text());
        if (!bytes) {
            m_data->setFocus();
            return tr("Data cap: %1").arg(bytes.error().message);
        }
        p.dataBytes = *bytes;
    }
    p.uptimeSeconds.reset();
    if (!m_uptime->text().trimmed().isEmpty() && m_uptime->text().trimmed() != tr("none")) {
        auto seconds = Units::parseDuration(m_uptime->text());
        if (!seconds) {
            m_uptime->setFocus();
            return tr("Usage time cap: %1").arg(seconds.error().message);
        }
        p.uptimeSeconds = *seconds;
    }
    p.routerIds.clear();
    if (!m_allRouters->isChecked()) {
        for (int i = 0; i < m_routerList->count(); ++i) {
            if (m_routerList->item(i)->checkState() == Qt::Checked)
                p.routerIds << m_routerList->item(i)->data(Qt::UserRole).toLongLong();
        }
        if (p.routerIds.isEmpty())
            return tr("Tick the routers that sell this package, or choose every router.");
    }
    p.soldByPaybill = m_paybill->isChecked();
    p.smsReminder = m_reminder->isChecked();
    if (auto valid = p.validate(); !valid) {
        m_name->setFocus();
        return valid.error().message;
    }
    m_package = p;
    return std::nullopt;
}

void PackageDialog::accept()
{
    if (const auto problem = collect()) {
        showError(*problem);
        return;
    }
    QDialog::accept();
}

} // namespace lango::ui
