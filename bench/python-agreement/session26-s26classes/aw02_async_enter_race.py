# BUG: check-then-act: __aenter__ tests the free slot, then awaits before taking it
import asyncio

inside = 0
most = 0


class Gate:
    def __init__(self):
        self.busy = False

    async def __aenter__(self):
        while self.busy:
            await asyncio.sleep(0.001)
        await asyncio.sleep(0)  # a log write between the test and the take
        self.busy = True
        return self

    async def __aexit__(self, *exc):
        self.busy = False


gate = Gate()


async def user(name):
    global inside, most
    async with gate:
        inside += 1
        most = max(most, inside)
        await asyncio.sleep(0.002)
        inside -= 1


async def main():
    await asyncio.gather(user("a"), user("b"))


asyncio.run(main())
print("most inside", most)
assert most == 1, "two users inside the gate"
