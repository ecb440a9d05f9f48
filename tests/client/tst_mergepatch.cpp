// SPDX-License-Identifier: Apache-2.0
// RFC 7396 merge patch: the RFC's own examples for apply, hand-picked diff cases, and a
// property test that apply(original, diff(original, edited)) == edited over generated records.
#include "mergepatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace signtraker;

namespace {

// Any JSON text, scalars included: QJsonDocument only parses objects and arrays.
QJsonValue json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + text + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s: %s", text, qPrintable(error.errorString()));
    return document.array().first();
}

QJsonObject object(const char *text)
{
    return json(text).toObject();
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// Random records for the property test. Edits never introduce a null: RFC 7396 cannot carry
// one (see mergepatch.h), so the property only holds for edits a dialog can make.
class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}

    QJsonValue value(int depth, bool allowNull)
    {
        const int kind = int(m_random.bounded(allowNull ? 8 : 7));
        switch (kind) {
        case 0:
            return int(m_random.bounded(-3, 4));
        case 1:
            return double(m_random.bounded(-100, 100)) / 4.0;
        case 2:
            return QStringLiteral("s%1").arg(m_random.bounded(4));
        case 3:
            return m_random.bounded(2) == 1;
        case 4: {
            QJsonArray array;
            const int size = int(m_random.bounded(3));
            for (int i = 0; i < size; ++i)
                array.append(value(depth + 1, true)); // arrays are replaced whole: null is fine
            return array;
        }
        case 5:
        case 6:
            if (depth < 3)
                return object(depth + 1, allowNull);
            return QStringLiteral("leaf");
        default:
            return QJsonValue::Null;
        }
    }

    QJsonObject object(int depth, bool allowNull)
    {
        QJsonObject result;
        const int size = int(m_random.bounded(5));
        for (int i = 0; i < size; ++i)
            result.insert(key(), value(depth, allowNull));
        return result;
    }

    // Keeps, removes, replaces or recursively edits each member, and adds some.
    QJsonObject edit(const QJsonObject &original, int depth)
    {
        QJsonObject edited;
        for (auto it = original.constBegin(); it != original.constEnd(); ++it) {
            switch (m_random.bounded(5)) {
            case 0:
                break; // removed
            case 1:
                edited.insert(it.key(), value(depth, false));
                break;
            case 2:
                if (it.value().isObject()) {
                    edited.insert(it.key(), edit(it.value().toObject(), depth + 1));
                    break;
                }
                Q_FALLTHROUGH();
            default:
                edited.insert(it.key(), it.value());
                break;
            }
        }
        const int added = int(m_random.bounded(3));
        for (int i = 0; i < added; ++i)
            edited.insert(key(), value(depth, false));
        return edited;
    }

private:
    QString key() { return QStringLiteral("k%1").arg(m_random.bounded(6)); }

    QRandomGenerator m_random;
};

} // namespace

class TestMergePatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_rfcAppendixA_givesResult_data();
    void apply_rfcAppendixA_givesResult();
    void apply_rfcSection3Example_givesResult();
    void apply_samePatchTwice_sameRecord();
    void diff_records_minimalPatch_data();
    void diff_records_minimalPatch();
    void diff_rfcSection3Example_isThePatch();
    void diff_generatedEdits_applyGivesEdited();
    void diff_nullValueInEdited_sentAsRemoval();
    void equivalent_numbers_comparedByValue_data();
    void equivalent_numbers_comparedByValue();
};

