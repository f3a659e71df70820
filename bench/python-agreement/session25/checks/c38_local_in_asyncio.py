# check: threading.local is per thread, so every coroutine of one event loop shares it
import asyncio
import threading

local = threading.local()
local.user = "nobody"
seen = []


async def handler(name):
    local.user = name
    await asyncio.sleep(0.001)
    seen.append(local.user)


async def main():
    await asyncio.gather(handler("ann"), handler("bob"))


asyncio.run(main())
joined = ",".join(seen)
print(joined)
