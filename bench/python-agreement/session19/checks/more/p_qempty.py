import asyncio
empties = 0
got = []
async def main():
    global empties
    q = asyncio.Queue()
    await q.put(1)
    for _ in range(2):
        try:
            got.append(q.get_nowait())
        except asyncio.QueueEmpty:
            empties += 1
asyncio.run(main())
