# asyncio.wait over two tasks, one cancelled meanwhile: both come back done; the cancelled one says so
import asyncio

state = {}


async def job(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    a = asyncio.create_task(job(1))
    b = asyncio.create_task(job(5))
    await asyncio.sleep(0)
    b.cancel()
    done, pending = await asyncio.wait([a, b])
    state["done"] = len(done)
    state["pending"] = len(pending)
    state["b_cancelled"] = b.cancelled()


asyncio.run(main())
print(state)
