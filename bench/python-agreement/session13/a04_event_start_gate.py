# Expected: three runners wait on an asyncio.Event; nobody starts before the gate opens (started_before_gate == 0, started == 3).
import asyncio

started = 0
started_before_gate = 0
gate_open = 0


async def runner(gate):
    global started, started_before_gate
    await gate.wait()
    if not gate_open:
        started_before_gate += 1
    started += 1


async def main():
    global gate_open
    gate = asyncio.Event()
    tasks = [asyncio.create_task(runner(gate)) for _ in range(3)]
    await asyncio.sleep(0.01)
    gate_open = 1
    gate.set()
    await asyncio.gather(*tasks)


asyncio.run(main())
print(started, started_before_gate)
