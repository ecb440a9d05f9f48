// SPDX-License-Identifier: Apache-2.0
#include "phonecheck.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <map>
#include <string>

// libphonenumber's own metadata, compiled into the library (metadata.h is not installed).
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace signtraker {

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

const QStringList &knownCountries()
{
    static const QStringList countries{QStringLiteral("US"), QStringLiteral("CA"),
                                       QStringLiteral("AU")};
    return countries;
}

// libphonenumber's validity rule (PhoneNumberUtil::GetNumberTypeHelper: the general pattern, then
// any one number type), on its own metadata, with PCRE2's JIT instead of ICU's regular
// expressions: IsValidNumberForRegion() costs about 7 us a number, which is 350 ms over 50,000
// cell phones alone. tst_qualityreport checks that both agree.
class FastValidity
{
public:
    static const FastValidity &instance()
    {
        static const FastValidity validity;
        return validity;
    }

    // false when the region is not one of ours or the metadata could not be read: then the
    // caller asks libphonenumber.
    bool knows(const QString &region) const { return m_regions.count(region) > 0; }
    QStringList regions() const
    {
        QStringList names;
        for (const auto &region : m_regions)
            names.append(region.first);
        return names;
    }

    bool valid(const PhoneNumber &number, const QString &region) const
    {
        const Region &data = m_regions.at(region);
        if (number.country_code() != data.countryCode)
            return false;
        QString national = QString::number(number.national_number());
        if (number.italian_leading_zero())
            national.prepend(QString(std::max(number.number_of_leading_zeros(), 1), u'0'));
        if (!data.general.matches(national))
            return false;
        return std::any_of(data.types.cbegin(), data.types.cend(),
                           [&](const Desc &desc) { return desc.matches(national); });
    }

private:
    struct Desc
    {
        QList<int> lengths; // empty: those of the general description, already checked
        QRegularExpression pattern;

        bool matches(const QString &national) const
        {
            if (!lengths.isEmpty() && !lengths.contains(int(national.size())))
                return false;
            return pattern.isValid() && !pattern.pattern().isEmpty() &&
                   pattern.match(national).hasMatch();
        }
    };
    struct Region
    {
        int countryCode = 0;
        Desc general;
        QList<Desc> types;
    };

    static Desc descOf(const PhoneNumberDesc &desc)
    {
        Desc made;
        for (int i = 0; i < desc.possible_length_size(); ++i)
            made.lengths.append(desc.possible_length(i));
        if (!desc.national_number_pattern().empty()) {
            made.pattern.setPattern(QRegularExpression::anchoredPattern(
                QString::fromStdString(desc.national_number_pattern())));
            made.pattern.optimize();
        }
        return made;
    }

    FastValidity()
    {
        PhoneMetadataCollection collection;
        if (!collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                       i18n::phonenumbers::metadata_size()))
            return;
        for (int i = 0; i < collection.metadata_size(); ++i) {
            const PhoneMetadata &metadata = collection.metadata(i);
            const QString id = QString::fromStdString(metadata.id());
            if (!knownCountries().contains(id))
                continue;
            Region region;
            region.countryCode = metadata.country_code();
            region.general = descOf(metadata.general_desc());
            // Fixed line and mobile first: most numbers are one of them, and any type will do.
            for (const PhoneNumberDesc *desc :
                 {&metadata.fixed_line(), &metadata.mobile(), &metadata.toll_free(),
                  &metadata.premium_rate(), &metadata.shared_cost(), &metadata.personal_number(),
                  &metadata.voip(), &metadata.pager(), &metadata.uan(), &metadata.voicemail()})
                region.types.append(descOf(*desc));
            if (!region.general.pattern.isValid())
                continue;
            m_regions.emplace(id, std::move(region));
        }
    }

    std::map<QString, Region> m_regions;
};

