# Check: asyncio.to_thread runs blocking work in a thread while another coroutine proceeds. Bug: none.
import asyncio
import time

order = []


def blocking(n):
    time.sleep(0.03)
    order.append(f"b{n}")
    return n * 2


async def ticker():
    for i in range(2):
        order.append(f"t{i}")
        await asyncio.sleep(0.005)


async def main():
    r, _ = await asyncio.gather(asyncio.to_thread(blocking, 4), ticker())
    order.append(f"r{r}")


asyncio.run(main())
print(f"order={order}")
