#include "app/cli/vouchercommand.h"

#include "app/cli/cliutil.h"
#include "app/core/office.h"
#include "app/routers/routerdirectory.h"
#include "app/vouchers/voucherjson.h"
#include "app/vouchers/voucherprinting.h"
#include "app/vouchers/voucherservice.h"
#include "models/dbexecutor.h"
#include "models/units.h"
#include "models/vouchercsv.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>

#include <cstdio>

namespace lango::app::cli {

using models::Units;

// The router side, built only for the actions that talk to routers.
struct VoucherCommand::Services
{
    explicit Services(Office &office) : routers(office), service(office, routers, db) {}
    models::DbExecutor db{1};
    RouterDirectory routers;
    VoucherService service;
};

VoucherCommand::VoucherCommand(CliContext &context, VoucherCardPrinter *printer)
    : m_context(context)
    , m_printer(printer)
{
}

VoucherCommand::~VoucherCommand() = default;

QString VoucherCommand::synopsis() const
{
    return QStringLiteral(
        "voucher generate --package ID --router NAME --count N [--seller S]\n"
        "            [--price KES] [--length N] [--prefix P] [--pin] [--paybill] [--json]   (router `all`: every router)\n"
        "voucher list --batch ID [--state S] [--json|--csv] | batches [--seller S] [--json]\n"
        "voucher print --batch ID --template a4|58mm|80mm --pdf FILE [--code CODE] [--per-page N]\n"
        "voucher push --batch ID | sync --router NAME | retire --batch ID | sell CODE");
}

int VoucherCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Printed vouchers: make batches, put them on routers, print, sell, retire."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("generate, push, list, batches, print, sell, retire or sync"));
    parser.addOptions({
        {QStringLiteral("json"), tr("Print JSON for scripts.")},
        {QStringLiteral("csv"), tr("Print CSV (list).")},
        {QStringLiteral("package"), tr("Package id (`lango package list`)."), QStringLiteral("ID")},
        {QStringLiteral("router"), tr("Router name, or `all` for every router selling the package."), QStringLiteral("NAME")},
        {QStringLiteral("count"), tr("How many vouchers (1 to 100,000)."), QStringLiteral("N")},
        {QStringLiteral("seller"), tr("The seller's staff user name or id."), QStringLiteral("S")},
        {QStringLiteral("price"), tr("Price in whole KES (default: the package's)."), QStringLiteral("KES")},
        {QStringLiteral("length"), tr("Random characters per code, 8 to 16 (default 10)."), QStringLiteral("N")},
        {QStringLiteral("prefix"), tr("Code prefix, up to 6 characters of the code alphabet."), QStringLiteral("P")},
        {QStringLiteral("pin"), tr("Give each voucher a separate 6-digit PIN as password.")},
        {QStringLiteral("paybill"), tr("Keep the batch for paybill sales: each code is texted to the phone that paid.")},
        {QStringLiteral("batch"), tr("Batch id (`lango voucher batches`)."), QStringLiteral("ID")},
        {QStringLiteral("state"), tr("Only vouchers in this state: unused, in_use, expired, retired."), QStringLiteral("S")},
        {QStringLiteral("template"), tr("Card layout: a4, 58mm or 80mm."), QStringLiteral("T")},
        {QStringLiteral("pdf"), tr("The PDF file to write."), QStringLiteral("FILE")},
        {QStringLiteral("code"), tr("Print only this voucher's card (a reprint)."), QStringLiteral("CODE")},
        {QStringLiteral("per-page"), tr("Cards per page (A4 default 24, rolls 1)."), QStringLiteral("N")},
    });
    if (!parser.parse(args))
        return m_context.usage(parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_context.out() << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool single = positional.size() == 1;
    if (action == QLatin1String("generate") && single)
        return generate(parser);
    if (action == QLatin1String("push") && single)
        return push(parser);
    if (action == QLatin1String("list") && single)
        return list(parser);
    if (action == QLatin1String("batches") && single)
        return batches(parser);
    if (action == QLatin1String("print") && single)
        return print(parser);
    if (action == QLatin1String("sell") && positional.size() == 2)
        return sell(positional.at(1));
    if (action == QLatin1String("retire") && single)
        return retire(parser);
    if (action == QLatin1String("sync") && single)
        return sync(parser);
    return m_context.usage(tr("Usage: lango %1").arg(synopsis()), parser.helpText());
}

Result<VoucherCommand::Services *> VoucherCommand::services()
{
    if (m_services)
        return m_services.get();
    auto office = m_context.office();
    if (!office)
        return office.error();
    auto services = std::make_unique<Services>(**office);
    if (auto loaded = services->routers.reload(); !loaded)
        return loaded.error();
    m_services = std::move(services);
    return m_services.get();
}

Result<qint64> VoucherCommand::batchOption(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("batch")).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{ErrorCode::BadInput, tr("Say which batch with --batch ID (`lango voucher batches` lists them)."), {}};
    return id;
}

