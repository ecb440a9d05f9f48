// SPDX-License-Identifier: Apache-2.0
#include "tenantgenerator.h"

#include "tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <atomic>
#include <random>
#include <thread>
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

// Escaped UTF-8 for a JSON string literal, quotes included.
QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray phone(Random &random, const Region &region)
{
    if (qstrcmp(region.country, "AU") == 0) // 08 7010 xxxx is reserved for fiction by ACMA
        return "\"+61 8 7010 " + QByteArray::number(1000 + random.below(9000)) + '"';
    // 555-01xx numbers are reserved for fiction in North America.
    return "\"+1 " + QByteArray(region.areaCode) + "-555-01" +
           QByteArray::number(random.below(100)).rightJustified(2, '0') + '"';
}

// A cell phone of its own for every agent, valid in the agent's country (libphonenumber), so that
// a generated tenant has no shared or undiallable cell phone (the quality report's "clean"). The
// line comes from the agent's index: 555-0000 to 559-9999 in North America, 0491 5xx xxx in
// Australia. The random draw of the earlier generator is kept so that every other member of
// every agent stays as it was for a seed.
QByteArray cellPhone(Random &random, const Region &region, int index)
{
    random.below(qstrcmp(region.country, "AU") == 0 ? 900 : 100);
    if (qstrcmp(region.country, "AU") == 0) {
        const QByteArray line = QByteArray::number(index % 100000).rightJustified(5, '0');
        return "\"+61 491 5" + line.left(2) + ' ' + line.mid(2) + '"';
    }
    return "\"+1 " + QByteArray(region.areaCode) + '-' +
           QByteArray::number(555 + (index / 10000) % 445) + '-' +
           QByteArray::number(index % 10000).rightJustified(4, '0') + '"';
}

QByteArray zip(Random &random, const Region &region)
{
    if (qstrcmp(region.country, "US") == 0)
        return '"' + QByteArray::number(10000 + random.below(89999)) + '"';
    if (qstrcmp(region.country, "AU") == 0)
        return '"' + QByteArray::number(800 + random.below(5200)).rightJustified(4, '0') + '"';
    static const char Letters[] = "ABCEGHJKLMNPRSTVXY";
    QByteArray code = "\"A0A 0A0\"";
    for (const int i : {1, 3, 6})
        code[i] = Letters[random.below(18)];
    for (const int i : {2, 5, 7})
        code[i] = char('0' + random.below(10));
    return code;
}

QByteArray money(int cents)
{
    return QByteArray::number(cents / 100) + '.' +
           QByteArray::number(cents % 100).rightJustified(2, '0');
}

const char *boolean(bool value)
{
    return value ? "true" : "false";
}

