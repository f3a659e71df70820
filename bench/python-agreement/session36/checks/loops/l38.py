"""Random zero-delay asyncio program (seed 3636, number 38)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    await ev.wait()
    log.append("a0~")
    await helper("a1")
    log.append("a2")
    await asyncio.sleep(0)


async def b(q, ev, lock):
    global counter
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("b0=" + str(counter))
    log.append("b1")
    await asyncio.sleep(0)


async def c(q, ev, lock):
    await q.put("c0")
    log.append("c0!")
    await helper("c1")


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock)), asyncio.create_task(c(q, ev, lock))]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
