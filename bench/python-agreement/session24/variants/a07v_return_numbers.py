"""asyncio.Semaphore limits concurrent requests to 2; a counter records the peak concurrency."""
import asyncio


class RateLimitedClient:
    def __init__(self, limit):
        self.semaphore = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0
        self.responses = []

    async def get(self, url):
        async with self.semaphore:
            self.active += 1
            self.peak = max(self.peak, self.active)
            await asyncio.sleep(0.002)
            self.active -= 1
            self.responses.append(len(url))


async def main():
    client = RateLimitedClient(2)
    urls = ["/a", "/bb", "/ccc", "/dddd", "/eeeee"]
    await asyncio.gather(*(client.get(u) for u in urls))
    return client.peak, sum(client.responses)


peak, total_length = asyncio.run(main())
print(peak, total_length)
assert peak == 2 and total_length == 20
