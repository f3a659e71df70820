"""Random zero-delay asyncio program (seed 3636, number 20)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    global counter
    await ev.wait()
    log.append("a0~")
    await q.put("a1")
    log.append("a1!")
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("a2=" + str(counter))


async def b(q, ev, lock):
    await q.put("b0")
    log.append("b0!")
    await helper("b1")
    await q.put("b2")
    log.append("b2!")


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