Result<qint64> VoucherCommand::routerOption(const QCommandLineParser &parser, bool allowAll)
{
    const QString name = parser.value(QStringLiteral("router"));
    if (name.isEmpty())
        return Error{ErrorCode::BadInput, tr("Say which router with --router NAME (`lango router list` lists them)."), {}};
    if (allowAll && name == QLatin1String("all"))
        return qint64(0);
    auto office = m_context.office();
    if (!office)
        return office.error();
    auto router = (*office)->routers.byName(name);
    if (!router)
        return fromModels(router.error());
    return router->id;
}

Result<qint64> VoucherCommand::staffOption(const QString &text)
{
    auto office = m_context.office();
    if (!office)
        return office.error();
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    auto member = numeric ? (*office)->staff.byId(id) : (*office)->staff.byUsername(text);
    if (!member)
        return fromModels(member.error());
    return member->id;
}

VoucherPushReport VoucherCommand::pushBatch(qint64 batchId, bool quiet)
{
    VoucherPushReport report;
    auto svc = services();
    if (!svc) {
        report.batchId = batchId;
        report.error = svc.error();
        return report;
    }
    VoucherPush *job = (*svc)->service.push(batchId);
    QEventLoop loop;
    QElapsedTimer shown;
    shown.start();
    const bool progress = !quiet;
    QObject::connect(job, &VoucherPush::progressed, &loop, [this, &shown, progress](int done, int total) {
        if (!progress || (shown.elapsed() < 200 && done != total))
            return;
        shown.restart();
        m_context.err() << '\r' << tr("Putting vouchers on the router: %1 of %2").arg(done).arg(total);
        m_context.err().flush();
    });
    QObject::connect(job, &VoucherPush::finished, &loop, [&report, &loop](const VoucherPushReport &r) {
        report = r;
        loop.quit();
    });
    job->start();
    loop.exec();
    job->deleteLater();
    if (progress && report.total > 0)
        m_context.err() << Qt::endl;
    return report;
}