// The usual ways of writing a North American or Australian number ("+1 512-555-0123",
// "(512) 555-0123", "1 512 555 0123", "+61 491 570 123", "0491 570 123"), read without
// libphonenumber's parser, which costs tens of microseconds a number; the national number is the
// one Parse() gives for these. Anything else (letters, extensions, other lengths) goes to Parse().
bool readCommonForm(const QString &text, const QString &region, PhoneNumber *number)
{
    const bool plus = text.startsWith(u'+');
    std::string digits;
    for (qsizetype i = plus ? 1 : 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= u'0' && c <= u'9')
            digits += char(c);
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return false;
    }
    const bool australian = region == QLatin1String("AU");
    int code = 0;
    std::string national;
    if (plus && digits.size() == 11 && digits[0] == '1') {
        code = 1;
        national = digits.substr(1);
    } else if (plus && digits.size() == 11 && digits.compare(0, 2, "61") == 0 && digits[2] != '0') {
        code = 61;
        national = digits.substr(2);
    } else if (!plus && !australian && digits.size() == 10 && digits[0] >= '2') {
        code = 1;
        national = digits;
    } else if (!plus && !australian && digits.size() == 11 && digits[0] == '1' &&
               digits[1] >= '2') {
        code = 1;
        national = digits.substr(1);
    } else if (!plus && australian && digits.size() == 10 && digits[0] == '0' && digits[1] != '0') {
        code = 61;
        national = digits.substr(1);
    } else {
        return false;
    }
    number->set_country_code(code);
    number->set_national_number(std::stoull(national));
    return true;
}

bool parse(const QString &text, const QString &region, PhoneNumber *number)
{
    if (readCommonForm(text, region, number))
        return true;
    return PhoneNumberUtil::GetInstance()->Parse(text.toStdString(), region.toStdString(),
                                                 number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

bool validForRegion(const PhoneNumber &number, const QString &region)
{
    const FastValidity &fast = FastValidity::instance();
    if (fast.knows(region))
        return fast.valid(number, region);
    return PhoneNumberUtil::GetInstance()->IsValidNumberForRegion(number, region.toStdString());
}

bool validIn(const PhoneNumber &number, const QString &country)
{
    if (PhoneCheck::isKnownCountry(country))
        return validForRegion(number, country);
    for (const QString &candidate : knownCountries()) {
        if (validForRegion(number, candidate))
            return true;
    }
    return false;
}

QString formatted(const PhoneNumber &number, PhoneNumberUtil::PhoneNumberFormat format)
{
    std::string text;
    PhoneNumberUtil::GetInstance()->Format(number, format, &text);
    return QString::fromStdString(text);
}

} // namespace

bool PhoneCheck::isKnownCountry(const QString &country)
{
    return knownCountries().contains(country);
}

QString PhoneVerdict::e164(quint64 key)
{
    return QStringLiteral("+%1%2").arg(key >> 50).arg(key & ((quint64(1) << 50) - 1));
}

bool PhoneCheck::isValidNumber(int countryCode, quint64 nationalNumber, const QString &region,
                               bool byLibphonenumber)
{
    PhoneNumber number;
    number.set_country_code(countryCode);
    number.set_national_number(nationalNumber);
    if (byLibphonenumber)
        return PhoneNumberUtil::GetInstance()->IsValidNumberForRegion(number, region.toStdString());
    return validForRegion(number, region);
}

QStringList PhoneCheck::fastRegions()
{
    return FastValidity::instance().regions();
}

PhoneVerdict PhoneCheck::check(const QString &text, const QString &country, bool remember)
{
    if (!remember)
        return compute(text, country);
    QHash<QString, PhoneVerdict> &seen = m_seen[country];
    const auto found = seen.constFind(text);
    if (found != seen.cend())
        return *found;
    const PhoneVerdict verdict = compute(text, country);
    seen.insert(text, verdict);
    return verdict;
}

PhoneVerdict PhoneCheck::compute(const QString &text, const QString &country) const
{
    const QString region = isKnownCountry(country) ? country : QStringLiteral("US");
    PhoneVerdict verdict;
    PhoneNumber number;
    if (!parse(text.trimmed(), region, &number))
        return verdict;
    // E.164 has at most 15 digits: the national number fits below 2^50, the code above it.
    verdict.key = (quint64(number.country_code()) << 50) | number.national_number();
    verdict.valid = validIn(number, country);
    if (verdict.valid)
        return verdict;
    // The usual slip: a national number behind a "+" ("+491 570 123" in Australia, "+512 555
    // 0123" in Texas). Its digits alone, read in the agent's country, may make a valid number:
    // that is the one-click fix, E.164 when the agent wrote a "+", national otherwise.
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    PhoneNumber reread;
    if (digits.isEmpty() ||
        PhoneNumberUtil::GetInstance()->Parse(digits.toStdString(), region.toStdString(),
                                              &reread) != PhoneNumberUtil::NO_PARSING_ERROR ||
        !validIn(reread, country))
        return verdict;
    verdict.correction =
        formatted(reread, text.trimmed().startsWith(u'+') ? PhoneNumberUtil::E164
                                                          : PhoneNumberUtil::NATIONAL);
    return verdict;
}

} // namespace signtraker
