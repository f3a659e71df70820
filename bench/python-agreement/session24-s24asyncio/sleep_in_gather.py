# asyncio's own `sleep` as an awaitable of `gather`: its place in the list holds `result`.
import asyncio

log = []


async def work():
    await asyncio.sleep(0.01)
    log.append(1)


async def main():
    r = await asyncio.gather(asyncio.sleep(0.02, result=5), work(), asyncio.sleep(0))
    log.append(r[0])
    log.append(len(r))


asyncio.run(main())
