"""Two coroutines try wait_for(sem.acquire(), 0.003) up to 6 times, holding it 0.005 s when they get it."""
import asyncio

wins = 0
timeouts = 0
conserved = 0


async def user(sem):
    global wins, timeouts
    for _ in range(6):
        try:
            await asyncio.wait_for(sem.acquire(), timeout=0.003)
        except asyncio.TimeoutError:
            timeouts += 1
            continue
        wins += 1
        await asyncio.sleep(0.005)
        sem.release()
        return


async def main():
    global conserved
    sem = asyncio.Semaphore(1)
    await asyncio.gather(user(sem), user(sem))
    try:
        await asyncio.wait_for(sem.acquire(), timeout=0.05)
        conserved = 1
    except asyncio.TimeoutError:
        conserved = 0


asyncio.run(main())
print(wins, conserved)
