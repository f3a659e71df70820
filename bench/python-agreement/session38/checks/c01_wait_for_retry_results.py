# Renew subscriptions against a billing API, with asyncio.wait_for bounding each call; a renewal that
# times out is retried once with a longer limit.
import asyncio

LATENCY = {"alice": [0.001], "bob": [0.2, 0.002], "carol": [0.003], "dan": [0.2, 0.2]}


async def charge(user, attempt):
    await asyncio.sleep(LATENCY[user][attempt])
    return f"{user}-ok"


async def renew(user):
    for attempt, limit in enumerate([0.03, 0.06]):
        try:
            return await asyncio.wait_for(charge(user, attempt), timeout=limit)
        except asyncio.TimeoutError:
            continue
    return f"{user}-failed"


async def main():
    return await asyncio.gather(*(renew(user) for user in LATENCY))


log = []
for item in asyncio.run(main()):
    log.append(item)
print(log)
