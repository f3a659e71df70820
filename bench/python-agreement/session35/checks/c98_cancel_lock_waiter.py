"""Three coroutines queue on an asyncio.Lock; the second is cancelled while waiting; the third gets it."""
import asyncio

order = []


async def user(name, lock, hold):
    try:
        async with lock:
            order.append(name)
            await asyncio.sleep(hold)
    except asyncio.CancelledError:
        order.append(f"{name} cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user("a", lock, 0.005))
    b = asyncio.create_task(user("b", lock, 0.001))
    c = asyncio.create_task(user("c", lock, 0.001))
    await asyncio.sleep(0.001)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)


asyncio.run(main())
print(order)
