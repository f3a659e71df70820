# asyncio.wait over asyncio.to_thread(...) coroutines: TypeError in 3.11, as over coroutines of the file
import asyncio

log = []


def work(n):
    log.append(n)


async def main():
    await asyncio.wait([asyncio.to_thread(work, 1), asyncio.to_thread(work, 2)])


asyncio.run(main())
