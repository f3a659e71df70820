# an API client limits itself to two calls at once with an asyncio.Semaphore; a heartbeat counts passes
import asyncio

beats = 0
responses = {}
summary = {}


async def heartbeat():
    global beats
    while True:
        beats += 1
        await asyncio.sleep(0)


async def call(sem, endpoint, passes):
    async with sem:
        for _ in range(passes):
            await asyncio.sleep(0)
        responses[endpoint] = passes * 100


async def main():
    hb = asyncio.create_task(heartbeat())
    sem = asyncio.Semaphore(2)
    await asyncio.gather(call(sem, "/users", 2), call(sem, "/orders", 1), call(sem, "/stock", 0))
    summary["beats"] = beats
    summary["calls"] = len(responses)
    hb.cancel()


asyncio.run(main())
print(summary, responses)
