# REFUSED: a `threading.local()` set and read by two coroutines of one loop (they share the loop
# thread's copy: CPython ends with ['b', 'b']); weft refuses the attribute in a coroutine.
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
