"""Two coroutines try wait_for(lock.acquire(), 0.001) up to 6 times, holding it 0.002 s when they get it."""
import asyncio

wins = 0
timeouts = 0
conserved = 0


async def user(lock):
    global wins, timeouts
    for _ in range(6):
        try:
            await asyncio.wait_for(lock.acquire(), timeout=0.001)
        except asyncio.TimeoutError:
            timeouts += 1
            continue
        wins += 1
        await asyncio.sleep(0.002)
        lock.release()
        return


async def main():
    global conserved
    lock = asyncio.Lock()
    await asyncio.gather(user(lock), user(lock))
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.05)
        conserved = 1
    except asyncio.TimeoutError:
        conserved = 0


asyncio.run(main())
print(wins, conserved)
