import asyncio

trace = []


async def server(ready: asyncio.Event, request: asyncio.Event):
    trace.append(1)
    ready.set()
    await request.wait()
    trace.append(3)


async def client(ready: asyncio.Event, request: asyncio.Event):
    await ready.wait()
    trace.append(2)
    request.set()


async def main():
    ready = asyncio.Event()
    request = asyncio.Event()
    await asyncio.gather(client(ready, request), server(ready, request))


asyncio.run(main())
print(trace)
