// SPDX-License-Identifier: Apache-2.0
// Benchmark of the simulator's list endpoint: 50,000 agents, a contains() filter, a two-key
// $orderby and $top=100, requested over loopback HTTP from QNetworkAccessManager in the same
// process. Prints the tenant generation time and the median, minimum and 90th percentile of the
// round trip. Usage: bench_simlist [agents] [runs]
#include "simserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <vector>

using signtraker::sim::SimServer;

namespace {

struct Case
{
    const char *name;
    QString filter;
    QString orderBy;
    int top;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int agents = args.size() > 1 ? args.at(1).toInt() : 50000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 50;
    QTextStream out(stdout);

    SimServer server;
    QElapsedTimer timer;
    timer.start();
    server.tenant().generate(42, agents);
    out << "generate " << agents << " agents: " << timer.elapsed() << " ms\n";
    if (!server.listen()) {
        out << "cannot listen\n";
        return 1;
    }

    const std::vector<Case> cases = {
        {"contains(LastName,'son') + LastName,FirstName + $top=100",
         QStringLiteral("contains(LastName,'son')"), QStringLiteral("LastName,FirstName"), 100},
        {"startswith + and/or + Office/Id + desc",
         QStringLiteral("(startswith(LastName,'m') or Office/Id eq 3) and IsInactive eq false"),
         QStringLiteral("LastName desc,Id"), 100},
        {"no filter, LastName,FirstName, $top=100", QString(), QStringLiteral("LastName,FirstName"),
         100},
    };

    QNetworkAccessManager manager;
    for (const Case &c : cases) {
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/api/agents"));
        QUrlQuery query;
        if (!c.filter.isEmpty())
            query.addQueryItem(QStringLiteral("$filter"),
                               QString::fromLatin1(QUrl::toPercentEncoding(c.filter)));
        query.addQueryItem(QStringLiteral("$orderby"),
                           QString::fromLatin1(QUrl::toPercentEncoding(c.orderBy)));
        query.addQueryItem(QStringLiteral("$top"), QString::number(c.top));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "ST-API demo");

        std::vector<double> times;
        qsizetype bytes = 0;
        int failures = 0;
        for (int i = 0; i < runs + 3; ++i) { // three warm-up runs build the column caches
            QElapsedTimer one;
            one.start();
            QNetworkReply *reply = manager.get(request);
            QEventLoop loop; // a benchmark program, not application code
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const double ms = double(one.nsecsElapsed()) / 1e6;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200)
                ++failures;
            bytes = reply->readAll().size();
            reply->deleteLater();
            if (i >= 3)
                times.push_back(ms);
        }
        std::sort(times.begin(), times.end());
        out << c.name << ":\n  median " << QString::number(times[times.size() / 2], 'f', 2)
            << " ms, min " << QString::number(times.front(), 'f', 2) << " ms, p90 "
            << QString::number(times[size_t(double(times.size()) * 0.9)], 'f', 2) << " ms over "
            << runs << " runs, " << bytes << " bytes" << (failures ? ", FAILURES" : "") << '\n';
    }
    return 0;
}
