// SPDX-License-Identifier: Apache-2.0
// The most rows the service answers to one request of a list, once a walk has proven it: a
// page shorter than asked that was followed by more rows. ASP.NET's page size caps a list
// silently, so a walk that knows the cap asks for exactly that many rows and the table's
// "$top = n + 1" read still learns whether a next page exists.
#pragma once

#include <optional>

namespace signtraker {

class PageCap
{
public:
    std::optional<int> rows() const { return m_rows; }
    // Keeps the smallest cap proven: a service never answers more than its smallest cap.
    void learn(int rows)
    {
        if (rows > 0 && (!m_rows || rows < *m_rows))
            m_rows = rows;
    }
    void forget() { m_rows.reset(); }

private:
    std::optional<int> m_rows;
};

} // namespace signtraker
