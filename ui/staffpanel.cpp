#include "ui/staffpanel.h"

#include "app/core/office.h"

#include "app/staff/staffadmin.h"
#include "ui/desk.h"
#include "ui/panelaction.h"
#include "ui/searchabletable.h"
#include "ui/staffdialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lango::ui {

StaffPanel::StaffPanel(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_table = new SearchableTable(QStringLiteral("staff"), &m_model, models::StaffTableModel::SortRole, this);
    m_table->setPlaceholderText(tr("Search staff"));
    m_add = panelAction(this, QStringLiteral("list-add"), tr("&Add staff member…"), QKeySequence::New,
                        tr("Create an account for someone who works at the office"));
    m_edit = panelAction(this, QStringLiteral("document-edit"), tr("&Edit staff member…"), QKeySequence(Qt::Key_F2),
                         tr("Change the role, status or password of the selected account"));
    m_refresh = panelAction(this, QStringLiteral("view-refresh"), tr("Re&fresh"), QKeySequence::Refresh, tr("Load the accounts again"));
    connect(m_add, &QAction::triggered, this, [this] {
        models::StaffMember fresh;
        fresh.role = m_model.rowCount() == 0 ? models::Role::Admin : models::Role::Cashier;
        openDialog(fresh);
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        const int row = m_table->currentSourceRow();
        if (row >= 0)
            openDialog(m_model.row(row));
    });
    connect(m_refresh, &QAction::triggered, this, &StaffPanel::refresh);
    connect(m_table, &SearchableTable::activated, m_edit, &QAction::trigger);
    connect(m_table, &SearchableTable::selectionChanged, this, &StaffPanel::updateActions);
    m_table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->view()->addAction(m_edit);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_add, m_edit, m_refresh});
    m_mode = new QLabel(this);
    m_mode->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Staff</h2>Who may use Lango's desks, and what each may do."), this));
    layout->addWidget(m_mode);
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("staff") || table == QLatin1String("*"))
            refresh();
    });
    updateActions();
    refresh();
}

void StaffPanel::refresh()
{
    app::Office &office = m_desk.office;
    m_desk.run(this, [&office] { return office.staff.list(); }, [this](models::Result<QList<models::StaffMember>> members) {
        if (!members) {
            Q_EMIT statusMessage(tr("Could not load staff: %1").arg(members.error().message));
            return;
        }
        m_model.setRows(*members);
        // Say plainly what holds a role: the database, or only this desk.
        app::Office &office = m_desk.office;
        QString holds;
        if (office.db().isSqlite())
            holds = tr("One computer, one file: roles here are a convenience of this desk, not a lock. Anyone with this "
                       "computer's account can open the file; keep it to trusted people.");
        else if (office.roles().enforced)
            holds = tr("The office database itself holds each role: every person signs in to it as themselves, and it "
                       "refuses what their role may not do, from any desk, the command line or a database tool.");
        else
            holds = office.roles().why;
        m_mode->setText((members->isEmpty()
                             ? tr("There are no staff accounts: every desk runs as admin without asking. Add the first "
                                  "account (an admin) to make desks ask who is signing in, and to give each person a role.")
                             : tr("Desks ask who is signing in. Every change a person makes is written to the audit log."))
                        + QStringLiteral("\n") + holds);
        updateActions();
    });
}

void StaffPanel::updateActions()
{
    m_edit->setEnabled(m_table->currentSourceRow() >= 0);
}

void StaffPanel::openDialog(const models::StaffMember &member)
{
    auto *dialog = new StaffDialog(member, member.id == 0 && m_model.rowCount() == 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const models::StaffMember edited = dialog->member();
        const QString password = dialog->password();
        app::Office &office = m_desk.office;
        const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
        const bool first = m_model.rowCount() == 0;
        m_desk.run(this,
                   [&office, edited, password, who]() -> app::Result<void> {
                       const app::StaffAdmin admin(office);
                       if (edited.id == 0) {
                           auto added = admin.add(edited, password, who);
                           return added ? app::Result<void>() : app::Result<void>(added.error());
                       }
                       if (auto updated = admin.update(edited, who); !updated)
                           return updated;
                       if (!password.isEmpty())
                           return admin.setPassword(edited.id, password, who);
                       return {};
                   },
                   [this, edited, first](app::Result<void> saved) {
                       if (!saved) {
                           QMessageBox::warning(this, tr("Not saved"), saved.error().message);
                           return;
                       }
                       Q_EMIT statusMessage(first ? tr("Admin %1 added. From the next start, desks ask who is signing in.").arg(edited.username)
                                                  : tr("Staff member %1 saved.").arg(edited.username));
                       refresh();
                   });
    });
    dialog->open();
}

} // namespace lango::ui
