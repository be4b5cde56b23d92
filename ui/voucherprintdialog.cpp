#include "ui/voucherprintdialog.h"

#include "ui/vouchercardrenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QPointer>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace lango::ui {

VoucherPrintDialog::VoucherPrintDialog(app::CardSheet sheet, QWidget *parent)
    : QDialog(parent)
    , m_sheet(std::move(sheet))
{
    setWindowTitle(tr("Print vouchers"));
    m_template = new QComboBox(this);
    m_template->addItem(tr("A4 sheet, cut into cards"), int(app::CardTemplate::A4));
    m_template->addItem(tr("58 mm receipt roll"), int(app::CardTemplate::Roll58));
    m_template->addItem(tr("80 mm receipt roll"), int(app::CardTemplate::Roll80));
    m_template->setCurrentIndex(m_template->findData(int(m_sheet.layout)));
    m_perPage = new QSpinBox(this);
    m_perPage->setRange(1, app::VoucherCards::kMaxPerPage);
    m_perPage->setValue(app::VoucherCards::kDefaultA4PerPage);
    m_cutMarks = new QCheckBox(tr("Cut &marks"), this);
    m_cutMarks->setChecked(true);
    m_summary = new QLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("Cards per &page:"), m_perPage);
    form->addRow(QString(), m_cutMarks);
    form->addRow(QString(), m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdfButton = buttons->addButton(tr("Save P&DF…"), QDialogButtonBox::ActionRole);
    printButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &VoucherPrintDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &VoucherPrintDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &VoucherPrintDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &VoucherPrintDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this, &VoucherPrintDialog::updateOptions);
    connect(m_perPage, &QSpinBox::valueChanged, this, &VoucherPrintDialog::updateOptions);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOptions();
}

app::CardSheet VoucherPrintDialog::sheet() const
{
    app::CardSheet sheet = m_sheet;
    sheet.layout = app::CardTemplate(m_template->currentData().toInt());
    const bool a4 = sheet.layout == app::CardTemplate::A4;
    sheet.perPage = a4 ? m_perPage->value() : 1;
    sheet.cutMarks = a4 && m_cutMarks->isChecked();
    return sheet;
}

void VoucherPrintDialog::updateOptions()
{
    const bool a4 = app::CardTemplate(m_template->currentData().toInt()) == app::CardTemplate::A4;
    m_perPage->setEnabled(a4);
    m_cutMarks->setEnabled(a4);
    const app::CardSheet chosen = sheet();
    m_summary->setText(tr("%n card(s) on %1 page(s).", nullptr, int(chosen.cards.size()))
                           .arg(VoucherCardRenderer::pageCount(chosen)));
}

void VoucherPrintDialog::renderInBackground(const QString &label,
                                            std::function<app::Result<int>(const std::function<bool(int, int)> &)> job,
                                            std::function<void(app::Result<int>)> done)
{
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, int(m_sheet.cards.size()), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    // The worker only touches these atomics; a timer here shows the progress.
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto cardsDone = std::make_shared<std::atomic<int>>(0);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    auto *tick = new QTimer(progress);
    connect(tick, &QTimer::timeout, progress, [progress, cardsDone] { progress->setValue(*cardsDone); });
    tick->start(100);
    auto result = std::make_shared<app::Result<int>>();
    // QPainter may paint on PDF writers and printers off the GUI thread.
    QThread *worker = QThread::create([job, result, cancelled, cardsDone] {
        *result = job([cancelled, cardsDone](int done, int) {
            *cardsDone = done;
            return !*cancelled;
        });
    });
    QPointer<QProgressDialog> guard(progress);
    connect(worker, &QThread::finished, this, [worker, result, guard, done] {
        worker->deleteLater();
        if (guard)
            guard->close();
        done(*result);
    });
    worker->start();
}

void VoucherPrintDialog::preview()
{
    app::CardSheet first = sheet();
    if (first.cards.size() > kPreviewCards)
        first.cards = first.cards.mid(0, kPreviewCards);
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintPreviewDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(first.cards.size() < m_sheet.cards.size()
                               ? tr("Preview: the first %1 of %2 cards").arg(first.cards.size()).arg(m_sheet.cards.size())
                               : tr("Preview"));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [first](QPrinter *target) {
        VoucherCardRenderer renderer;
        (void)renderer.paint(first, *target);
    });
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    dialog->open();
}

void VoucherPrintDialog::print()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] { printOn(printer); });
    dialog->open();
}

void VoucherPrintDialog::printOn(const std::shared_ptr<QPrinter> &printer)
{
    const app::CardSheet chosen = sheet();
    renderInBackground(tr("Printing %n card(s)…", nullptr, int(chosen.cards.size())),
                       [chosen, printer](const std::function<bool(int, int)> &progress) {
                           VoucherCardRenderer renderer;
                           return renderer.paint(chosen, *printer, progress);
                       },
                       [this, chosen](app::Result<int> pages) {
                           if (!pages) {
                               QMessageBox::warning(this, tr("Not printed"), pages.error().message);
                               return;
                           }
                           Q_EMIT printed(int(chosen.cards.size()));
                           Q_EMIT statusMessage(tr("Sent %n card(s) to the printer.", nullptr, int(chosen.cards.size())));
                       });
}

void VoucherPrintDialog::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save voucher cards"), QDir::homePath() + QStringLiteral("/vouchers.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const app::CardSheet chosen = sheet();
    renderInBackground(tr("Writing %n card(s)…", nullptr, int(chosen.cards.size())),
                       [chosen, path](const std::function<bool(int, int)> &progress) {
                           VoucherCardRenderer renderer;
                           return renderer.printPdf(chosen, path, progress);
                       },
                       [this, chosen, path](app::Result<int> pages) {
                           if (!pages) {
                               QMessageBox::warning(this, tr("PDF not saved"), pages.error().message);
                               return;
                           }
                           Q_EMIT printed(int(chosen.cards.size()));
                           Q_EMIT statusMessage(tr("Saved %n card(s) to %1.", nullptr, int(chosen.cards.size())).arg(path));
                       });
}

} // namespace lango::ui
