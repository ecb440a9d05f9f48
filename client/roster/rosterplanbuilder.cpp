// SPDX-License-Identifier: Apache-2.0
#include "rosterplanbuilder.h"

#include "agent.h"
#include "agentschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace signtraker {

namespace {

using Action = RosterItem::Action;
using Member = AgentSchema::Member;

QString translate(const char *text)
{
    return QCoreApplication::translate("RosterPlanner", text);
}

const QString EmailPath = QStringLiteral("Email");
const QString UserNamePath = QStringLiteral("UserName");
const QString OfficePath = QStringLiteral("Office");
const QString ManagerPath = QStringLiteral("Manager");

QJsonObject reference(qint64 id)
{
    return {{QStringLiteral("Id"), id}};
}

// One roster row on its way to items: its cells read as values, its problems, its agent.
struct RowState
{
    RosterFile::Row row;
    QJsonObject record;  // the non-empty mapped cells as values, by path
    QStringList emptied; // mapped paths whose cell is empty
    QStringList problems;
    int agent = -1; // index into the tenant's agents
    QString email;
    QString userName;
};

class Builder
{
public:
    Builder(const RosterFile &file, const RosterMapping &mapping, const RosterOptions &options,
            const RosterPlanBuilder::Tenant &tenant)
        : m_file(file)
        , m_mapping(mapping)
        , m_options(options)
        , m_tenant(tenant)
    {
        // Read once each: a tenant of 10,000 agents is indexed here on every plan.
        m_byEmail.reserve(tenant.agents.size());
        m_byUserName.reserve(tenant.agents.size());
        for (qsizetype i = 0; i < tenant.agents.size(); ++i) {
            const Agent agent(tenant.agents.at(i));
            const QString email = agent.email().trimmed().toLower();
            const QString userName = agent.userName().trimmed().toLower();
            if (!email.isEmpty())
                m_byEmail[email].append(int(i));
            if (!userName.isEmpty())
                m_byUserName[userName].append(int(i));
            if (!email.isEmpty() && agent.isManager())
                m_managerByEmail[email].append(agent.id());
        }
    }

    RosterPlan build()
    {
        QList<RowState> rows;
        for (const RosterFile::Row &row : m_file.rows())
            rows.append(read(row));
        markDuplicates(
            rows, [](const RowState &state) { return state.email.toLower(); },
            [](const RowState &state, const QString &lines) {
                return translate("The e-mail %1 appears on lines %2.").arg(state.email, lines);
            });
        for (RowState &state : rows)
            match(state);
        markDuplicates(
            rows,
            [](const RowState &state) {
                return state.agent < 0 ? QString() : QString::number(state.agent);
            },
            [](const RowState &, const QString &lines) {
                return translate("Lines %1 are the same agent.").arg(lines);
            });
        RosterPlan plan;
        for (const RowState &state : rows)
            plan.items.append(itemsOf(state));
        QSet<qint64> offices;
        plan.items.append(officeOptionErrors(&offices));
        if (m_options.deactivateMissing)
            plan.items.append(
                deactivations(rows, m_options.offices.isEmpty() ? rosterOffices(rows) : offices));
        return plan;
    }

private:
    RowState read(const RosterFile::Row &row) const
    {
        RowState state;
        state.row = row;
        for (int column = 0; column < m_mapping.columnCount(); ++column) {
            const QString path = m_mapping.pathFor(column);
            const Member *member = AgentSchema::member(path);
            if (!member)
                continue;
            const QString text = row.cells.value(column).trimmed();
            if (text.isEmpty()) {
                state.emptied.append(path);
                continue;
            }
            QString problem;
            const QJsonValue value = valueOf(*member, text, &problem);
            if (problem.isEmpty())
                problem = AgentSchema::problem(*member, value, false);
            if (!problem.isEmpty()) {
                state.problems.append(
                    translate("%1 \"%2\": %3").arg(member->label(), text, problem));
                continue;
            }
            state.record = Agent::withValue(state.record, path, value);
        }
        state.email = row.cells.value(m_mapping.columnOf(EmailPath)).trimmed();
        state.userName = row.cells.value(m_mapping.columnOf(UserNamePath)).trimmed();
        return state;
    }

    QJsonValue valueOf(const Member &member, const QString &text, QString *problem) const
    {
        switch (member.kind) {
        case AgentSchema::Kind::Reference:
            return referenceOf(member, text, problem);
        case AgentSchema::Kind::Bool:
            return boolOf(text);
        case AgentSchema::Kind::Number:
        case AgentSchema::Kind::Money:
            return numberOf(text);
        case AgentSchema::Kind::Enum:
            for (const QString &allowed : member.values) {
                if (allowed.compare(text, Qt::CaseInsensitive) == 0)
                    return allowed;
            }
            return text;
        default:
            return text;
        }
    }