void appendNumber(QByteArray &text, qint64 value)
{
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *p = end;
    const bool negative = value < 0;
    quint64 magnitude = negative ? quint64(-(value + 1)) + 1 : quint64(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (negative)
        *--p = '-';
    text.append(p, end - p);
}

struct Draft
{
    int office;
    int first;
    int last;
    bool manager;
    int userNameSuffix; // 0: none
};

struct Catalogue
{
    QList<QByteArray> firstJson, lastJson, foldedFirst, foldedLast, officeJson, postTypeJson,
        notesJson;
    QByteArray domains[3] = {"lonestar.example.com", "maplepine.example.com",
                             "southerncross.example.com"};
    std::vector<std::vector<int>> regionsOfCountry; // by index of Regions' first region of it
};

struct Chunk
{
    QJsonArray agents;
    std::vector<bool> synced;
};

constexpr int ChunkSize = 2048;
constexpr qint64 FirstId = 1001;

// One chunk of agents, from its own random stream, so that the result does not depend on how
// many threads build chunks.
Chunk buildChunk(const Catalogue &catalogue, const std::vector<Draft> &drafts,
                 const std::vector<std::vector<int>> &managersOfOffice,
                 const std::vector<QByteArray> &managerJson, int begin, int end, quint32 seed,
                 int chunkIndex)
{
    std::seed_seq sequence{seed, quint32(chunkIndex), 0x5349'4dU};
    std::mt19937 engine(sequence);
    Random random(engine());
    Chunk chunk;
    chunk.synced.resize(size_t(end - begin));

    QByteArray text;
    text.reserve(qsizetype(end - begin) * 900 + 2);
    text += '[';
    for (int i = begin; i < end; ++i) {
        const Draft &draft = drafts[size_t(i)];
        const OfficeSeed &office = Offices[draft.office];
        QByteArray userName =
            catalogue.foldedFirst.at(draft.first).left(1) + catalogue.foldedLast.at(draft.last);
        if (draft.userNameSuffix > 0)
            appendNumber(userName, draft.userNameSuffix);
        const QByteArray &domain = catalogue.domains[office.enterprise - 1];

        // Mostly near the office, sometimes elsewhere in the same country.
        int regionIndex = office.region;
        if (random.chance(0.3)) {
            const auto &candidates = catalogue.regionsOfCountry[size_t(office.region)];
            regionIndex = candidates[size_t(random.below(int(candidates.size())))];
        }
        const Region &region = Regions[regionIndex];
        const bool confirmed = random.chance(0.85);

        if (i > begin)
            text += ',';
        text += "{\"Id\":";
        appendNumber(text, FirstId + i);
        text += ",\"UserName\":\"";
        text += userName;
        text += "\",\"Email\":\"";
        text += userName;
        text += '@';
        text += domain;
        text += "\",\"EmailConfirmed\":";
        text += boolean(confirmed);
        text += ",\"FirstName\":";
        text += catalogue.firstJson.at(draft.first);
        text += ",\"LastName\":";
        text += catalogue.lastJson.at(draft.last);
        text += ",\"IsInactive\":";
        // Managers stay active: an inactive manager with active agents is a finding of the
        // quality report, and a generated tenant is clean.
        text += boolean(random.chance(0.15) && !draft.manager);
        text += ",\"IsLocked\":";
        text += boolean(random.chance(0.02));
        text += ",\"CcEmail\":";
        if (random.chance(0.2)) {
            text += "\"assistant.";
            text += userName;
            text += '@';
            text += domain;
            if (random.chance(0.4)) {
                text += ";billing@";
                text += domain;
            }
            text += '"';
        } else {
            text += "null";
        }
        text += ",\"InvitationSent\":";
        text += boolean(confirmed || random.chance(0.7));
        text += ",\"Office\":{\"Id\":";
        appendNumber(text, draft.office + 1);
        text += ",\"Name\":";
        text += catalogue.officeJson.at(draft.office);
        text += "},\"Manager\":";
        const auto &managers = managersOfOffice[size_t(draft.office)];
        if (!draft.manager && !managers.empty())
            text += managerJson[size_t(managers[size_t(random.below(int(managers.size())))])];
        else
            text += "null";

        text += ",\"Address\":{\"Street\":\"";
        appendNumber(text, 1 + random.below(9899));
        text += ' ';
        text += random.pick(Streets);
        text += ' ';
        text += random.pick(StreetKinds);
        text += "\",\"Street2\":";
        if (random.chance(0.25)) {
            text += "\"Suite ";
            appendNumber(text, 100 + random.below(800));
            text += '"';
        } else {
            text += "null";
        }
        text += ",\"City\":\"";
        text += region.city;
        text += "\",\"State\":\"";
        text += region.state;
        text += "\",\"Zip\":";
        text += zip(random, region);
        text += ",\"CountryCode\":\"";
        text += region.country;
        text += "\"},\"OfficePhone\":";
        if (random.chance(0.6))
            text += phone(random, Regions[office.region]);
        else
            text += "null";
        text += ",\"CellularPhone\":";
        text += cellPhone(random, region, i);
        text += ",\"PaymentMode\":\"";
        text += PaymentModes[random.weighted(PaymentWeights, 5)];
        text += "\",\"BasicInstallPrice\":";
        text += money(4500 + 500 * random.below(11) + (random.chance(0.3) ? 50 : 0));
        text += ",\"BrokerId\":";
        if (random.chance(0.7)) {
            text += '"';
            text += region.state;
            text += '-';
            appendNumber(text, 100000 + random.below(900000));
            text += '"';
        } else {
            text += "null";
        }
        text += ",\"DefaultPostType\":";
        if (random.chance(0.8)) {
            const int p = random.below(int(std::size(PostTypes)));
            text += "{\"Id\":";
            appendNumber(text, p + 1);
            text += ",\"Name\":";
            text += catalogue.postTypeJson.at(p);
            text += '}';
        } else {
            text += "null";
        }
        text += ",\"Notes\":";
        if (random.chance(0.25))
            text += catalogue.notesJson.at(random.below(int(catalogue.notesJson.size())));
        else
            text += "null";
        text += ",\"ReceiveMarketingEmails\":";
        text += boolean(random.chance(0.55));
        text += ",\"TermsAccepted\":";
        text += boolean(random.chance(0.9));
        const bool subscription = random.chance(0.2);
        text += ",\"EnableSubscription\":";
        text += boolean(subscription);
        text += ",\"SubscriptionPrice\":";
        if (subscription)
            text += money(1999 + 1000 * random.below(4));
        else
            text += "null";
        text += ",\"IsManager\":";
        text += boolean(draft.manager);
        text += ",\"ManagerData\":";
        if (draft.manager) {
            text += "{\"DiscountLevel\":\"";
            text += random.pick(DiscountLevels);
            text += "\",\"EnableRebills\":";
            text += boolean(random.chance(0.5));
            text += ",\"InitialRentalDuration\":";
            appendNumber(text, 60 + 30 * random.below(5));
            text += ",\"RebillInterval\":";
            appendNumber(text, 30 * (1 + random.below(3)));
            text += ",\"RebillWarningLeadTime\":";
            appendNumber(text, 7 * (1 + random.below(2)));
            text += ",\"IsPayer\":";
            text += boolean(random.chance(0.6));
            text += ",\"DisableStaffBillingEmails\":";
            text += boolean(random.chance(0.2));
            text += ",\"CcStaff\":";
            text += boolean(random.chance(0.4));
            text += ",\"CcDelegates\":";
            text += boolean(random.chance(0.3));
            text += ",\"IsVirtual\":";
            text += boolean(random.chance(0.1));
            text += '}';
        } else {
            text += "null";
        }
        text += '}';

        // The first agents are never synced, so that tests and the demo find an editable record
        // at the top of the list.
        chunk.synced[size_t(i - begin)] = i >= 10 && random.chance(0.05);
    }
    text += ']';

    QJsonParseError error;
    chunk.agents = QJsonDocument::fromJson(text, &error).array();
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "TenantGenerator",
               qPrintable(error.errorString()));
    return chunk;
}

} // namespace

