#pragma once

#include "app/cli/clicommand.h"

#include <memory>

class QCommandLineParser;

namespace lango::app {
class VoucherCardPrinter;
struct VoucherPushReport;
}

namespace lango::app::cli {

// lango voucher generate | push | list | batches | print | sell | retire | sync
class VoucherCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VoucherCommand)

public:
    // `printer` paints cards for `voucher print`; the composition root
    // passes the ui/ renderer (nullptr: printing is unavailable).
    VoucherCommand(CliContext &context, VoucherCardPrinter *printer);
    ~VoucherCommand() override;

    QString name() const override { return QStringLiteral("voucher"); }
    QString synopsis() const override;
    int run(const QStringList &args) override;

private:
    struct Services;

    int generate(const QCommandLineParser &parser);
    int push(const QCommandLineParser &parser);
    int list(const QCommandLineParser &parser);
    int batches(const QCommandLineParser &parser);
    int print(const QCommandLineParser &parser);
    int sell(const QString &code);
    int retire(const QCommandLineParser &parser);
    int sync(const QCommandLineParser &parser);

    // Pushes with a progress line on stderr; the report.
    VoucherPushReport pushBatch(qint64 batchId, bool quiet);
    Result<Services *> services();
    Result<qint64> batchOption(const QCommandLineParser &parser);
    Result<qint64> routerOption(const QCommandLineParser &parser, bool allowAll);
    Result<qint64> staffOption(const QString &text);

    CliContext &m_context;
    VoucherCardPrinter *m_printer = nullptr;
    std::unique_ptr<Services> m_services;
};

} // namespace lango::app::cli
