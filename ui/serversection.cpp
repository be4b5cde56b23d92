#include "ui/serversection.h"

#include "app/core/paths.h"
#include "app/desk/serverhealth.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace lango::ui {

namespace {
const QString kKey = QStringLiteral("server/url");
}

ServerSection::ServerSection(QWidget *parent)
    : QGroupBox(tr("Office server"), parent)
{
    m_url = new QLineEdit(savedServer().toString(), this);
    m_url->setPlaceholderText(tr("e.g. https://hotspot.example.co.ke (empty: no server to check)"));
    auto *save = new QPushButton(tr("Sa&ve"), this);
    connect(save, &QPushButton::clicked, this, &ServerSection::save);
    connect(m_url, &QLineEdit::returnPressed, this, &ServerSection::save);
    auto *row = new QHBoxLayout;
    row->addWidget(m_url, 1);
    row->addWidget(save);
    m_status = new QLabel(tr("The desk checks the server every 30 seconds and shows the answer in the status bar."), this);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Server &address:"), row);
    qobject_cast<QLabel *>(form->labelForField(row))->setBuddy(m_url);
    form->addRow(m_status);
}

QUrl ServerSection::savedServer()
{
    const QSettings settings(app::Paths::desktopSettingsFile(), QSettings::IniFormat);
    return QUrl(settings.value(kKey).toString());
}

void ServerSection::showHealth(bool ok, const QString &summary, const QString &detail)
{
    m_status->setText(ok ? summary : summary + QLatin1Char('\n') + detail);
}

void ServerSection::save()
{
    const QString text = m_url->text().trimmed();
    if (const QString problem = app::ServerHealth::urlProblem(text); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    QSettings settings(app::Paths::desktopSettingsFile(), QSettings::IniFormat);
    settings.setValue(kKey, text);
    m_status->setText(text.isEmpty() ? tr("No server to check.") : tr("Saved; checking %1…").arg(text));
    Q_EMIT statusMessage(tr("Office server address saved."));
    Q_EMIT serverChanged(QUrl(text));
}

} // namespace lango::ui