// Agents are written as JSON text and parsed, in chunks on a few threads: building 50,000
// QJsonObjects member by member costs several times more than QJsonDocument's parser.
void TenantGenerator::generate(Tenant &tenant, quint32 seed, int agentCount)
{
    agentCount = std::max(agentCount, 0);
    Random random(seed);
    for (int i = 0; i < 3; ++i)
        tenant.addEnterprise(i + 1, QString::fromUtf8(Enterprises[i]));
    for (int i = 0; i < 12; ++i)
        tenant.addOffice(i + 1, QString::fromUtf8(Offices[i].name), Offices[i].enterprise);
    for (int i = 0; i < int(std::size(PostTypes)); ++i)
        tenant.addPostType(i + 1, QString::fromUtf8(PostTypes[i]));

    Catalogue catalogue;
    for (const QString &name : FirstNames) {
        catalogue.firstJson << jsonString(name);
        catalogue.foldedFirst << asciiFold(name).toLatin1();
    }
    for (const QString &name : LastNames) {
        catalogue.lastJson << jsonString(name);
        catalogue.foldedLast << asciiFold(name).toLatin1();
    }
    for (const OfficeSeed &office : Offices)
        catalogue.officeJson << jsonString(QString::fromUtf8(office.name));
    for (const char *postType : PostTypes)
        catalogue.postTypeJson << jsonString(QString::fromUtf8(postType));
    for (const char *note : Notes)
        catalogue.notesJson << jsonString(QString::fromUtf8(note));
    for (const Region &region : Regions) {
        std::vector<int> same;
        for (int r = 0; r < int(std::size(Regions)); ++r)
            if (qstrcmp(Regions[r].country, region.country) == 0)
                same.push_back(r);
        catalogue.regionsOfCountry.push_back(same);
    }

    // First pass, sequential: who is where, who manages, unique user names. Managers must be
    // known before their agents point at them.
    std::vector<Draft> drafts(static_cast<size_t>(agentCount));
    std::vector<std::vector<int>> managersOfOffice(12);
    std::vector<QByteArray> managerJson(static_cast<size_t>(agentCount));
    QHash<QByteArray, int> userNames;
    userNames.reserve(agentCount);
    for (int i = 0; i < agentCount; ++i) {
        Draft &draft = drafts[size_t(i)];
        draft.office = random.below(12);
        draft.first = random.below(int(FirstNames.size()));
        draft.last = random.below(int(LastNames.size()));
        draft.manager = random.chance(0.08);
        const QByteArray base =
            catalogue.foldedFirst.at(draft.first).left(1) + catalogue.foldedLast.at(draft.last);
        int &seen = userNames[base];
        draft.userNameSuffix = seen > 0 ? seen + 1 : 0;
        ++seen;
        if (draft.manager) {
            managersOfOffice[size_t(draft.office)].push_back(i);
            managerJson[size_t(i)] =
                "{\"Id\":" + QByteArray::number(FirstId + i) + ",\"Name\":" +
                jsonString(FirstNames.at(draft.first) + u' ' + LastNames.at(draft.last)) + '}';
        }
    }

    // A suffixed name could collide with a plain one ("jsmith2" of a "J. Smith2"): none of the
    // folded last names ends in a digit, so it cannot.
    const int chunkCount = (agentCount + ChunkSize - 1) / ChunkSize;
    std::vector<Chunk> chunks(static_cast<size_t>(chunkCount));
    std::atomic<int> next{0};
    auto work = [&] {
        for (int c = next++; c < chunkCount; c = next++)
            chunks[size_t(c)] =
                buildChunk(catalogue, drafts, managersOfOffice, managerJson, c * ChunkSize,
                           std::min(agentCount, (c + 1) * ChunkSize), seed, c);
    };
    const int threadCount = std::clamp(int(std::thread::hardware_concurrency()), 1,
                                       std::min(4, std::max(chunkCount, 1)));
    std::vector<std::thread> threads;
    for (int t = 1; t < threadCount; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();

    tenant.reserveAgents(agentCount);
    for (const Chunk &chunk : chunks)
        for (qsizetype i = 0; i < chunk.agents.size(); ++i)
            tenant.insertAgent(chunk.agents.at(i).toObject(), chunk.synced[size_t(i)]);
}

} // namespace signtraker::sim
