// SPDX-License-Identifier: Apache-2.0
// What a test tells SimServer to do with the next request: answer with given bytes, handle it
// normally (perhaps late), or drop the connection before or in the middle of the answer; and,
// with afterHandling(), any of these after the request took effect (a lost answer to a create
// that the service did carry out).
#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>
#include <utility>

namespace signtraker::sim {

struct ScriptedReply
{
    enum class Action { Respond, HandleNormally, CloseWithoutReply, CloseMidBody };

    // A QList of (name, value) pairs whose append() takes a braced pair:
    // headers.append({"Retry-After", "2"}) is ambiguous on a plain QList of pairs.
    class Headers : public QList<std::pair<QByteArray, QByteArray>>
    {
    public:
        using QList<std::pair<QByteArray, QByteArray>>::QList;
        Headers(const QList<std::pair<QByteArray, QByteArray>> &other)
            : QList(other)
        {}
        void append(const std::pair<QByteArray, QByteArray> &header) { QList::append(header); }
    };

    Action action = Action::Respond;
    int status = 200;
    QByteArray body; // sent as-is
    Headers headers; // e.g. {"Retry-After", "2"}, {"Location", "..."}
    int delayMs = 0; // wait before acting (asynchronously)
    // Apply the request to the tenant at once, as if handled normally, and throw that answer
    // away; then act as above (after delayMs).
    bool handleFirst = false;

    // status with body and Content-Type: application/json; charset=utf-8.
    static ScriptedReply json(int status, const QByteArray &body);
    // status with a Location header and no body.
    static ScriptedReply redirect(int status, const QUrl &location);
    // Reads the whole request, then closes the connection without a byte of answer.
    static ScriptedReply closeWithoutReply();
    // Sends the status line, headers announcing a body, and part of that body; then closes at
    // once. Qt 6.4 reports that as RemoteHostClosedError when it sees the end of stream with the
    // data; if it has already consumed the data, it may instead finish the reply "successfully"
    // with the truncated body (its HTTP/1 handler ends a reply at EOF without checking
    // Content-Length), so a client should compare Content-Length with the bytes it got.
    static ScriptedReply closeMidBody();
    // Handles the request normally, but only after delayMs.
    static ScriptedReply delayed(int delayMs);
    // reply, but only after the request took effect: the service did the work and the answer was
    // lost or replaced on the way back. afterHandling(closeWithoutReply()) is a create whose
    // answer never came; afterHandling(json(502, ...)) a gateway that gave up on a backend that
    // went on; with a delayMs longer than the client's timeout, a timeout after the work.
    static ScriptedReply afterHandling(ScriptedReply reply);
    // afterHandling(closeWithoutReply()): a write applied, whose answer was lost on the way back.
    static ScriptedReply handleThenClose();
};

} // namespace signtraker::sim
