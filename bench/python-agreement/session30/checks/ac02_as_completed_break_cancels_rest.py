import asyncio

finished = 0
cancelled = 0
winner = -1


async def probe(n, delay):
    global finished, cancelled
    try:
        await asyncio.sleep(delay)
        finished += 1
        return n
    except asyncio.CancelledError:
        cancelled += 1
        raise


async def main():
    global winner
    for f in asyncio.as_completed([probe(1, 0.003), probe(2, 0.001), probe(3, 0.005)]):
        winner = await f
        break


asyncio.run(main())
print(winner, finished, cancelled)
