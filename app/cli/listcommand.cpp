#include "app/cli/listcommand.h"

#include "app/cli/cliutil.h"
#include "app/core/office.h"
#include "models/units.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace lango::app::cli {

namespace {

QString when(qint64 epoch)
{
    return epoch ? QDateTime::fromSecsSinceEpoch(epoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

QJsonValue epochOrNull(qint64 epoch)
{
    return epoch ? QJsonValue(epoch) : QJsonValue();
}

} // namespace

int ListCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("ListCommand", "Print JSON for scripts.")});
    parser.addOption({QStringLiteral("state"), QCoreApplication::translate("ListCommand", "Only this state: %1.")
                                                   .arg(states().join(QStringLiteral(", "))), QStringLiteral("S")});
    parser.addOption({QStringLiteral("limit"), QCoreApplication::translate("ListCommand", "At most this many rows (default 500)."),
                      QStringLiteral("N"), QStringLiteral("500")});
    addOptions(parser);
    if (!parser.parse(args))
        return m_context.usage(parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_context.out() << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != QLatin1String("list")) {
        const int handled = action(positional.value(0), positional.mid(1));
        if (handled >= 0)
            return handled;
        return m_context.usage(QCoreApplication::translate("ListCommand", "Usage: lango %1").arg(synopsis()), parser.helpText());
    }
    if (parser.isSet(QStringLiteral("state")) && !states().contains(parser.value(QStringLiteral("state"))))
        return m_context.fail(QCoreApplication::translate("ListCommand", "--state must be one of: %1.")
                                  .arg(states().join(QStringLiteral(", "))));
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    auto listing = list(**office, parser);
    if (!listing)
        return m_context.fail(listing.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(m_context.out(), listing->json);
        return Ok;
    }
    TablePrinter table(listing->headers);
    for (const QStringList &row : listing->rows)
        table.addRow(row);
    table.print(m_context.out());
    return Ok;
}

// ------------------------------------------------------------------ purchases

QString PurchaseCommand::description() const
{
    return tr("M-Pesa purchases, newest first.");
}

QStringList PurchaseCommand::states() const
{
    return {QStringLiteral("pending"), QStringLiteral("paid"), QStringLiteral("active"), QStringLiteral("failed"), QStringLiteral("expired")};
}

void PurchaseCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("router"), tr("Only this router."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("phone"), tr("Only this phone number (2547...)."), QStringLiteral("P")});
}

Result<ListCommand::Listing> PurchaseCommand::list(Office &office, const QCommandLineParser &parser)
{
    models::PurchaseFilter filter;
    filter.limit = parser.value(QStringLiteral("limit")).toInt();
    if (parser.isSet(QStringLiteral("state")))
        filter.state = models::Purchase::stateFromKey(parser.value(QStringLiteral("state")));
    if (parser.isSet(QStringLiteral("router"))) {
        auto router = office.routers.byName(parser.value(QStringLiteral("router")));
        if (!router)
            return fromModels(router.error());
        filter.routerId = router->id;
    }
    filter.phone = parser.value(QStringLiteral("phone"));
    auto purchases = office.purchases.list(filter);
    if (!purchases)
        return fromModels(purchases.error());
    QHash<qint64, QString> routers;
    if (auto all = office.routers.list()) {
        for (const auto &r : *all)
            routers.insert(r.id, r.name);
    }
    Listing listing;
    listing.headers = {tr("ID"), tr("CREATED"), tr("PHONE"), tr("AMOUNT"), tr("ROUTER"), tr("STATE"), tr("RECEIPT"), tr("RESULT")};
    for (const models::Purchase &p : *purchases) {
        listing.json.append(QJsonObject{
            {QStringLiteral("id"), p.id}, {QStringLiteral("public_id"), p.publicId},
            {QStringLiteral("package_id"), p.packageId}, {QStringLiteral("router"), routers.value(p.routerId)},
            {QStringLiteral("phone"), p.phone}, {QStringLiteral("mac"), p.mac}, {QStringLiteral("ip"), p.ip},
            {QStringLiteral("amount_kes"), double(p.amountCents) / 100.0}, {QStringLiteral("state"), models::Purchase::stateKey(p.state)},
            {QStringLiteral("source"), p.source}, {QStringLiteral("checkout_request_id"), p.checkoutRequestId},
            {QStringLiteral("mpesa_receipt"), p.mpesaReceipt}, {QStringLiteral("result_code"), p.resultCode},
            {QStringLiteral("result_desc"), p.resultDesc}, {QStringLiteral("grant_id"), p.grantId ? QJsonValue(p.grantId) : QJsonValue()},
            {QStringLiteral("created_at"), p.createdAt}, {QStringLiteral("paid_at"), epochOrNull(p.paidAt)},
            {QStringLiteral("online_at"), epochOrNull(p.onlineAt)}});
        listing.rows << QStringList{QString::number(p.id), when(p.createdAt), p.phone, models::Units::formatMoney(p.amountCents),
                                    routers.value(p.routerId), models::Purchase::stateKey(p.state),
                                    p.mpesaReceipt.isEmpty() ? QStringLiteral("-") : p.mpesaReceipt,
                                    p.resultCode.isEmpty() ? QStringLiteral("-") : p.resultCode + QLatin1Char(' ') + p.resultDesc};
    }
    return listing;
}

