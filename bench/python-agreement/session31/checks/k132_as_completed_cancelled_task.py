# asyncio.as_completed over two tasks, one cancelled by a third coroutine: awaiting its turn raises CancelledError
import asyncio

log = []


async def job(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def canceller(t):
    await asyncio.sleep(0)
    t.cancel()


async def main():
    a = asyncio.create_task(job(1))
    b = asyncio.create_task(job(5))
    asyncio.create_task(canceller(b))
    for fut in asyncio.as_completed([a, b]):
        try:
            log.append(await fut)
        except asyncio.CancelledError:
            log.append("cancelled")
        except asyncio.TimeoutError:
            log.append("timeout")


asyncio.run(main())
print(log)
