#include "tenantgenerator.h"

#include "tenant.h"

#include <QJsonObject>
#include <QStringList>
#include <random>
#include <vector>

namespace signtraker::sim {

namespace {

struct Region
{
    const char *country;
    const char *state;
    const char *city;
    const char *areaCode;
};

// Australian states with 2-letter codes only: the service requires exactly 2 characters.
constexpr Region Regions[] = {
    {"US", "TX", "Austin", "512"},    {"US", "TX", "Round Rock", "512"},
    {"US", "CO", "Denver", "303"},    {"US", "CO", "Boulder", "720"},
    {"US", "WA", "Seattle", "206"},   {"US", "WA", "Bellevue", "425"},
    {"US", "MA", "Boston", "617"},    {"US", "MA", "Cambridge", "857"},
    {"CA", "ON", "Toronto", "416"},   {"CA", "ON", "Mississauga", "905"},
    {"CA", "BC", "Vancouver", "604"}, {"CA", "BC", "Victoria", "250"},
    {"CA", "AB", "Calgary", "403"},   {"CA", "NS", "Halifax", "902"},
    {"CA", "QC", "Montréal", "514"},  {"AU", "WA", "Perth", "08"},
    {"AU", "WA", "Fremantle", "08"},  {"AU", "SA", "Adelaide", "08"},
    {"AU", "SA", "Glenelg", "08"},    {"AU", "NT", "Darwin", "08"},
};

struct OfficeSeed
{
    const char *name;
    int enterprise;
    int region; // index into Regions
};

constexpr const char *Enterprises[] = {"Lone Star Signature Realty", "Maple & Pine Realty Group",
                                       "Southern Cross Property Partners"};

constexpr OfficeSeed Offices[] = {
    {"Austin Downtown", 1, 0},      {"Round Rock", 1, 1},        {"Denver Cherry Creek", 1, 2},
    {"Seattle Capitol Hill", 1, 4}, {"Toronto Midtown", 2, 8},   {"Vancouver Kitsilano", 2, 10},
    {"Calgary Beltline", 2, 12},    {"Montréal Plateau", 2, 14}, {"Perth CBD", 3, 15},
    {"Fremantle", 3, 16},           {"Adelaide Hills", 3, 17},   {"Darwin Waterfront", 3, 19},
};

constexpr const char *PostTypes[] = {"Standard White Post", "Black Colonial Post",
                                     "Metal Frame (H-stake)", "Vinyl Arm Post", "Wooden 4x4 Post"};

const QStringList FirstNames = {
    QStringLiteral("James"),    QStringLiteral("Mary"),       QStringLiteral("José"),
    QStringLiteral("Zoë"),      QStringLiteral("Renée"),      QStringLiteral("François"),
    QStringLiteral("Siobhán"),  QStringLiteral("Björn"),      QStringLiteral("Chloé"),
    QStringLiteral("Mateo"),    QStringLiteral("Olivia"),     QStringLiteral("Liam"),
    QStringLiteral("Emma"),     QStringLiteral("Noah"),       QStringLiteral("Ava"),
    QStringLiteral("William"),  QStringLiteral("Sophia"),     QStringLiteral("Lucas"),
    QStringLiteral("Isabella"), QStringLiteral("Ethan"),      QStringLiteral("Mia"),
    QStringLiteral("Benjamin"), QStringLiteral("Charlotte"),  QStringLiteral("Henry"),
    QStringLiteral("Amelia"),   QStringLiteral("Jack"),       QStringLiteral("Harper"),
    QStringLiteral("Daniel"),   QStringLiteral("Evelyn"),     QStringLiteral("Michael"),
    QStringLiteral("Abigail"),  QStringLiteral("Owen"),       QStringLiteral("Emily"),
    QStringLiteral("Samuel"),   QStringLiteral("Elizabeth"),  QStringLiteral("Mary-Kate"),
    QStringLiteral("Jean-Luc"), QStringLiteral("Anne-Marie"), QStringLiteral("Nguyễn Thị"),
    QStringLiteral("Ángel"),    QStringLiteral("Søren"),      QStringLiteral("Aoife"),
    QStringLiteral("Priya"),    QStringLiteral("Wei"),        QStringLiteral("Fatima"),
    QStringLiteral("Kai"),      QStringLiteral("Grace"),      QStringLiteral("Thomas"),
};

const QStringList LastNames = {
    QStringLiteral("Smith"),       QStringLiteral("Johnson"),      QStringLiteral("Williams"),
    QStringLiteral("Brown"),       QStringLiteral("Jones"),        QStringLiteral("García"),
    QStringLiteral("Miller"),      QStringLiteral("Davis"),        QStringLiteral("Rodríguez"),
    QStringLiteral("Martínez"),    QStringLiteral("Hernández"),    QStringLiteral("López"),
    QStringLiteral("Wilson"),      QStringLiteral("Anderson"),     QStringLiteral("Thomas"),
    QStringLiteral("Taylor"),      QStringLiteral("Moore"),        QStringLiteral("Jackson"),
    QStringLiteral("Martin"),      QStringLiteral("Lee"),          QStringLiteral("Thompson"),
    QStringLiteral("White"),       QStringLiteral("Harris"),       QStringLiteral("Clark"),
    QStringLiteral("O'Brien"),     QStringLiteral("O'Connor"),     QStringLiteral("O'Neil"),
    QStringLiteral("D'Angelo"),    QStringLiteral("Núñez"),        QStringLiteral("Peña"),
    QStringLiteral("Smith-Jones"), QStringLiteral("Taylor-Reed"),  QStringLiteral("Lloyd-Evans"),
    QStringLiteral("Müller"),      QStringLiteral("Gauthier"),     QStringLiteral("Lefèvre"),
    QStringLiteral("Tremblay"),    QStringLiteral("Côté"),         QStringLiteral("Nguyen"),
    QStringLiteral("Tran"),        QStringLiteral("Kowalski"),     QStringLiteral("Robinson"),
    QStringLiteral("Peterson"),    QStringLiteral("Dawson"),       QStringLiteral("Hudson"),
    QStringLiteral("MacDonald"),   QStringLiteral("McKenzie"),     QStringLiteral("Singh"),
    QStringLiteral("Patel"),       QStringLiteral("Kim"),          QStringLiteral("Wong"),
    QStringLiteral("Ferreira"),    QStringLiteral("Van der Berg"), QStringLiteral("Ødegaard"),
};

constexpr const char *Streets[] = {"Oak",   "Maple", "Cedar",    "Elm",       "Pine",
                                   "Lake",  "Hill",  "Sunset",   "Park",      "River",
                                   "Queen", "King",  "Victoria", "Main",      "Church",
                                   "Bay",   "Ocean", "Wattle",   "Jacaranda", "Birch"};
constexpr const char *StreetKinds[] = {"St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Way", "Cres"};

constexpr const char *PaymentModes[] = {"Terms", "Prepay", "MonthlyCC", "ACH", "Transfer"};
constexpr int PaymentWeights[] = {35, 25, 20, 12, 8};
constexpr const char *DiscountLevels[] = {"Standard", "Bronze", "Silver", "Gold"};

constexpr const char *Notes[] = {
    "Prefers installs before 9 am.",
    "Gate code 4821 # call on arrival.",
    "Uses riders for open houses & price changes.",
    "Invoice to brokerage, attn: accounts payable.",
    "Do not install on corner lots without a permit.",
    "VIP client \u2014 double-check sign placement.",
    "Remove signs within 48 h of closing.",
};

// ASCII letters only, lower case: for user names and e-mail addresses.
QString asciiFold(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            result += c.toLower();
        else if (c == u'ø' || c == u'Ø')
            result += u'o';
    }
    return result;
}

class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    {}
    int below(int n) { return int(m_engine() % quint32(n)); }
    bool chance(double p) { return double(m_engine()) / 4294967296.0 < p; }
    template <typename T, size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
    int weighted(const int *weights, int count)
    {
        int total = 0;
        for (int i = 0; i < count; ++i)
            total += weights[i];
        int r = below(total);
        for (int i = 0; i < count; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return count - 1;
    }

private:
    std::mt19937 m_engine;
};

QString phone(Random &random, const Region &region, bool mobile)
{
    if (QLatin1String(region.country) == QLatin1String("AU")) {
        // 0491 570 xxx and 08 5550 xxxx are reserved for fiction by ACMA.
        if (mobile)
            return QStringLiteral("+61 491 570 %1").arg(100 + random.below(900));
        return QStringLiteral("+61 8 5550 %1").arg(1000 + random.below(9000));
    }
    // 555-01xx numbers are reserved for fiction in North America.
    return QStringLiteral("+1 %1-555-01%2")
        .arg(QLatin1String(region.areaCode))
        .arg(random.below(100), 2, 10, QLatin1Char('0'));
}

QString zip(Random &random, const Region &region)
{
    const QLatin1String country(region.country);
    if (country == QLatin1String("US"))
        return QStringLiteral("%1").arg(10000 + random.below(89999), 5, 10, QLatin1Char('0'));
    if (country == QLatin1String("AU"))
        return QString::number(800 + random.below(5200)).rightJustified(4, u'0');
    static const char Letters[] = "ABCEGHJKLMNPRSTVXY";
    auto letter = [&random] { return QChar::fromLatin1(Letters[random.below(18)]); };
    auto digit = [&random] { return QChar(u'0' + random.below(10)); };
    return QString() + letter() + digit() + letter() + u' ' + digit() + letter() + digit();
}

struct Draft
{
    int office;
    int first;
    int last;
    bool manager;
};

} // namespace

