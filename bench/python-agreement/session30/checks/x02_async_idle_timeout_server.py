import asyncio

handled = []
idle_timeouts = 0


async def server(inbox):
    global idle_timeouts
    while True:
        try:
            request = await asyncio.wait_for(inbox.get(), timeout=0.005)
        except asyncio.TimeoutError:
            idle_timeouts += 1
            if idle_timeouts >= 2:
                return
            continue
        handled.append(request)


async def client(inbox):
    for r in (1, 2):
        await inbox.put(r)
        await asyncio.sleep(0.002)


async def main():
    inbox = asyncio.Queue()
    await asyncio.gather(server(inbox), client(inbox))


asyncio.run(main())
print(handled, idle_timeouts)
