#pragma once

#include "app/core/error.h"

#include <QStringList>

#include <functional>

// The one seam for what differs between POSIX and Windows: file modes,
// termination signals. Everything else in Lango is portable Qt.
namespace lango::app::platform {

// Refuses a file that anyone but its owner may read (POSIX: group or world
// bits set; Windows: an ACL entry for someone other than the owner, SYSTEM
// or Administrators), with a message that says how to fix it.
[[nodiscard]] Result<void> checkOwnerOnly(const QString &path);

// Makes a file readable and writable by its owner only (0600 / owner ACL).
[[nodiscard]] Result<void> restrictToOwner(const QString &path);

// Whether a process with this id is running on this machine.
bool processAlive(qint64 pid);

// This boot of this machine, short: another value after a restart, and on
// another machine that happens to share the host name.
QString bootId();

// Windows: lango.exe is a GUI program, so double-clicking it opens no
// console window behind the desk; the CLI and headless mode still print to
// the cmd or PowerShell window that started them (or to the pipe or file a
// parent redirected them to). POSIX: nothing to do. Call first in main().
void connectStandardStreams();

// The program's arguments as typed, before a QCoreApplication exists.
// Windows: from the UTF-16 command line (argv is in the ANSI code page,
// where "Habari ñ" or an emoji is lost); POSIX: argv in the locale's encoding.
QStringList commandLineArguments(int argc, char *argv[]);

// Calls handler on the event loop when the process is asked to stop:
// SIGTERM or SIGINT on POSIX, Ctrl+C, close or shutdown on Windows.
void onTerminationRequest(std::function<void()> handler);

} // namespace lango::app::platform
