// SPDX-License-Identifier: Apache-2.0
// signtraker-cli quality [--kind KIND]...: the data-quality report (QualityReport) over the
// profile's local copy, as JSON for scripts ([{"kind", "ids", "detail"}]), a table or CSV.
// Findings are not failures: the exit status is 0 with or without them.
#pragma once

#include "command.h"
#include "qualityreport.h"

namespace signtraker::cli {

class QualityCommand : public Command
{
    Q_OBJECT

public:
    QualityCommand(const Invocation &invocation, Console *console, const QString &copyPath,
                   QObject *parent = nullptr);

    void start() override;

    // The findings in each format (pure, for tests).
    static QByteArray json(const QList<QualityFinding> &findings);
    static QString csv(const QList<QualityFinding> &findings, CsvWriter::Values values);
    static QString table(const QList<QualityFinding> &findings);

private:
    QString m_copyPath;
};

} // namespace signtraker::cli
