"""Three coroutines started as a list of tasks update a shared score across an await."""
import asyncio

score = 0


async def play(points, delay):
    global score
    current = score
    await asyncio.sleep(delay)
    score = current + points
    return points


async def main():
    tasks = [asyncio.create_task(play(1, 0.01)), asyncio.create_task(play(2, 0.02)), asyncio.create_task(play(4, 0))]
    results = await asyncio.gather(*tasks)
    assert sum(results) == 7


asyncio.run(main())
print("score:", score)