int VoucherCommand::generate(const QCommandLineParser &parser)
{
    auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    GenerateRequest request;
    bool ok = false;
    request.packageId = value("package").toLongLong(&ok);
    if (!ok)
        return m_context.usage(tr("Say which package with --package ID (`lango package list` shows the ids)."), parser.helpText());
    request.count = value("count").toInt(&ok);
    if (!ok)
        return m_context.usage(tr("Say how many vouchers with --count N."), parser.helpText());
    if (!parser.isSet(QStringLiteral("router")))
        return m_context.usage(tr("Say which router with --router NAME, or --router all."), parser.helpText());
    if (parser.isSet(QStringLiteral("length"))) {
        request.randomLength = value("length").toInt(&ok);
        if (!ok)
            return m_context.fail(tr("--length: \"%1\" is not a number.").arg(value("length")));
    }
    request.prefix = value("prefix").toUpper();
    request.withPin = parser.isSet(QStringLiteral("pin"));
    request.forPaybill = parser.isSet(QStringLiteral("paybill"));
    if (parser.isSet(QStringLiteral("price"))) {
        auto cents = Units::parseKes(value("price"));
        if (!cents)
            return m_context.fail(QStringLiteral("--price: ") + cents.error().message);
        request.priceCents = *cents;
    }
    if (auto valid = VoucherIssuer::validate(request); !valid)
        return m_context.fail(valid.error());
    auto router = routerOption(parser, true);
    if (!router)
        return m_context.fail(router.error());
    request.routerId = *router;
    if (parser.isSet(QStringLiteral("seller"))) {
        auto seller = staffOption(value("seller"));
        if (!seller)
            return m_context.fail(seller.error());
        request.sellerId = *seller;
    }
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    auto batchId = VoucherIssuer::issue(**office, request, {m_context.actor(), 0});
    if (!batchId)
        return m_context.fail(batchId.error());

    const bool json = parser.isSet(QStringLiteral("json"));
    const VoucherPushReport report = pushBatch(*batchId, json);
    if (json)
        printJson(m_context.out(), QJsonObject{{QStringLiteral("batch_id"), *batchId}, {QStringLiteral("count"), request.count},
                                               {QStringLiteral("push"), VoucherJson::push(report)}});
    else
        m_context.out() << tr("Batch %1: %n voucher(s) made.", nullptr, request.count).arg(*batchId) << Qt::endl;
    if (report.complete()) {
        if (!json)
            m_context.out() << tr("Batch %1: %n voucher(s) on the router, ready to print: `lango voucher print --batch %1 "
                                  "--template a4 --pdf cards.pdf`.", nullptr, report.total).arg(*batchId) << Qt::endl;
        return Ok;
    }
    const QString why = report.error ? report.error->message : report.problems.join(QLatin1Char(' '));
    return m_context.fail(tr("Batch %1 is saved, but %2 of its %3 vouchers are not on the router yet: %4 "
                             "When the router is reachable, `lango voucher push --batch %1` finishes the job.")
                              .arg(*batchId).arg(report.total - report.pushed()).arg(report.total).arg(why));
}

int VoucherCommand::push(const QCommandLineParser &parser)
{
    auto batchId = batchOption(parser);
    if (!batchId)
        return m_context.fail(batchId.error());
    const bool json = parser.isSet(QStringLiteral("json"));
    const VoucherPushReport report = pushBatch(*batchId, json);
    if (report.error)
        return m_context.fail(*report.error);
    if (json)
        printJson(m_context.out(), VoucherJson::push(report));
    else
        m_context.out() << tr("Batch %1: %2 added, %3 were there already, %4 failed.")
                               .arg(*batchId).arg(report.added).arg(report.existed).arg(report.failed) << Qt::endl;
    for (const QString &problem : report.problems)
        m_context.err() << problem << Qt::endl;
    return report.complete() ? Ok : Failed;
}

