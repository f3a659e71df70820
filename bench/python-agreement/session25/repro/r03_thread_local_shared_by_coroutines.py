# SILENT ERROR (weft-start): threading.local is per thread, and all coroutines of one event loop run in
# one thread, so they share it: CPython always ends with seen=['b', 'b']. weft gives each coroutine
# its own copy and lists only ['a', 'b'], "complete" (checks/c38 with a sleep of 1 ms: ['ann','bob'] and ['bob','ann'] only).
import asyncio
import threading

local = threading.local()
seen = []


async def handler(name):
    local.user = name
    await asyncio.sleep(0)
    seen.append(local.user)


async def main():
    await asyncio.gather(handler("a"), handler("b"))


asyncio.run(main())
print(seen)
