# Satellite uplink: a config task fills the frequency; the transmit task starts without waiting for it. Bug: order violation (transmit may read the default frequency).
import asyncio

config = {"freq": 0}
sent = []


async def load_config():
    await asyncio.sleep(0.01)
    config["freq"] = 435


async def transmit(packets):
    for p in packets:
        sent.append(p * 1000 + config["freq"])
        await asyncio.sleep(0.006)


async def main():
    loader = asyncio.create_task(load_config())
    sender = asyncio.create_task(transmit([1, 2, 3]))
    await asyncio.gather(loader, sender)


asyncio.run(main())
wrong = sum(1 for s in sent if s % 1000 == 0)
print(f"sent={sent} wrong={wrong} freq={config['freq']}")
