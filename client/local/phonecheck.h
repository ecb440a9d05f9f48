// SPDX-License-Identifier: Apache-2.0
// Whether a phone number can be dialled in an agent's country, with libphonenumber, and its E.164
// form for comparing cell phones. Used by QualityReport; memoises per (country, text), since an
// office's phone is on many agents and libphonenumber's ICU patterns cost microseconds a call.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace signtraker {

struct PhoneVerdict
{
    bool valid = false;
    // The number as country code and national number, for comparing: 0 when the text is not a
    // phone number at all. e164() spells it.
    quint64 key = 0;
    QString correction; // for an invalid number: a text that is valid, when one is known

    static QString e164(quint64 key);
};

class PhoneCheck
{
public:
    // The countries the service knows (Address/CountryCode).
    static bool isKnownCountry(const QString &country);

    // country: "US", "CA" or "AU". Any other value, or none, means the country is not known: the
    // number is then valid when it is valid in one of the three, and a number without "+" is read
    // as North American (the first two of the three).
    // remember: keep the verdict for the next agent with the same text (an office's phone);
    // a cell phone is usually the agent's own, and remembering it would only cost.
    PhoneVerdict check(const QString &text, const QString &country, bool remember = true);

    // Whether +countryCode nationalNumber is valid in region (US, CA, AU): by the fast path that
    // check() uses, or by libphonenumber's IsValidNumberForRegion(), which must agree (tests).
    static bool isValidNumber(int countryCode, quint64 nationalNumber, const QString &region,
                              bool byLibphonenumber = false);
    // The regions the fast path knows (libphonenumber's metadata read), sorted.
    static QStringList fastRegions();

private:
    PhoneVerdict compute(const QString &text, const QString &country) const;

    QHash<QString, QHash<QString, PhoneVerdict>> m_seen; // country -> text -> verdict
};

} // namespace signtraker
