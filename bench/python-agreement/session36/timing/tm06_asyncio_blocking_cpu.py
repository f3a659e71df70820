# Timing: three coroutines each sleep 10 ms and then do 5 ms of blocking CPU work inside the event loop
# (no await), so the CPU parts run one after another: about 10 + 3 * 5 = 25 ms.
import asyncio

order = []


def crunch(n):
    total = 0
    for i in range(n):
        total += i * 3
    return total


async def job(name):
    await asyncio.sleep(0.010)
    crunch(145000)  # weft: cpu 5ms
    order.append(name)


async def main():
    await asyncio.gather(job("a"), job("b"), job("c"))


asyncio.run(main())
print(f"order={order}")
