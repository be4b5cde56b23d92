#include "ui/officesection.h"

#include "app/portal/officedetails.h"
#include "app/vouchers/voucherprinting.h"
#include "ui/desk.h"

#include <QColorDialog>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>

namespace lango::ui {

OfficeSection::OfficeSection(Desk &desk, QWidget *parent)
    : QGroupBox(tr("Office details (portal, receipts, voucher cards)"), parent)
    , m_desk(desk)
{
    m_name = new QLineEdit(this);
    m_name->setMaxLength(60);
    m_name->setPlaceholderText(tr("e.g. Kawangware WiFi"));
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("support number, e.g. 0712 345 678"));
    m_color = new QLineEdit(this);
    m_color->setPlaceholderText(QStringLiteral("#1b7f3b"));
    m_color->setMaxLength(7);
    auto *pickColor = new QPushButton(tr("C&hoose…"), this);
    connect(pickColor, &QPushButton::clicked, this, &OfficeSection::chooseColor);
    connect(m_color, &QLineEdit::textChanged, this, &OfficeSection::showColor);
    m_swatch = new QLabel(this);
    m_swatch->setFixedSize(22, 22);
    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_color);
    colorRow->addWidget(m_swatch);
    colorRow->addWidget(pickColor);
    colorRow->addStretch(1);

    m_logo = new QLabel(tr("no logo"), this);
    m_logo->setMinimumSize(64, 40);
    auto *pickLogo = new QPushButton(tr("Choose P&NG…"), this);
    auto *dropLogo = new QPushButton(tr("Re&move logo"), this);
    connect(pickLogo, &QPushButton::clicked, this, &OfficeSection::chooseLogo);
    connect(dropLogo, &QPushButton::clicked, this, [this] {
        m_logoBase64.clear();
        m_edited = true;
        showLogo();
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(pickLogo);
    logoRow->addWidget(dropLogo);
    logoRow->addStretch(1);

    m_loginUrl = new QLineEdit(this);
    m_loginUrl->setPlaceholderText(app::VoucherCards::defaultLoginBase());
    m_loginUrl->setToolTip(tr("The router's login page that voucher QR codes open: http://<hotspot DNS name>/login. "
                              "Installing the portal reads it from the router."));

    m_save = new QPushButton(tr("Save &office details"), this);
    connect(m_save, &QPushButton::clicked, this, &OfficeSection::save);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Office &name:"), m_name);
    form->addRow(tr("Support &phone:"), m_phone);
    form->addRow(tr("&Colour:"), colorRow);
    qobject_cast<QLabel *>(form->labelForField(colorRow))->setBuddy(m_color);
    form->addRow(tr("&Logo:"), logoRow);
    qobject_cast<QLabel *>(form->labelForField(logoRow))->setBuddy(pickLogo);
    form->addRow(tr("&QR login page:"), m_loginUrl);
    form->addRow(m_save);
    form->addRow(m_status);
    // Another desk (or the demo) writes the office's settings: follow it
    // until this desk starts editing.
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if ((table == QLatin1String("office_settings") || table == QLatin1String("*")) && !m_edited)
            load();
    });
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    load();
}

QString OfficeSection::statusText() const
{
    return m_status->text();
}

void OfficeSection::load()
{
    app::Office &office = m_desk.office;
    m_desk.run(this, [&office] { return app::OfficeDetails::load(office); }, [this](app::Result<app::OfficeDetails> details) {
        if (!details) {
            m_status->setText(tr("Could not read the office details: %1").arg(details.error().message));
            return;
        }
        m_name->setText(details->name);
        m_phone->setText(details->phone);
        m_color->setText(details->color);
        m_loginUrl->setText(details->loginUrl);
        m_logoBase64 = details->logoBase64;
        showLogo();
        m_edited = false;
    });
}

void OfficeSection::showLogo()
{
    QPixmap logo;
    if (!m_logoBase64.isEmpty() && logo.loadFromData(QByteArray::fromBase64(m_logoBase64.toLatin1()), "PNG"))
        m_logo->setPixmap(logo.scaledToHeight(40, Qt::SmoothTransformation));
    else
        m_logo->setText(tr("no logo"));
}

void OfficeSection::showColor()
{
    const QColor color(m_color->text());
    m_swatch->setStyleSheet(color.isValid() ? QStringLiteral("background: %1; border: 1px solid #888;").arg(color.name())
                                            : QStringLiteral("border: 1px dashed #888;"));
}

void OfficeSection::chooseColor()
{
    auto *dialog = new QColorDialog(QColor(m_color->text()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &color) {
        m_color->setText(color.name());
        m_edited = true;
    });
    dialog->open();
}

void OfficeSection::chooseLogo()
{
    auto *dialog = new QFileDialog(this, tr("Choose the office logo"), QString(), tr("PNG pictures (*.png)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_desk.run(this,
                   [path]() -> app::Result<QString> {
                       QFile file(path);
                       if (!file.open(QIODevice::ReadOnly))
                           return app::Error{app::ErrorCode::BadInput, tr("%1 could not be read: %2").arg(path, file.errorString()), {}};
                       return app::OfficeDetails::logoFromFile(file.read(app::OfficeDetails::kLogoMaxBytes + 1));
                   },
                   [this](app::Result<QString> logo) {
                       if (!logo) {
                           m_status->setText(logo.error().message);
                           return;
                       }
                       m_logoBase64 = *logo;
                       m_edited = true;
                       showLogo();
                       m_status->setText(tr("Logo chosen; save to keep it."));
                   });
    });
    dialog->open();
}

void OfficeSection::save()
{
    app::OfficeDetails details;
    details.name = m_name->text();
    details.phone = m_phone->text();
    details.color = m_color->text().trimmed();
    details.logoBase64 = m_logoBase64;
    details.loginUrl = m_loginUrl->text().trimmed();
    if (auto valid = details.validate(); !valid) {
        m_status->setText(valid.error().message);
        return;
    }
    app::Office &office = m_desk.office;
    const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
    m_save->setEnabled(false);
    m_desk.run(this, [&office, details, who] { return details.save(office, who); }, [this](app::Result<void> saved) {
        m_save->setEnabled(true);
        m_status->setText(saved ? tr("Saved. Install the portal on each router again to show the new details there.")
                                : tr("Not saved: %1").arg(saved.error().message));
        if (saved) {
            m_edited = false;
            Q_EMIT statusMessage(tr("Office details saved."));
        }
    });
}

} // namespace lango::ui
