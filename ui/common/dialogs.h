// SPDX-License-Identifier: Apache-2.0
// The one way widgets ask a question or a file name: a seam that GUI tests answer in advance
// (like KeePassXC's MessageBox::setNextAnswer), so that no test ever waits on a modal.
//
// Nothing here blocks or runs a nested event loop: dialogs are opened with open() and the answer
// arrives through the callback, from the event loop, also when it was given in advance. The
// callback is dropped when context is destroyed first. Pass one Dialogs object to the widgets
// that need it (the main window owns one); it is not a singleton.
#pragma once

#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace signtraker::ui {

class Dialogs : public QObject
{
    Q_OBJECT

public:
    using AnswerHandler = std::function<void(QMessageBox::StandardButton)>;
    using FileNameHandler = std::function<void(const QString &fileName)>; // empty: cancelled

    enum class Kind { Question, Information, Warning, SaveFileName, OpenFileName };
    // What was asked, in order, for tests to assert ("the confirmation names the agents").
    struct Asked
    {
        Kind kind;
        QString title;
        QString text;
    };

    explicit Dialogs(QObject *parent = nullptr);
    ~Dialogs() override;

    // A question with the given buttons; answered with the button pressed, or with Cancel (or
    // No, or Escape's button) when the box is closed otherwise.
    void question(QWidget *parent, const QString &title, const QString &text,
                  QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                  AnswerHandler done, const QString &informativeText = {});
    // A notice: nothing to answer; done (optional) runs once it is dismissed.
    void information(QWidget *parent, const QString &title, const QString &text,
                     std::function<void()> done = {});
    void warning(QWidget *parent, const QString &title, const QString &text,
                 std::function<void()> done = {});
    // filter as for QFileDialog ("CSV files (*.csv)").
    void saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                      const QString &filter, FileNameHandler done);
    void openFileName(QWidget *parent, const QString &caption, const QString &directory,
                      const QString &filter, FileNameHandler done);

    // Test seam: answers used in order by the next questions / file dialogs instead of showing
    // anything. An empty file name is a cancelled dialog.
    void setNextAnswer(QMessageBox::StandardButton answer);
    void setNextFileName(const QString &fileName);
    // With no answer prepared: show nothing, answer the default button (file dialogs: cancel)
    // and warn. For GUI tests, so that a forgotten answer fails the assertion instead of hanging.
    void setNonInteractive(bool nonInteractive);
    bool isNonInteractive() const { return m_nonInteractive; }

    const QList<Asked> &asked() const { return m_asked; }
    void clearAsked() { m_asked.clear(); }

Q_SIGNALS:
    // After each question, notice or file dialog was answered (for tests and logging).
    void answered(signtraker::ui::Dialogs::Kind kind);

private:
    void notice(Kind kind, QWidget *parent, const QString &title, const QString &text,
                std::function<void()> done);
    void fileName(Kind kind, QWidget *parent, const QString &caption, const QString &path,
                  const QString &filter, FileNameHandler done);
    // Runs action from the event loop, unless context has gone in the meantime.
    void later(QObject *context, std::function<void()> action);

    QList<QMessageBox::StandardButton> m_nextAnswers;
    QStringList m_nextFileNames;
    QList<Asked> m_asked;
    bool m_nonInteractive = false;
};

} // namespace signtraker::ui
