#include "ui/customerspanel.h"

#include "app/routers/livesessions.h"
#include "app/desk/localservices.h"
#include "app/mpesa/phonenumber.h"
#include "app/core/paths.h"
#include "models/units.h"
#include "ui/desk.h"
#include "ui/panelaction.h"
#include "ui/searchabletable.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lango::ui {

namespace {

struct History
{
    models::Result<QList<models::Purchase>> purchases;
    models::Result<QList<models::Grant>> grants;
    models::Result<QList<models::Package>> packages;
    models::Result<QList<models::Router>> routers;
};

QString normalisedMac(const QString &text)
{
    static const QRegularExpression mac(QStringLiteral("^([0-9A-Fa-f]{2})[:-]?([0-9A-Fa-f]{2})[:-]?([0-9A-Fa-f]{2})[:-]?"
                                                       "([0-9A-Fa-f]{2})[:-]?([0-9A-Fa-f]{2})[:-]?([0-9A-Fa-f]{2})$"));
    const auto match = mac.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    QStringList parts;
    for (int i = 1; i <= 6; ++i)
        parts << match.captured(i).toUpper();
    return parts.join(QLatin1Char(':'));
}

QGroupBox *boxed(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

} // namespace

CustomersPanel::CustomersPanel(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("phone number (0712 345 678) or device MAC (AA:BB:CC:DD:EE:FF)"));
    m_query->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Phone or MAC:"), this);
    label->setBuddy(m_query);
    m_find = panelAction(this, QStringLiteral("edit-find"), tr("&Look up"), QKeySequence(Qt::CTRL | Qt::Key_L),
                         tr("Show this customer's purchases, access and sessions"));
    auto *go = new QPushButton(tr("&Look up"), this);
    connect(go, &QPushButton::clicked, m_find, &QAction::trigger);
    connect(m_query, &QLineEdit::returnPressed, m_find, &QAction::trigger);
    connect(m_find, &QAction::triggered, this, &CustomersPanel::find);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_query, 1);
    row->addWidget(go);

    auto *purchases = new SearchableTable(QStringLiteral("customer-purchases"), &m_purchases, models::PurchaseTableModel::SortRole, this);
    purchases->view()->sortByColumn(models::PurchaseTableModel::Started, Qt::DescendingOrder);
    auto *grants = new SearchableTable(QStringLiteral("customer-grants"), &m_grants, models::GrantTableModel::SortRole, this);
    grants->view()->sortByColumn(models::GrantTableModel::Created, Qt::DescendingOrder);
    auto *sessions = new SearchableTable(QStringLiteral("customer-sessions"), &m_sessions, models::SessionTableModel::SortRole, this);
    purchases->searchField()->setAccessibleName(tr("Search purchases"));
    grants->searchField()->setAccessibleName(tr("Search access"));
    sessions->searchField()->setAccessibleName(tr("Search sessions"));
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("customersSplitter"));
    m_split->addWidget(boxed(tr("Purchases"), purchases, m_split));
    m_split->addWidget(boxed(tr("Access (grants)"), grants, m_split));
    m_split->addWidget(boxed(tr("Online now"), sessions, m_split));
    m_split->restoreState(QSettings(app::Paths::desktopSettingsFile(), QSettings::IniFormat)
                              .value(QStringLiteral("ui/customers/splitter")).toByteArray());

    m_summary = new QLabel(tr("Type a phone number or a MAC address and press Enter."), this);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Customers</h2>Everything Lango knows about one phone or device."), this));
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_split, 1);
}

CustomersPanel::~CustomersPanel()
{
    QSettings(app::Paths::desktopSettingsFile(), QSettings::IniFormat).setValue(QStringLiteral("ui/customers/splitter"), m_split->saveState());
}

void CustomersPanel::lookUp(const QString &phoneOrMac)
{
    m_query->setText(phoneOrMac);
    find();
}

