// SPDX-License-Identifier: Apache-2.0
// Whether a phone number can be dialled in an agent's country, with libphonenumber, and its E.164
// form for comparing cell phones. Used by QualityReport; memoises per (country, text), since an
// office's phone is on many agents and libphonenumber's ICU patterns cost microseconds a call.
#pragma once

#include <QHash>
#include <QString>

namespace signtraker {

struct PhoneVerdict
{
    bool valid = false;
    QString e164;       // empty when the text is not a phone number at all
    QString correction; // for an invalid number: a text that is valid, when one is known
};

class PhoneCheck
{
public:
    // The countries the service knows (Address/CountryCode).
    static bool isKnownCountry(const QString &country);

    // country: "US", "CA" or "AU". Any other value, or none, means the country is not known: the
    // number is then valid when it is valid in one of the three, and a number without "+" is read
    // as North American (the first two of the three).
    PhoneVerdict check(const QString &text, const QString &country);

private:
    PhoneVerdict compute(const QString &text, const QString &country) const;

    QHash<QString, PhoneVerdict> m_seen;
};

} // namespace signtraker
