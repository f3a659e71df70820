"""Random zero-delay asyncio program (seed 3636, number 16)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    log.append("a0")
    await asyncio.sleep(0)
    log.append("a1")
    await asyncio.sleep(0)


async def b(q, ev, lock):
    await helper("b0")
    log.append("b1")
    await asyncio.sleep(0)
    await ev.wait()
    log.append("b2~")
    log.append("b3")
    await asyncio.sleep(0)


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock))]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
