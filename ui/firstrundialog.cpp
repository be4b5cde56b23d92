#include "ui/firstrundialog.h"

#include "app/core/paths.h"
#include "models/database.h"
#include "models/dbexecutor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace lango::ui {

FirstRunDialog::FirstRunDialog(models::DbExecutor &executor, const QString &currentUrl, QWidget *parent)
    : QDialog(parent)
    , m_executor(executor)
{
    setWindowTitle(tr("Where should Lango keep the office's data?"));
    m_local = new QRadioButton(tr("&This computer only (one desk; nothing to install)"), this);
    m_shared = new QRadioButton(tr("A &shared office database (PostgreSQL; several desks and the headless server)"), this);
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("postgresql://lango@db.local:5432/lango"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_officeKey = new QLineEdit(this);
    m_officeKey->setEchoMode(QLineEdit::Password);
    m_officeKey->setPlaceholderText(tr("from the desk that set up the office; empty for a new office"));
    m_test = new QPushButton(tr("T&est connection"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *sharedBox = new QGroupBox(tr("Shared database"), this);
    auto *form = new QFormLayout(sharedBox);
    form->addRow(tr("Database &URL:"), m_url);
    form->addRow(tr("Database &password:"), m_password);
    form->addRow(tr("Office &key:"), m_officeKey);
    form->addRow(QString(), m_test);

    if (currentUrl.startsWith(QLatin1String("postgres"))) {
        m_shared->setChecked(true);
        m_url->setText(currentUrl);
    } else {
        m_local->setChecked(true);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(m_local, &QRadioButton::toggled, this, &FirstRunDialog::updateMode);
    connect(m_test, &QPushButton::clicked, this, [this] { testConnection(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Lango keeps packages, payments and vouchers in a database. Choose one:"), this));
    layout->addWidget(m_local);
    layout->addWidget(m_shared);
    layout->addWidget(sharedBox);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    updateMode();
}

QString FirstRunDialog::databasePassword() const
{
    return m_shared->isChecked() ? m_password->text() : QString();
}

QString FirstRunDialog::officeKey() const
{
    return m_shared->isChecked() ? m_officeKey->text().trimmed() : QString();
}

void FirstRunDialog::updateMode()
{
    const bool shared = m_shared->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_officeKey), static_cast<QWidget *>(m_test)})
        w->setEnabled(shared);
    m_status->clear();
}

void FirstRunDialog::testConnection(bool thenAccept)
{
    if (m_testing)
        return;
    auto url = models::DatabaseUrl::parse(m_url->text());
    if (!url || url->backend != models::Backend::Postgres) {
        m_status->setText(url ? tr("A shared database URL starts with postgresql://") : url.error().message);
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    m_status->setText(tr("Connecting to %1…").arg(url->host));
    const QString password = m_password->text();
    const models::DatabaseUrl target = *url;
    m_executor.run([target, password]() -> QString {
        models::Database db(target, password);
        auto checked = db.checkConnection();
        if (!checked)
            return checked.error().message + QStringLiteral("\n") + checked.error().detail.left(300);
        return {};
    }).then(this, [this, thenAccept, target](QString problem) {
        m_testing = false;
        m_test->setEnabled(true);
        if (!problem.isEmpty()) {
            m_status->setText(tr("Could not connect: %1").arg(problem));
            return;
        }
        m_status->setText(tr("Connected to %1.").arg(target.toString()));
        if (thenAccept) {
            m_chosenUrl = target.toString();
            QDialog::accept();
        }
    });
}

void FirstRunDialog::accept()
{
    if (m_local->isChecked()) {
        m_chosenUrl = app::Paths::defaultDatabaseUrl();
        QDialog::accept();
        return;
    }
    testConnection(true);   // saved only once the connection works
}

} // namespace lango::ui
