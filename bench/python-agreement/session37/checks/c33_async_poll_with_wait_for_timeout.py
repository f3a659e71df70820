import asyncio

flag = {"up": False}
log = []


async def poll_until_up():
    while not flag["up"]:
        await asyncio.sleep(0.001)
    return "up"


async def main():
    try:
        log.append(await asyncio.wait_for(poll_until_up(), timeout=0.005))
    except asyncio.TimeoutError:
        log.append("timeout")
    flag["up"] = True
    log.append(await asyncio.wait_for(poll_until_up(), timeout=0.005))


asyncio.run(main())
print(log)  # ordered
