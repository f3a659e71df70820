"""Writes asyncio programs that mix the loop's zero-delay passes (session 35's `call_later(0)` and
`wait(timeout=0)`) with `call_soon`, tasks, `sleep(0)` and callbacks that schedule more; each program's
log order is fixed in CPython (no real delays race), so weft must list that exact order. Run from this
folder: python3 gen.py and python3 gen.py second; then python3 cmp.py z*.py y*.py > ../../results/timers.txt."""
import random

HEAD = '''import asyncio

log = []


def note(label):
    log.append(label)


async def chain_soon(loop, label):
    log.append(label)
    loop.call_soon(note, label + "+s")


async def chain_later(loop, label):
    log.append(label)
    loop.call_later(0, note, label + "+l")


async def tick(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")


async def quick(label):
    log.append(label)
    return label


async def main():
    loop = asyncio.get_running_loop()
'''
TAIL = '''    await asyncio.sleep(0.005)


asyncio.run(main())
print(log)
'''


def action(rng, i):
    kind = rng.choice(KINDS_SECOND if SECOND else ["soon", "later0", "task", "sleep0", "wait0", "later0f", "soon", "later0"])
    if kind == "soon":
        return f'    loop.call_soon(note, "s{i}")\n'
    if kind == "later0":
        return f'    loop.call_later(0, note, "l{i}")\n'
    if kind == "later0f":
        return f'    loop.call_later(0.0, note, "f{i}")\n'
    if kind == "task":
        return f'    asyncio.create_task(tick("t{i}"))\n'
    if kind == "sleep0":
        return f'    await asyncio.sleep(0)\n    log.append("m{i}")\n'
    if kind == "chain_soon":
        return f'    asyncio.create_task(chain_soon(loop, "cs{i}"))\n'
    if kind == "chain_later":
        return f'    asyncio.create_task(chain_later(loop, "cl{i}"))\n'
    if kind == "wait0tick":
        return (f'    task{i} = asyncio.create_task(tick("k{i}"))\n'
                f'    done{i}, pending{i} = await asyncio.wait([task{i}], timeout=0)\n'
                f'    log.append(f"v{i}:{{len(done{i})}}")\n')
    if kind == "later0task":
        return f'    loop.call_later(0, note, "l{i}")\n    asyncio.create_task(tick("t{i}"))\n'
    return (f'    task{i} = asyncio.create_task(quick("q{i}"))\n'
            f'    done{i}, pending{i} = await asyncio.wait([task{i}], timeout=0)\n'
            f'    log.append(f"w{i}:{{len(done{i})}}")\n')


import sys
SECOND = len(sys.argv) > 1 and sys.argv[1] == "second"
KINDS_SECOND = ["soon", "later0", "task", "sleep0", "wait0", "wait0tick", "later0task", "wait0tick"]
if __name__ == "__main__":
    rng = random.Random(37 if SECOND else 36)
    for n in range(30 if SECOND else 40):
        body = "".join(action(rng, i) for i in range(rng.randint(3, 6)))
        with open(f"{'y' if SECOND else 'z'}{n:02d}.py", "w") as out:
            out.write(f'"""Zero-delay pass order, generated (seed 36, program {n})."""\n' + HEAD + body + TAIL)
