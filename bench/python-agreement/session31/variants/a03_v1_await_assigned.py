# A leaky-bucket rate limiter shared by async clients: an asyncio.Lock guards the level; full buckets reject
import asyncio


class LeakyBucket:
    def __init__(self, capacity, leak_every):
        self.capacity = capacity
        self.level = 0
        self.leak_every = leak_every
        self.lock = asyncio.Lock()
        self.accepted = 0
        self.rejected = 0

    async def leak(self, ticks):
        for _ in range(ticks):
            await asyncio.sleep(self.leak_every)
            async with self.lock:
                if self.level > 0:
                    self.level -= 1

    async def offer(self):
        async with self.lock:
            if self.level < self.capacity:
                self.level += 1
                self.accepted += 1
                return True
            self.rejected += 1
            return False


bucket = LeakyBucket(capacity=2, leak_every=0.01)
per_client = {}


async def client(name, requests, gap):
    ok = 0
    for _ in range(requests):
        accepted = await bucket.offer()
        if accepted:
            ok += 1
        await asyncio.sleep(gap)
    per_client[name] = ok


async def main():
    await asyncio.gather(
        bucket.leak(3),
        client("a", 3, 0.004),
        client("b", 2, 0.007),
    )


asyncio.run(main())
print("accepted:", bucket.accepted, "rejected:", bucket.rejected, "level:", bucket.level)
print("per_client:", dict(sorted(per_client.items())))
