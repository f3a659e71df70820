"""wait_for(sem.acquire(), timeout) in two coroutines; the winner releases after a short hold."""
import asyncio

held = []
timeouts = 0


async def user(name, sem):
    global timeouts
    for _ in range(3):
        try:
            await asyncio.wait_for(sem.acquire(), timeout=0.004)
        except asyncio.TimeoutError:
            timeouts += 1
            continue
        try:
            held.append(name)
            await asyncio.sleep(0.003)
        finally:
            sem.release()
        return


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(user("a", sem), user("b", sem))


asyncio.run(main())
print(sorted(held), timeouts)
