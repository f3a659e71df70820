import asyncio


class Gate:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.open = False

    async def wait_open(self, name):
        async with self.cond:
            await self.cond.wait_for(lambda: self.open)
        return name

    async def release(self):
        async with self.cond:
            self.open = True
            self.cond.notify_all()


async def job(gate, name, delay):
    await gate.wait_open(name)
    await asyncio.sleep(delay)
    return name, delay


async def main():
    gate = Gate()
    coros = [job(gate, n, d) for n, d in (("a", 0.003), ("b", 0.001), ("c", 0.002))]
    opener = asyncio.create_task(gate.release())
    order = []
    for next_done in asyncio.as_completed(coros):
        name, delay = await next_done
        order.append(name)
    await opener
    print("finish order:", order)


asyncio.run(main())
