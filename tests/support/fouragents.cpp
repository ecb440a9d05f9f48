// SPDX-License-Identifier: Apache-2.0
#include "fouragents.h"

#include <QJsonDocument>

namespace signtraker::test {

namespace {

QJsonObject fourAgentsRecord(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void fillFourAgents(sim::JsonTable &table)
{
    table.append(fourAgentsRecord(
        R"({"Id":1,"FirstName":"Seán","LastName":"O'Brien","Email":"sean@example.com",
        "IsInactive":false,"IsManager":true,"Office":{"Id":1,"Name":"Austin"},"Manager":null,
        "Address":{"City":"Austin","State":"TX"},"BasicInstallPrice":55.5,"Notes":"Gate code # 12"})"));
    table.append(fourAgentsRecord(
        R"({"Id":2,"FirstName":"José","LastName":"Núñez","Email":"jose@example.com",
        "IsInactive":true,"IsManager":false,"Office":{"Id":2,"Name":"Denver"},
        "Manager":{"Id":1,"Name":"Seán O'Brien"},"Address":{"City":"Denver","State":"CO"},
        "BasicInstallPrice":60,"Notes":null})"));
    table.append(fourAgentsRecord(R"({"Id":3,"FirstName":"Mary-Kate","LastName":"Smith-Jones",
        "Email":"mk@example.com","IsInactive":false,"IsManager":false,"Office":{"Id":1,"Name":"Austin"},
        "Manager":{"Id":1,"Name":"Seán O'Brien"},"Address":null,"BasicInstallPrice":45,"Notes":"VIP"})"));
    table.append(fourAgentsRecord(
        R"({"Id":4,"FirstName":"Liam","LastName":"Johnson","Email":"liam@example.com",
        "IsInactive":false,"IsManager":false,"Office":{"Id":3,"Name":"Toronto"},
        "Address":{"City":"Toronto","State":"ON"},"Notes":"a + b"})"));
}

} // namespace signtraker::test
