# `outer = asyncio.shield(task)`, `outer.cancel()`: the task runs on to its end; awaiting the outer
# future raises CancelledError; a second shield awaited by a task that times out leaves its task running
import asyncio

saved = []
outcome = []


async def save(record, delay):
    await asyncio.sleep(delay)
    saved.append(record)
    return len(saved)


async def main():
    task = asyncio.create_task(save("a", 0.01))
    outer = asyncio.shield(task)
    outer.cancel()
    try:
        await outer
        outcome.append("outer returned")
    except asyncio.CancelledError:
        outcome.append("outer cancelled")
    count = await task
    outcome.append(count)
    other = asyncio.create_task(save("b", 0.002))
    guard = asyncio.shield(other)
    await asyncio.sleep(0.005)
    count = await guard
    outcome.append(count)


asyncio.run(main())
print(saved, outcome)
