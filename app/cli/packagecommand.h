#pragma once

#include "app/cli/clicommand.h"

class QCommandLineParser;

namespace lango::models {
struct Package;
}

namespace lango::app::cli {

// lango package add | list | edit ID | remove ID
class PackageCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackageCommand)

public:
    explicit PackageCommand(CliContext &context) : m_context(context) {}

    QString name() const override { return QStringLiteral("package"); }
    QString synopsis() const override;
    int run(const QStringList &args) override;

private:
    int add(QCommandLineParser &parser);
    int list(QCommandLineParser &parser);
    int edit(QCommandLineParser &parser, const QString &id);
    int remove(QCommandLineParser &parser, const QString &id);
    // The package an id on the command line names, and its office.
    Result<std::pair<Office *, models::Package>> named(const QString &idText);
    // Applies the options that were given onto package; an error names the option.
    Result<void> applyOptions(QCommandLineParser &parser, Office &office, models::Package &package);

    CliContext &m_context;
};

} // namespace lango::app::cli