void TestMergePatch::apply_rfcAppendixA_givesResult_data()
{
    QTest::addColumn<QJsonValue>("target");
    QTest::addColumn<QJsonValue>("patch");
    QTest::addColumn<QJsonValue>("result");

    auto row = [](const char *name, const char *target, const char *patch, const char *result) {
        QTest::newRow(name) << json(target) << json(patch) << json(result);
    };
    row("1 replace member", R"({"a":"b"})", R"({"a":"c"})", R"({"a":"c"})");
    row("2 add member", R"({"a":"b"})", R"({"b":"c"})", R"({"a":"b","b":"c"})");
    row("3 remove member", R"({"a":"b"})", R"({"a":null})", R"({})");
    row("4 remove one of two", R"({"a":"b","b":"c"})", R"({"a":null})", R"({"b":"c"})");
    row("5 array replaced by string", R"({"a":["b"]})", R"({"a":"c"})", R"({"a":"c"})");
    row("6 string replaced by array", R"({"a":"c"})", R"({"a":["b"]})", R"({"a":["b"]})");
    row("7 nested merge", R"({"a":{"b":"c"}})", R"({"a":{"b":"d","c":null}})",
        R"({"a":{"b":"d"}})");
    row("8 array not merged", R"({"a":[{"b":"c"}]})", R"({"a":[1]})", R"({"a":[1]})");
    row("9 array patch replaces array", R"(["a","b"])", R"(["c","d"])", R"(["c","d"])");
    row("10 array patch replaces object", R"({"a":"b"})", R"(["c"])", R"(["c"])");
    row("11 null patch", R"({"a":"foo"})", "null", "null");
    row("12 string patch", R"({"a":"foo"})", R"("bar")", R"("bar")");
    row("13 existing null kept", R"({"e":null})", R"({"a":1})", R"({"e":null,"a":1})");
    row("14 object patch over array", "[1,2]", R"({"a":"b","c":null})", R"({"a":"b"})");
    row("15 nulls in new object dropped", "{}", R"({"a":{"bb":{"ccc":null}}})",
        R"({"a":{"bb":{}}})");
}

void TestMergePatch::apply_rfcAppendixA_givesResult()
{
    QFETCH(QJsonValue, target);
    QFETCH(QJsonValue, patch);
    QFETCH(QJsonValue, result);
    const QJsonValue applied = MergePatch::apply(target, patch);
    QVERIFY2(applied == result, compact(applied).constData());
    if (target.isObject() && patch.isObject())
        QCOMPARE(QJsonValue(MergePatch::apply(target.toObject(), patch.toObject())), result);
}

void TestMergePatch::apply_rfcSection3Example_givesResult()
{
    const QJsonObject target = object(R"({"title": "Goodbye!",
        "author": {"givenName": "John", "familyName": "Doe"},
        "tags": ["example", "sample"], "content": "This will be unchanged"})");
    const QJsonObject patch = object(R"({"title": "Hello!", "phoneNumber": "+01-123-456-7890",
        "author": {"familyName": null}, "tags": ["example"]})");
    const QJsonObject result = object(R"({"title": "Hello!", "author": {"givenName": "John"},
        "tags": ["example"], "content": "This will be unchanged",
        "phoneNumber": "+01-123-456-7890"})");
    QCOMPARE(MergePatch::apply(target, patch), result);
}

void TestMergePatch::apply_samePatchTwice_sameRecord()
{
    // Why PATCH may be retried: applying a merge patch again changes nothing.
    const QJsonObject agent = object(R"({"Id": 7, "LastName": "Smith",
        "Address": {"City": "Dallas", "Zip": "75001"}, "Notes": "x"})");
    const QJsonObject patch = object(R"({"Address": {"City": "Austin"}, "Notes": null})");
    const QJsonObject once = MergePatch::apply(agent, patch);
    QCOMPARE(MergePatch::apply(once, patch), once);
}

