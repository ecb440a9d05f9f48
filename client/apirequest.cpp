// SPDX-License-Identifier: Apache-2.0
#include "apirequest.h"

namespace signtraker {

ApiRequest ApiRequest::get(const QString &path, const QueryItems &query, Expect expect)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    request.expect = expect;
    return request;
}

QByteArray ApiRequest::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Patch:
        return "PATCH";
    }
    return {};
}

} // namespace signtraker
