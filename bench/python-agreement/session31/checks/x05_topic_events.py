# subscribers wait for their topic's asyncio.Event, then read the published value; the publisher sets both
import asyncio

ticks = 0
published = {}
received = {}
report = {}


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def subscriber(name, event, topic):
    await event.wait()
    received[name] = published[topic]


async def publisher(news, sports):
    await asyncio.sleep(0)
    published["news"] = "election"
    news.set()
    await asyncio.sleep(0)
    published["sports"] = "final"
    sports.set()


async def main():
    tick = asyncio.create_task(ticker())
    news = asyncio.Event()
    sports = asyncio.Event()
    await asyncio.gather(
        publisher(news, sports),
        subscriber("ann", news, "news"),
        subscriber("bob", sports, "sports"),
    )
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(report, received)
