# BUG: the manager's __aenter__ reads the open count, awaits a handshake, then writes it back:
# connections opening together write the same count, so `opened` loses some.
import asyncio

opened = 0
closed = 0


class Connection:
    def __init__(self, host: str) -> None:
        self.host = host

    async def __aenter__(self) -> "Connection":
        global opened
        count = opened
        await asyncio.sleep(0.002)
        opened = count + 1
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        global closed
        closed += 1
        return False


async def fetch(host: str) -> None:
    async with Connection(host + "-primary") as conn:
        await asyncio.sleep(0.001)


async def main() -> None:
    await asyncio.gather(fetch("a"), fetch("b"), fetch("c"))


asyncio.run(main())
print(f"opened={opened} closed={closed}")
assert opened == 3 and closed == 3