int VoucherCommand::list(const QCommandLineParser &parser)
{
    auto batchId = batchOption(parser);
    if (!batchId)
        return m_context.fail(batchId.error());
    std::optional<models::VoucherState> state;
    if (parser.isSet(QStringLiteral("state"))) {
        state = models::Voucher::stateFromKey(parser.value(QStringLiteral("state")));
        if (!state)
            return m_context.fail(tr("--state must be unused, in_use, expired or retired."));
    }
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    if (auto batch = (*office)->vouchers.batch(*batchId); !batch)
        return m_context.fail(fromModels(batch.error()));
    auto vouchers = (*office)->vouchers.vouchers(*batchId, state);
    if (!vouchers)
        return m_context.fail(fromModels(vouchers.error()));
    QHash<qint64, QString> passwords;
    for (const models::Voucher &v : *vouchers) {
        if (v.pinSealed.isEmpty())
            continue;
        auto pin = (*office)->box().open(v.pinSealed);
        if (!pin)
            return m_context.fail(fromModels(pin.error()));
        passwords.insert(v.id, *pin);
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        m_context.out() << QString::fromUtf8(models::VoucherCsv::write(*vouchers, passwords));
        return Ok;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const models::Voucher &v : *vouchers)
            array.append(VoucherJson::voucher(v, passwords.value(v.id, v.code)));
        printJson(m_context.out(), array);
        return Ok;
    }
    TablePrinter table({tr("CODE"), tr("STATE"), tr("SOLD"), tr("FIRST USE"), tr("DEVICE"), tr("EXPIRES")});
    auto when = [](qint64 t) { return t ? QDateTime::fromSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(); };
    for (const models::Voucher &v : *vouchers)
        table.addRow({v.code, models::Voucher::stateKey(v.state), when(v.soldAt), when(v.firstUsedAt), v.mac, when(v.expiresAt)});
    table.print(m_context.out());
    return Ok;
}

int VoucherCommand::batches(const QCommandLineParser &parser)
{
    models::VoucherBatchFilter filter;
    if (parser.isSet(QStringLiteral("seller"))) {
        auto seller = staffOption(parser.value(QStringLiteral("seller")));
        if (!seller)
            return m_context.fail(seller.error());
        filter.sellerId = *seller;
    }
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    auto batches = (*office)->vouchers.batches(filter);
    if (!batches)
        return m_context.fail(fromModels(batches.error()));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const models::VoucherBatch &b : *batches)
            array.append(VoucherJson::batch(b));
        printJson(m_context.out(), array);
        return Ok;
    }
    TablePrinter table({tr("BATCH"), tr("PACKAGE"), tr("ROUTER"), tr("SELLER"), tr("PRICE"), tr("COUNT"), tr("ON ROUTER"),
                        tr("UNUSED"), tr("IN USE"), tr("EXPIRED"), tr("SOLD"), tr("STATUS")});
    for (const models::VoucherBatch &b : *batches)
        table.addRow({QString::number(b.id), b.packageName, b.routerId ? b.routerName : tr("all"), b.sellerName,
                      Units::formatMoney(b.priceCents), QString::number(b.count), QString::number(b.pushed),
                      QString::number(b.unused), QString::number(b.inUse), QString::number(b.expired), QString::number(b.sold),
                      b.isRetired() ? tr("retired") : b.forPaybill ? tr("active, paybill") : tr("active")});
    table.print(m_context.out());
    return Ok;
}

int VoucherCommand::print(const QCommandLineParser &parser)
{
    auto batchId = batchOption(parser);
    if (!batchId)
        return m_context.fail(batchId.error());
    const auto layout = VoucherCards::templateFromKey(parser.value(QStringLiteral("template")));
    if (!layout)
        return m_context.usage(tr("Say which card layout with --template a4, 58mm or 80mm."), parser.helpText());
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return m_context.usage(tr("Say where to write the cards with --pdf FILE."), parser.helpText());
    int perPage = 0;
    if (parser.isSet(QStringLiteral("per-page"))) {
        bool ok = false;
        perPage = parser.value(QStringLiteral("per-page")).toInt(&ok);
        if (!ok || perPage < 1 || perPage > VoucherCards::kMaxPerPage)
            return m_context.fail(tr("--per-page must be 1 to %1.").arg(VoucherCards::kMaxPerPage));
    }
    if (!m_printer)
        return m_context.fail(tr("Printing is not available in this build of Lango."));
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    const QString code = models::VoucherCodes::normalise(parser.value(QStringLiteral("code")));
    auto sheet = VoucherCards::load(**office, *batchId, code);
    if (!sheet)
        return m_context.fail(sheet.error());
    sheet->layout = *layout;
    sheet->perPage = perPage;
    auto pages = m_printer->printPdf(*sheet, pdf);
    if (!pages)
        return m_context.fail(pages.error());
    models::AuditEntry printed = m_context.who();
    printed.action = QStringLiteral("voucher.print");
    printed.entity = QStringLiteral("voucher_batch");
    printed.entityId = *batchId;
    printed.detail = tr("%n card(s) printed", nullptr, int(sheet->cards.size()));
    if (auto audited = (*office)->audit.record(printed); !audited)
        m_context.err() << tr("The print was not recorded in the audit log: %1").arg(audited.error().message) << Qt::endl;
    m_context.out() << tr("Wrote %n card(s) on %1 page(s) to %2.", nullptr, int(sheet->cards.size())).arg(*pages).arg(pdf)
                    << Qt::endl;
    return Ok;
}

