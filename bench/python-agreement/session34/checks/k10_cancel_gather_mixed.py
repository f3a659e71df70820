# Cancel-all then gather(return_exceptions=True): one task already ended raising, one ended with a value,
# one sleeping. Record the kinds in order.
import asyncio

kinds = []


async def fails():
    raise ValueError("bad")


async def quick():
    return 7


async def slow():
    await asyncio.sleep(1)
    return 9


async def main():
    tasks = [asyncio.create_task(fails()), asyncio.create_task(quick()), asyncio.create_task(slow())]
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        if isinstance(r, asyncio.CancelledError):
            kinds.append("cancelled")
        elif isinstance(r, ValueError):
            kinds.append("ValueError")
        else:
            kinds.append(r)
    print(kinds)


asyncio.run(main())