void CustomersPanel::find()
{
    const QString text = m_query->text().trimmed();
    QString phone;
    QString mac = normalisedMac(text);
    if (mac.isEmpty()) {
        auto parsed = app::mpesa::PhoneNumber::parse(text);
        if (!parsed) {
            m_summary->setText(tr("\"%1\" is neither a phone number (0712 345 678) nor a MAC address (AA:BB:CC:DD:EE:FF).")
                                   .arg(text.toHtmlEscaped()));
            return;
        }
        phone = parsed->msisdn();
    }
    const quint64 lookup = ++m_lookup;
    m_summary->setText(tr("Looking up %1…").arg(text.toHtmlEscaped()));
    app::Office &office = m_desk.office;
    m_desk.run(this,
               [&office, phone, mac] {
                   models::PurchaseFilter filter;
                   filter.phone = phone;
                   filter.mac = mac;
                   filter.limit = 500;
                   return History{office.purchases.list(filter), office.grants.history(phone, mac, 200), office.packages.list(true),
                                  office.routers.list()};
               },
               [this, lookup, text, mac](History history) {
                   if (lookup != m_lookup)
                       return;
                   if (!history.purchases || !history.grants || !history.packages || !history.routers) {
                       const auto &error = !history.purchases ? history.purchases.error()
                                           : !history.grants ? history.grants.error()
                                           : !history.packages ? history.packages.error() : history.routers.error();
                       m_summary->setText(tr("The look-up failed: %1").arg(error.message));
                       return;
                   }
                   QHash<qint64, QString> packages;
                   for (const auto &p : *history.packages)
                       packages.insert(p.id, p.name);
                   QHash<qint64, QString> routers;
                   for (const auto &r : *history.routers)
                       routers.insert(r.id, r.name);
                   m_purchases.setNames(packages, routers);
                   m_purchases.setRows(*history.purchases);
                   m_grants.setNames(packages, routers);
                   m_grants.setRows(*history.grants);
                   qint64 paid = 0;
                   QStringList usernames;
                   for (const auto &p : *history.purchases)
                       paid += p.paidCents;
                   QStringList macs;
                   for (const auto &g : *history.grants) {
                       if (g.state == models::GrantState::Active || g.state == models::GrantState::Pending)
                           usernames << g.username;
                       if (!g.mac.isEmpty() && !macs.contains(g.mac))
                           macs << g.mac;
                   }
                   m_summary->setText(tr("%1 — purchases: %2; access granted: %3 (live now: %4); paid in total: %5.")
                                          .arg(text.toHtmlEscaped())
                                          .arg(history.purchases->size())
                                          .arg(history.grants->size())
                                          .arg(usernames.size())
                                          .arg(models::Units::formatMoney(paid)));
                   loadSessions(mac, usernames);
               });
}

void CustomersPanel::loadSessions(const QString &mac, const QStringList &usernames)
{
    m_sessions.setRows({});
    if (!m_desk.services || (mac.isEmpty() && usernames.isEmpty()))
        return;
    const quint64 lookup = m_lookup;
    m_desk.services->withRouters<app::LiveSessions::Snapshot>([](app::RouterDirectory &routers) {
        return app::LiveSessions::collect(routers);
    }).then(this, [this, lookup, mac, usernames](app::LiveSessions::Snapshot snapshot) {
        if (lookup != m_lookup)
            return;
        QList<models::LiveSession> mine;
        for (const models::LiveSession &session : snapshot.sessions) {
            if ((!mac.isEmpty() && session.mac.compare(mac, Qt::CaseInsensitive) == 0) || usernames.contains(session.user))
                mine << session;
        }
        app::Office &office = m_desk.office;
        m_desk.run(this,
                   [&office, mine]() mutable {
                       (void)app::LiveSessions::attachGrants(office, mine);   // without packages on failure
                       return mine;
                   },
                   [this, lookup](QList<models::LiveSession> sessions) {
                       if (lookup != m_lookup)
                           return;
                       m_sessions.setNow(QDateTime::currentSecsSinceEpoch());
                       m_sessions.setRows(sessions);
                   });
    });
}

} // namespace lango::ui
