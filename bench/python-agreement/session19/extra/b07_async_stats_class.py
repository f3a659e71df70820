"""A stats object updated by coroutines under an asyncio.Lock across an await: no lost update."""
import asyncio


class Stats:
    def __init__(self):
        self.requests = 0
        self.bytes_sent = 0
        self.lock = asyncio.Lock()

    async def record(self, size):
        async with self.lock:
            current = self.requests
            await asyncio.sleep(0)
            self.requests = current + 1
            self.bytes_sent += size


stats = None


async def main():
    global stats
    stats = Stats()
    await asyncio.gather(*(stats.record(n * 100) for n in range(1, 5)))


if __name__ == "__main__":
    asyncio.run(main())
    requests = stats.requests
    bytes_sent = stats.bytes_sent
    assert requests == 4