void TestMergePatch::diff_records_minimalPatch_data()
{
    QTest::addColumn<QJsonObject>("original");
    QTest::addColumn<QJsonObject>("edited");
    QTest::addColumn<QJsonObject>("patch");

    auto row = [](const char *name, const char *original, const char *edited, const char *patch) {
        QTest::newRow(name) << object(original) << object(edited) << object(patch);
    };
    row("one field", R"({"Id": 1, "FirstName": "Jo", "LastName": "Smith"})",
        R"({"Id": 1, "FirstName": "Joe", "LastName": "Smith"})", R"({"FirstName": "Joe"})");
    row("nested address change",
        R"({"Id": 1, "Address": {"Street": "1 Main", "City": "Dallas", "State": "TX"}})",
        R"({"Id": 1, "Address": {"Street": "1 Main", "City": "Austin", "State": "TX"}})",
        R"({"Address": {"City": "Austin"}})");
    row("cleared field is null", R"({"Id": 1, "Notes": "call first", "BrokerId": "B1"})",
        R"({"Id": 1, "BrokerId": "B1"})", R"({"Notes": null})");
    row("cleared nested field", R"({"Address": {"City": "Dallas", "Street2": "Apt 2"}})",
        R"({"Address": {"City": "Dallas"}})", R"({"Address": {"Street2": null}})");
    row("unknown members untouched",
        R"({"Id": 1, "FutureThing": {"a": [1, 2]}, "LastName": "Smith", "Zeta": null})",
        R"({"Id": 1, "FutureThing": {"a": [1, 2]}, "LastName": "Smyth", "Zeta": null})",
        R"({"LastName": "Smyth"})");
    row("equal gives empty patch", R"({"Id": 1, "Office": {"Id": 3, "Name": "North"}})",
        R"({"Office": {"Name": "North", "Id": 3}, "Id": 1})", "{}");
    row("int and double equal", R"({"BasicInstallPrice": 1, "SubscriptionPrice": 25})",
        R"({"BasicInstallPrice": 1.0, "SubscriptionPrice": 25.00})", "{}");
    row("number changed", R"({"BasicInstallPrice": 1})", R"({"BasicInstallPrice": 1.5})",
        R"({"BasicInstallPrice": 1.5})");
    row("large ids distinct", R"({"Id": 9007199254740993})", R"({"Id": 9007199254740992})",
        R"({"Id": 9007199254740992})");
    row("new member added", R"({"Id": 1})", R"({"Id": 1, "CcEmail": "a@b.c"})",
        R"({"CcEmail": "a@b.c"})");
    row("new nested object whole", R"({"Id": 1})", R"({"Id": 1, "Address": {"City": "Austin"}})",
        R"({"Address": {"City": "Austin"}})");
    row("object replacing a scalar whole", R"({"Manager": 5})",
        R"({"Manager": {"Id": 5, "Name": "Ann"}})", R"({"Manager": {"Id": 5, "Name": "Ann"}})");
    row("object replacing null whole", R"({"Manager": null})", R"({"Manager": {"Id": 5}})",
        R"({"Manager": {"Id": 5}})");
    row("scalar replacing an object", R"({"Office": {"Id": 3}})", R"({"Office": 3})",
        R"({"Office": 3})");
    row("array replaced whole", R"({"Tags": [1, 2, 3]})", R"({"Tags": [1, 2]})",
        R"({"Tags": [1, 2]})");
    row("equal arrays left out", R"({"Tags": [1, {"a": 2}]})", R"({"Tags": [1.0, {"a": 2}]})",
        "{}");
    row("emptied object", R"({"Address": {"City": "Dallas", "Zip": "1"}})", R"({"Address": {}})",
        R"({"Address": {"City": null, "Zip": null}})");
    row("null on both sides left out", R"({"Manager": null, "Id": 1})",
        R"({"Manager": null, "Id": 2})", R"({"Id": 2})");
    row("removed null member", R"({"Manager": null})", "{}", R"({"Manager": null})");
    row("type change bool to string", R"({"IsLocked": false})", R"({"IsLocked": "false"})",
        R"({"IsLocked": "false"})");
    row("deep change", R"({"ManagerData": {"X": {"Y": {"Z": 1, "W": 2}}}})",
        R"({"ManagerData": {"X": {"Y": {"Z": 1, "W": 3}}}})",
        R"({"ManagerData": {"X": {"Y": {"W": 3}}}})");
}

void TestMergePatch::diff_records_minimalPatch()
{
    QFETCH(QJsonObject, original);
    QFETCH(QJsonObject, edited);
    QFETCH(QJsonObject, patch);

    const QJsonObject actual = MergePatch::diff(original, edited);
    QVERIFY2(actual == patch, compact(actual).constData());
    QVERIFY2(MergePatch::equivalent(MergePatch::apply(original, actual), edited),
             compact(MergePatch::apply(original, actual)).constData());
}

