"""An async rate limiter: a token bucket refilled by a background task; clients wait for tokens."""
import asyncio


class TokenBucket:
    def __init__(self, capacity):
        self.capacity = capacity
        self.tokens = capacity
        self.refills = 0

    async def refill_forever(self, interval):
        while True:
            await asyncio.sleep(interval)
            if self.tokens < self.capacity:
                self.tokens += 1
                self.refills += 1

    async def take(self):
        while self.tokens == 0:
            await asyncio.sleep(0.001)
        self.tokens -= 1


async def client(bucket, name, requests, sent):
    for i in range(requests):
        await bucket.take()
        sent.append(f"{name}#{i}")


async def main():
    bucket = TokenBucket(capacity=2)
    refiller = asyncio.create_task(bucket.refill_forever(0.002))
    sent = []
    await asyncio.gather(client(bucket, "a", 3, sent), client(bucket, "b", 2, sent))
    refiller.cancel()
    try:
        await refiller
    except asyncio.CancelledError:
        pass
    print("sent:", len(sent), "refills:", bucket.refills, "tokens left:", bucket.tokens)
    print("per client:", {n: sum(1 for s in sent if s.startswith(n)) for n in "ab"})


asyncio.run(main())
