// Replays a fuzz target's committed corpus and crash inputs as an ordinary
// test, so CI re-checks every input the fuzzers ever found without clang.
//   fuzzreplay_<target> DIR...   exits 0 when every file ran through

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                QTextStream(stderr) << "cannot read " << file.fileName() << '\n';
                return 1;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++files;
        }
    }
    QTextStream(stdout) << "replayed " << files << " input(s)\n";
    return files > 0 ? 0 : 1;
}
