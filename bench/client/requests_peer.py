# SPDX-License-Identifier: Apache-2.0
"""The python3-requests peer of bench_listcalls: the same GETs through one requests.Session.

Usage: requests_peer.py URL COUNT (the key comes from SIGNTRAKER_API_KEY). Prints one
duration in seconds per line.
"""
import os
import sys
import time

import requests


def main() -> None:
    url, count = sys.argv[1], int(sys.argv[2])
    session = requests.Session()
    session.headers.update({
        "Authorization": "ST-API " + os.environ["SIGNTRAKER_API_KEY"],
        "Content-Type": "application/json",
        "Accept": "application/json",
    })
    for _ in range(count):
        start = time.perf_counter()
        response = session.get(url, params={"$top": "50"}, timeout=30)
        response.json()
        print(time.perf_counter() - start)


if __name__ == "__main__":
    main()
