// SPDX-License-Identifier: Apache-2.0
// Prints medians for: decoding an N-row page (the bytes the service sends) into the table model
// and painting the table offscreen; and the longest stall of the UI thread (the gap between two
// ticks of a 5 ms timer) while the main window loads ten pages from the in-process simulator.
//   QT_QPA_PLATFORM=offscreen bench_agentstable

#include "agentscontroller.h"
#include "agentstablemodel.h"
#include "mainwindow.h"
#include "pager.h"
#include "signtrakerclient.h"
#include "simserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace signtraker;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void decodeAndPaint(const QJsonArray &agents, int rows, int runs)
{
    // The rows as the table asks for them: only the $select members of the visible columns.
    const QStringList select = ui::AgentQuery().selectMembers();
    QJsonArray page;
    for (int i = 0; i < rows; ++i) {
        const QJsonObject full = agents.at(i % agents.size()).toObject();
        QJsonObject selected;
        for (const QString &member : select) {
            if (full.contains(member))
                selected.insert(member, full.value(member));
        }
        page.append(selected);
    }
    const QByteArray bytes = QJsonDocument(page).toJson(QJsonDocument::Compact);

    ui::AgentsTableModel model;
    QTableView view;
    view.setModel(&model);
    view.resize(1280, 800);
    view.horizontalHeader()->setStretchLastSection(true);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);

    std::vector<double> decode, paint, total;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QJsonArray rowsRead = QJsonDocument::fromJson(bytes).array();
        model.setPage(Pager::pageFrom(rowsRead, 0, rows));
        const double d = timer.nsecsElapsed() / 1e6;
        view.render(&image);
        const double all = timer.nsecsElapsed() / 1e6;
        decode.push_back(d);
        paint.push_back(all - d);
        total.push_back(all);
    }
    std::printf(
        "%6d rows (%7.1f KiB): decode+model %6.2f ms, paint %6.2f ms, total median %6.2f ms "
        "(%d runs)\n",
        rows, bytes.size() / 1024.0, median(decode), median(paint), median(total), runs);
}

void stallWhileLoading(const QJsonArray &)
{
    sim::SimServer server;
    server.tenant().generate(1, 5000);
    if (!server.listen()) {
        std::puts("simulator could not listen");
        return;
    }
    SignTrakerClient client(ClientConfig::make(server.baseUrl(), server.apiKey()));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    ui::MainWindow window(&client, QStringLiteral("bench"), &settings);
    window.show();
    QSignalSpy loaded(window.controller(), &ui::AgentsController::pageLoaded);
    loaded.wait(5000);

    ui::AgentQuery q = window.query();
    q.pageSize = 250;
    window.setQuery(q);
    loaded.wait(5000);

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
    });
    clock.start();
    ticker.start();
    QElapsedTimer wall;
    wall.start();
    for (int page = 0; page < 10; ++page) {
        loaded.clear();
        window.nextPageAction()->trigger();
        if (!loaded.wait(5000)) {
            std::printf("page %d did not load (next enabled: %d, busy: %d, hasNext: %d)\n", page,
                        window.nextPageAction()->isEnabled(), window.controller()->isBusy(),
                        window.controller()->page().hasNext);
            return;
        }
    }
    ticker.stop();
    std::printf("ten pages of 250 rows from the in-process simulator: %lld ms in all, longest UI "
                "thread stall %.1f ms (5 ms timer)\n",
                wall.elapsed(), maxGap / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    sim::Tenant tenant;
    tenant.generate(1, 10000);
    const QJsonArray agents = tenant.agents();
    decodeAndPaint(agents, 500, 41);
    decodeAndPaint(agents, 10000, 11);
    stallWhileLoading(agents);
    return 0;
}
