#include "app/core/platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#include <shellapi.h>
#include <aclapi.h>
#include <sddl.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace lango::app::platform {

QStringList commandLineArguments(int argc, char *argv[])
{
    QStringList arguments;
#ifdef Q_OS_WIN
    int count = 0;
    if (LPWSTR *wide = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 0; i < count; ++i)
            arguments << QString::fromWCharArray(wide[i]);
        LocalFree(wide);
        return arguments;
    }
#endif
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

namespace {
std::function<void()> s_handler;   // one process, one stop handler
}

#ifdef Q_OS_WIN

Result<void> checkOwnerOnly(const QString &path)
{
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    PSID owner = nullptr;
    const std::wstring native = QFileInfo(path).absoluteFilePath().toStdWString();
    if (GetNamedSecurityInfoW(native.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                              &owner, nullptr, &dacl, nullptr, &descriptor) != ERROR_SUCCESS)
        return Error{ErrorCode::Unauthorized, QCoreApplication::translate("Platform", "Cannot read the permissions of %1.").arg(path), {}};
    bool onlyOwner = dacl != nullptr;
    for (DWORD i = 0; onlyOwner && i < dacl->AceCount; ++i) {
        ACE_HEADER *header = nullptr;
        if (!GetAce(dacl, i, reinterpret_cast<void **>(&header)) || header->AceType != ACCESS_ALLOWED_ACE_TYPE)
            continue;
        PSID sid = &reinterpret_cast<ACCESS_ALLOWED_ACE *>(header)->SidStart;
        const bool trusted = EqualSid(sid, owner) || IsWellKnownSid(sid, WinLocalSystemSid)
                             || IsWellKnownSid(sid, WinBuiltinAdministratorsSid);
        onlyOwner = trusted;
    }
    LocalFree(descriptor);
    if (!onlyOwner)
        return Error{ErrorCode::Unauthorized,
                     QCoreApplication::translate("Platform", "%1 can be read by other users. Remove every permission but your own "
                                                             "(Properties, Security), then start Lango again.").arg(path), {}};
    return {};
}

Result<void> restrictToOwner(const QString &path)
{
    // Owner full control, nothing inherited: "D:P(A;;FA;;;OW)".
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(L"D:P(A;;FA;;;OW)", SDDL_REVISION_1, &descriptor, nullptr))
        return Error{ErrorCode::Internal, QCoreApplication::translate("Platform", "Cannot build an owner-only permission."), {}};
    BOOL present = FALSE, defaulted = FALSE;
    PACL dacl = nullptr;
    GetSecurityDescriptorDacl(descriptor, &present, &dacl, &defaulted);
    std::wstring native = QFileInfo(path).absoluteFilePath().toStdWString();
    const DWORD status = SetNamedSecurityInfoW(native.data(), SE_FILE_OBJECT,
                                               DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                               nullptr, nullptr, dacl, nullptr);
    LocalFree(descriptor);
    if (status != ERROR_SUCCESS)
        return Error{ErrorCode::Unauthorized, QCoreApplication::translate("Platform", "Cannot restrict %1 to its owner.").arg(path), {}};
    return {};
}

bool processAlive(qint64 pid)
{
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
}

void connectStandardStreams()
{
    const auto redirected = [](DWORD which) {
        const HANDLE handle = GetStdHandle(which);
        return handle != nullptr && handle != INVALID_HANDLE_VALUE && GetFileType(handle) != FILE_TYPE_UNKNOWN;
    };
    if (redirected(STD_OUTPUT_HANDLE) || redirected(STD_ERROR_HANDLE)) {
        // A pipe or file from a parent (a service wrapper, a script, a test):
        // Qt would send log lines of a program without a console to the
        // debugger instead of stderr.
        qputenv("QT_FORCE_STDERR_LOGGING", "1");
        return;
    }
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
}

namespace {
BOOL WINAPI consoleHandler(DWORD)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(app, [] { if (s_handler) s_handler(); }, Qt::QueuedConnection);
    return TRUE;
}
} // namespace

void onTerminationRequest(std::function<void()> handler)
{
    s_handler = std::move(handler);
    SetConsoleCtrlHandler(consoleHandler, TRUE);
}

#else

Result<void> checkOwnerOnly(const QString &path)
{
    struct stat info {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &info) != 0)
        return Error{ErrorCode::NotFound, QCoreApplication::translate("Platform", "%1 does not exist.").arg(path), {}};
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return Error{ErrorCode::Unauthorized,
                     QCoreApplication::translate("Platform", "%1 can be read by other users (mode %2). Secrets must be private: "
                                                             "run `chmod 600 %1` and start Lango again.")
                         .arg(path).arg(info.st_mode & 0777, 3, 8, QLatin1Char('0')), {}};
    if (info.st_uid != ::geteuid())
        return Error{ErrorCode::Unauthorized,
                     QCoreApplication::translate("Platform", "%1 belongs to another user. Run `chown` so the user running Lango owns it.")
                         .arg(path), {}};
    return {};
}

Result<void> restrictToOwner(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    if (::chmod(native.constData(), S_IRUSR | S_IWUSR) != 0)
        return Error{ErrorCode::Unauthorized, QCoreApplication::translate("Platform", "Cannot make %1 private (chmod 600).").arg(path), {}};
    return {};
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

void connectStandardStreams() {}

namespace {
int s_signalPipe[2] = {-1, -1};

void writeSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);   // async-signal-safe
}
} // namespace

void onTerminationRequest(std::function<void()> handler)
{
    s_handler = std::move(handler);
    if (s_signalPipe[0] >= 0)
        return;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    // The handler only writes a byte; the event loop does the rest safely.
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(s_signalPipe[0], &byte, 1);
        if (s_handler)
            s_handler();
    });
    struct sigaction action {};
    action.sa_handler = writeSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

#endif

QString bootId()
{
#ifdef Q_OS_LINUX
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray id = file.readAll().trimmed();
        if (!id.isEmpty())
            return QString::fromLatin1(id.left(8));
    }
#endif
    // Elsewhere: when the machine started, to the minute (it moves by a
    // second or two between readings, never by a minute).
    const qint64 bootedAt = QDateTime::currentMSecsSinceEpoch() - QDeadlineTimer::current().deadline();
    return QString::number(bootedAt / 60000, 36);
}

} // namespace lango::app::platform
