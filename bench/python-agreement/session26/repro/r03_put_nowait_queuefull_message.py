import asyncio

full_hits = 0
empty_hits = 0
got: list[int] = []


async def main() -> None:
    global full_hits, empty_hits
    q: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    for i in range(3):
        try:
            q.put_nowait(i)
        except asyncio.QueueFull:
            full_hits += 1
    for _ in range(3):
        try:
            got.append(q.get_nowait())
        except asyncio.QueueEmpty:
            empty_hits += 1


asyncio.run(main())
print(full_hits, empty_hits, got)
