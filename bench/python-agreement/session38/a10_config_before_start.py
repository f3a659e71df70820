# BUG: order violation: the server task starts serving before the config loader task has stored the
# port; requests served before the load see the default port 0.
import asyncio

config = {"port": 0}
served = []


async def load_config():
    await asyncio.sleep(0.001)  # read the file
    config["port"] = 8080


async def serve(requests):
    for request in requests:
        served.append((request, config["port"]))
        await asyncio.sleep(0.0005)


async def main():
    loader = asyncio.create_task(load_config())
    server = asyncio.create_task(serve(["r1", "r2", "r3", "r4"]))
    await asyncio.gather(loader, server)


asyncio.run(main())
print(f"served={served} misconfigured={sum(1 for _, port in served if port == 0)}")
