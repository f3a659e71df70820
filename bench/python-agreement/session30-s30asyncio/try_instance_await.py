import asyncio

calls = 0
errors = 0


class Client:
    def __init__(self, name: str) -> None:
        self.name = name

    async def go(self, n: int) -> int:
        global calls
        seen = calls
        await asyncio.sleep(0.001 * n)
        calls = seen + 1
        return n


async def worker(n: int) -> None:
    global errors
    try:
        client = Client(f"c{n}")
        await client.go(n)
    except ValueError:
        errors += 1


async def main() -> None:
    await asyncio.gather(worker(1), worker(2), worker(3))


asyncio.run(main())
print(f"calls={calls} errors={errors}")
