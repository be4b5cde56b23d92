#include "ui/extenddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lango::ui {

namespace {
constexpr qint64 kUnitSeconds[] = {60, 3600, 86400};
constexpr qint64 kMostSeconds = 31 * 86400;
}

ExtendDialog::ExtendDialog(const QString &user, const QString &package, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Extend access"));
    auto *intro = new QLabel(package.isEmpty() ? tr("Give %1 more time online.").arg(user.toHtmlEscaped())
                                               : tr("Give %1 (%2) more time online.").arg(user.toHtmlEscaped(), package.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_amount = new QSpinBox(this);
    m_amount->setRange(1, 999);
    m_amount->setValue(30);
    m_unit = new QComboBox(this);
    m_unit->addItems({tr("minutes"), tr("hours"), tr("days")});
    m_unit->setAccessibleName(tr("Unit"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_amount);
    row->addWidget(m_unit);
    auto *form = new QFormLayout;
    form->addRow(tr("&Add:"), row);
    qobject_cast<QLabel *>(form->labelForField(row))->setBuddy(m_amount);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExtendDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExtendDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

qint64 ExtendDialog::seconds() const
{
    return m_amount->value() * kUnitSeconds[std::max(0, m_unit->currentIndex())];
}

void ExtendDialog::accept()
{
    if (seconds() > kMostSeconds) {
        m_error->setText(tr("At most 31 days can be added at once."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace lango::ui
