#include "ui/settingspanel.h"

#include "app/staff/deskactions.h"

#include "app/core/paths.h"
#include "app/core/secretstore.h"
#include "ui/desk.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace lango::ui {

SettingsPanel::SettingsPanel(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    QSettings settings(app::Paths::desktopSettingsFile(), QSettings::IniFormat);

    auto *deskBox = new QGroupBox(tr("This desk"), this);
    auto *deskForm = new QFormLayout(deskBox);
    m_language = new QComboBox(deskBox);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Kiswahili"), QStringLiteral("sw"));
    m_language->setCurrentIndex(m_language->findData(settings.value(QStringLiteral("language"), QStringLiteral("en"))));
    deskForm->addRow(tr("&Language:"), m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QSettings s(app::Paths::desktopSettingsFile(), QSettings::IniFormat);
        s.setValue(QStringLiteral("language"), m_language->currentData());
        Q_EMIT statusMessage(tr("Language saved: it applies when Lango starts again."));
    });

    auto *database = new QLabel(m_desk.office.db().url().toString(), deskBox);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *changeDatabase = new QPushButton(tr("&Change database…"), deskBox);
    changeDatabase->setEnabled(!m_desk.demo);
    connect(changeDatabase, &QPushButton::clicked, this, &SettingsPanel::changeDatabaseRequested);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(database, 1);
    databaseRow->addWidget(changeDatabase);
    deskForm->addRow(tr("Database:"), databaseRow);
    qobject_cast<QLabel *>(deskForm->labelForField(databaseRow))->setBuddy(changeDatabase);

    auto *officeBox = new QGroupBox(tr("Office"), this);
    m_officeBox = officeBox;
    auto *officeForm = new QFormLayout(officeBox);
    auto *showKey = new QPushButton(tr("Show office &key…"), officeBox);
    showKey->setToolTip(tr("Another desk joining this office needs this key once."));
    connect(showKey, &QPushButton::clicked, this, &SettingsPanel::showOfficeKey);
    officeForm->addRow(tr("Office key:"), showKey);

    auto *content = new QWidget(this);
    m_sections = new QVBoxLayout(content);
    m_sections->addWidget(new QLabel(tr("<h2>Settings</h2>"), content));
    m_sections->addWidget(deskBox);
    m_sections->addWidget(officeBox);
    m_sections->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void SettingsPanel::addSection(QWidget *section)
{
    m_sections->insertWidget(m_sections->count() - 1, section);
}

void SettingsPanel::setMayShowOfficeKey(bool may)
{
    m_officeBox->setVisible(may);
}

void SettingsPanel::showOfficeKey()
{
    if (QMessageBox::question(this, tr("Show office key"),
                              tr("The office key opens the office's stored router passwords and M-Pesa keys. "
                                 "Show it only to give it to a desk joining this office. Show it now?"),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    // Recorded first: no entry in the audit log, no key on the screen.
    app::Office &office = m_desk.office;
    const models::AuditEntry who{0, 0, m_desk.staffId, m_desk.actor, {}, {}, 0, {}};
    m_desk.run(this, [&office, who] { return app::DeskActions(office).recordOfficeKeyShown(who); }, [this](app::Result<void> recorded) {
        if (!recorded) {
            QMessageBox::warning(this, tr("Office key"), recorded.error().message);
            return;
        }
        revealOfficeKey();
    });
}

void SettingsPanel::revealOfficeKey()
{
    m_desk.secrets.read(QStringLiteral("office_key")).then(this, [this](app::Result<QString> key) {
        if (!key || key->isEmpty()) {
            QMessageBox::warning(this, tr("Office key"), key ? tr("This desk has no office key stored.") : key.error().message);
            return;
        }
        // Opened, not exec()'d: a continuation must not spin a nested event loop.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Office key"),
                                    tr("Enter this key on the new desk (first start, \"Office key\"):\n\n%1").arg(*key),
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *copy = box->addButton(tr("&Copy"), QMessageBox::ActionRole);
        const QString text = *key;
        connect(copy, &QPushButton::clicked, box, [text] { QApplication::clipboard()->setText(text); });
        box->open();
    });
}

} // namespace lango::ui
