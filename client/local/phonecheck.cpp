// SPDX-License-Identifier: Apache-2.0
#include "phonecheck.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QStringList>

#include <string>

namespace signtraker {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const QStringList &knownCountries()
{
    static const QStringList countries{QStringLiteral("US"), QStringLiteral("CA"),
                                       QStringLiteral("AU")};
    return countries;
}

// "+1 512-555-0123", "+61 491 570 123": the forms the service and the simulator store, read
// without libphonenumber's parser (the costly part); anything else goes through Parse().
bool readInternational(const QString &text, PhoneNumber *number)
{
    if (!text.startsWith(u'+'))
        return false;
    std::string digits;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() >= '0' && c.unicode() <= '9')
            digits += char(c.unicode());
        else if (c != u' ' && c != u'-')
            return false;
    }
    int code = 0;
    if (digits.size() == 11 && digits[0] == '1')
        code = 1;
    else if (digits.size() == 11 && digits.compare(0, 2, "61") == 0 && digits[2] != '0')
        code = 61;
    else
        return false;
    number->set_country_code(code);
    number->set_national_number(std::stoull(digits.substr(code == 1 ? 1 : 2)));
    return true;
}

bool parse(const QString &text, const QString &region, PhoneNumber *number)
{
    if (readInternational(text, number))
        return true;
    return PhoneNumberUtil::GetInstance()->Parse(text.toStdString(), region.toStdString(),
                                                 number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

bool validIn(const PhoneNumber &number, const QString &country)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    if (PhoneCheck::isKnownCountry(country))
        return util->IsValidNumberForRegion(number, country.toStdString());
    for (const QString &candidate : knownCountries()) {
        if (util->IsValidNumberForRegion(number, candidate.toStdString()))
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

PhoneVerdict PhoneCheck::check(const QString &text, const QString &country)
{
    const QString key = country + u'|' + text;
    const auto seen = m_seen.constFind(key);
    if (seen != m_seen.cend())
        return *seen;
    const PhoneVerdict verdict = compute(text, country);
    m_seen.insert(key, verdict);
    return verdict;
}

PhoneVerdict PhoneCheck::compute(const QString &text, const QString &country) const
{
    const QString region = isKnownCountry(country) ? country : QStringLiteral("US");
    PhoneVerdict verdict;
    PhoneNumber number;
    if (!parse(text.trimmed(), region, &number))
        return verdict;
    verdict.e164 = formatted(number, PhoneNumberUtil::E164);
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
