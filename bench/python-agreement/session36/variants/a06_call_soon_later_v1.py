# Loop callbacks: a scheduler registers call_soon and call_later callbacks that append to a log and
# VARIANT: the loop's future replaced by an asyncio.Event (17:9)
# bump counters; a future is resolved by the last callback and awaited by main.
import asyncio

log = []
ticks = {"soon": 0, "later": 0}


def tick(kind, label):
    ticks[kind] += 1
    log.append(label)


def finish(event, label):
    log.append(label)
    event.set()


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    loop.call_later(0.004, finish, done, "end")
    loop.call_later(0.002, tick, "later", "L2")
    loop.call_soon(tick, "soon", "S1")
    loop.call_later(0.001, tick, "later", "L1")
    loop.call_soon(tick, "soon", "S2")
    log.append("main")
    await asyncio.sleep(0)
    log.append("main-after-yield")
    await done.wait()
    return len(log)


entries = asyncio.run(main())
print(f"log={log} ticks={ticks} entries={entries}")
