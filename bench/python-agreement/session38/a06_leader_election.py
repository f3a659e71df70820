# BUG: check-then-act: each node checks that no leader is set, awaits its lease write to the store, and
# then declares itself leader; two nodes can both pass the check and both become leader.
import asyncio

store = {"leader": None}
leaders = []


async def write_lease(node):
    await asyncio.sleep(0.001)


async def campaign(node, delay):
    await asyncio.sleep(delay)
    if store["leader"] is None:
        await write_lease(node)
        store["leader"] = node
        leaders.append(node)


async def main():
    await asyncio.gather(campaign("n1", 0.0), campaign("n2", 0.0), campaign("n3", 0.01))


asyncio.run(main())
print(f"leader={store['leader']} leaders={leaders} split_brain={len(leaders) > 1}")
