"""asyncio.shield: cancelling the outer await leaves the inner task running to completion."""
import asyncio

inner_done = 0
outer_cancelled = 0


async def inner():
    global inner_done
    await asyncio.sleep(0.005)
    inner_done = 1


async def main():
    global outer_cancelled
    task = asyncio.create_task(inner())

    async def waiter():
        await asyncio.shield(task)

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.001)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        outer_cancelled = 1
    await task


if __name__ == "__main__":
    asyncio.run(main())
