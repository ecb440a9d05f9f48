// SPDX-License-Identifier: Apache-2.0
#include "applicationicon.h"

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

using namespace signtraker;

namespace {

// Every icon the application asks for by theme name has a bundled fallback.
const char *const ToolbarIcons[] = {
    "configure",     "contact-new",    "document-edit", "document-export", "document-new",
    "document-save", "edit-clear",     "edit-copy",     "edit-delete",     "edit-find",
    "edit-redo",     "edit-undo",      "go-first",      "go-last",         "go-next",
    "go-previous",   "help-about",     "list-add",      "list-remove",     "network-connect",
    "process-stop",  "user-available", "user-offline",  "view-filter",     "view-refresh",
};

QString iconPath(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

// The share of pixels that the renderer painted: zero means an empty or broken drawing.
double coverage(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    int painted = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                ++painted;
        }
    }
    return double(painted) / (size * size);
}

} // namespace

class TestResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolbarIcon_data();
    void toolbarIcon();
    void toolbarIcon_sharesOneStyle_data() { toolbarIcon_data(); }
    void toolbarIcon_sharesOneStyle();
    void applicationIcon_bundled_isSquareAndRenders();
};

void TestResources::toolbarIcon_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : ToolbarIcons)
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestResources::toolbarIcon()
{
    QFETCH(QString, name);
    QVERIFY2(QFile::exists(iconPath(name)), qPrintable(iconPath(name)));

    QSvgRenderer renderer(iconPath(name));
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 24, 24));
    for (int size : {16, 24, 32}) {
        const double painted = coverage(renderer, size);
        QVERIFY2(painted > 0.02 && painted < 0.8, qPrintable(QString::number(painted)));
    }

    const QIcon icon(iconPath(name));
    QVERIFY(!icon.pixmap(24, 24).isNull());
}

// One grid, one stroke width, one neutral colour: the set reads as one family on light and dark.
void TestResources::toolbarIcon_sharesOneStyle()
{
    QFETCH(QString, name);
    QFile file(iconPath(name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QStringLiteral("svg"));
    const QXmlStreamAttributes svg = xml.attributes();
    QCOMPARE(svg.value(QStringLiteral("viewBox")), QStringLiteral("0 0 24 24"));
    QCOMPARE(svg.value(QStringLiteral("fill")), QStringLiteral("none"));
    QCOMPARE(svg.value(QStringLiteral("stroke")), QStringLiteral("#737b86"));
    QCOMPARE(svg.value(QStringLiteral("stroke-width")), QStringLiteral("2"));
    // No shape may override the shared style.
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        for (const char *attribute : {"stroke", "stroke-width", "fill", "style"}) {
            QVERIFY2(!xml.attributes().hasAttribute(QString::fromLatin1(attribute)),
                     qPrintable(xml.name().toString() + u' ' + QString::fromLatin1(attribute)));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void TestResources::applicationIcon_bundled_isSquareAndRenders()
{
    QCOMPARE(applicationId(), QStringLiteral("com.signtraker.AgentsAdmin"));
    QSvgRenderer renderer(iconPath(applicationId()));
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.defaultSize(), QSize(256, 256));
    QVERIFY(coverage(renderer, 64) > 0.2);
    QVERIFY(!applicationIcon().isNull());
    QVERIFY(!applicationIcon().pixmap(16, 16).isNull());
}

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