int VoucherCommand::sell(const QString &typed)
{
    const QString code = models::VoucherCodes::normalise(typed);
    if (!models::VoucherCodes::isValid(code))
        return m_context.fail(tr("That is not a valid voucher code: a character is probably mistyped. Check it against the card."));
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    // The sale, by whoever signed in, and its audit entry commit together.
    models::Transaction tx((*office)->db());
    if (auto begun = tx.begin(); !begun)
        return m_context.fail(fromModels(begun.error()));
    models::AuditEntry entry = m_context.who();
    auto sold = (*office)->vouchers.markSold(code, entry.staffId);
    if (!sold)
        return m_context.fail(fromModels(sold.error()));
    entry.action = QStringLiteral("voucher.sell");
    entry.entity = QStringLiteral("voucher");
    entry.entityId = sold->id;
    entry.detail = tr("sold from batch %1").arg(sold->batchId);
    if (auto audited = (*office)->audit.record(entry); !audited)
        return m_context.fail(fromModels(audited.error()));
    if (auto committed = tx.commit(); !committed)
        return m_context.fail(fromModels(committed.error()));
    m_context.out() << tr("Sold: voucher of batch %1 at %2.").arg(sold->batchId).arg(Units::formatMoney(sold->priceCents)) << Qt::endl;
    return Ok;
}

int VoucherCommand::retire(const QCommandLineParser &parser)
{
    auto batchId = batchOption(parser);
    if (!batchId)
        return m_context.fail(batchId.error());
    auto svc = services();
    if (!svc)
        return m_context.fail(svc.error());
    auto retired = await((*svc)->service.retire(*batchId, {m_context.actor(), 0}));
    if (!retired)
        return m_context.fail(retired.error());
    m_context.out() << tr("Batch %1 retired: %2 unused voucher(s) retired, %3 removed from routers.")
                           .arg(*batchId).arg(retired->retired).arg(retired->removed) << Qt::endl;
    for (const QString &problem : retired->problems)
        m_context.err() << problem << ' ' << tr("Their copies are removed at the next `lango voucher sync`.") << Qt::endl;
    return retired->problems.isEmpty() ? Ok : Failed;
}

int VoucherCommand::sync(const QCommandLineParser &parser)
{
    auto routerId = routerOption(parser, false);
    if (!routerId)
        return m_context.fail(routerId.error());
    auto svc = services();
    if (!svc)
        return m_context.fail(svc.error());
    auto report = await((*svc)->service.syncFromRouter(*routerId));
    if (!report)
        return m_context.fail(report.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(m_context.out(), VoucherJson::sync(*report));
        return Ok;
    }
    m_context.out() << tr("Router %1: %2 voucher(s) on it, %3 in use (%4 new), %5 newly expired, %6 removed.")
                           .arg(report->routerName).arg(report->onRouter).arg(report->inUse).arg(report->newlyInUse)
                           .arg(report->expired).arg(report->removed) << Qt::endl;
    if (report->vanished > 0)
        m_context.err() << tr("Gone from the router, so now counted as expired: %n unused voucher(s). "
                              "If the router was reset, make new vouchers.", nullptr, report->vanished) << Qt::endl;
    return Ok;
}

} // namespace lango::app::cli
