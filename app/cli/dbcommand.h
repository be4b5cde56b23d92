#pragma once

#include "app/cli/clicommand.h"

namespace lango::app::cli {

// lango db migrate | status
class DbCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DbCommand)

public:
    explicit DbCommand(CliContext &context) : m_context(context) {}

    QString name() const override { return QStringLiteral("db"); }
    QString synopsis() const override { return QStringLiteral("db migrate | status [--json]"); }
    int run(const QStringList &args) override;

private:
    CliContext &m_context;
};

} // namespace lango::app::cli