    static QJsonValue boolOf(const QString &text)
    {
        const QString folded = text.toLower();
        for (const char *yes : {"true", "yes", "1", "y"}) {
            if (folded == QLatin1String(yes))
                return true;
        }
        for (const char *no : {"false", "no", "0", "n"}) {
            if (folded == QLatin1String(no))
                return false;
        }
        return text; // AgentSchema says what is wrong with it
    }

    static QJsonValue numberOf(const QString &text)
    {
        QString plain = text;
        // "12,5" from a French-locale spreadsheet, unless the comma groups thousands.
        if (!plain.contains(QLatin1Char('.')))
            plain.replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double number = plain.toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }

    static std::optional<qint64> idOf(const QString &text)
    {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }

    // Ids of the entries whose Id or name (case-insensitive) is text.
    static QList<qint64> entriesFor(const QList<ReferenceLists::Entry> &entries,
                                    const QString &text)
    {
        const std::optional<qint64> id = idOf(text);
        QList<qint64> found;
        for (const ReferenceLists::Entry &entry : entries) {
            if ((id && entry.id == *id) ||
                entry.name.trimmed().compare(text, Qt::CaseInsensitive) == 0)
                found.append(entry.id);
        }
        return found;
    }

    QJsonValue referenceOf(const Member &member, const QString &text, QString *problem) const
    {
        QList<qint64> ids;
        if (member.path == OfficePath) {
            ids = entriesFor(m_tenant.offices, text);
            if (ids.isEmpty())
                *problem = translate("no office has this name or Id.");
        } else if (member.path == ManagerPath) {
            ids = m_managerByEmail.value(text.toLower());
            if (ids.isEmpty())
                ids = entriesFor(m_tenant.managers, text);
            if (ids.isEmpty())
                *problem = translate("no manager has this Id, e-mail or name.");
        } else if (const std::optional<qint64> id = idOf(text)) {
            ids = {*id}; // DefaultPostType: the service has no list to check it against
        } else {
            *problem = translate("an Id is expected.");
        }
        if (ids.size() > 1) {
            *problem = translate("several entries have this name; give the Id instead.");
            return {};
        }
        return ids.isEmpty() ? QJsonValue() : QJsonValue(reference(ids.first()));
    }

    template <typename KeyOf, typename Message>
    static void markDuplicates(QList<RowState> &rows, KeyOf keyOf, Message message)
    {
        QHash<QString, QList<int>> lines;
        for (const RowState &state : rows) {
            const QString key = keyOf(state);
            if (!key.isEmpty())
                lines[key].append(state.row.line);
        }
        for (RowState &state : rows) {
            const QList<int> same = lines.value(keyOf(state));
            if (same.size() < 2)
                continue;
            QStringList numbers;
            for (int line : same)
                numbers.append(QString::number(line));
            state.problems.append(message(state, numbers.join(QStringLiteral(", "))));
        }
    }

    void match(RowState &state) const
    {
        QList<int> found = m_byEmail.value(state.email.toLower());
        if (found.isEmpty() && !state.userName.isEmpty())
            found = m_byUserName.value(state.userName.toLower());
        if (found.size() == 1)
            state.agent = found.first();
        else if (found.size() > 1)
            state.problems.append(
                translate("%1 agents have this e-mail or user name.").arg(found.size()));
    }

    RosterItem itemFor(const RowState &state, Action action) const
    {
        RosterItem item;
        item.row = state.row.line;
        item.action = action;
        const Agent agent(state.agent >= 0 ? m_tenant.agents.at(state.agent) : QJsonObject());
        item.id = agent.id();
        item.planned = agent.json();
        item.email = state.email.isEmpty() ? agent.email() : state.email;
        const Agent mine(state.record);
        const QString first = mine.firstName().isEmpty() ? agent.firstName() : mine.firstName();
        const QString last = mine.lastName().isEmpty() ? agent.lastName() : mine.lastName();
        item.name = QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
        return item;
    }

    RosterItem errorItem(const RowState &state, const QStringList &problems) const
    {
        RosterItem item = itemFor(state, Action::Error);
        item.status = RosterItem::Status::Error;
        item.reason = problems.join(QLatin1Char(' '));
        return item;
    }

    QList<RosterItem> itemsOf(const RowState &state) const
    {
        if (!state.problems.isEmpty())
            return {errorItem(state, state.problems)};
        if (state.agent < 0)
            return {createItem(state)};
        return matchedItems(state);
    }

    RosterItem createItem(const RowState &state) const
    {
        QStringList missing;
        for (const Member &member : AgentSchema::members()) {
            if (member.requiredOnCreate &&
                !AgentSchema::problem(member, Agent(state.record).value(member.path), true)
                     .isEmpty())
                missing.append(member.label());
        }
        if (!missing.isEmpty()) {
            return errorItem(
                state,
                {translate("A new agent needs: %1.").arg(missing.join(QStringLiteral(", ")))});
        }
        RosterItem item = itemFor(state, Action::Create);
        item.patch = state.record;
        return item;
    }

