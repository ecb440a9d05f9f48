// SPDX-License-Identifier: Apache-2.0
// Where signtraker-cli writes and reads: standard output, standard error and standard input,
// injectable so that tests capture them in-process. Also the one format of an error line.
#pragma once

#include "csvwriter.h"
#include "invocation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;
class QObject;
class QTextStream;

namespace signtraker {
class ApiError;
}

namespace signtraker::cli {

class Console
{
public:
    Console(QTextStream *out, QTextStream *err, QIODevice *in = nullptr);

    void print(const QString &text);
    // UTF-8 bytes as they are, in one write to standard output's device when it has one.
    void write(const QByteArray &utf8);
    // "signtraker-cli: KIND: MESSAGE" on one line of standard error.
    void error(const QString &kind, const QString &message);
    void error(const ApiError &error, const QString &subject = {});

    // What the service returned, in the chosen format. preferredColumns: for tables of lists.
    void printValue(const QJsonValue &value, OutputFormat format,
                    const QStringList &preferredColumns = {});
    // --csv-raw: CSV cells as they are, formulas not neutralised.
    void setCsvValues(CsvWriter::Values values) { m_csvValues = values; }

    // The JSON object in FILE, or on standard input for "-". nullopt, with *problem set, when it
    // cannot be read or is not one JSON object.
    std::optional<QJsonObject> readJsonObject(const QString &fileOrDash, QString *problem);
    // One line of standard input without its line end (for --api-key-stdin).
    std::optional<QString> readLine(QString *problem);

    QTextStream *errorStream() const { return m_err; }

    // Whether standard input is a terminal, i.e. a person who can answer a question.
    bool inputIsTerminal() const { return m_inputIsTerminal; }
    void setInputIsTerminal(bool terminal) { m_inputIsTerminal = terminal; }
    // "QUESTION [y/N] " on standard error; done(true) once a line starting with y arrives on
    // standard input, done(false) for anything else or the end of input. Waits from the event
    // loop (a notifier on a terminal), never blocking; done is dropped when context goes.
    void askYesNo(const QString &question, QObject *context, std::function<void(bool)> done);

private:
    QTextStream *m_out;
    QTextStream *m_err;
    QIODevice *m_in;
    bool m_inputIsTerminal = false;
    CsvWriter::Values m_csvValues = CsvWriter::Values::Neutralised;
};

} // namespace signtraker::cli
