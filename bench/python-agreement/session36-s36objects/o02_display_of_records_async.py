"""Inside a coroutine: a list display of dataclass requests, one reading a shared counter when the
display is made (before the loop), each put on an asyncio.Queue; two consumers bump the counter
across an await (the program's bug: a lost update of `served`)."""
import asyncio
from dataclasses import dataclass


@dataclass
class Request:
    user: str
    weight: int


served = 0


async def consumer(q):
    global served
    while True:
        req = await q.get()
        if req is None:
            return
        seen = served
        await asyncio.sleep(0)
        served = seen + req.weight


async def main():
    q = asyncio.Queue()
    for req in [Request("ann", served + 1), Request("bob", 2), Request("cy", 3)]:
        await q.put(req)
    workers = [asyncio.create_task(consumer(q)) for _ in range(2)]
    await q.put(None)
    await q.put(None)
    await asyncio.gather(*workers)
    print("served:", served)


asyncio.run(main())