    QList<RosterItem> matchedItems(const RowState &state) const
    {
        const Agent agent(m_tenant.agents.at(state.agent));
        QJsonObject patch;
        QStringList uncleared;
        for (int column = 0; column < m_mapping.columnCount(); ++column) {
            const Member *member = AgentSchema::member(m_mapping.pathFor(column));
            if (!member)
                continue;
            const bool emptied = state.emptied.contains(member->path);
            if (emptied && !m_options.clearEmpty)
                continue; // an empty cell leaves the member as it is
            if (emptied && member->requiredOnCreate) {
                uncleared.append(member->label());
                continue;
            }
            const QJsonValue mine =
                emptied ? QJsonValue(QJsonValue::Null) : Agent(state.record).value(member->path);
            if (!sameValue(*member, agent.value(member->path), mine))
                patch = Agent::withValue(patch, member->path, mine);
        }
        if (!uncleared.isEmpty()) {
            return {errorItem(state, {translate("These members cannot be cleared: %1.")
                                          .arg(uncleared.join(QStringLiteral(", ")))})};
        }
        QList<RosterItem> items;
        if (agent.isInactive() && m_options.reactivate)
            items.append(itemFor(state, Action::Activate));
        if (!patch.isEmpty()) {
            RosterItem update = itemFor(state, Action::Update);
            update.patch = patch;
            items.append(update);
        }
        if (items.isEmpty()) {
            RosterItem unchanged = itemFor(state, Action::Unchanged);
            if (agent.isInactive())
                unchanged.reason = translate("Inactive; reactivation was not asked for.");
            items.append(unchanged);
        }
        return items;
    }

    // As AgentSchema::same(), and e-mails and user names without case, as rows are matched and
    // as the service tells them apart.
    static bool sameValue(const Member &member, const QJsonValue &theirs, const QJsonValue &mine)
    {
        const bool caseless =
            member.kind == AgentSchema::Kind::Email || member.path == UserNamePath;
        if (caseless && theirs.isString() && mine.isString())
            return theirs.toString().trimmed().compare(mine.toString().trimmed(),
                                                       Qt::CaseInsensitive) == 0;
        return AgentSchema::same(member, theirs, mine);
    }

    // The offices of the rows: a row's Office cell, else the office of the agent it matched.
    QSet<qint64> rosterOffices(const QList<RowState> &rows) const
    {
        QSet<qint64> offices;
        for (const RowState &state : rows) {
            qint64 office = Agent(state.record).officeId();
            if (office == 0 && state.agent >= 0)
                office = Agent(m_tenant.agents.at(state.agent)).officeId();
            if (office != 0)
                offices.insert(office);
        }
        return offices;
    }

    // The offices of the options (Ids or names) into *offices; an error item for each that
    // names no office, or several.
    QList<RosterItem> officeOptionErrors(QSet<qint64> *offices) const
    {
        QList<RosterItem> items;
        for (const QString &text : m_options.offices) {
            const QList<qint64> ids = entriesFor(m_tenant.offices, text.trimmed());
            if (ids.size() == 1) {
                offices->insert(ids.first());
                continue;
            }
            RosterItem item;
            item.action = Action::Error;
            item.status = RosterItem::Status::Error;
            item.reason =
                ids.isEmpty()
                    ? translate("No office has the name or Id \"%1\".").arg(text)
                    : translate("Several offices are named \"%1\"; give the Id.").arg(text);
            items.append(item);
        }
        return items;
    }

    // Active agents of scope that no row matched (a row in error included: it names the agent).
    QList<RosterItem> deactivations(const QList<RowState> &rows, const QSet<qint64> &scope) const
    {
        QList<RosterItem> items;
        QSet<int> present;
        for (const RowState &state : rows) {
            if (state.agent >= 0)
                present.insert(state.agent);
        }
        for (qsizetype i = 0; i < m_tenant.agents.size(); ++i) {
            const Agent agent(m_tenant.agents.at(i));
            if (agent.isInactive() || present.contains(int(i)) || !scope.contains(agent.officeId()))
                continue;
            RosterItem item;
            item.action = Action::Deactivate;
            item.id = agent.id();
            item.email = agent.email();
            item.name =
                QStringList{agent.firstName(), agent.lastName()}.join(QLatin1Char(' ')).trimmed();
            item.planned = agent.json();
            items.append(item);
        }
        return items;
    }

    const RosterFile &m_file;
    const RosterMapping &m_mapping;
    const RosterOptions &m_options;
    const RosterPlanBuilder::Tenant &m_tenant;
    QHash<QString, QList<int>> m_byEmail;
    QHash<QString, QList<int>> m_byUserName;
    QHash<QString, QList<qint64>> m_managerByEmail;
};

} // namespace

RosterPlan RosterPlanBuilder::build(const RosterFile &file, const RosterMapping &mapping,
                                    const RosterOptions &options, const Tenant &tenant)
{
    return Builder(file, mapping, options, tenant).build();
}

} // namespace signtraker
