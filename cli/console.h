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

#include <optional>

class QIODevice;
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

private:
    QTextStream *m_out;
    QTextStream *m_err;
    QIODevice *m_in;
    CsvWriter::Values m_csvValues = CsvWriter::Values::Neutralised;
};

} // namespace signtraker::cli