void TenantGenerator::generate(Tenant &tenant, quint32 seed, int agentCount)
{
    Random random(seed);
    for (int i = 0; i < 3; ++i)
        tenant.addEnterprise(i + 1, QString::fromUtf8(Enterprises[i]));
    for (int i = 0; i < 12; ++i)
        tenant.addOffice(i + 1, QString::fromUtf8(Offices[i].name), Offices[i].enterprise);
    for (int i = 0; i < int(std::size(PostTypes)); ++i)
        tenant.addPostType(i + 1, QString::fromUtf8(PostTypes[i]));

    QStringList foldedFirst;
    QStringList foldedLast;
    for (const QString &name : FirstNames)
        foldedFirst << asciiFold(name);
    for (const QString &name : LastNames)
        foldedLast << asciiFold(name);

    // First pass: who is where and who manages; managers must exist before their agents point
    // at them.
    const qint64 firstId = 1001;
    std::vector<Draft> drafts(size_t(std::max(agentCount, 0)));
    std::vector<std::vector<int>> managersOfOffice(12);
    for (int i = 0; i < agentCount; ++i) {
        Draft &draft = drafts[size_t(i)];
        draft.office = random.below(12);
        draft.first = random.below(int(FirstNames.size()));
        draft.last = random.below(int(LastNames.size()));
        draft.manager = random.chance(0.08);
        if (draft.manager)
            managersOfOffice[size_t(draft.office)].push_back(i);
    }

    QHash<QString, int> userNames;
    userNames.reserve(agentCount);
    for (int i = 0; i < agentCount; ++i) {
        const Draft &draft = drafts[size_t(i)];
        const OfficeSeed &office = Offices[draft.office];
        const qint64 id = firstId + i;
        const QString &firstName = FirstNames.at(draft.first);
        const QString &lastName = LastNames.at(draft.last);

        QString userName = foldedFirst.at(draft.first).left(1) + foldedLast.at(draft.last);
        const int seen = userNames.value(userName);
        userNames.insert(userName, seen + 1);
        if (seen > 0)
            userName += QString::number(seen + 1);
        const QString domain = QStringLiteral("%1.example.com")
                                   .arg(office.enterprise == 1   ? QStringLiteral("lonestar")
                                        : office.enterprise == 2 ? QStringLiteral("maplepine")
                                                                 : QStringLiteral("southerncross"));
        const QString email = userName + u'@' + domain;

        // Mostly near the office, sometimes elsewhere in the same country.
        int regionIndex = office.region;
        if (random.chance(0.3)) {
            const QLatin1String country(Regions[office.region].country);
            std::vector<int> candidates;
            for (int r = 0; r < int(std::size(Regions)); ++r)
                if (QLatin1String(Regions[r].country) == country)
                    candidates.push_back(r);
            regionIndex = candidates[size_t(random.below(int(candidates.size())))];
        }
        const Region &region = Regions[regionIndex];

        QJsonObject address{
            {QStringLiteral("Street"), QStringLiteral("%1 %2 %3")
                                           .arg(1 + random.below(9899))
                                           .arg(QLatin1String(random.pick(Streets)),
                                                QLatin1String(random.pick(StreetKinds)))},
            {QStringLiteral("Street2"),
             random.chance(0.25)
                 ? QJsonValue(QStringLiteral("Suite %1").arg(100 + random.below(800)))
                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("City"), QString::fromUtf8(region.city)},
            {QStringLiteral("State"), QLatin1String(region.state)},
            {QStringLiteral("Zip"), zip(random, region)},
            {QStringLiteral("CountryCode"), QLatin1String(region.country)}};

        const bool confirmed = random.chance(0.85);
        const bool subscription = random.chance(0.2);
        QJsonValue manager = QJsonValue::Null;
        QJsonValue managerData = QJsonValue::Null;
        if (draft.manager) {
            managerData = QJsonObject{
                {QStringLiteral("DiscountLevel"), QLatin1String(random.pick(DiscountLevels))},
                {QStringLiteral("EnableRebills"), random.chance(0.5)},
                {QStringLiteral("InitialRentalDuration"), 60 + 30 * random.below(5)},
                {QStringLiteral("RebillInterval"), 30 * (1 + random.below(3))},
                {QStringLiteral("RebillWarningLeadTime"), 7 * (1 + random.below(2))},
                {QStringLiteral("IsPayer"), random.chance(0.6)},
                {QStringLiteral("DisableStaffBillingEmails"), random.chance(0.2)},
                {QStringLiteral("CcStaff"), random.chance(0.4)},
                {QStringLiteral("CcDelegates"), random.chance(0.3)},
                {QStringLiteral("IsVirtual"), random.chance(0.1)}};
        } else if (const auto &managers = managersOfOffice[size_t(draft.office)];
                   !managers.empty()) {
            const int m = managers[size_t(random.below(int(managers.size())))];
            const Draft &boss = drafts[size_t(m)];
            manager =
                QJsonObject{{QStringLiteral("Id"), firstId + m},
                            {QStringLiteral("Name"),
                             QString(FirstNames.at(boss.first) + u' ' + LastNames.at(boss.last))}};
        }

        QJsonValue cc = QJsonValue::Null;
        if (random.chance(0.2)) {
            QString list = QStringLiteral("assistant.%1@%2").arg(userName, domain);
            if (random.chance(0.4))
                list += QStringLiteral(";billing@%1").arg(domain);
            cc = list;
        }
        QJsonValue postType = QJsonValue::Null;
        if (random.chance(0.8)) {
            const int p = random.below(int(std::size(PostTypes)));
            postType = QJsonObject{{QStringLiteral("Id"), p + 1},
                                   {QStringLiteral("Name"), QString::fromUtf8(PostTypes[p])}};
        }

        const QJsonObject agent{
            {QStringLiteral("Id"), id},
            {QStringLiteral("UserName"), userName},
            {QStringLiteral("Email"), email},
            {QStringLiteral("EmailConfirmed"), confirmed},
            {QStringLiteral("FirstName"), firstName},
            {QStringLiteral("LastName"), lastName},
            {QStringLiteral("IsInactive"), random.chance(0.15)},
            {QStringLiteral("IsLocked"), random.chance(0.02)},
            {QStringLiteral("CcEmail"), cc},
            {QStringLiteral("InvitationSent"), confirmed || random.chance(0.7)},
            {QStringLiteral("Office"),
             QJsonObject{{QStringLiteral("Id"), draft.office + 1},
                         {QStringLiteral("Name"), QString::fromUtf8(office.name)}}},
            {QStringLiteral("Manager"), manager},
            {QStringLiteral("Address"), address},
            {QStringLiteral("OfficePhone"),
             random.chance(0.6) ? QJsonValue(phone(random, Regions[office.region], false))
                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("CellularPhone"), phone(random, region, true)},
            {QStringLiteral("PaymentMode"),
             QLatin1String(PaymentModes[random.weighted(PaymentWeights, 5)])},
            {QStringLiteral("BasicInstallPrice"),
             45 + 5 * random.below(11) + (random.chance(0.3) ? 0.5 : 0.0)},
            {QStringLiteral("BrokerId"), random.chance(0.7)
                                             ? QJsonValue(QStringLiteral("%1-%2")
                                                              .arg(QLatin1String(region.state))
                                                              .arg(100000 + random.below(900000)))
                                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("DefaultPostType"), postType},
            {QStringLiteral("Notes"), random.chance(0.25)
                                          ? QJsonValue(QString::fromUtf8(random.pick(Notes)))
                                          : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("ReceiveMarketingEmails"), random.chance(0.55)},
            {QStringLiteral("TermsAccepted"), random.chance(0.9)},
            {QStringLiteral("EnableSubscription"), subscription},
            {QStringLiteral("SubscriptionPrice"), subscription
                                                      ? QJsonValue(19.99 + 10 * random.below(4))
                                                      : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("IsManager"), draft.manager},
            {QStringLiteral("ManagerData"), managerData}};

        // The first agents are never synced, so that tests and the demo find an editable record
        // at the top of the list.
        const bool synced = i >= 10 && random.chance(0.05);
        tenant.insertAgent(agent, synced);
    }
}

} // namespace signtraker::sim
