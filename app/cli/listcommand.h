#pragma once

#include "app/cli/clicommand.h"

#include <QJsonArray>

class QCommandLineParser;

namespace lango::app::cli {

// The shape shared by `lango purchase|grant|job list`: a group with a
// `list` action, a --state filter and --json. Subclasses fetch and print.
class ListCommand : public CliCommand
{
public:
    explicit ListCommand(CliContext &context) : m_context(context) {}
    int run(const QStringList &args) override;

protected:
    struct Listing
    {
        QJsonArray json;
        QStringList headers;
        QList<QStringList> rows;
    };

    virtual QString description() const = 0;
    virtual QStringList states() const = 0;
    // Extra options beyond --state and --json.
    virtual void addOptions(QCommandLineParser &) {}
    virtual Result<Listing> list(Office &office, const QCommandLineParser &parser) = 0;
    // Actions other than list (e.g. `job retry ID`); returns -1 when unknown.
    virtual int action(const QString &, const QStringList &) { return -1; }

    CliContext &m_context;
};

class PurchaseCommand final : public ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseCommand)

public:
    using ListCommand::ListCommand;
    QString name() const override { return QStringLiteral("purchase"); }
    QString synopsis() const override
    {
        return QStringLiteral("purchase list [--state S] [--router NAME] [--phone P] [--json]");
    }

protected:
    QString description() const override;
    QStringList states() const override;
    void addOptions(QCommandLineParser &parser) override;
    Result<Listing> list(Office &office, const QCommandLineParser &parser) override;
};

class GrantCommand final : public ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(GrantCommand)

public:
    using ListCommand::ListCommand;
    QString name() const override { return QStringLiteral("grant"); }
    QString synopsis() const override { return QStringLiteral("grant list [--state S] [--json]"); }

protected:
    QString description() const override;
    QStringList states() const override;
    Result<Listing> list(Office &office, const QCommandLineParser &parser) override;
};

class JobCommand final : public ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobCommand)

public:
    using ListCommand::ListCommand;
    QString name() const override { return QStringLiteral("job"); }
    QString synopsis() const override { return QStringLiteral("job list [--state S] [--json] | retry ID"); }

protected:
    QString description() const override;
    QStringList states() const override;
    Result<Listing> list(Office &office, const QCommandLineParser &parser) override;
    int action(const QString &name, const QStringList &args) override;
};

} // namespace lango::app::cli
