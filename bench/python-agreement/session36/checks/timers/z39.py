"""Zero-delay pass order, generated (seed 36, program 39)."""
import asyncio

log = []


def note(label):
    log.append(label)


async def chain_soon(loop, label):
    log.append(label)
    loop.call_soon(note, label + "+s")


async def chain_later(loop, label):
    log.append(label)
    loop.call_later(0, note, label + "+l")


async def tick(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")


async def quick(label):
    log.append(label)
    return label


async def main():
    loop = asyncio.get_running_loop()
    task0 = asyncio.create_task(quick("q0"))
    done0, pending0 = await asyncio.wait([task0], timeout=0)
    log.append(f"w0:{len(done0)}")
    loop.call_later(0, note, "l1")
    loop.call_later(0, note, "l2")
    task3 = asyncio.create_task(quick("q3"))
    done3, pending3 = await asyncio.wait([task3], timeout=0)
    log.append(f"w3:{len(done3)}")
    task4 = asyncio.create_task(quick("q4"))
    done4, pending4 = await asyncio.wait([task4], timeout=0)
    log.append(f"w4:{len(done4)}")
    loop.call_later(0.0, note, "f5")
    await asyncio.sleep(0.005)


asyncio.run(main())
print(log)
