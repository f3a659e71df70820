import asyncio


async def probe(host, latency_ms):
    await asyncio.sleep(latency_ms / 1000)
    return host, latency_ms


async def main():
    hosts = {"db": 30, "cache": 5, "api": 15}
    order = []
    for coro in asyncio.as_completed([probe(h, ms) for h, ms in hosts.items()]):
        host, ms = await coro
        order.append(host)
        print(f"{host} responded in {ms} ms")
    print("order:", order)
    loop_result = sorted(hosts[h] for h in hosts)
    print("sorted latencies:", loop_result)


asyncio.run(main())