// --------------------------------------------------------------------- grants

QString GrantCommand::description() const
{
    return tr("Access grants: who may be online, on which router, until when.");
}

QStringList GrantCommand::states() const
{
    return {QStringLiteral("pending"), QStringLiteral("active"), QStringLiteral("expired"), QStringLiteral("revoked")};
}

Result<ListCommand::Listing> GrantCommand::list(Office &office, const QCommandLineParser &parser)
{
    auto grants = office.grants.list(parser.value(QStringLiteral("state")), parser.value(QStringLiteral("limit")).toInt());
    if (!grants)
        return fromModels(grants.error());
    QHash<qint64, QString> routers;
    if (auto all = office.routers.list()) {
        for (const auto &r : *all)
            routers.insert(r.id, r.name);
    }
    Listing listing;
    listing.headers = {tr("ID"), tr("ROUTER"), tr("USER"), tr("MAC"), tr("STATE"), tr("STARTS"), tr("EXPIRES")};
    for (const models::Grant &g : *grants) {
        listing.json.append(QJsonObject{
            {QStringLiteral("id"), g.id}, {QStringLiteral("router"), routers.value(g.routerId)},
            {QStringLiteral("package_id"), g.packageId}, {QStringLiteral("username"), g.username},
            {QStringLiteral("mac"), g.mac}, {QStringLiteral("ip"), g.ip}, {QStringLiteral("state"), models::Grant::stateKey(g.state)},
            {QStringLiteral("voucher_id"), g.voucherId ? QJsonValue(g.voucherId) : QJsonValue()},
            {QStringLiteral("starts_at"), g.startsAt}, {QStringLiteral("expires_at"), g.expiresAt},
            {QStringLiteral("provisioned_at"), epochOrNull(g.provisionedAt)}, {QStringLiteral("ended_at"), epochOrNull(g.endedAt)}});
        listing.rows << QStringList{QString::number(g.id), routers.value(g.routerId), g.username,
                                    g.mac.isEmpty() ? QStringLiteral("-") : g.mac, models::Grant::stateKey(g.state),
                                    when(g.startsAt), when(g.expiresAt)};
    }
    return listing;
}

// ----------------------------------------------------------------------- jobs

QString JobCommand::description() const
{
    return tr("The router work queue: provisioning, expiry, profile sync.");
}

QStringList JobCommand::states() const
{
    return {QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("done"), QStringLiteral("failed")};
}

Result<ListCommand::Listing> JobCommand::list(Office &office, const QCommandLineParser &parser)
{
    auto jobs = office.jobs.list(parser.value(QStringLiteral("state")), parser.value(QStringLiteral("limit")).toInt());
    if (!jobs)
        return fromModels(jobs.error());
    Listing listing;
    listing.headers = {tr("ID"), tr("KIND"), tr("ROUTER"), tr("GRANT"), tr("STATE"), tr("TRIES"), tr("RUN AT"), tr("LAST ERROR")};
    for (const models::Job &j : *jobs) {
        listing.json.append(QJsonObject{
            {QStringLiteral("id"), j.id}, {QStringLiteral("kind"), j.kind}, {QStringLiteral("router_id"), j.routerId},
            {QStringLiteral("grant_id"), j.grantId}, {QStringLiteral("state"), j.state}, {QStringLiteral("attempts"), j.attempts},
            {QStringLiteral("run_at"), j.runAt}, {QStringLiteral("last_error"), j.lastError}, {QStringLiteral("payload"), j.payload},
            {QStringLiteral("created_at"), j.createdAt}, {QStringLiteral("finished_at"), epochOrNull(j.finishedAt)}});
        listing.rows << QStringList{QString::number(j.id), j.kind, QString::number(j.routerId), QString::number(j.grantId), j.state,
                                    QString::number(j.attempts), when(j.runAt), j.lastError.isEmpty() ? QStringLiteral("-") : j.lastError};
    }
    return listing;
}

int JobCommand::action(const QString &name, const QStringList &args)
{
    if (name != QLatin1String("retry") || args.size() != 1)
        return -1;
    bool ok = false;
    const qint64 id = args.first().toLongLong(&ok);
    if (!ok)
        return m_context.fail(tr("\"%1\" is not a job id; `lango job list --state failed` shows them.").arg(args.first()));
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    // The retry and its audit entry commit together, or neither does.
    models::Transaction tx((*office)->db());
    models::AuditEntry entry = m_context.who();
    entry.action = QStringLiteral("job.retry");
    entry.entity = QStringLiteral("job");
    entry.entityId = id;
    auto begun = tx.begin();
    auto retried = begun ? (*office)->jobs.retry(id) : models::Result<void>(begun.error());
    auto audited = retried ? (*office)->audit.record(entry) : models::Result<void>(retried.error());
    auto committed = audited ? tx.commit() : models::Result<void>(audited.error());
    if (!committed)
        return m_context.fail(fromModels(committed.error()));
    m_context.out() << tr("Job %1 queued again.").arg(id) << Qt::endl;
    return Ok;
}

} // namespace lango::app::cli
