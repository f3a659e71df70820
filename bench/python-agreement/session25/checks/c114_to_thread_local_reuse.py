# check: asyncio.to_thread runs on the loop's default executor, whose idle thread is reused: a
# threading.local set by one call is still there in the next
import asyncio
import threading

local = threading.local()
seen = []


def bump():
    local.count = getattr(local, "count", 0) + 1
    return local.count


async def main():
    for _ in range(3):
        seen.append(await asyncio.to_thread(bump))


asyncio.run(main())
last = seen[-1]
print(seen)
