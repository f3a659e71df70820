"""Consumers already waiting on an asyncio.Queue get the items in the order they began to wait."""
import asyncio

who_got: dict[int, str] = {}


async def consumer(name: str, q: asyncio.Queue) -> None:
    item = await q.get()
    who_got[item] = name


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue()
    tasks = [asyncio.create_task(consumer(name, q)) for name in ("first", "second", "third")]
    await asyncio.sleep(0.001)
    for item in (10, 20, 30):
        q.put_nowait(item)
    await asyncio.gather(*tasks)


asyncio.run(main())
print(who_got)
