#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""An HTTP/2 server (TLS, ALPN "h2") that reads each request whole and then fails it.

Run with Debian's /usr/bin/python3 (python3-h2). Prints "PORT <n>" on standard output once it
listens on 127.0.0.1, and appends "<METHOD> <path> <body bytes>" to --log for every request it
read to the end, before failing it:
  drop    closes the TCP connection without answering;
  goaway  sends GOAWAY with a last stream id below the request's stream, then closes.
"""
import argparse
import socket
import ssl
import sys
import threading

import h2.config
import h2.connection
import h2.events


def fail(sock, connection, mode, stream_id):
    if mode == "goaway":
        connection.close_connection(last_stream_id=max(0, stream_id - 2))
        sock.sendall(connection.data_to_send())
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


def serve(raw, context, mode, log_path, log_lock):
    try:
        sock = context.wrap_socket(raw, server_side=True)
    except (ssl.SSLError, OSError):
        raw.close()
        return
    if sock.selected_alpn_protocol() != "h2":
        sock.close()
        return
    connection = h2.connection.H2Connection(
        config=h2.config.H2Configuration(client_side=False, header_encoding="utf-8"))
    connection.initiate_connection()
    sock.sendall(connection.data_to_send())
    requests = {}
    try:
        while True:
            data = sock.recv(65536)
            if not data:
                break
            for event in connection.receive_data(data):
                if isinstance(event, h2.events.RequestReceived):
                    headers = dict(event.headers)
                    requests[event.stream_id] = [headers[":method"], headers[":path"], 0]
                elif isinstance(event, h2.events.DataReceived):
                    requests[event.stream_id][2] += len(event.data)
                    connection.acknowledge_received_data(
                        event.flow_controlled_length, event.stream_id)
                elif isinstance(event, h2.events.StreamEnded):
                    method, path, size = requests[event.stream_id]
                    with log_lock, open(log_path, "a", encoding="utf-8") as log:
                        log.write(f"{method} {path} {size}\n")
                    fail(sock, connection, mode, event.stream_id)
                    return
            sock.sendall(connection.data_to_send())
    except OSError:
        pass
    sock.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--mode", choices=["drop", "goaway"], required=True)
    args = parser.parse_args()

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    context.set_alpn_protocols(["h2"])
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    print(f"PORT {listener.getsockname()[1]}", flush=True)
    log_lock = threading.Lock()
    while True:
        raw, _ = listener.accept()
        threading.Thread(target=serve, args=(raw, context, args.mode, args.log, log_lock),
                         daemon=True).start()


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(0)
