#pragma once

// What every benchmark here needs: a percentile of its samples, and a wait
// on the event loop until something is done.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace lango::bench {

// The p-th percentile (0..1) of the samples, nearest rank; 0 when there are none.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::clamp(int(p * (values.size() - 1) + 0.5), 0, int(values.size() - 1)));
}

// Runs the event loop (a bench may; a GUI may not) until done() or the timeout.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;   // sleeps until something happens, or 1 ms
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace lango::bench
