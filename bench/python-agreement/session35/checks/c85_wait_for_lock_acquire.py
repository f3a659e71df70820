"""wait_for(lock.acquire(), timeout) in two coroutines; the winner releases after a short hold."""
import asyncio

held = []
timeouts = 0


async def user(name, lock):
    global timeouts
    for _ in range(3):
        try:
            await asyncio.wait_for(lock.acquire(), timeout=0.004)
        except asyncio.TimeoutError:
            timeouts += 1
            continue
        try:
            held.append(name)
            await asyncio.sleep(0.003)
        finally:
            lock.release()
        return


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(user("a", lock), user("b", lock))


asyncio.run(main())
print(sorted(held), timeouts)
