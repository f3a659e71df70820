"""asyncio.as_completed over seven coroutines: weft explores every start order for at most six
(720 orders), so this is refused with the reason."""
import asyncio

done = []


async def step(n):
    await asyncio.sleep(0.001 * n)
    return n


async def main():
    for next_done in asyncio.as_completed([step(n) for n in range(7)]):
        done.append(await next_done)


asyncio.run(main())
print(done)
