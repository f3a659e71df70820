"""asyncio.wait(FIRST_COMPLETED): the fastest of three finishes; the rest are cancelled and counted."""
import asyncio

winner = []
cancelled = 0


async def mirror(name, ms):
    await asyncio.sleep(ms / 1000)
    return name


async def main():
    global cancelled
    tasks = [asyncio.create_task(mirror(n, ms)) for n, ms in (("eu", 5), ("us", 2), ("asia", 9))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in done:
        winner.append(t.result())
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    cancelled = sum(1 for t in tasks if t.cancelled())


asyncio.run(main())
print(winner, cancelled)
