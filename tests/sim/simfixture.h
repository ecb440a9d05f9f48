// Four hand-written agents whose differences each filter and ordering case relies on: an
// apostrophe, accents, hyphens, nulls, a missing Manager member, decimals and integers.
#pragma once

#include "jsontable.h"
#include "odataschema.h"

#include <QJsonDocument>

inline QJsonObject simFixtureAgent(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

inline void fillSimFixture(signtraker::sim::JsonTable &table)
{
    table.append(simFixtureAgent(
        R"({"Id":1,"FirstName":"Seán","LastName":"O'Brien","Email":"sean@example.com",
        "IsInactive":false,"IsManager":true,"Office":{"Id":1,"Name":"Austin"},"Manager":null,
        "Address":{"City":"Austin","State":"TX"},"BasicInstallPrice":55.5,"Notes":"Gate code # 12"})"));
    table.append(
        simFixtureAgent(R"({"Id":2,"FirstName":"José","LastName":"Núñez","Email":"jose@example.com",
        "IsInactive":true,"IsManager":false,"Office":{"Id":2,"Name":"Denver"},
        "Manager":{"Id":1,"Name":"Seán O'Brien"},"Address":{"City":"Denver","State":"CO"},
        "BasicInstallPrice":60,"Notes":null})"));
    table.append(simFixtureAgent(R"({"Id":3,"FirstName":"Mary-Kate","LastName":"Smith-Jones",
        "Email":"mk@example.com","IsInactive":false,"IsManager":false,"Office":{"Id":1,"Name":"Austin"},
        "Manager":{"Id":1,"Name":"Seán O'Brien"},"Address":null,"BasicInstallPrice":45,"Notes":"VIP"})"));
    table.append(simFixtureAgent(
        R"({"Id":4,"FirstName":"Liam","LastName":"Johnson","Email":"liam@example.com",
        "IsInactive":false,"IsManager":false,"Office":{"Id":3,"Name":"Toronto"},
        "Address":{"City":"Toronto","State":"ON"},"Notes":"a + b"})"));
}
