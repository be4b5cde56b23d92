#include "ui/mainwindow.h"

#include "app/core/paths.h"
#include "ui/desk.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace lango::ui {

MainWindow::MainWindow(Desk &desk, QWidget *parent)
    : QMainWindow(parent)
    , m_desk(desk)
{
    setWindowTitle(desk.demo ? tr("Lango (demo)") : tr("Lango"));
    setObjectName(QStringLiteral("MainWindow"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Panels"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(240);
    m_stack = new QStackedWidget(this);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *changeDatabase = file->addAction(tr("&Change database…"));
    changeDatabase->setEnabled(!desk.demo);
    connect(changeDatabase, &QAction::triggered, this, &MainWindow::changeDatabaseRequested);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_panelsMenu = menuBar()->addMenu(tr("&Go"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Lango"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Lango"),
                           tr("<h3>Lango %1</h3><p>Hotspot billing for MikroTik routers, paid with M-Pesa or vouchers.</p>"
                              "<p>Database: %2</p>").arg(QStringLiteral(LANGO_VERSION), m_desk.office.db().url().toString()));
    });

    setPermanentStatus(QStringLiteral("database"),
                       desk.office.db().isSqlite() ? tr("Database: this computer") : tr("Database: %1").arg(desk.office.db().url().host),
                       desk.office.db().url().toString());
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPanel(const QString &key, const QString &title, const QIcon &icon, QWidget *panel,
                          const QList<QAction *> &actions)
{
    panel->setObjectName(key);
    const int index = m_stack->addWidget(panel);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, key);
    m_keys << key;

    QAction *go = m_panelsMenu->addAction(icon, title);
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    go->setStatusTip(tr("Show %1").arg(title));
    connect(go, &QAction::triggered, this, [this, index] { m_navigation->setCurrentRow(index); });

    if (!actions.isEmpty()) {
        QMenu *menu = menuBar()->addMenu(title);
        menuBar()->insertMenu(m_panelsMenu->menuAction(), menu);
        menu->addActions(actions);
        // The panel's own shortcuts work while it is shown; the menu shows them.
        connect(m_stack, &QStackedWidget::currentChanged, menu, [menu, index](int current) { menu->setEnabled(current == index); });
        menu->setEnabled(m_stack->currentIndex() == index);
    }
    if (m_navigation->count() == 1) {
        m_navigation->setCurrentRow(0);
        restoreLayout();
    }
}

void MainWindow::showPanel(const QString &key)
{
    const int index = int(m_keys.indexOf(key));
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

QWidget *MainWindow::panel(const QString &key) const
{
    const int index = int(m_keys.indexOf(key));
    return index >= 0 ? m_stack->widget(index) : nullptr;
}

void MainWindow::setPermanentStatus(const QString &key, const QString &text, const QString &tooltip)
{
    QLabel *label = m_statusLabels.value(key);
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("status-") + key);
        statusBar()->addPermanentWidget(label);
        m_statusLabels.insert(key, label);
    }
    label->setText(text);
    label->setToolTip(tooltip);
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::restoreLayout()
{
    const QSettings settings(app::Paths::desktopSettingsFile(), QSettings::IniFormat);
    restoreGeometry(settings.value(QStringLiteral("ui/main/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("ui/main/state")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("ui/main/splitter")).toByteArray());
    const QString last = settings.value(QStringLiteral("ui/main/panel")).toString();
    if (!last.isEmpty())
        QMetaObject::invokeMethod(this, [this, last] { showPanel(last); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings(app::Paths::desktopSettingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/main/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/main/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("ui/main/splitter"), splitter->saveState());
    const int current = m_navigation->currentRow();
    if (current >= 0)
        settings.setValue(QStringLiteral("ui/main/panel"), m_keys.value(current));
    event->accept();
}

} // namespace lango::ui
