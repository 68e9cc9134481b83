"""Holds N event streams (GET /api/v1/events) open against a running center and counts the
object events each receives. Standard library only.

Usage: streams.py URL AUTHORIZATION N EXPECTED SECONDS
Prints "connected K" once every stream answered (K of them with 200), then waits for the file
named by the STREAMS_GO environment variable to exist, then for up to SECONDS for every stream
to have received EXPECTED object events, and prints "received K/N" (how many got them all) and
the time the last one took.
"""

import asyncio
import os
import sys
import time
from urllib.parse import urlparse


async def stream(host, port, auth, counts, i, connected):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(
        (
            f"GET /api/v1/events HTTP/1.1\r\nHost: {host}\r\nAuthorization: {auth}\r\n"
            "Accept: text/event-stream\r\n\r\n"
        ).encode()
    )
    await writer.drain()
    status = await reader.readline()
    connected.append(b" 200 " in status)
    while True:
        line = await reader.readline()
        if not line:
            return
        if line.startswith(b"event: object"):
            counts[i] += 1


async def main():
    url, auth, n, expected, seconds = sys.argv[1:6]
    n, expected, seconds = int(n), int(expected), float(seconds)
    u = urlparse(url)
    counts = [0] * n
    connected = []
    tasks = []
    for i in range(n):
        tasks.append(asyncio.create_task(stream(u.hostname, u.port, auth, counts, i, connected)))
        if i % 100 == 99:
            await asyncio.sleep(0.05)
    while len(connected) < n:
        await asyncio.sleep(0.1)
    print(f"connected {sum(connected)}", flush=True)
    go = os.environ.get("STREAMS_GO", "")
    while go and not os.path.exists(go):
        await asyncio.sleep(0.05)
    start = time.monotonic()
    while time.monotonic() - start < seconds and any(c < expected for c in counts):
        await asyncio.sleep(0.05)
    took = time.monotonic() - start
    done = sum(1 for c in counts if c >= expected)
    print(f"received {done}/{n} in {took:.2f} s", flush=True)
    for t in tasks:
        t.cancel()


asyncio.run(main())
