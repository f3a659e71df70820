# A holds an asyncio.Lock while B waits; A releases and at once acquires again: who gets it first?
import asyncio

order = []


async def a(lock):
    await lock.acquire()
    order.append("a1")
    await asyncio.sleep(0)
    lock.release()
    await lock.acquire()
    order.append("a2")
    lock.release()


async def b(lock):
    await lock.acquire()
    order.append("b")
    lock.release()


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(a(lock), b(lock))


asyncio.run(main())
print(order)
