// SPDX-License-Identifier: Apache-2.0
#include "console.h"

#include "apierror.h"
#include "recordformatter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

namespace signtraker::cli {

Console::Console(QTextStream *out, QTextStream *err, QIODevice *in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{}

void Console::print(const QString &text)
{
    *m_out << text;
    m_out->flush();
}

void Console::write(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return;
    QIODevice *device = m_out->device();
    if (!device) { // a string, in tests
        *m_out << QString::fromUtf8(utf8);
        m_out->flush();
        return;
    }
    // Text printed before must come out first; then the bytes skip QTextStream's re-encoding.
    m_out->flush();
    device->write(utf8);
    if (auto *file = qobject_cast<QFileDevice *>(device))
        file->flush();
}

void Console::error(const QString &kind, const QString &message)
{
    QString line = message;
    line.replace(u'\n', u' ');
    line.replace(u'\r', u' ');
    *m_err << "signtraker-cli: " << kind << ": " << line.trimmed() << '\n';
    m_err->flush();
}

void Console::error(const ApiError &apiError, const QString &subject)
{
    QString message = apiError.userMessage();
    if (!subject.isEmpty())
        message = subject + QLatin1String(": ") + message;
    error(apiError.kindName(), message);
}

void Console::printValue(const QJsonValue &value, OutputFormat format,
                         const QStringList &preferredColumns)
{
    switch (format) {
    case OutputFormat::Json:
        print(RecordFormatter::json(value));
        return;
    case OutputFormat::Csv:
        if (value.isArray())
            print(RecordFormatter::csv(value.toArray(), m_csvValues));
        else if (value.isObject())
            print(RecordFormatter::csv(QJsonArray{value}, m_csvValues));
        else
            print(RecordFormatter::csvField(RecordFormatter::cellText(value), m_csvValues) +
                  QLatin1String("\r\n"));
        return;
    case OutputFormat::Table:
        if (value.isArray())
            print(RecordFormatter::table(value.toArray(), preferredColumns));
        else if (value.isObject())
            print(RecordFormatter::record(value.toObject()));
        else
            print(RecordFormatter::cellText(value) + u'\n');
        return;
    }
}

std::optional<QJsonObject> Console::readJsonObject(const QString &fileOrDash, QString *problem)
{
    QByteArray data;
    QString source = fileOrDash;
    if (fileOrDash == QLatin1String("-")) {
        source = QStringLiteral("standard input");
        if (!m_in) {
            *problem = QStringLiteral("standard input is not available");
            return std::nullopt;
        }
        data = m_in->readAll();
    } else {
        QFile file(fileOrDash);
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("cannot read %1: %2").arg(fileOrDash, file.errorString());
            return std::nullopt;
        }
        data = file.readAll();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("%1 is not JSON: %2 at offset %3")
                       .arg(source, parseError.errorString())
                       .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = QStringLiteral("%1 must hold one JSON object").arg(source);
        return std::nullopt;
    }
    return document.object();
}

std::optional<QString> Console::readLine(QString *problem)
{
    if (!m_in) {
        *problem = QStringLiteral("standard input is not available");
        return std::nullopt;
    }
    QByteArray line = m_in->readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

void Console::askYesNo(const QString &question, QObject *context, std::function<void(bool)> done)
{
    *m_err << question << ' ';
    m_err->flush();
    auto answer = [this, done] {
        const QString line = m_in ? QString::fromUtf8(m_in->readLine()).trimmed() : QString();
        // "y", or "o" for the French "oui": the question may be asked in either language.
        done(line.startsWith(u'y', Qt::CaseInsensitive) ||
             line.startsWith(u'o', Qt::CaseInsensitive));
    };
    // A terminal is read once it has a line; a buffer or a file has its answer already.
    auto *file = qobject_cast<QFile *>(m_in);
    if (file && file->handle() >= 0 && file->isSequential()) {
        auto *notifier = new QSocketNotifier(file->handle(), QSocketNotifier::Read, context);
        QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, answer] {
            notifier->setEnabled(false);
            notifier->deleteLater();
            answer();
        });
        return;
    }
    QTimer::singleShot(0, context, answer);
}

} // namespace signtraker::cli
