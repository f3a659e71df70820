# asyncio.to_thread runs on the loop's default executor, min(32, os.cpu_count() + 4) threads: five waiters
# and an opener; with 5 threads (one core) the opener waits for a waiter to give up, with 6 (this 2-core host) it
# runs at once. weft names the machine its outcomes are of (--cores N for a host of N cores).
import asyncio
import threading

go = threading.Event()
late = 0


def waiter():
    global late
    if not go.wait(0.1):
        late += 1


def opener():
    go.set()


async def main():
    await asyncio.gather(*(asyncio.to_thread(waiter) for _ in range(5)), asyncio.to_thread(opener))


asyncio.run(main())
print(late)