void TestMergePatch::diff_rfcSection3Example_isThePatch()
{
    const QJsonObject target = object(R"({"title": "Goodbye!",
        "author": {"givenName": "John", "familyName": "Doe"},
        "tags": ["example", "sample"], "content": "This will be unchanged"})");
    const QJsonObject result = object(R"({"title": "Hello!", "author": {"givenName": "John"},
        "tags": ["example"], "content": "This will be unchanged",
        "phoneNumber": "+01-123-456-7890"})");
    QCOMPARE(MergePatch::diff(target, result),
             object(R"({"title": "Hello!", "phoneNumber": "+01-123-456-7890",
                        "author": {"familyName": null}, "tags": ["example"]})"));
}

void TestMergePatch::diff_generatedEdits_applyGivesEdited()
{
    Generator generator(20240611);
    int nonEmpty = 0;
    for (int i = 0; i < 3000; ++i) {
        const QJsonObject original = generator.object(0, true);
        const QJsonObject edited = generator.edit(original, 0);
        const QJsonObject patch = MergePatch::diff(original, edited);
        const QJsonObject applied = MergePatch::apply(original, patch);

        const QByteArray context = "original " + compact(original) + "\nedited   " +
                                   compact(edited) + "\npatch    " + compact(patch) +
                                   "\napplied  " + compact(applied);
        QVERIFY2(MergePatch::equivalent(applied, edited), context.constData());
        // Minimal: a member equal on both sides never appears in the patch.
        for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
            const bool same =
                original.contains(it.key()) == edited.contains(it.key()) &&
                MergePatch::equivalent(original.value(it.key()), edited.value(it.key()));
            QVERIFY2(!same, context.constData());
        }
        QVERIFY2(MergePatch::diff(edited, edited).isEmpty(), context.constData());
        QVERIFY2(MergePatch::apply(applied, patch) == applied, context.constData());
        if (!patch.isEmpty())
            ++nonEmpty;
    }
    // The generator must actually produce edits for the property to mean anything.
    QVERIFY(nonEmpty > 2000);
}

void TestMergePatch::diff_nullValueInEdited_sentAsRemoval()
{
    // The documented limitation: RFC 7396 has no way to set a member to null.
    const QJsonObject original = object(R"({"Notes": "x", "Id": 1})");
    const QJsonObject edited = object(R"({"Notes": null, "Id": 1})");
    const QJsonObject patch = MergePatch::diff(original, edited);
    QCOMPARE(patch, object(R"({"Notes": null})"));
    QCOMPARE(MergePatch::apply(original, patch), object(R"({"Id": 1})"));
    // A new member that is null is no change at all.
    QCOMPARE(MergePatch::diff(object(R"({"Id": 1})"), object(R"({"Id": 1, "Notes": null})")),
             QJsonObject());
}

void TestMergePatch::equivalent_numbers_comparedByValue_data()
{
    QTest::addColumn<QJsonValue>("left");
    QTest::addColumn<QJsonValue>("right");
    QTest::addColumn<bool>("equal");

    QTest::newRow("1 and 1.0") << json("1") << json("1.0") << true;
    QTest::newRow("0 and -0.0") << json("0") << json("-0.0") << true;
    QTest::newRow("1 and 1.5") << json("1") << json("1.5") << false;
    QTest::newRow("2^53+1 and 2^53")
        << QJsonValue(qint64(9007199254740993)) << QJsonValue(qint64(9007199254740992)) << false;
    QTest::newRow("int and string") << json("1") << json(R"("1")") << false;
    QTest::newRow("null and missing")
        << QJsonValue(QJsonValue::Null) << QJsonValue(QJsonValue::Undefined) << false;
    QTest::newRow("objects, member order")
        << json(R"({"a":1,"b":2})") << json(R"({"b":2.0,"a":1})") << true;
    QTest::newRow("arrays, order matters") << json("[1,2]") << json("[2,1]") << false;
    QTest::newRow("object with extra member")
        << json(R"({"a":1})") << json(R"({"a":1,"b":null})") << false;
}

void TestMergePatch::equivalent_numbers_comparedByValue()
{
    QFETCH(QJsonValue, left);
    QFETCH(QJsonValue, right);
    QFETCH(bool, equal);
    QCOMPARE(MergePatch::equivalent(left, right), equal);
    QCOMPARE(MergePatch::equivalent(right, left), equal);
}

QTEST_GUILESS_MAIN(TestMergePatch)
#include "tst_mergepatch.moc"
