// SPDX-License-Identifier: Apache-2.0
#include "qualitycommand.h"

#include "exitcode.h"
#include "localcommand.h"
#include "localcopy.h"
#include "recordformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace signtraker::cli {

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList texts;
    for (const qint64 id : ids)
        texts << QString::number(id);
    return texts.join(u' ');
}

QByteArray jsonText(const QJsonValue &value)
{
    // A one-element array keeps QJsonDocument's escaping for a lone value.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QualityCommand::QualityCommand(const Invocation &invocation, Console *console,
                               const QString &copyPath, QObject *parent)
    : Command(invocation, console, parent)
    , m_copyPath(copyPath)
{}

// Written by hand: the members in the documented order (kind, ids, detail), which
// QJsonDocument would sort.
QByteArray QualityCommand::json(const QList<QualityFinding> &findings)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QualityFinding &finding = findings.at(i);
        QJsonArray ids;
        for (const qint64 id : finding.ids)
            ids.append(id);
        out += i ? ",\n  " : "\n  ";
        out += "{\"kind\": " + jsonText(finding.kind) +
               ", \"ids\": " + QJsonDocument(ids).toJson(QJsonDocument::Compact) +
               ", \"detail\": " + jsonText(finding.detail) + '}';
    }
    out += findings.isEmpty() ? "]\n" : "\n]\n";
    return out;
}

QString QualityCommand::csv(const QList<QualityFinding> &findings, CsvWriter::Values values)
{
    QString out = QStringLiteral("kind,ids,detail\r\n");
    for (const QualityFinding &finding : findings) {
        out += RecordFormatter::csvField(finding.kind, values) + u',' +
               RecordFormatter::csvField(idList(finding.ids), values) + u',' +
               RecordFormatter::csvField(finding.detail, values) + QStringLiteral("\r\n");
    }
    return out;
}

QString QualityCommand::table(const QList<QualityFinding> &findings)
{
    if (findings.isEmpty())
        return tr("No findings: every check passed.") + u'\n';
    QJsonArray rows;
    for (const QualityFinding &finding : findings)
        rows.append(QJsonObject{{QStringLiteral("Kind"), finding.kind},
                                {QStringLiteral("Agents"), idList(finding.ids)},
                                {QStringLiteral("Detail"), finding.detail}});
    return RecordFormatter::table(
        rows, {QStringLiteral("Kind"), QStringLiteral("Agents"), QStringLiteral("Detail")});
}

void QualityCommand::start()
{
    LocalCopy copy(m_copyPath);
    if (!copy.exists()) {
        usageFailure(LocalCommand::noCopyMessage());
        return;
    }
    const QStringList kinds = m_invocation.values(QStringLiteral("kind"));
    QList<QualityFinding> findings;
    for (const QualityFinding &finding : QualityReport::check(copy.allAgents(), copy.offices())) {
        if (kinds.isEmpty() || kinds.contains(finding.kind))
            findings.append(finding);
    }
    switch (m_invocation.global.format) {
    case OutputFormat::Json:
        m_console->write(json(findings));
        break;
    case OutputFormat::Csv:
        m_console->print(csv(findings, m_invocation.global.csvRaw
                                           ? CsvWriter::Values::Raw
                                           : CsvWriter::Values::Neutralised));
        break;
    case OutputFormat::Table:
        m_console->print(table(findings));
        break;
    }
    finish(Success);
}

} // namespace signtraker::cli
