import asyncio

got: dict[str, int] = {}


async def consumer(name: str, q: asyncio.Queue) -> None:
    got[name] = await q.get()


async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue()
    tasks = [asyncio.create_task(consumer(n, q)) for n in ("c0", "c1", "c2")]
    await asyncio.sleep(0.001)
    for i in range(3):
        q.put_nowait(i * 10)
    await asyncio.gather(*tasks)


asyncio.run(main())
c0 = got["c0"]
c1 = got["c1"]
c2 = got["c2"]
print(got)
