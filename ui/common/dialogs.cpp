// SPDX-License-Identifier: Apache-2.0
#include "dialogs.h"

#include <QFileDialog>
#include <QLabel>
#include <QMetaObject>
#include <QTimer>

namespace signtraker::ui {

namespace {

// Messages carry names and service text: shown as they are, never read as HTML. No message of
// this application is rich text.
void showPlain(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    // The informative text has a label of its own that setTextFormat() does not reach.
    if (auto *informative = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);
}

} // namespace

Dialogs::Dialogs(QObject *parent)
    : QObject(parent)
{}

Dialogs::~Dialogs() = default;

void Dialogs::later(QObject *context, std::function<void()> action)
{
    QObject *target = context ? context : this;
    QPointer<QObject> guard(target);
    QTimer::singleShot(0, target, [guard, action = std::move(action)] {
        if (guard && action)
            action();
    });
}

void Dialogs::question(QWidget *parent, const QString &title, const QString &text,
                       QMessageBox::StandardButtons buttons,
                       QMessageBox::StandardButton defaultButton, AnswerHandler done,
                       const QString &informativeText)
{
    m_asked.append({Kind::Question, title, text});
    if (!m_nextAnswers.isEmpty() || m_nonInteractive) {
        QMessageBox::StandardButton answer = defaultButton;
        if (!m_nextAnswers.isEmpty())
            answer = m_nextAnswers.takeFirst();
        else
            qWarning("Dialogs: no answer prepared for the question \"%s\"; answering the default",
                     qUtf8Printable(text));
        later(parent, [this, answer, done] {
            Q_EMIT answered(Kind::Question);
            if (done)
                done(answer);
        });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(informativeText);
    showPlain(box);
    if (defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(defaultButton);
    QPointer<QWidget> context(parent);
    const bool hadContext = parent != nullptr;
    connect(box, &QMessageBox::finished, this, [this, box, done, context, hadContext](int) {
        if (hadContext && !context)
            return;
        QAbstractButton *clicked = box->clickedButton();
        QMessageBox::StandardButton answer =
            clicked ? box->standardButton(clicked) : QMessageBox::Cancel;
        if (answer == QMessageBox::NoButton)
            answer = QMessageBox::Cancel;
        Q_EMIT answered(Kind::Question);
        if (done)
            done(answer);
    });
    box->open();
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text,
                          std::function<void()> done)
{
    notice(Kind::Information, parent, title, text, std::move(done));
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text,
                      std::function<void()> done)
{
    notice(Kind::Warning, parent, title, text, std::move(done));
}

void Dialogs::notice(Kind kind, QWidget *parent, const QString &title, const QString &text,
                     std::function<void()> done)
{
    m_asked.append({kind, title, text});
    // Notices take no prepared answer (those are for questions); non-interactive, they are only
    // recorded.
    if (m_nonInteractive) {
        later(parent, [this, kind, done] {
            Q_EMIT answered(kind);
            if (done)
                done();
        });
        return;
    }
    auto *box =
        new QMessageBox(kind == Kind::Warning ? QMessageBox::Warning : QMessageBox::Information,
                        title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    showPlain(box);
    QPointer<QWidget> context(parent);
    const bool hadContext = parent != nullptr;
    connect(box, &QMessageBox::finished, this, [this, kind, done, context, hadContext](int) {
        if (hadContext && !context)
            return;
        Q_EMIT answered(kind);
        if (done)
            done();
    });
    box->open();
}

void Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                           const QString &filter, FileNameHandler done)
{
    fileName(Kind::SaveFileName, parent, caption, suggestedPath, filter, std::move(done));
}

void Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                           const QString &filter, FileNameHandler done)
{
    fileName(Kind::OpenFileName, parent, caption, directory, filter, std::move(done));
}

void Dialogs::fileName(Kind kind, QWidget *parent, const QString &caption, const QString &path,
                       const QString &filter, FileNameHandler done)
{
    m_asked.append({kind, caption, path});
    if (!m_nextFileNames.isEmpty() || m_nonInteractive) {
        QString name;
        if (!m_nextFileNames.isEmpty())
            name = m_nextFileNames.takeFirst();
        else
            qWarning("Dialogs: no file name prepared for \"%s\"; cancelling",
                     qUtf8Printable(caption));
        later(parent, [this, kind, name, done] {
            Q_EMIT answered(kind);
            if (done)
                done(name);
        });
        return;
    }
    auto *dialog = new QFileDialog(parent, caption, path, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (kind == Kind::SaveFileName) {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    QPointer<QWidget> context(parent);
    const bool hadContext = parent != nullptr;
    connect(dialog, &QFileDialog::finished, this,
            [this, dialog, kind, done, context, hadContext](int result) {
                if (hadContext && !context)
                    return;
                const QStringList files = dialog->selectedFiles();
                const QString name =
                    result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString();
                Q_EMIT answered(kind);
                if (done)
                    done(name);
            });
    dialog->open();
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    m_nextAnswers.append(answer);
}

void Dialogs::setNextFileName(const QString &fileName)
{
    m_nextFileNames.append(fileName);
}

void Dialogs::setNonInteractive(bool nonInteractive)
{
    m_nonInteractive = nonInteractive;
}

} // namespace signtraker::ui
