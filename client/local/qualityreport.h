// SPDX-License-Identifier: Apache-2.0
// The data-quality checks over a tenant's agents: shared e-mails, user names and cell phones,
// addresses and phones that cannot be used, agents without an office, manager references that
// lead nowhere or to an inactive manager, and subscriptions without a price. Widget-free and
// without I/O: the window's inbox and `signtraker-cli quality` run it over LocalCopy::allAgents().
#pragma once

#include "bulkrunner.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace signtraker {

struct QualityFinding
{
    // One of QualityReport::kinds().
    QString kind;
    // The agents concerned, in Id order; for inactive-manager the manager first, then the active
    // agents who report to them.
    QList<qint64> ids;
    // One sentence about this finding, translated.
    QString detail;
    // The agent's Id (as text) -> the merge patch that fixes it; empty when no fix is known.
    QJsonObject fix;

    bool operator==(const QualityFinding &other) const = default;
};

class LocalCopy;

class QualityReport
{
public:
    // Every finding, in the order of kinds(), then by the first Id. offices (Id, Name) may be
    // empty: then an office reference is only checked for being there, not for existing.
    static QList<QualityFinding> check(const QList<QJsonObject> &agents,
                                       const QList<QPair<QString, QString>> &offices = {});
    // duplicate-email duplicate-username duplicate-phone invalid-email invalid-phone
    // missing-office missing-manager inactive-manager subscription-without-price
    static QStringList kinds();
    // What a kind means, as one translated sentence for the inbox; empty for an unknown kind.
    static QString sentence(const QString &kind);
    // A finding's fix as checked patches: each written only if the members it changes still hold
    // on the service what the copy holds, never over a change made there since the copy was
    // read. Agents the copy no longer holds are left out.
    static QList<BulkRunner::Item> fixItems(const QualityFinding &finding, const LocalCopy &copy);
};

} // namespace signtraker
