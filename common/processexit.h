#pragma once

// How a Lango program ends once main() has closed everything of its own.
namespace lango {

// Whether this is the Windows build running under Wine (how the Linux CI
// tests it), not on Windows itself.
bool runningUnderWine();

// Returns code, for main() to return. Under Wine only, the process ends
// here instead, with its output flushed but without the teardown after it:
// there, a thread that ended (or was ended by ExitProcess) can leave MinGW's
// winpthreads key lock taken, and libstdc++'s DLL_PROCESS_DETACH then waits
// for it forever (seen after pooled DNS lookups and PostgreSQL threads, with
// the test passed and its totals printed). Call it once the program's work
// is done: lango.exe after its face has closed, a test after its results.
int finishProcess(int code);

} // namespace lango
