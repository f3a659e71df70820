import asyncio


class RateLimitedClient:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.lock = asyncio.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self.calls = {}

    async def get(self, path):
        async with self.sem:
            async with self.lock:
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
            await asyncio.sleep(0.005)
            async with self.lock:
                self.in_flight -= 1
                self.calls[path] = self.calls.get(path, 0) + 1
            return path.upper()


async def main():
    client = RateLimitedClient(2)
    paths = ["/a", "/b", "/a", "/c", "/b"]
    bodies = await asyncio.gather(*[client.get(p) for p in paths])
    print(bodies)
    print(sorted(client.calls.items()), client.max_in_flight)


asyncio.run(main())
