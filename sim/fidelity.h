// SPDX-License-Identifier: Apache-2.0
// Where ../shared/reference/signtraker-api.md says "unknown" or says nothing, the simulator has to
// pick a behaviour. Every such choice is named here, in one place, so that a difference found
// against the live service is corrected once.
#pragma once

#include <QByteArray>
#include <QString>

namespace signtraker::sim::fidelity {

/*
  Unknown in the API file                  -> chosen behaviour
  ---------------------------------------------------------------------------------------------
  Transport
  - 401 vs 403 for a bad or missing key     -> 401 with {"Message": DeniedMessage} for both.
  - "ST-API" scheme spelling                -> scheme matched case-insensitively, key exactly.
  - Auth before routing                     -> every request is authenticated first, so an
                                               unknown path without a key is 401, not 404.
  - Path case, trailing slash               -> case-insensitive, one trailing '/' ignored
                                               (ASP.NET routing).
  - Unknown path                            -> 404 {"Message": "No HTTP resource was found that
                                               matches the request URI '...'."} (ASP.NET text).
  - Known path, wrong method                -> 405 {"Message": "The requested resource does not
                                               support http method 'X'."}.
  - Non-numeric id in /api/agents/{id}      -> 404 with an empty body, like a missing agent.
  - Content-Type of POST /api/agents        -> application/json required (parameters such as
                                               charset allowed); anything else 415.
  - activate/deactivate answer              -> 200 with an empty body; an id that is not a
                                               number or is missing: 400 "The request is
                                               invalid."; an unknown id: 404 empty body.
  - activate/deactivate on a synced agent   -> allowed: only PATCH is refused for synced agents.
  - Empty JSON/error body Content-Type      -> JSON bodies carry application/json; charset=utf-8;
                                               empty bodies carry no Content-Type.
  - Rate limit window                       -> sliding 1 s window over admitted requests; the
                                               429 carries Retry-After: 1 and does not count.
  - Faults and latency                      -> checked before authentication; a request is
                                               processed when it arrives and its answer is
                                               written after the latency.
  - Keep-alive                              -> connections stay open unless the request says
                                               "Connection: close".
  Records
  - Absent optional members                 -> serialised as null (Json.NET's default), e.g.
                                               "Street2": null, "Manager": null. A merge-patch
                                               null removes a member; a member the service
                                               knows then comes back as null (a typed model
                                               cannot lose it), an unknown member is gone.
  - BrokerId type                           -> string.
  - DefaultPostType catalogue               -> a fixed list of post types (PostTypes below);
                                               an unknown Id is a 400.
  - Office records                          -> {Id, Name} only; the enterprise of an office is
                                               kept out of the record (used by enterpriseId).
  - Enum spelling (PaymentMode, CountryCode,
    DiscountLevel)                          -> accepted case-insensitively (Json.NET's
                                               StringEnumConverter), stored canonically.
  - Defaults on create                      -> IsInactive, IsLocked, EmailConfirmed,
                                               InvitationSent, IsManager default to false; a
                                               manager without ManagerData gets a Standard one.
  - Id in a create body                     -> ignored; the server assigns the next Id.
  - Office/Manager/DefaultPostType Name     -> always filled in (overwritten) from the Id;
                                               renaming a manager renames the references.
  - Manager reference                       -> must be an existing agent with IsManager true
                                               (any office).
  - Prices and durations                    -> must be >= 0.
  - PATCH with "Id"                         -> allowed when equal to the path id, else 400.
  - Validation error body                   -> {"Message": "<the problem>"} naming the member,
                                               without the OData query prefix.
  OData
  - Keyword and member-name case            -> case-sensitive (ODL default): 'AND', 'lastname'
                                               are errors; string values compare
                                               case-insensitively (SQL Server CI collation).
  - String ordering                         -> ordinal over case-folded text (an approximation
                                               of the CI_AS collation: accents sort by code).
  - Null ordering                           -> nulls first ascending, last descending (SQL
                                               Server).
  - Null in comparisons                     -> C#/EF semantics: null eq null is true, null
                                               with gt/ge/lt/le is false, functions of null
                                               are false/null; 'not' is two-valued.
  - Order without $orderby                  -> by Id ascending (clustered primary key).
  - Ties in $orderby                        -> broken by Id ascending, so pages are stable.
  - $top limit                              -> none by default (no MaxTop / page size on the
                                               service). SimServer::setMaxTop(n) and
                                               signtraker-sim --max-top N cap every list
                                               (agents, offices, enterprises) at n rows
                                               silently, with or without $top, as ASP.NET's
                                               PageSize does: a short page is not the end.
  - $skip                                   -> honoured. SimServer::setIgnoreSkip(true) and
                                               signtraker-sim --ignore-skip make every list
                                               start at the first row whatever $skip says: a
                                               fault for tests and demos, not a guess.
  - Empty $option value                     -> 400 "The value for OData query '$x' cannot be
                                               empty." (ASP.NET OData text).
  - Unknown $option, repeated $option       -> 400 (ODL texts); unknown non-$ keys ignored.
  - $select                                 -> top-level members only, '*' for all; a path or
                                               an unknown member is a 400.
  - email= empty                            -> ignored, as if absent.
  - enterpriseId on /api/offices            -> must be an integer (else 400); an unknown
                                               enterprise gives an empty array.
  - $filter/$orderby on /api/enterprises    -> supported over {Id, Name}, like offices.
*/

inline const QString DeniedMessage =
    QStringLiteral("Authorization has been denied for this request.");
inline const QString QueryInvalidPrefix =
    QStringLiteral("The query specified in the URI is not valid. ");
inline const QString RequestInvalidMessage = QStringLiteral("The request is invalid.");
inline const QString ServiceUnavailableMessage =
    QStringLiteral("The service is temporarily unavailable. Please try again later.");
inline const QString TooManyRequestsMessage =
    QStringLiteral("Too many requests. Please slow down and try again.");
inline const QString AgentTypeName = QStringLiteral("SignTraker.Api.Models.Agent");
inline const QString OfficeTypeName = QStringLiteral("SignTraker.Api.Models.Office");
inline const QString EnterpriseTypeName = QStringLiteral("SignTraker.Api.Models.Enterprise");

} // namespace signtraker::sim::fidelity
